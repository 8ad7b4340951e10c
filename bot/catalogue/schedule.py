"""When an offer takes place: weekly times, one-off dates, cancelled dates and closures.

Times are wall-clock times of the centre (its :class:`CentreCalendar`). Each occurrence is built
from its calendar date and clock time with zoneinfo, so 10:00 stays 10:00 on both sides of a
daylight-saving change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.catalogue.centre_calendar import DEFAULT_CALENDAR, CentreCalendar
from bot.catalogue.texts import pick_text

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""Weekday names as written in the YAML; the index is Python's ``date.weekday()``."""

WEEKLY_SEARCH_DAYS = 366
"""How far ahead weekly dates are looked for: a long summer closure still shows what follows."""


@dataclass(frozen=True)
class WeeklyTime:
    """Every week on ``weekday`` (0 = Monday) from ``start`` to ``end``."""

    weekday: int
    start: time
    end: time


@dataclass(frozen=True)
class OneOffDate:
    """A single extra date, e.g. a summer party."""

    day: date
    start: time
    end: time


@dataclass(frozen=True, eq=False)
class Closure:
    """Days (inclusive) on which offers do not take place, with the reason to tell people.

    ``offer_ids`` None means the closure applies to every offer (e.g. the whole house is shut).
    """

    first_day: date
    last_day: date
    offer_ids: frozenset[str] | None
    reason: Mapping[str, str]
    example: bool = False

    def covers(self, day: date, offer_id: str) -> bool:
        applies = self.offer_ids is None or offer_id in self.offer_ids
        return applies and self.first_day <= day <= self.last_day

    def reason_text(self, chain: Sequence[str] | str) -> str:
        return pick_text(self.reason, chain)


@dataclass(frozen=True)
class Occurrence:
    """One meeting, as timezone-aware datetimes in the centre's zone."""

    start: datetime
    end: datetime


@dataclass(frozen=True, eq=False)
class Schedule:
    """All the dates of one offer; ``exceptions`` are single days on which it does not happen."""

    offer_id: str
    weekly: tuple[WeeklyTime, ...] = ()
    dates: tuple[OneOffDate, ...] = ()
    exceptions: frozenset[date] = frozenset()
    closures: tuple[Closure, ...] = ()
    calendar: CentreCalendar = DEFAULT_CALENDAR

    def closure_on(self, day: date) -> Closure | None:
        """The closure that cancels this offer on ``day``, to tell people why."""
        return next((c for c in self.closures if c.covers(day, self.offer_id)), None)

    def takes_place_on(self, day: date) -> bool:
        return day not in self.exceptions and self.closure_on(day) is None

    def next_occurrences(self, after: datetime, count: int) -> list[Occurrence]:
        """The next ``count`` meetings that are not over at ``after`` (one running now counts)."""
        if after.tzinfo is None:
            raise ValueError("after must be timezone-aware")
        first_day = self.calendar.day_of(after)
        last_day = self._last_day_to_search(first_day)
        found: list[Occurrence] = []
        day = first_day
        while len(found) < count and day <= last_day:
            if self.takes_place_on(day):
                found += [o for o in self._occurrences_on(day) if o.end > after]
            day += timedelta(days=1)
        return found[:count]

    def _last_day_to_search(self, first_day: date) -> date:
        last_days = [d.day for d in self.dates]
        if self.weekly:
            last_days.append(first_day + timedelta(days=WEEKLY_SEARCH_DAYS))
        return max(last_days, default=first_day - timedelta(days=1))

    def _occurrences_on(self, day: date) -> list[Occurrence]:
        times = {(w.start, w.end) for w in self.weekly if w.weekday == day.weekday()}
        times |= {(d.start, d.end) for d in self.dates if d.day == day}
        return [
            Occurrence(self.calendar.at(day, start), self.calendar.at(day, end))
            for start, end in sorted(times)
        ]
