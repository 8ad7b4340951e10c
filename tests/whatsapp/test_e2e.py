"""The real bot process on WhatsApp (``python -m bot run --webhook``), no Telegram token.

    Ana (a Romanian number) writes, chooses Română from the list, asks about the sewing café,
    books office hours and gets the calendar file. Two days later, 24 hours before the
    appointment, her reminder is due: she has been silent, so WhatsApp gets the approved
    reminder template; when she answers, the full reminder arrives first.

Time is the bot's settable test clock (``BOT_CLOCK_FILE``); nothing sleeps for long.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from http import HTTPStatus
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio

from tests.support.bot_process import BotProcess, webhook_process
from tests.support.conversation import MONDAY_MORNING
from tests.support.fake_graph_api import ACCESS_TOKEN, PHONE_NUMBER_ID, FakeGraphApi
from tests.support.settled import until_settled
from tests.support.whatsapp_scenario import (
    APP_SECRET,
    VERIFY_TOKEN,
    WhatsAppUser,
    envelope,
    post_raw,
    text_message,
)
from tests.telegram.content import offer_title, reads_romanian
from tests.telegram.e2e import assert_clean
from tests.whatsapp.conftest import TEMPLATES
from tests.whatsapp.journeys import book_office_hours, onboard_in_romanian, set_clock

pytestmark = pytest.mark.asyncio(loop_scope="module")

PRIVATE = ("Zamfira", "atelier de cusut", "mulțumesc")
REMINDER_DUE = datetime(2026, 12, 2, 13, 1, tzinfo=MONDAY_MORNING.tzinfo)  # 14:01 Berlin, Wednesday


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def graph() -> AsyncIterator[FakeGraphApi]:
    async with FakeGraphApi() as api:
        yield api


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("whatsapp-e2e")


@pytest.fixture(scope="module")
def clock_file(workdir: Path) -> Path:
    path = workdir / "now"
    set_clock(path, MONDAY_MORNING)
    return path


@pytest.fixture(scope="module")
def url(bot: BotProcess) -> str:
    return f"{bot.base_url}/whatsapp"


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def bot(graph: FakeGraphApi, workdir: Path, clock_file: Path) -> AsyncIterator[BotProcess]:
    env = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{workdir / 'bot.sqlite3'}",
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_API_BASE_URL": graph.base_url,
        "WHATSAPP_TEMPLATES": json.dumps(TEMPLATES),
        "WHATSAPP_RECIPIENT_INTERVAL_SECONDS": "0.05",  # paced, but quickly
        "WEBHOOK_LISTEN": "127.0.0.1",
        "BOT_CLOCK_FILE": str(clock_file),
        "REMINDER_TICK_SECONDS": "0.2",
        "WATCH_CONTENT": "off",
    }
    async with webhook_process(env, workdir) as process:
        yield process


@pytest.fixture(autouse=True)
def output_stays_clean(bot: BotProcess) -> Iterator[None]:
    yield
    assert_clean(bot.output, private=PRIVATE)
    assert ACCESS_TOKEN not in bot.output and APP_SECRET not in bot.output
    assert "40712" not in bot.output, "the log shows a phone number"


async def test_meta_can_verify_the_webhook(bot: BotProcess, url: str) -> None:
    query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "8237"}
    async with aiohttp.ClientSession() as session, session.get(url, params=query) as response:
        assert (response.status, await response.text()) == (HTTPStatus.OK, "8237")


async def test_an_unsigned_delivery_is_refused(
    bot: BotProcess, url: str, graph: FakeGraphApi
) -> None:
    body = json.dumps(envelope(messages=[text_message("40712000999", "Zamfira")])).encode()

    assert await post_raw(url, body, None) == HTTPStatus.FORBIDDEN
    assert "refused" in bot.output
    assert not graph.sent("40712000999")


async def test_ana_books_on_whatsapp_and_her_reminder_crosses_the_24_hours(
    bot: BotProcess, url: str, graph: FakeGraphApi, clock_file: Path
) -> None:
    ana = WhatsAppUser(graph, url, name="Zamfira")
    await onboard_in_romanian(ana)

    await ana.send("atelier de cusut")
    card, pin = await ana.next_replies()
    assert offer_title("sewing-cafe", "ro") in card.visible_text and pin.type == "location"

    await ana.tap(choice_id="menu")
    await ana.next_replies()
    await book_office_hours(ana)
    booked, _, calendar = await ana.next_replies()
    assert reads_romanian(booked.visible_text)
    assert calendar.type == "document" and calendar.body["document"]["filename"].endswith(".ics")
    assert graph.media[calendar.body["document"]["id"]][0].startswith(b"BEGIN:VCALENDAR")

    set_clock(clock_file, REMINDER_DUE)  # two silent days later
    (template,) = await ana.next_replies(timeout=10)
    assert template.template is not None
    assert template.template["name"] == "reminder_ro"
    assert template.template["components"][0]["parameters"][0]["text"].startswith(
        "mâine, joi, 3 decembrie, 14:00"
    )

    await ana.send("mulțumesc")
    reminder, pin, *answer = await ana.next_replies()
    assert reminder.visible_text.startswith("⏰") and pin.type == "location" and answer


async def test_the_reminder_goes_out_once(
    bot: BotProcess, graph: FakeGraphApi, clock_file: Path
) -> None:
    set_clock(clock_file, REMINDER_DUE + timedelta(minutes=5))
    await until_settled(bot.base_url)  # due by the bot's clock now: sent, and only then settled

    templates = [call for call in graph.sent() if call.template is not None]
    assert [call.template["name"] for call in templates if call.template] == ["reminder_ro"]
