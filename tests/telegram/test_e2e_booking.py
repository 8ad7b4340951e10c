"""Booking on Telegram, end to end: the real bot process (long polling) and the fake Bot API.

    Zamfira, a Romanian speaker, opens the counselling at Willkommen Europa (the offer that asks
    for a phone number; office hours ask only a first name), taps Book, taps Wednesday and
    13:45, types her first name, skips the phone and confirms. A map pin and a calendar file
    for that time arrive; "My appointments" lists it, she cancels it, and it is gone.

The bot reads the time from the test's clock file (``BOT_CLOCK_FILE``): Monday 30 November 2026,
09:00 in Berlin, so the free days and times are the same on every run.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest
import pytest_asyncio

from bot.app import load_text_catalogs
from bot.config import Settings
from tests.support.bot_process import BotProcess, running_bot
from tests.support.conversation import MONDAY_MORNING
from tests.support.fake_bot_api import ApiCall, FakeBotApi
from tests.support.telegram_scenario import TelegramUser
from tests.support.zones import BERLIN
from tests.telegram.content import offer_place, offer_title
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean, telegram_env
from tests.whatsapp.journeys import set_clock

pytestmark = pytest.mark.asyncio(loop_scope="module")

FIRST_NAME = "Zamfira"
DAY = date(2026, 12, 2)  # Wednesday: Willkommen Europa has appointments from 13:00
START = datetime(2026, 12, 2, 13, 45, tzinfo=BERLIN)
END = datetime(2026, 12, 2, 14, 30, tzinfo=BERLIN)  # 45-minute slots
RO = load_text_catalogs(Settings())[1].translator("ro")


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("telegram-booking")


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def bot(fake: FakeBotApi, workdir: Path) -> AsyncIterator[BotProcess]:
    clock_file = workdir / "now"
    set_clock(clock_file, MONDAY_MORNING)
    env = {**telegram_env(fake, workdir), "BOT_CLOCK_FILE": str(clock_file)}
    ready = fake.wait_for("getUpdates", arrived=True, timeout=STARTUP_SECONDS)
    async with running_bot(["run"], env, workdir, ready=ready) as process:
        yield process  # SIGTERM at the end must stop the bot cleanly


@pytest.fixture(autouse=True)
def output_stays_clean(bot: BotProcess) -> Iterator[None]:
    yield
    assert_clean(bot.output, private=(FIRST_NAME,))


def texts(replies: list[ApiCall]) -> str:
    return "\n".join(reply.visible_text for reply in replies)


async def says(person: TelegramUser, *expected: str) -> str:
    """The bot's next replies to ``person``, which must contain each of ``expected``."""
    seen = texts(await person.next_replies())
    missing = [text for text in expected if text not in seen]
    assert not missing, f"{missing} not in:\n{seen}"
    return seen


async def test_a_romanian_speaker_books_by_buttons_gets_pin_and_calendar_and_cancels(
    fake: FakeBotApi, bot: BotProcess
) -> None:
    zamfira = TelegramUser(fake, first_name=FIRST_NAME, language_code="ro")
    await zamfira.send("/start")
    await zamfira.next_replies()
    await zamfira.tap("Română")
    await says(zamfira, RO._("Is this OK for you?"))
    await zamfira.tap(RO._("Yes, OK"))
    await zamfira.next_replies()

    await zamfira.tap(offer_title("welcome-europe", "ro"))
    await zamfira.next_replies(until=lambda call: call.method == "sendVenue")
    await zamfira.tap(RO._("Book an appointment"))
    await says(zamfira, RO._("Which day suits you?"))
    await zamfira.tap(RO.day(DAY))
    await says(zamfira, RO._("Which time suits you?"))
    await zamfira.tap(RO.clock(START))
    await says(zamfira, RO._("What is your first name?"))
    await zamfira.send(FIRST_NAME)
    await says(zamfira, RO._("Your phone number? Then we can call you if something changes."))
    await zamfira.tap(RO._("Skip"))
    check = await says(zamfira, RO._("Please check your appointment:"), RO.when(START, END))
    assert FIRST_NAME in check

    await zamfira.tap(RO._("Yes, book"))
    booked = await zamfira.next_replies(until=lambda call: call.method == "sendDocument")
    assert RO._("Your appointment is booked.") in texts(booked)
    (pin,) = [call for call in booked if call.method == "sendVenue"]
    place = offer_place("welcome-europe")
    assert pin.params["title"] == place.name
    assert float(pin.params["latitude"]) == pytest.approx(place.latitude)
    assert float(pin.params["longitude"]) == pytest.approx(place.longitude)
    (document,) = [call for call in booked if call.method == "sendDocument"]
    calendar_file = document.files["document"]
    assert calendar_file.filename is not None and calendar_file.filename.endswith(".ics")
    (event,) = icalendar.Calendar.from_ical(calendar_file.data).walk("VEVENT")
    assert event.decoded("dtstart") == START

    await zamfira.tap(RO._("My appointments"))
    await says(zamfira, RO.when(START, END), offer_title("welcome-europe", "ro"))
    await zamfira.tap(RO._("Cancel"))
    await says(zamfira, RO._("Cancel this appointment?"))
    await zamfira.tap(RO._("Yes, cancel"))
    await says(zamfira, RO._("Your appointment is cancelled."))
    await zamfira.send("/appointments")
    await says(zamfira, RO._("You have no appointments."))
