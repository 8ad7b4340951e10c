"""The `appointment:` block of bookable offers: read into rules, mistakes named at their line."""

from __future__ import annotations

from datetime import time, timedelta

from bot.catalogue.loader import load_catalogue
from bot.catalogue.model import BookingMode, BookingQuestion
from tests.catalogue.conftest import SHIPPED_CONTENT, ContentCopy

OFFERS = "offers.yaml"


def test_shipped_bookable_offers_carry_example_rules(languages: list[str]) -> None:
    catalogue = load_catalogue(SHIPPED_CONTENT, languages).catalogue
    for offer in catalogue.offers.values():
        assert (offer.appointment is not None) == (offer.booking_mode is BookingMode.APPOINTMENT), (
            offer.id
        )
    office = catalogue.offers["office-hours"].appointment
    assert office is not None
    assert office.slot_length == timedelta(minutes=20)
    assert office.seats == 1
    assert office.reminders == (timedelta(hours=24), timedelta(hours=2))
    assert office.asks == {BookingQuestion.FIRST_NAME, BookingQuestion.INTERPRETER}
    course = catalogue.offers["german-course"].appointment
    assert course is not None
    # Placement talks happen after the lessons, not during them.
    assert [(h.weekday, h.start) for h in course.hours] == [(1, time(12)), (3, time(12))]


def test_appointment_booking_without_rules_is_an_error_at_the_booking_line(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    text = (content_copy.root / OFFERS).read_text(encoding="utf-8")
    block_start = text.index("    appointment:", text.index("id: office-hours"))
    block_end = text.index("    schedule:", block_start)
    (content_copy.root / OFFERS).write_text(text[:block_start] + text[block_end:], encoding="utf-8")
    booking_line = content_copy.line_of(OFFERS, "booking: appointment  # ohne Termin kommen")

    run = content_copy.check(languages)

    assert run.exit_code == 1
    message = run.issue_line(content_copy.root / OFFERS, booking_line, "offers[3].booking")
    assert message.endswith(
        "'booking: appointment' needs an 'appointment:' block (at least slot_minutes)"
    )


def test_rules_on_an_offer_without_appointments_are_an_error(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    parents_cafe = "    booking: none\n    schedule:\n      - {weekday: wednesday"
    content_copy.edit(
        OFFERS,
        parents_cafe,
        parents_cafe.replace("schedule:", "appointment: {slot_minutes: 30}\n    schedule:"),
    )
    line = content_copy.line_of(OFFERS, "appointment: {slot_minutes: 30}")

    run = content_copy.check(languages)

    message = run.issue_line(content_copy.root / OFFERS, line, "offers[1].appointment")
    assert message.endswith(
        "only offers with 'booking: appointment' take appointments (this one has 'booking: none')"
    )


def test_a_slot_longer_than_its_hours_is_named_at_the_hours_line(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    content_copy.edit(
        OFFERS,
        '        - {weekday: tuesday, start: "12:00", end: "13:30"}',
        '        - {weekday: tuesday, start: "12:00", end: "12:15"}',
    )
    line = content_copy.line_of(OFFERS, 'end: "12:15"')

    run = content_copy.check(languages)

    message = run.issue_line(content_copy.root / OFFERS, line, "offers[0].appointment.hours[0]")
    assert message.endswith("12:00-12:15 is shorter than one slot (30 minutes)")


def test_unknown_question_and_bad_numbers_are_named_by_field(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    content_copy.edit(
        OFFERS, "      asks: [first_name, phone]   #", "      asks: [full_name, phone]   #"
    )
    content_copy.edit(OFFERS, "      slot_minutes: 20\n", "      slot_minutes: 0\n")
    asks_line = content_copy.line_of(OFFERS, "asks: [full_name, phone]")
    minutes_line = content_copy.line_of(OFFERS, "slot_minutes: 0")

    run = content_copy.check(languages)

    assert run.exit_code == 1
    asks = run.issue_line(content_copy.root / OFFERS, asks_line, "offers[0].appointment.asks[0]")
    assert "'first_name', 'phone' or 'interpreter'" in asks
    minutes = run.issue_line(
        content_copy.root / OFFERS, minutes_line, "offers[3].appointment.slot_minutes"
    )
    assert "greater than or equal to 5" in minutes
