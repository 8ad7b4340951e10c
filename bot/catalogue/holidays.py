"""Dortmund's public holidays (North Rhine-Westphalia): no appointments, and named in the
week's opening times."""

from __future__ import annotations

from datetime import date
from functools import cache

import holidays

PUBLIC_HOLIDAY_REGION = ("DE", "NW")


@cache
def _public_holidays(year: int) -> holidays.HolidayBase:
    country, region = PUBLIC_HOLIDAY_REGION
    return holidays.country_holidays(country, subdiv=region, years=year)


def is_public_holiday(day: date) -> bool:
    return day in _public_holidays(day.year)
