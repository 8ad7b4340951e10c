"""The staff group's commands for the catalogue, reports, statistics and announcements.

Texts for staff are German by design; each handler returns the replies for the group.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot.catalogue.issues import ContentIssue
from bot.dialogue.ids import parse_id
from bot.messages import Attachment, FileTooLarge, Reply
from bot.staff import announce, reports
from bot.staff.announce import Announcement
from bot.staff.chart import contacts_chart
from bot.staff.content_files import (
    FILE_BY_TOP_KEY,
    ContentFiles,
    UploadRefused,
    decode_upload,
    top_key,
)
from bot.staff.reload import ERRORS_SHOWN, CatalogueReloader, refusal_de
from bot.staff.stats import Stats, collect, stats_de
from bot.staff_desk import StaffDesk, StaffTurn

if TYPE_CHECKING:
    from bot.core import FeatureContext

log = logging.getLogger(__name__)

DEFAULT_DAYS = 7
DEFAULT_WEEKS = 8
SEND_WORD = "senden"
STATUS_WORD = announce.RESERVED_NAME


def _number(argument: str, default: int, most: int) -> int:
    """A count of days or weeks from a command's argument; anything else means the default."""
    number = parse_id(argument.split()[0] if argument.split() else None)
    return min(number, most) if number else default


def _listed(issues: Sequence[ContentIssue], root: Path) -> str:
    """At most ERRORS_SHOWN issues, one a line, files named relative to ``root``."""
    lines = [str(issue.relative_to(root)) for issue in issues[:ERRORS_SHOWN]]
    if len(issues) > ERRORS_SHOWN:
        lines.append(f"… und {len(issues) - ERRORS_SHOWN} weitere Fehler.")
    return "\n".join(lines)


def _text(text: str) -> list[Reply]:
    return [Reply(text=text)]


class StaffCommands:
    def __init__(self, core: FeatureContext, reloader: CatalogueReloader) -> None:
        self.core = core
        self.reloader = reloader
        self.live = core.dialogue.catalogue
        self.files = ContentFiles(self.live.content_dir, self.live.languages)

    def register(self, desk: StaffDesk) -> None:
        desk.on_command("reload", self.reload, "Katalog aus content/ neu laden und prüfen")
        desk.on_command("catalogue", self.catalogue, "die Katalog-Dateien zum Bearbeiten schicken")
        desk.on_command("rollback", self.rollback, "die zuletzt hochgeladene Datei zurücknehmen")
        desk.on_command(
            "unanswered", self.unanswered, "Fragen ohne Antwort (/unanswered 30: letzte 30 Tage)"
        )
        desk.on_command(
            "stats", self.stats, "Statistik der letzten Wochen (/stats chart: als Bild)"
        )
        desk.on_command("chart", self.chart, "neue Kontakte pro Woche als Bild")
        desk.on_command(
            "announce", self.announce, "Neuigkeit an Abonnent*innen eines Angebots (/announce NAME)"
        )
        desk.on_document(self.document)

    # -- the catalogue ----------------------------------------------------------------------

    async def reload(self, turn: StaffTurn) -> list[Reply]:
        """Reload now (the watcher does it by itself after edits on the server)."""
        result = await self.reloader.reload()
        return _text(result.message_de(self.live.content_dir))

    async def catalogue(self, turn: StaffTurn) -> list[Reply]:
        """The files as they are live now, to edit and send back."""
        intro = _text(
            "Die aktuellen Katalog-Dateien. Bearbeiten und als Datei hier in die Gruppe senden; "
            "der Bot prüft sie, bevor sie gilt."
        )
        return intro + [Reply(document=attachment) for attachment in self.files.current()]

    async def rollback(self, turn: StaffTurn) -> list[Reply]:
        try:
            filename, issues = await asyncio.to_thread(self.files.rollback)
        except UploadRefused as refused:
            return _text(str(refused))
        if issues:
            return _text(
                f"Die frühere Fassung von {filename} passt nicht mehr zum Katalog.\n"
                + refusal_de(issues)
            )
        result = await self.reloader.reload()
        return _text(
            f"↩️ Frühere Fassung von {filename} wiederhergestellt.\n"
            + result.message_de(self.live.content_dir)
        )

    async def document(self, turn: StaffTurn) -> list[Reply]:
        """An edited catalogue file, or a new announcement, sent into the group."""
        inbound = turn.inbound
        sender = self.core.senders.get(inbound.channel)
        if inbound.media_ref is None or sender is None:
            return _text("Diese Datei kann ich nicht herunterladen.")
        try:
            text = decode_upload(await sender.download(inbound.media_ref))
        except UploadRefused as refused:
            return _text(str(refused))
        except FileTooLarge:
            return _text("Die Datei ist zu groß. Katalog-Dateien sind nur einige KB groß.")
        except Exception as error:  # the channel could not fetch it; staff can simply resend
            log.warning("staff upload: download failed: %s", type(error).__name__)
            return _text("Die Datei konnte nicht geladen werden. Bitte noch einmal senden.")
        key = top_key(text)
        if key in FILE_BY_TOP_KEY:
            return await self._install(FILE_BY_TOP_KEY[key], text, turn.now)
        if key in {"offer", "text"}:
            return await self._save_announcement(text, turn.argument, turn.now)
        return _text(
            "Diese Datei kenne ich nicht. Katalog-Dateien beginnen mit 'offers:', 'locations:' "
            "oder 'closures:', Neuigkeiten mit 'offer:'."
        )

    async def _install(self, filename: str, text: str, now: datetime) -> list[Reply]:
        issues = await asyncio.to_thread(self.files.check, filename, text)
        if issues:
            log.warning("staff upload of %s refused: %d error(s)", filename, len(issues))
            return _text(refusal_de(issues))
        await asyncio.to_thread(self.files.install, filename, text, now)
        result = await self.reloader.reload()
        return _text(
            f"{filename} übernommen. /rollback holt die vorige Fassung zurück.\n"
            + result.message_de(self.live.content_dir)
        )

    # -- announcements ----------------------------------------------------------------------

    async def _save_announcement(self, text: str, caption: str, now: datetime) -> list[Reply]:
        """Check an uploaded announcement, keep it under its caption as name, show the preview."""
        with tempfile.TemporaryDirectory(prefix="announcement-") as folder:
            candidate = Path(folder) / "neu.yaml"
            candidate.write_text(text, encoding="utf-8")
            loaded, issues = await self._load_announcement(candidate)
        if loaded is None:
            return _text("❌ Neuigkeit nicht gespeichert:\n" + _listed(issues, candidate.parent))
        name = caption.strip().lower() or f"{loaded.offer.id}-{now:%Y-%m-%d}"
        path = announce.announcement_path(self.live.content_dir, name)
        if path is None:
            return _text(
                "Als Bildunterschrift bitte einen Namen angeben: Kleinbuchstaben, Ziffern, '-'."
            )
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return await self.announce_preview(path)

    async def announce(self, turn: StaffTurn) -> list[Reply]:
        """``/announce NAME`` shows a preview; ``/announce NAME senden`` sends it (in the
        background: this returns at once); ``/announce status`` shows how far sending got."""
        name, _, rest = turn.argument.partition(" ")
        if name.lower() == STATUS_WORD:
            return _text(await announce.status_de(self.core.database))
        if not name:
            names = announce.available(self.live.content_dir)
            listed = "\n".join(f"• {n}" for n in names) or "(noch keine)"
            return _text(
                f"Neuigkeiten in content/announcements/:\n{listed}\n\nVorschau: /announce NAME\n"
                f"Stand des Sendens: /announce {STATUS_WORD}"
            )
        path = announce.announcement_path(self.live.content_dir, name)
        if path is None or not path.is_file():
            return _text(f"Keine Neuigkeit „{name}“ gefunden. /announce zeigt alle.")
        if rest.strip().lower() != SEND_WORD:
            return await self.announce_preview(path)
        loaded, issues = await self._load_announcement(path)
        if loaded is None:
            return _text("❌ Nicht gesendet:\n" + _listed(issues, self.live.content_dir))
        started = await announce.start_sending(self.core.database, self.core.jobs, loaded, turn.now)
        return _text(started.message_de(loaded.name))

    async def announce_preview(self, path: Path) -> list[Reply]:
        loaded, issues = await self._load_announcement(path)
        if loaded is None:
            return _text("❌ Fehler in der Neuigkeit:\n" + _listed(issues, self.live.content_dir))
        people = await announce.recipients(self.core.database, loaded.offer.id)
        send = f"/announce {loaded.name} {SEND_WORD}"
        return _text(announce.preview_de(loaded, people, self.live.languages, send))

    async def _load_announcement(
        self, path: Path
    ) -> tuple[Announcement | None, list[ContentIssue]]:
        """Parsed off the event loop: people's chats go on while a staff file is checked."""
        return await asyncio.to_thread(
            announce.load_announcement, path, self.live.current.catalogue, self.live.languages
        )

    # -- reports ----------------------------------------------------------------------------

    async def unanswered(self, turn: StaffTurn) -> list[Reply]:
        days = _number(turn.argument, DEFAULT_DAYS, self.core.settings.question_log_days)
        async with self.core.database.session() as session:
            groups = await reports.unanswered(session, turn.now - timedelta(days=days))
        return _text(reports.unanswered_de(groups, days))

    async def stats(self, turn: StaffTurn) -> list[Reply]:
        if turn.argument.split()[:1] == ["chart"]:
            return await self.chart(
                StaffTurn(turn.inbound, "chart", turn.argument.partition(" ")[2], turn.now)
            )
        collected = await self._collect(turn)
        return _text(stats_de(collected, self.live.current.catalogue))

    async def chart(self, turn: StaffTurn) -> list[Reply]:
        collected = await self._collect(turn)
        png = await asyncio.to_thread(contacts_chart, collected)
        return [Reply(image=Attachment(f"kontakte-{turn.now:%Y-%m-%d}.png", "image/png", data=png))]

    async def _collect(self, turn: StaffTurn) -> Stats:
        weeks = _number(turn.argument, DEFAULT_WEEKS, 52)
        async with self.core.database.session() as session:
            return await collect(session, turn.now, weeks, self.core.texts.zone)
