"""Booking tests: a core on a fixed clock, people who chose a language, a recording sender."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from bot.app import CoreApp
from bot.booking.reminders import ReminderDelivery
from bot.booking.setup import reminder_delivery
from bot.messages import ChannelName, ChatId, Reply, ThreadId
from tests.support.conversation import Chat, FixedClock, running_core
from tests.support.zones import BERLIN


def berlin(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def clock() -> FixedClock:
    """Monday 30 November 2026, 09:00 in Berlin (see tests/support/conversation.py)."""
    return FixedClock()


@pytest.fixture
async def core(database_url: str, clock: FixedClock) -> AsyncIterator[CoreApp]:
    async with running_core(database_url, clock) as running:
        yield running


class RecordingSender:
    """Plays a channel's sender: keeps what the core pushed, per chat."""

    def __init__(self) -> None:
        self.sent: list[tuple[ChatId, list[Reply]]] = []

    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        self.sent.append((chat_id, list(replies)))

    async def download(self, media_ref: str) -> bytes:
        raise LookupError("people's files are not part of booking")

    def texts_to(self, chat_id: str) -> list[str]:
        return [
            "\n".join(r.text for r in replies if r.text)
            for to, replies in self.sent
            if to == chat_id
        ]


@pytest.fixture
def sender(core: CoreApp) -> RecordingSender:
    recording = RecordingSender()
    core.register_sender(ChannelName("console"), recording)
    return recording


@pytest.fixture
def delivery(core: CoreApp) -> ReminderDelivery:
    return reminder_delivery(core)


def ui(core: CoreApp, language: str, message: str) -> str:
    return core.texts.translator(language)._(message)


async def count(core: CoreApp, model: type, *where: object) -> int:
    async with core.database.session() as session:
        query = select(func.count()).select_from(model)
        for condition in where:
            query = query.where(condition)  # type: ignore[arg-type]
        return int((await session.execute(query)).scalar_one())


async def book_office_hours(
    chat: Chat, core: CoreApp, language: str, day: date, clock: str, name: str
) -> None:
    """Book by tapping, as most people will; answer "no" if asked about an interpreter."""
    t = core.texts.translator(language)
    await chat.press("book:office-hours")
    await chat.tap(t.day(day))
    await chat.tap(clock)
    await chat.send(name)
    if any(button.action == "bintp:no" for button in chat.buttons):
        await chat.press("bintp:no")
    await chat.tap(t._("Yes, book"))
    assert t._("Your appointment is booked.") in chat.text
