"""Publishing from the desk goes the way an upload in the staff group goes: checked on a copy
of ``content/``, the old version kept in ``content/.history``, the file replaced in one step,
the live catalogue reloaded, the staff group told. Rollback puts the newest kept version back.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.catalogue.issues import ContentIssue
from bot.messages import Reply
from bot.staff.content_files import ContentFiles, UploadRefused
from bot.staff.reload import CatalogueReloader
from bot.web.yaml_edit import version_of

if TYPE_CHECKING:
    from bot.core import CoreApp

log = logging.getLogger(__name__)

_STAMP = "%Y%m%dT%H%M%S%fZ"  # as bot/staff/content_files.py names kept versions


@dataclass(frozen=True)
class Published:
    """What came of a publish: ``issues`` (errors) or ``conflict`` mean nothing was written."""

    issues: tuple[ContentIssue, ...] = ()
    conflict: bool = False
    summary: str = ""

    @property
    def ok(self) -> bool:
        return not self.issues and not self.conflict


@dataclass(frozen=True)
class SavedVersion:
    saved_at: datetime
    filename: str


@dataclass
class Publisher:
    core: CoreApp
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def root(self) -> Path:
        return self.core.dialogue.catalogue.content_dir

    @property
    def files(self) -> ContentFiles:
        live = self.core.dialogue.catalogue
        return ContentFiles(live.content_dir, live.languages)

    def read(self, filename: str) -> str:
        return (self.root / filename).read_text(encoding="utf-8")

    def check(self, filename: str, text: str) -> list[ContentIssue]:
        return self.files.check(filename, text)

    async def publish(
        self, filename: str, text: str, version: str, who: str, what: str
    ) -> Published:
        """Write ``text`` if the file is still at ``version`` and the catalogue stays valid."""
        async with self._lock:
            if version_of(self.read(filename)) != version:
                return Published(conflict=True)
            issues = await asyncio.to_thread(self.files.check, filename, text)
            if issues:
                return Published(issues=tuple(issues))
            now = self.core.dialogue.clock()
            await asyncio.to_thread(self.files.install, filename, text, now)
            summary = await self._reload()
        log.info("web desk: %s published", filename)
        await self._tell_staff(f"🖥 {who} hat im Team-Desk veröffentlicht: {what}.\n{summary}")
        return Published(summary=summary)

    async def rollback(self, who: str) -> tuple[bool, str]:
        """Undo the newest change (from the desk, an upload or /rollback's history)."""
        async with self._lock:
            try:
                filename, issues = await asyncio.to_thread(self.files.rollback)
            except UploadRefused as refused:
                return False, str(refused)
            if issues:
                listed = "; ".join(str(issue) for issue in issues[:5])
                return False, f"Die frühere Fassung von {filename} passt nicht mehr: {listed}"
            summary = await self._reload()
        await self._tell_staff(f"↩️ {who} hat im Team-Desk {filename} zurückgesetzt.\n{summary}")
        return True, f"Frühere Fassung von {filename} wiederhergestellt."

    def history(self) -> list[SavedVersion]:
        """Kept versions, newest first."""
        folder = self.root / ".history"
        if not folder.is_dir():
            return []
        versions = []
        for path in folder.iterdir():
            stamp, _, filename = path.name.partition("--")
            if not filename or path.name.startswith("."):
                continue
            try:
                saved = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
            except ValueError:
                continue
            versions.append(SavedVersion(saved, filename))
        return sorted(versions, key=lambda v: v.saved_at, reverse=True)

    async def _reload(self) -> str:
        reloader = self.core.part(CatalogueReloader)
        if reloader is None:
            return ""
        result = await reloader.reload()
        return result.message_de(self.root)

    async def _tell_staff(self, text: str) -> None:
        try:
            await self.core.notify_staff([Reply(text=text)])
        except Exception as error:  # the change is live; a lost notice must not undo that
            log.warning("web desk: staff notice failed: %s", type(error).__name__)
