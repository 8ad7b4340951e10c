"""Buttons fit Telegram's 64 bytes; the calendar file imports at the right wall-clock time."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar

from bot.booking import ics, payloads
from bot.catalogue.live import LiveCatalogue
from bot.config import Settings
from bot.i18n.languages import load_languages
from bot.i18n.translator import TextCatalogs
from bot.messages import ACTION_MAX_BYTES
from bot.storage.models import Booking
from tests.booking.conftest import berlin

LONGEST_ID = "a" * 40


def test_the_longest_payloads_fit_telegrams_limit() -> None:
    moment = datetime(2026, 12, 31, 23, 59, tzinfo=UTC)
    for payload in [
        payloads.slot(LONGEST_ID, moment),
        payloads.day(LONGEST_ID, moment.date()),
        payloads.move(2**31, moment),
    ]:
        assert len(payload.encode()) <= ACTION_MAX_BYTES, payload
    assert payloads.parse_stamp(payloads.slot(LONGEST_ID, moment).rsplit(":", 1)[1]) == moment


def test_a_summer_appointment_imports_at_its_berlin_time_with_a_timezone() -> None:
    settings = Settings()
    languages = load_languages(settings.locales_dir / "languages.yaml")
    t = TextCatalogs(settings.locales_dir, languages, settings.timezone).translator("bg")
    offer = LiveCatalogue(settings.content_dir, languages.codes).current.catalogue.offers[
        "welcome-europe"
    ]
    start = berlin(2027, 7, 6, 9, 45)  # summer time: 07:45 UTC
    booking = Booking(id=7, offer_id=offer.id, starts_at=start, ends_at=berlin(2027, 7, 6, 10, 30))

    attachment = ics.calendar_file(t, offer, booking, datetime(2027, 7, 1, tzinfo=UTC))

    assert attachment.mime_type == "text/calendar" and attachment.data is not None
    calendar = icalendar.Calendar.from_ical(attachment.data)
    [timezone] = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Berlin"
    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == start
    assert event.decoded("dtstart").utcoffset().total_seconds() == 2 * 3600
    assert b"DTSTART;TZID=Europe/Berlin:20270706T094500" in attachment.data
    assert str(event["uid"]) == "booking-7@erstkontakt.bot"
    assert str(event["summary"]).startswith(offer.text("title", "bg"))
    assert offer.location.address in str(event["location"])
