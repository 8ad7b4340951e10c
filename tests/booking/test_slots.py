"""Bookable times: weekly hours, closures, NRW holidays, clock changes, notice and horizon."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from bot.booking.slots import Slot, bookable_slot_at, bookable_slots, slots_on
from bot.catalogue.loader import load_catalogue
from bot.catalogue.model import Offer
from tests.booking.conftest import berlin
from tests.catalogue.conftest import ONE_LOCATION, ONE_OFFER
from tests.support.zones import BERLIN

BuildOffer = Callable[..., Offer]
EVERY_DAY_AT_TEN = "".join(
    f'    - {{weekday: {day}, start: "10:00", end: "11:00"}}\n'
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)


@pytest.fixture
def bookable(tmp_path: Path) -> BuildOffer:
    """A German-only offer with ``booking: appointment`` and the given appointment lines."""

    def build(appointment: str, extra: str = "", closures: str | None = None) -> Offer:
        (tmp_path / "locations.yaml").write_text(ONE_LOCATION, encoding="utf-8")
        block = "booking: appointment\nappointment:\n" + textwrap.indent(appointment, "  ") + extra
        (tmp_path / "offers.yaml").write_text(
            ONE_OFFER + textwrap.indent(block, "    "), encoding="utf-8"
        )
        if closures is not None:
            (tmp_path / "closures.yaml").write_text(textwrap.dedent(closures), encoding="utf-8")
        offer = load_catalogue(tmp_path, ["de"], strict=True).catalogue.offer("course")
        assert offer is not None
        return offer

    return build


def starts(slots: list[Slot]) -> list[datetime]:
    return [slot.start for slot in slots]


def test_slots_fill_the_weekly_hours(bookable: BuildOffer) -> None:
    offer = bookable(
        'slot_minutes: 25\nhours:\n  - {weekday: tuesday, start: "10:00", end: "12:00"}\n'
    )
    assert starts(slots_on(offer, date(2026, 12, 1))) == [
        berlin(2026, 12, 1, 10, 0),
        berlin(2026, 12, 1, 10, 25),
        berlin(2026, 12, 1, 10, 50),
        berlin(2026, 12, 1, 11, 15),
    ], "the last 25 minutes would end after 12:00"
    assert slots_on(offer, date(2026, 12, 2)) == []


def test_without_hours_the_weekly_schedule_is_bookable(bookable: BuildOffer) -> None:
    offer = bookable(
        "slot_minutes: 60\n",
        extra='schedule:\n  - {weekday: friday, start: "14:00", end: "16:00"}\n',
    )
    assert starts(slots_on(offer, date(2026, 12, 4))) == [
        berlin(2026, 12, 4, 14),
        berlin(2026, 12, 4, 15),
    ]


@pytest.mark.parametrize(
    ("holiday", "ordinary_day"),
    [
        (date(2026, 12, 25), date(2026, 12, 24)),
        (date(2026, 12, 26), date(2026, 12, 27)),
        (date(2027, 1, 1), date(2026, 12, 31)),
        (date(2027, 5, 27), date(2027, 5, 20)),
    ],
    ids=["Christmas", "Boxing Day", "New Year", "Corpus Christi (NRW, not all of Germany)"],
)
def test_no_slots_on_public_holidays_in_north_rhine_westphalia(
    bookable: BuildOffer, holiday: date, ordinary_day: date
) -> None:
    offer = bookable("slot_minutes: 30\nhours:\n" + EVERY_DAY_AT_TEN)
    assert slots_on(offer, holiday) == []
    assert len(slots_on(offer, ordinary_day)) == 2


def test_no_slots_on_closures_and_exceptions(bookable: BuildOffer) -> None:
    closures = """\
    closures:
      - {from: 2026-08-03, to: 2026-08-14, reason: {de: Sommerpause}}
      - {date: 2026-09-01, offers: [course], reason: {de: Fortbildung}}
    """
    offer = bookable(
        "slot_minutes: 30\nhours:\n" + EVERY_DAY_AT_TEN,
        extra="exceptions: [2026-09-08]\n",
        closures=closures,
    )
    assert [
        day
        for day in (date(2026, 8, 3) + timedelta(days=n) for n in range(12))
        if slots_on(offer, day)
    ] == []
    assert slots_on(offer, date(2026, 8, 15)) != []
    assert slots_on(offer, date(2026, 9, 1)) == []
    assert slots_on(offer, date(2026, 9, 8)) == []


@pytest.mark.parametrize(
    ("sunday", "offset_before", "offset_after"),
    [
        (date(2026, 3, 29), timedelta(hours=1), timedelta(hours=2)),
        (date(2026, 10, 25), timedelta(hours=2), timedelta(hours=1)),
    ],
    ids=["clocks go forward", "clocks go back"],
)
def test_ten_oclock_stays_ten_oclock_in_the_clock_change_week(
    bookable: BuildOffer, sunday: date, offset_before: timedelta, offset_after: timedelta
) -> None:
    offer = bookable("slot_minutes: 30\nhours:\n" + EVERY_DAY_AT_TEN)
    for day, offset in [
        (sunday - timedelta(days=1), offset_before),
        (sunday, offset_after),
        (sunday + timedelta(days=1), offset_after),
    ]:
        slots = slots_on(offer, day)
        assert [
            (s.start.astimezone(BERLIN).time(), s.end.astimezone(BERLIN).time()) for s in slots
        ] == [
            (time(10, 0), time(10, 30)),
            (time(10, 30), time(11, 0)),
        ], day
        assert all(slot.start.utcoffset() == offset for slot in slots), day


def test_minimum_notice_and_horizon(bookable: BuildOffer) -> None:
    offer = bookable(
        "slot_minutes: 30\nnotice_hours: 2\nhorizon_days: 7\nhours:\n" + EVERY_DAY_AT_TEN
    )
    monday_0830 = berlin(2026, 11, 30, 8, 30)
    found = list(bookable_slots(offer, monday_0830))
    assert found[0].start == berlin(2026, 11, 30, 10, 30), "10:00 is less than two hours away"
    assert found[-1].start == berlin(2026, 12, 7, 10, 30), "the last day is a week ahead"
    assert bookable_slot_at(offer, berlin(2026, 11, 30, 10, 0), monday_0830) is None
    assert bookable_slot_at(offer, berlin(2026, 12, 8, 10, 0), monday_0830) is None
    assert bookable_slot_at(offer, berlin(2026, 12, 1, 10, 15), monday_0830) is None, (
        "not a slot start"
    )
    assert bookable_slot_at(offer, berlin(2026, 12, 1, 10, 0), monday_0830) == Slot(
        berlin(2026, 12, 1, 10), berlin(2026, 12, 1, 10, 30), "course"
    )
