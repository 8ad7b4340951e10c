"""The real bot process through trouble: a failing Bot API, a SIGKILL, a database that is
briefly gone. After each, no conversation, booking or answer is lost, and nothing comes twice.

(Relayed messages through the same faults: test_e2e_handover_faults.py.)
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Callable
from http import HTTPStatus
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage.models import Booking, BookingMessage
from tests.support.bot_process import BotProcess
from tests.support.databases import postgres_unavailable_reason, reset_postgres
from tests.support.fake_bot_api import DROPPED, ApiCall, FakeBotApi
from tests.support.settled import until_settled
from tests.support.tcp_proxy import TcpProxy
from tests.support.telegram_scenario import TelegramUser, Update, callback_update
from tests.support.webhook_bot import WebhookBot, start_webhook_bot
from tests.telegram.content import offer_title
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean, telegram_env

MONDAY_MORNING = "2026-11-30T08:00:00+00:00"
"""The bot's clock (BOT_CLOCK_FILE): the week's appointments all lie ahead."""
OFFERS = ("german-course", "sewing-cafe", "parents-cafe", "office-hours", "romanian-breakfast")
PRIVATE = ("Zamfira", "Ionela", "Florica")
ANSWER_SECONDS = 15.0
"""Generous: a 429 is waited out, a lost connection retried after a pause."""


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


async def polling_bot(fake: FakeBotApi, workdir: Path, **env: str) -> BotProcess:
    settings = {**telegram_env(fake, workdir), "WATCH_CONTENT": "off", **env}
    process = BotProcess(["run"], settings, workdir / "bot.log")
    await process.start()
    await fake.wait_for("getUpdates", arrived=True, start=len(fake.calls), timeout=STARTUP_SECONDS)
    await process.wait_until_listening(within=STARTUP_SECONDS)
    return process


def offer_cards(fake: FakeBotApi, chat_id: str) -> list[str]:
    """The offer cards the person received, in order, by offer id."""
    titles = {offer_title(offer, "en"): offer for offer in OFFERS}
    return [
        offer
        for call in fake.calls
        if call.ok and call.method == "sendMessage" and call.chat_id == chat_id
        for title, offer in titles.items()
        if title in call.visible_text.split("\n", 1)[0]
    ]


def newest_action(person: TelegramUser, prefix: str) -> str | None:
    """The callback data of the newest button whose data starts with ``prefix``."""
    for call in reversed([c for c in person.fake.calls if c.ok and c.chat_id == person.chat_id]):
        for row in call.buttons:
            for _, data in row:
                if data.startswith(prefix):
                    return data
    return None


def actions_in(calls: list[ApiCall]) -> list[str]:
    return [data for call in calls for row in call.buttons for _, data in row]


# -- the Bot API fails --------------------------------------------------------------------------


async def test_a_conversation_goes_on_through_flood_limits_errors_slow_answers_and_lost_connections(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    bot = await polling_bot(fake, tmp_path)
    faults: dict[str, Callable[[], None]] = {
        "german-course": lambda: fake.fail_next("sendMessage", status=429, retry_after=1),
        "sewing-cafe": lambda: fake.fail_next("sendMessage", status=502),
        "parents-cafe": lambda: fake.drop_next("sendMessage"),
        "office-hours": lambda: fake.delay_next("sendMessage", 1.0),  # slow, not timed out
        "romanian-breakfast": lambda: None,
    }
    try:
        ana = TelegramUser(fake, first_name="Zamfira", language_code="en")
        await ana.onboard("English")
        for offer, inject in faults.items():
            inject()
            await ana.tap_action(f"offer:{offer}")
            await ana.next_replies(timeout=ANSWER_SECONDS)
        await until_settled(bot.base_url)  # a duplicate, were there one, has been sent by now
    finally:
        assert await bot.stop() == 0, bot.output

    assert offer_cards(fake, ana.chat_id) == list(faults), "each answer once, in order"
    statuses = [call.status for call in fake.calls_of("sendMessage")]
    assert {429, 502, DROPPED} <= set(statuses), "every fault was met"
    assert_clean(bot.output, private=PRIVATE)


# -- the bot is killed --------------------------------------------------------------------------


class Telegram:
    """Posts a person's updates to whichever bot process runs now, as Telegram would."""

    def __init__(self, fake: FakeBotApi) -> None:
        self.fake = fake
        self.bot: WebhookBot | None = None
        self.started: list[WebhookBot] = []

    async def start_bot(self, workdir: Path, env: dict[str, str]) -> WebhookBot:
        self.bot = await start_webhook_bot(self.fake, workdir, **env)
        self.started.append(self.bot)
        return self.bot

    async def kill_all(self) -> None:
        """However the test ends, no bot process outlives it."""
        for bot in self.started:
            await bot.process.kill()

    async def deliver(self, update: Update) -> Update:
        posted = dict(update)
        posted.setdefault("update_id", self.fake.next_update_id())
        assert self.bot is not None
        assert await self.bot.post(posted) == HTTPStatus.OK
        return posted


async def booked_count(database_url: str) -> tuple[int, int]:
    """Active bookings, and the booking messages (reminders) written for them."""
    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            bookings = await connection.scalar(
                select(func.count()).select_from(Booking).where(Booking.cancelled_at.is_(None))
            )
            reminders = await connection.scalar(select(func.count()).select_from(BookingMessage))
    finally:
        await engine.dispose()
    return int(bookings or 0), int(reminders or 0)


async def test_a_bot_killed_mid_conversation_continues_where_it_was_and_books_once(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    clock = tmp_path / "now.txt"
    clock.write_text(MONDAY_MORNING, encoding="utf-8")
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    env = {"DATABASE_URL": database_url, "BOT_CLOCK_FILE": str(clock)}
    telegram = Telegram(fake)
    try:
        await _killed_twice_while_booking(telegram, tmp_path, env, database_url)
    finally:
        await telegram.kill_all()


async def _killed_twice_while_booking(
    telegram: Telegram, tmp_path: Path, env: dict[str, str], database_url: str
) -> None:
    fake = telegram.fake
    bot = await telegram.start_bot(tmp_path / "first", env)
    ionela = TelegramUser(fake, first_name="Ionela", language_code="en", deliver=telegram.deliver)
    await ionela.onboard("English")
    await ionela.tap_action("book:office-hours")
    for prefix in ("bday:", "bslot:"):
        await ionela.next_replies()
        data = newest_action(ionela, prefix)
        assert data is not None, f"no {prefix} button: {ionela.buttons_seen()}"
        await ionela.tap_action(data)
    await ionela.next_replies()  # "What is your first name?"

    await bot.process.kill()  # between two messages of a booking
    bot = await telegram.start_bot(tmp_path / "second", env)
    await ionela.send("Ionela")
    for _ in range(3):  # the phone number (skipped), an interpreter (if asked), then "book?"
        offered = actions_in(await ionela.next_replies())
        if "bok" in offered:
            break
        await ionela.tap_action(next(a for a in offered if a in {"bskip", "bintp:no"}))
    assert "bok" in offered, "the booking went on where it was"

    # "Yes, book": the booking is stored, and the bot dies while Telegram takes the answer.
    fake.delay_next("sendMessage", 60.0)
    confirm = callback_update(ionela.user, "bok", None)
    confirm["update_id"] = fake.next_update_id()
    start = len(fake.calls)
    posting = asyncio.create_task(bot.post(confirm))
    await fake.wait_for("sendMessage", start=start, arrived=True)
    await bot.process.kill()
    with contextlib.suppress(aiohttp.ClientError):
        await posting  # no 200 reached Telegram: it will post the update again
    booked = await booked_count(database_url)
    assert booked[0] == 1 and booked[1] >= 1, "booked, with its reminders"

    bot = await telegram.start_bot(tmp_path / "third", env)
    assert await bot.post(confirm) == HTTPStatus.OK  # Telegram's retry: the stored answer goes
    confirmation = await ionela.next_replies()
    await ionela.tap_action("appts")
    replies = await ionela.next_replies()
    assert await bot.process.stop() == 0

    assert [call.method for call in confirmation] == ["sendMessage", "sendVenue", "sendDocument"]
    arrived = [c for c in fake.calls if c.ok and c.chat_id == ionela.chat_id]
    assert [c for c in arrived if BOOKED_EN in c.visible_text] == confirmation[:1], (
        "the confirmation arrived, once"
    )
    cancel_buttons = [data for data in actions_in(replies) if data.startswith("bcancel:")]
    assert len(cancel_buttons) == 1, "one appointment, not two"
    assert await booked_count(database_url) == booked, "the retry booked nothing more"
    assert_clean(bot.process.output, private=PRIVATE)


# -- the database is briefly unreachable ----------------------------------------------------------


@pytest.fixture
async def postgres(postgres_url: str | None) -> str:
    if postgres_url is None:
        url = os.environ.get("TEST_POSTGRES_URL", "")
        pytest.skip(await postgres_unavailable_reason(url) or "PostgreSQL unavailable")
    await reset_postgres(postgres_url)
    return postgres_url


@pytest.mark.postgres
async def test_while_the_database_is_gone_people_hear_an_apology_and_then_go_on(
    fake: FakeBotApi, tmp_path: Path, postgres: str
) -> None:
    server = make_url(postgres)
    proxy = TcpProxy(server.host or "127.0.0.1", server.port or 5432)
    await proxy.open()
    through_proxy = server.set(host="127.0.0.1", port=proxy.port)
    bot = await polling_bot(
        fake, tmp_path, DATABASE_URL=through_proxy.render_as_string(hide_password=False)
    )
    try:
        florica = TelegramUser(fake, first_name="Florica", language_code="en")
        await florica.onboard("English")

        await proxy.cut()
        await florica.tap_action("offer:sewing-cafe")
        during = await florica.next_replies()
        assert bot.running, "the bot keeps running"
        await proxy.restore()
        await florica.tap_action("offer:sewing-cafe")
        after = await florica.next_replies()
        await florica.send("/menu")
        menu = await florica.next_replies()
    finally:
        await proxy.close()
        returncode = await bot.stop()

    assert [call.visible_text for call in during] == [f"😕 {APOLOGY_EN}"]
    assert offer_cards(fake, florica.chat_id) == ["sewing-cafe"], "answered once it was back"
    assert any(call.method == "sendVenue" for call in after)
    assert any(data.startswith("offer:") for data in actions_in(menu)), (
        "the conversation is where it was: served, in English"
    )
    assert returncode == 0, bot.output
    assert_clean(bot.output, private=PRIVATE)


APOLOGY_EN = "Sorry, something went wrong. Please try again."
BOOKED_EN = "Your appointment is booked."
