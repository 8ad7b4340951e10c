"""When an offer happens next, as people read it: Berlin wall-clock times, all year round."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.catalogue.model import Offer
from tests.support.zones import BERLIN

GermanOffer = Callable[..., Offer]
TUESDAYS_AT_TEN = 'schedule:\n  - {weekday: tuesday, start: "10:00", end: "12:00"}\n'


def starts(offer: Offer, after: datetime, count: int) -> list[tuple[date, time]]:
    return [(o.start.date(), o.start.time()) for o in offer.next_occurrences(after, count)]


@pytest.mark.parametrize(
    ("before", "after", "offsets"),
    [
        # clocks go back on Sunday 2026-10-25: summer time +2, then winter time +1
        (date(2026, 10, 24), date(2026, 10, 31), [timedelta(hours=2), timedelta(hours=1)]),
        # clocks go forward on Sunday 2026-03-29
        (date(2026, 3, 28), date(2026, 4, 4), [timedelta(hours=1), timedelta(hours=2)]),
    ],
)
def test_ten_oclock_stays_ten_oclock_across_the_clock_change(
    german_offer: GermanOffer, before: date, after: date, offsets: list[timedelta]
) -> None:
    offer = german_offer('schedule:\n  - {weekday: saturday, start: "10:00", end: "12:00"}\n')

    found = offer.next_occurrences(datetime.combine(before, time(8), tzinfo=BERLIN), 2)

    assert [(o.start.date(), o.start.time(), o.end.time()) for o in found] == [
        (before, time(10), time(12)),
        (after, time(10), time(12)),
    ]
    assert [o.start.utcoffset() for o in found] == offsets
    assert all(o.start.tzinfo == BERLIN for o in found)


def test_after_may_be_given_in_utc(german_offer: GermanOffer) -> None:
    offer = german_offer(TUESDAYS_AT_TEN)
    # 07:59 UTC is 09:59 in Berlin summer time: today's 10:00 is still ahead
    found = starts(offer, datetime(2026, 10, 20, 7, 59, tzinfo=UTC), 1)
    assert found == [(date(2026, 10, 20), time(10))]


def test_a_meeting_running_now_is_still_shown(german_offer: GermanOffer) -> None:
    offer = german_offer(TUESDAYS_AT_TEN)
    assert starts(offer, datetime(2026, 10, 20, 11, 30, tzinfo=BERLIN), 1) == [
        (date(2026, 10, 20), time(10))
    ]
    assert starts(offer, datetime(2026, 10, 20, 12, 0, tzinfo=BERLIN), 1) == [
        (date(2026, 10, 27), time(10))
    ]


def test_exception_skips_that_date(german_offer: GermanOffer) -> None:
    offer = german_offer(TUESDAYS_AT_TEN + "exceptions: [2026-10-27]\n")
    assert starts(offer, datetime(2026, 10, 19, tzinfo=BERLIN), 2) == [
        (date(2026, 10, 20), time(10)),
        (date(2026, 11, 3), time(10)),
    ]


def test_one_off_date_appears_in_order(german_offer: GermanOffer) -> None:
    offer = german_offer(
        TUESDAYS_AT_TEN + 'dates:\n  - {date: 2026-10-22, start: "15:00", end: "17:00"}\n'
    )
    assert starts(offer, datetime(2026, 10, 19, tzinfo=BERLIN), 3) == [
        (date(2026, 10, 20), time(10)),
        (date(2026, 10, 22), time(15)),
        (date(2026, 10, 27), time(10)),
    ]


def test_only_one_off_dates_past_ones_are_gone(german_offer: GermanOffer) -> None:
    offer = german_offer(
        "dates:\n"
        '  - {date: 2026-10-01, start: "18:00", end: "20:00"}\n'
        '  - {date: 2026-11-05, start: "18:00", end: "20:00"}\n'
    )
    assert starts(offer, datetime(2026, 10, 19, tzinfo=BERLIN), 3) == [
        (date(2026, 11, 5), time(18))
    ]


def test_offer_without_dates_has_none(german_offer: GermanOffer) -> None:
    assert german_offer("").next_occurrences(datetime(2026, 10, 19, tzinfo=BERLIN), 2) == []


def test_closure_skips_the_holidays_and_says_why(german_offer: GermanOffer) -> None:
    offer = german_offer(
        TUESDAYS_AT_TEN,
        closures_yaml="""\
        closures:
          - from: 2026-12-24
            to: 2027-01-01
            offers: [course]
            reason: {de: Weihnachtspause}
        """,
    )

    assert starts(offer, datetime(2026, 12, 20, tzinfo=BERLIN), 2) == [
        (date(2026, 12, 22), time(10)),
        (date(2027, 1, 5), time(10)),
    ]
    closure = offer.closure_on(date(2026, 12, 29))
    assert closure is not None
    assert closure.reason_text(["ro", "de"]) == "Weihnachtspause"
    assert offer.closure_on(date(2026, 12, 22)) is None


def test_naive_datetimes_are_refused(german_offer: GermanOffer) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        german_offer(TUESDAYS_AT_TEN).next_occurrences(datetime(2026, 10, 19), 1)
