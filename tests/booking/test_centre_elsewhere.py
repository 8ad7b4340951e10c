"""A centre outside Dortmund: BOT_TIMEZONE and HOLIDAY_REGION give it its own times and holidays.

The content's office hours (Mondays 13-15, Thursdays 14-16) are wall-clock times of the
centre. In New York they must stay 13:00 and 14:00 there, reminders must come a day before
by New York's clock, and Martin Luther King Jr. Day (Monday 18 January 2027), a working day
in North Rhine-Westphalia, must close the office hours.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.booking.outbox import Outcome
from bot.booking.setup import reminder_delivery
from bot.config import Settings
from bot.messages import ChannelName
from bot.storage.models import Booking
from tests.booking.conftest import RecordingSender, book_office_hours
from tests.support.conversation import FixedClock, onboarded, running_core

NEW_YORK = ZoneInfo("America/New_York")
KING_DAY = date(2027, 1, 18)
"""Martin Luther King Jr. Day: a public holiday in New York, none in Dortmund."""


def new_york(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, month, day, hour, minute, tzinfo=NEW_YORK)


FRIDAY_MORNING = new_york(1, 15, 9)


async def test_a_new_york_centre_books_and_reminds_by_its_own_clock(database_url: str) -> None:
    clock = FixedClock(FRIDAY_MORNING)
    async with running_core(
        database_url, clock, timezone="America/New_York", holiday_region="US-NY"
    ) as core:
        sender = RecordingSender()
        core.register_sender(ChannelName("console"), sender)
        t = core.texts.translator("en")
        chat = await onboarded(core, "English")
        await chat.press("offer:office-hours")
        await chat.tap(t._("Book an appointment"))
        assert t.day(KING_DAY) not in chat.labels, "no office hours on a New York holiday"
        assert chat.labels[:2] == [t.day(date(2027, 1, 21)), t.day(date(2027, 1, 25))]

        await chat.tap(t.day(date(2027, 1, 21)))
        assert chat.labels[:3] == ["14:00", "14:20", "14:40"], "the content's wall-clock times"
        await book_office_hours(chat, core, "en", date(2027, 1, 21), "14:20", "Ann")
        async with core.database.session() as session:
            booking = (await session.execute(select(Booking))).scalar_one()
        assert booking.starts_at.astimezone(UTC) == datetime(2027, 1, 21, 19, 20, tzinfo=UTC)

        delivery = reminder_delivery(core)
        assert await delivery.tick(new_york(1, 20, 14, 19)) == Counter()
        assert await delivery.tick(new_york(1, 20, 14, 20)) == Counter({Outcome.SENT: 1})
        [(_, replies)] = sender.sent
        reminder = "\n".join(reply.text for reply in replies if reply.text)
        assert t.when(new_york(1, 21, 14, 20), new_york(1, 21, 14, 40)) in reminder
        assert "14:20" in reminder


async def test_opening_hours_name_the_centres_own_holidays(database_url: str) -> None:
    clock = FixedClock(FRIDAY_MORNING)
    king_day = "Public holiday: {day}."
    async with running_core(
        database_url, clock, timezone="America/New_York", holiday_region="US-NY"
    ) as core:
        t = core.texts.translator("en")
        chat = await onboarded(core, "English")
        await chat.send("when are you open")
        assert t._(king_day).format(day=t.day(KING_DAY)) in chat.text
    async with running_core(database_url, clock) as core:  # the default: Dortmund
        t = core.texts.translator("en")
        chat = await onboarded(core, "English", chat_id="person-2")
        await chat.send("when are you open")
        assert t._("When we are there in the next 7 days:") in chat.text
        assert t._(king_day).format(day=t.day(KING_DAY)) not in chat.text


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("BOT_TIMEZONE", "Europe/Dortmund", "is not a known time zone"),
        ("HOLIDAY_REGION", "DE-XY", "DE has no region 'XY'"),
        ("HOLIDAY_REGION", "Nordrhein-Westfalen", "unknown country"),
    ],
)
def test_a_wrong_zone_or_region_stops_the_start_with_a_clear_error(
    variable: str, value: str, named: str
) -> None:
    with pytest.raises(ValueError, match=f"{variable} '{value}'.*{named}"):
        Settings.from_env({variable: value})
