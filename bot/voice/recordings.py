"""Staff's own recordings: an offer or an FAQ answer spoken by a mediator, per language.

They are content like the offers: files under ``content/voice/`` (``german-course.rom.ogg``)
and one index, ``content/voice/recordings.yaml``, that says for each file what text it was
recorded from (a fingerprint). When that text changes the recording is *outdated*: staff see
it in ``/audio``, and people still hear it until someone records it again — a mediator's
slightly old words are better than none, and Romani has no other voice.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml

from bot.catalogue.model import FaqEntry, Offer
from bot.catalogue.texts import TEXT_FIELDS
from bot.voice.ogg import NotOggOpus, OpusInfo, read_opus

FOLDER = "voice"
INDEX = "recordings.yaml"
MIN_SECONDS = 2.0
"""Shorter is a slip of the thumb, not a recording of an offer."""
MAX_SECONDS = 5 * 60.0
"""Longer than anyone listens to on a phone; split the text instead."""
MAX_BYTES = 5 * 1024 * 1024
_TARGET = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")

HEADER = (
    "# Aufnahmen des Teams (vom Bot geschrieben: /audio in der Team-Gruppe).\n"
    "# Recordings by the team (written by the bot: /audio in the staff group).\n"
    "# text: Fingerabdruck des Textes, der aufgenommen wurde / fingerprint of the recorded text\n"
)


class RecordingRefused(ValueError):
    """The file cannot be a recording; the message says why, in German, for staff."""


@dataclass(frozen=True)
class Recording:
    target: str  # an offer id or an FAQ id
    language: str
    path: Path
    fingerprint: str  # of the text it was recorded from
    seconds: float
    recorded_on: str

    def outdated(self, current_fingerprint: str) -> bool:
        return self.fingerprint != current_fingerprint


def offer_fingerprint(offer: Offer, chain: Sequence[str]) -> str:
    """What a recording of the offer says: its texts in that language, its weekly times and
    its place. A change to any of them makes the recording outdated."""
    parts = [offer.text(name, chain) for name in TEXT_FIELDS]
    parts += [repr(weekly) for weekly in offer.schedule.weekly]
    parts += [offer.location.name, offer.location.address]
    return _fingerprint(parts)


def faq_fingerprint(entry: FaqEntry, chain: Sequence[str]) -> str:
    return _fingerprint([entry.answer(chain)])


def say_fingerprint(text: str) -> str:
    return _fingerprint([text])


def _fingerprint(parts: Sequence[str]) -> str:
    return hashlib.sha256(json.dumps(list(parts), ensure_ascii=False).encode()).hexdigest()[:16]


def check_recording(data: bytes) -> OpusInfo:
    """The recording's length, or :class:`RecordingRefused` saying what is wrong with it."""
    if len(data) > MAX_BYTES:
        raise RecordingRefused(f"Die Datei ist größer als {MAX_BYTES // (1024 * 1024)} MB.")
    try:
        info = read_opus(data)
    except NotOggOpus as error:
        raise RecordingRefused(
            f"Keine Sprachnachricht (OGG/Opus): {error}. Bitte als Sprachnachricht aufnehmen."
        ) from error
    if info.seconds < MIN_SECONDS:
        raise RecordingRefused(f"Zu kurz ({info.seconds:.1f} s); mindestens {MIN_SECONDS:.0f} s.")
    if info.seconds > MAX_SECONDS:
        raise RecordingRefused(
            f"Zu lang ({info.seconds / 60:.1f} min); höchstens {MAX_SECONDS / 60:.0f} min."
        )
    return info


class RecordingStore:
    """The recordings in ``content/voice/``; read fresh on each lookup (the folder is small
    and staff may change it on disk or through another process)."""

    def __init__(self, content_dir: Path) -> None:
        self.folder = content_dir / FOLDER

    def all(self) -> list[Recording]:
        index = self.folder / INDEX
        if not index.is_file():
            return []
        data = yaml.safe_load(index.read_text(encoding="utf-8")) or {}
        found = []
        for target, languages in (data.get("recordings") or {}).items():
            for language, entry in (languages or {}).items():
                path = self.folder / str(entry.get("file", ""))
                if path.is_file() and path.parent == self.folder:
                    found.append(
                        Recording(
                            str(target),
                            str(language),
                            path,
                            str(entry.get("text", "")),
                            float(entry.get("seconds", 0.0)),
                            str(entry.get("recorded", "")),
                        )
                    )
        return found

    def find(self, target: str, language: str) -> Recording | None:
        return next((r for r in self.all() if r.target == target and r.language == language), None)

    def save(
        self, target: str, language: str, data: bytes, fingerprint: str, now: datetime
    ) -> Recording:
        """Keep a checked recording (replacing an older one) and record what it says."""
        if not _TARGET.match(target) or not _TARGET.match(language):
            raise RecordingRefused(f"Ungültiger Name: {target} {language}")
        info = check_recording(data)
        self.folder.mkdir(parents=True, exist_ok=True)
        filename = f"{target}.{language}.ogg"
        _write_atomically(self.folder / filename, data)
        index = self.folder / INDEX
        current = yaml.safe_load(index.read_text(encoding="utf-8")) or {} if index.is_file() else {}
        recordings = current.setdefault("recordings", {})
        recordings.setdefault(target, {})[language] = {
            "file": filename,
            "text": fingerprint,
            "seconds": round(info.seconds, 1),
            "recorded": now.date().isoformat(),
        }
        body = yaml.safe_dump(current, allow_unicode=True, sort_keys=True)
        _write_atomically(index, (HEADER + body).encode())
        return Recording(
            target,
            language,
            self.folder / filename,
            fingerprint,
            info.seconds,
            now.date().isoformat(),
        )


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    os.replace(temporary, path)
