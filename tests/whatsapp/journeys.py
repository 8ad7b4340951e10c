"""Steps WhatsApp tests share: a person who chose Romanian, a booked appointment, the clock;
and for the bot process with both channels (people on WhatsApp, mediators in a Telegram
topic): its environment and waiting for a line in the topic."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from tests.support.fake_bot_api import TEST_TOKEN, ApiCall, FakeBotApi
from tests.support.fake_graph_api import ACCESS_TOKEN, PHONE_NUMBER_ID, FakeGraphApi
from tests.support.whatsapp_scenario import APP_SECRET, VERIFY_TOKEN, WhatsAppUser
from tests.whatsapp.conftest import TEMPLATES

BOOKED_DAY = (
    "bday:office-hours:20261203"  # Thursday 3 December 2026 (the clock starts Monday 30 November)
)
BOOKED_SLOT = "14:00"


def set_clock(clock_file: Path, now: datetime) -> None:
    """Move the bot process's test clock (``BOT_CLOCK_FILE``): it reads the file each time."""
    clock_file.write_text(now.isoformat(), encoding="utf-8")


async def onboard_in_romanian(ana: WhatsAppUser) -> None:
    """Ana writes, chooses Română from the list and accepts the privacy note."""
    await ana.send("Bună")
    await ana.next_replies()
    await ana.tap("Română")
    await ana.next_replies()
    await ana.tap(choice_id="consent:yes")
    await ana.next_replies()


async def book_office_hours(ana: WhatsAppUser) -> None:
    """From the menu: office hours, Thursday at 14:00, her first name, confirmed."""
    await ana.tap(choice_id="offer:office-hours")
    await ana.next_replies()
    await ana.tap(choice_id="book:office-hours")
    await ana.next_replies()
    await ana.tap(choice_id=BOOKED_DAY)
    await ana.next_replies()
    await ana.tap(BOOKED_SLOT)
    await ana.next_replies()
    await ana.send("Ana")
    await ana.next_replies()
    await ana.tap(choice_id="bok")


PUBLIC_TELEGRAM_WEBHOOK = "https://erstkontakt.example/telegram"
"""What Telegram is told; the bot serves its path on the port it reports."""


def both_channels_env(
    workdir: Path,
    graph: FakeGraphApi,
    telegram: FakeBotApi,
    clock_file: Path,
    *,
    staff_group: int,
    mediator_id: int,
    secret: str,
) -> dict[str, str]:
    """The environment of a bot process with both channels on one port: WhatsApp against the
    fake Graph API, Telegram (the staff group ``staff_group``, one mediator) against the fake
    Bot API by webhook, its clock read from ``clock_file``."""
    return {
        "DATABASE_URL": f"sqlite+aiosqlite:///{workdir / 'bot.sqlite3'}",
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "WEBHOOK_URL": PUBLIC_TELEGRAM_WEBHOOK,
        "WEBHOOK_SECRET": secret,
        "STAFF_CHAT_ID": str(staff_group),
        "STAFF_USER_IDS": str(mediator_id),
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_API_BASE_URL": graph.base_url,
        "WHATSAPP_TEMPLATES": json.dumps(TEMPLATES),
        "WHATSAPP_RECIPIENT_INTERVAL_SECONDS": "0",
        "WEBHOOK_LISTEN": "127.0.0.1",
        "BOT_CLOCK_FILE": str(clock_file),
        "WATCH_CONTENT": "off",
    }


async def until_in_topic(telegram: FakeBotApi, thread_id: int, words: str) -> ApiCall:
    """The next message the bot sends into the topic ``thread_id`` with ``words`` in it."""
    return await telegram.wait_for(
        "sendMessage",
        lambda call: (
            str(call.params.get("message_thread_id")) == str(thread_id)
            and words in call.visible_text
        ),
    )
