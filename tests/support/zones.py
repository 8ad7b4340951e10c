"""Zones the tests write times in: Dortmund's (the default centre) and a centre elsewhere."""

from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
