"""Staff list the appointments and cancel a day or a slot; people hear it in their language."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import date

import pytest

from bot.app import CoreApp, open_core
from bot.config import PROJECT_ROOT, Settings
from bot.messages import ChannelName, ChatId, Inbound, InboundKind, UserId
from tests.booking.conftest import RecordingSender, berlin, book_office_hours
from tests.support.conversation import Chat, FixedClock, onboarded

STAFF_GROUP = "-100123"
STAFF_MEMBER = "42"


@pytest.fixture
async def core(database_url: str, clock: FixedClock) -> AsyncIterator[CoreApp]:
    settings = replace(
        Settings(),
        database_url=database_url,
        staff_chat_id=STAFF_GROUP,
        staff_user_ids=frozenset({STAFF_MEMBER}),
        watch_content=False,
    )
    async with open_core(settings, clock=clock, detect_languages=False) as running:
        yield running


async def staff(core: CoreApp, command: str) -> str:
    inbound = Inbound(
        ChannelName("telegram"),
        ChatId(STAFF_GROUP),
        InboundKind.TEXT,
        text=command,
        sender_id=UserId(STAFF_MEMBER),
    )
    return "\n".join(reply.text for reply in await core.handle(inbound))


async def two_bookings_on_thursday(core: CoreApp) -> tuple[Chat, Chat]:
    ana = await onboarded(core, "Română", "ana")
    await book_office_hours(ana, core, "ro", date(2026, 12, 3), "14:20", "Ana")
    omar = await onboarded(core, "العربية", "omar")
    await omar.press("book:office-hours")
    await omar.tap(core.texts.translator("ar").day(date(2026, 12, 3)))
    await omar.tap(core.texts.translator("ar").clock(berlin(2026, 12, 3, 15)))
    await omar.send("Omar")
    await omar.press("bintp:yes")
    await omar.press("bok")
    return ana, omar


async def test_today_and_week_list_time_name_language_and_interpreter(
    core: CoreApp, clock: FixedClock
) -> None:
    await two_bookings_on_thursday(core)
    clock.now = berlin(2026, 12, 3, 8)

    today = await staff(core, "/today")

    assert today.startswith("📅 heute, Donnerstag, 3. Dezember: 2 Termin(e)")
    assert (
        "14:20-14:40 · Offene Sprechstunde · Ana · Sprache: Română (ro) · ohne Dolmetscher" in today
    )
    omar = "15:00-15:20 · Offene Sprechstunde · Omar · Sprache: العربية (ar)"
    assert f"{omar} · Dolmetscher: العربية (ar)" in today
    week = await staff(core, "/week")
    assert "📅 Mittwoch, 9. Dezember: 0 Termin(e)" in week
    assert week.count("Offene Sprechstunde") == 2


async def test_cancelling_a_day_tells_each_person_in_their_language_and_offers_other_times(
    core: CoreApp, clock: FixedClock
) -> None:
    sender = RecordingSender()
    core.register_sender(ChannelName("console"), sender)
    ana, omar = await two_bookings_on_thursday(core)
    clock.now = berlin(2026, 12, 2, 18)

    answer = await staff(core, "/cancel_day 2026-12-03 office-hours")

    assert "2 Person(en)" in answer
    ro, ar = core.texts.translator("ro"), core.texts.translator("ar")
    [to_ana] = sender.texts_to("ana")
    assert ro._("Sorry, our team had to cancel your appointment:") in to_ana
    assert ro.when(berlin(2026, 12, 3, 14, 20), berlin(2026, 12, 3, 14, 40)) in to_ana
    [to_omar] = sender.texts_to("omar")
    assert ar._("Sorry, our team had to cancel your appointment:") in to_omar
    [(_, ana_notice)] = [(to, replies) for to, replies in sender.sent if to == "ana"]
    offered = [
        button
        for reply in ana_notice
        for button in reply.all_buttons
        if button.action.startswith("bmove:")
    ]
    assert offered and all(":20261203" not in button.action for button in offered), (
        "not the cancelled day"
    )

    # Ana taps another time: her name is kept, one tap more and she is booked again.
    await ana.press(offered[0].action)
    assert ro._("Move your appointment to this time?") in ana.text and "Ana" in ana.text
    await ana.tap(ro._("Yes, move"))
    assert ro._("Your appointment is booked.") in ana.text

    # Nobody can book the cancelled day any more.
    await omar.press("book:office-hours")
    assert ar.day(date(2026, 12, 3)) not in omar.labels
    clock.now = berlin(2026, 12, 3, 8)
    assert "Donnerstag, 3. Dezember: 0 Termin(e)" in await staff(core, "/today")


async def test_cancelling_one_slot_touches_only_that_slot(core: CoreApp, clock: FixedClock) -> None:
    sender = RecordingSender()
    core.register_sender(ChannelName("console"), sender)
    await two_bookings_on_thursday(core)

    answer = await staff(core, "/cancel_slot 2026-12-03 14:20")

    assert "1 Person(en)" in answer
    assert [to for to, _ in sender.sent] == ["ana"]
    clock.now = berlin(2026, 12, 3, 8)
    today = await staff(core, "/today")
    assert "Omar" in today and "Ana" not in today


@pytest.mark.parametrize(
    ("command", "answer"),
    [
        ("/cancel_day morgen", "So geht es: /cancel_day"),
        ("/cancel_day 2026-02-30", "Unbekanntes Datum"),
        ("/cancel_day 2026-12-03 sewing-cafe", "Unbekanntes Angebot sewing-cafe"),
        ("/cancel_slot 2026-12-03", "So geht es: /cancel_slot"),
        ("/cancel_day 2026-11-01", "ist vorbei"),
    ],
)
async def test_a_mistyped_cancellation_cancels_nothing(
    core: CoreApp, command: str, answer: str
) -> None:
    await two_bookings_on_thursday(core)
    assert answer in await staff(core, command)
    assert "Ana" in await staff(core, "/week")


async def test_the_day_list_on_the_command_line(core: CoreApp, database_url: str) -> None:
    await two_bookings_on_thursday(core)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "bookings",
        "--date",
        "2026-12-03",
        env={**os.environ, "DATABASE_URL": database_url},
        cwd=PROJECT_ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    output, _ = await process.communicate()
    assert process.returncode == 0
    lines = output.decode().splitlines()
    assert lines[0] == "📅 Donnerstag, 3. Dezember: 2 Termin(e)"
    assert lines[1].startswith("  14:20-14:40 · Offene Sprechstunde · Ana")
