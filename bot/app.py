"""Wires the core together once per process; channels receive a :class:`CoreApp`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Protocol

from bot.catalogue.live import LiveCatalogue
from bot.config import Settings
from bot.dialogue.engine import Dialogue
from bot.dialogue.messages import ChatId, Inbound, Reply
from bot.i18n.languages import Language, Languages, load_languages
from bot.i18n.translator import TextCatalogs
from bot.matching.detect import LanguageDetector
from bot.storage import users
from bot.staff.desk import StaffDesk
from bot.storage.database import Database


class Sender(Protocol):
    """What the core needs from a channel to speak first (reminders, a mediator's reply)."""

    async def send(self, chat_id: ChatId, replies: Sequence[Reply]) -> None: ...


class CoreApp:
    """The running core: the dialogue plus what channels need around it."""

    def __init__(
        self, settings: Settings, database: Database, dialogue: Dialogue, texts: TextCatalogs, desk: StaffDesk
    ) -> None:
        self.settings = settings
        self.database = database
        self.dialogue = dialogue
        self.texts = texts
        self.desk = desk
        self.senders: dict[str, Sender] = {}

    @property
    def languages(self) -> Sequence[Language]:
        return list(self.dialogue.languages.values())

    def is_staff_chat(self, inbound: Inbound) -> bool:
        return inbound.chat_id == self.settings.staff_chat_id

    async def handle(self, inbound: Inbound) -> list[Reply]:
        """One message in: the staff group goes to the desk, everyone else to the dialogue."""
        if self.is_staff_chat(inbound):
            return await self.desk.handle(inbound)
        return await self.dialogue.handle(inbound)

    def command_menu(self, language: str) -> list[tuple[str, str]]:
        """The commands a channel lists in its menu, described in ``language``."""
        t = self.texts.translator(language)
        return [
            ("start", t._("Start")),
            ("menu", t._("All offers")),
            ("language", t._("Change language")),
            ("help", t._("Help")),
            ("privacy", t._("My data")),
        ]

    async def mark_unreachable(self, channel: str, chat_id: str) -> None:
        async with self.database.session() as session:
            await users.mark_unreachable(session, channel, chat_id, self.dialogue.clock())

    def register_sender(self, channel: str, sender: Sender) -> None:
        self.senders[channel] = sender


def load_text_catalogs(settings: Settings) -> tuple[Languages, TextCatalogs]:
    languages = load_languages(settings.locales_dir / "languages.yaml")
    return languages, TextCatalogs(settings.locales_dir, languages, settings.timezone)


@asynccontextmanager
async def open_core(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    detect_languages: bool = True,
) -> AsyncIterator[CoreApp]:
    """Load languages and catalogue, migrate the database, and yield the ready core."""
    languages, texts = load_text_catalogs(settings)
    catalogue = LiveCatalogue(settings.content_dir, languages.codes)
    database = Database(settings.database_url)
    await database.start()
    try:
        dialogue = Dialogue(
            database=database,
            catalogue=catalogue,
            texts=texts,
            languages=languages,
            detector=LanguageDetector(languages.codes) if detect_languages else None,
            default_language=settings.default_language,
            max_text_length=settings.max_text_length,
            clock=clock,
        )
        desk = StaffDesk(lambda sender: sender in settings.staff_user_ids, clock)
        yield CoreApp(settings, database, dialogue, texts, desk)
    finally:
        await database.close()
