"""The centre's calendar: the time zone people read times in, and the public holidays of its region.

Opening hours, slots and working times in content/ are wall-clock times of the centre. Each
moment is built from its calendar day and clock time with zoneinfo, so 10:00 stays 10:00 on
both sides of a daylight-saving change; storage keeps the UTC instant. The zone and the
holiday region come from settings (``BOT_TIMEZONE``, ``HOLIDAY_REGION``) and reach the code as
one :class:`CentreCalendar`, so a centre elsewhere gets its own times and holidays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

DEFAULT_TIMEZONE = "Europe/Berlin"
DEFAULT_HOLIDAY_REGION = "DE-NW"
"""Dortmund: North Rhine-Westphalia."""


def parse_zone(name: str) -> ZoneInfo:
    """The zone called ``name``; a clear ValueError for a typo (IANA names: Europe/Berlin)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(
            f"BOT_TIMEZONE {name!r} is not a known time zone (e.g. Europe/Berlin)"
        ) from error


def parse_holiday_region(text: str) -> tuple[str, str | None]:
    """``DE-NW`` -> ("DE", "NW"), ``RO`` -> ("RO", None); a clear ValueError if unknown."""
    country, _, subdivision = text.strip().upper().partition("-")
    supported = holidays.list_supported_countries()
    if country not in supported:
        raise ValueError(
            f"HOLIDAY_REGION {text!r}: unknown country {country!r} "
            "(an ISO code such as DE, RO, US, optionally with a region: DE-NW)"
        )
    if subdivision and subdivision not in supported[country]:
        known = ", ".join(supported[country]) or "none"
        raise ValueError(
            f"HOLIDAY_REGION {text!r}: {country} has no region {subdivision!r} (known: {known})"
        )
    return country, subdivision or None


@cache
def _public_holidays(country: str, subdivision: str | None, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(country, subdiv=subdivision, years=year)


@dataclass(frozen=True)
class CentreCalendar:
    """Where the centre's clock hangs: its zone and its public-holiday region."""

    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo(DEFAULT_TIMEZONE))
    holiday_region: tuple[str, str | None] = field(
        default_factory=lambda: parse_holiday_region(DEFAULT_HOLIDAY_REGION)
    )

    @classmethod
    def of(cls, timezone: str, holiday_region: str) -> CentreCalendar:
        """Built from the settings' text; ValueError with the setting's name when invalid."""
        return cls(parse_zone(timezone), parse_holiday_region(holiday_region))

    def at(self, day: date, clock: time) -> datetime:
        """The aware local datetime for a wall-clock time on ``day``.

        The round trip through UTC turns a time skipped by the spring change (02:30) into a
        real one instead of keeping an instant that never existed.
        """
        return datetime.combine(day, clock, tzinfo=self.zone).astimezone(UTC).astimezone(self.zone)

    def local(self, moment: datetime) -> datetime:
        """``moment`` as the centre's wall clock shows it."""
        return moment.astimezone(self.zone)

    def day_of(self, moment: datetime) -> date:
        """The centre's calendar day at ``moment``."""
        return moment.astimezone(self.zone).date()

    def today(self) -> date:
        return datetime.now(self.zone).date()

    def is_public_holiday(self, day: date) -> bool:
        country, subdivision = self.holiday_region
        return day in _public_holidays(country, subdivision, day.year)


DEFAULT_CALENDAR = CentreCalendar()
"""The defaults (Dortmund); code that serves people gets the configured one from settings."""
