"""The catalogue files for staff without git: get them, send an edited one, undo an upload.

An upload is validated on a copy of the content folder before anything is written; a valid
one replaces the file and the replaced version is kept in ``content/.history/``, so
``/rollback`` can put it back.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.catalogue.issues import CatalogueError, ContentIssue
from bot.catalogue.loader import (
    CLOSURES_FILE,
    FAQ_FILE,
    LOCATIONS_FILE,
    OFFERS_FILE,
    load_catalogue,
)
from bot.messages import Attachment

HISTORY = ".history"
HISTORY_KEPT = 50  # older versions are dropped; git users have their own history
MAX_UPLOAD_BYTES = 512 * 1024
YAML_MIME = "application/x-yaml"

FILE_BY_TOP_KEY = {
    "offers": OFFERS_FILE,
    "locations": LOCATIONS_FILE,
    "closures": CLOSURES_FILE,
    "faq": FAQ_FILE,
}
"""Which file an upload replaces, by its first key: phones rename files ("offers (1).yaml")."""

_TOP_KEY = re.compile(r"^([A-Za-z_]+)\s*:", re.MULTILINE)
_STAMP = "%Y%m%dT%H%M%S%fZ"


class UploadRefused(Exception):
    """The upload cannot be used; the message (German) says why."""


def decode_upload(data: bytes) -> str:
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadRefused(f"Die Datei ist zu groß (höchstens {MAX_UPLOAD_BYTES // 1024} KB).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UploadRefused("Die Datei ist kein UTF-8-Text. Bitte als UTF-8 speichern.") from None


def top_key(text: str) -> str | None:
    """The first key at the start of a line (comments skipped), even if the YAML is broken."""
    match = _TOP_KEY.search(text)
    return match[1] if match else None


@dataclass(frozen=True)
class ContentFiles:
    root: Path
    languages: tuple[str, ...]

    def current(self) -> list[Attachment]:
        names = (OFFERS_FILE, LOCATIONS_FILE, CLOSURES_FILE, FAQ_FILE)
        return [
            Attachment(n, YAML_MIME, path=self.root / n) for n in names if (self.root / n).is_file()
        ]

    def check(self, filename: str, text: str) -> list[ContentIssue]:
        """The errors the running bot would refuse, on a copy with ``filename`` replaced.

        Paths in the issues are relative to the copy's root, e.g. ``offers.yaml``.
        """
        with tempfile.TemporaryDirectory(prefix="content-check-") as temporary:
            copy = Path(temporary) / "content"
            shutil.copytree(self.root, copy, ignore=shutil.ignore_patterns(HISTORY))
            (copy / filename).write_text(text, encoding="utf-8")
            try:
                load_catalogue(copy, self.languages)
            except CatalogueError as error:
                return [issue.relative_to(copy) for issue in error.issues if issue.is_error]
        return []

    def install(self, filename: str, text: str, now: datetime) -> None:
        """Keep the current version in the history, then replace the file in one step."""
        history = self.root / HISTORY
        history.mkdir(exist_ok=True)
        target = self.root / filename
        if target.exists():
            stamp = now.astimezone(UTC).strftime(_STAMP)
            shutil.copy2(target, history / f"{stamp}--{filename}")
        # Written in .history (the watcher ignores it), then moved: nobody reads half a file.
        partial = history / f".{filename}.partial"
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)
        self._prune(history)

    def latest_saved(self) -> tuple[Path, str] | None:
        """The newest kept version and the file it belongs to."""
        versions = self._versions()
        if not versions:
            return None
        newest = versions[-1]
        return newest, newest.name.split("--", 1)[1]

    def rollback(self) -> tuple[str, list[ContentIssue]]:
        """Put the newest kept version back (and drop it from the history); errors refuse it."""
        saved = self.latest_saved()
        if saved is None:
            raise UploadRefused("Es gibt keine frühere Fassung zum Wiederherstellen.")
        version, filename = saved
        text = version.read_text(encoding="utf-8")
        issues = self.check(filename, text)
        if not issues:
            partial = version.with_name(f".{filename}.partial")
            shutil.copy2(version, partial)
            os.replace(partial, self.root / filename)
            version.unlink()
        return filename, issues

    def _versions(self) -> list[Path]:
        history = self.root / HISTORY
        if not history.is_dir():
            return []
        return sorted(p for p in history.iterdir() if "--" in p.name and not p.name.startswith("."))

    def _prune(self, history: Path) -> None:
        for old in self._versions()[:-HISTORY_KEPT]:
            old.unlink()
