"""The day's appointments as staff read them (German): time, first name, language, interpreter.

Used by ``python -m bot bookings --date`` and by /today and /week in the staff group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TextIO

from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking import store
from bot.catalogue.live import LiveCatalogue
from bot.catalogue.model import Catalogue
from bot.config import Settings
from bot.i18n.languages import Languages, load_languages
from bot.i18n.translator import TextCatalogs, Translator
from bot.storage.database import Database


@dataclass(frozen=True)
class Entry:
    start: datetime
    end: datetime
    offer: str  # the German title
    first_name: str | None
    language: str | None
    interpreter: str | None
    phone: str | None


async def entries_between(
    session: AsyncSession, catalogue: Catalogue, first_day: date, last_day: date
) -> list[Entry]:
    """Active appointments on the centre's days ``first_day`` .. ``last_day`` (inclusive)."""
    calendar = catalogue.calendar
    first = calendar.at(first_day, time(0))
    after = calendar.at(last_day + timedelta(days=1), time(0))
    entries = []
    for booking, user in await store.bookings_between(session, first, after):
        offer = catalogue.offer(booking.offer_id)
        entries.append(
            Entry(
                start=calendar.local(booking.starts_at),
                end=calendar.local(booking.ends_at),
                offer=offer.text("title", "de") if offer is not None else booking.offer_id,
                first_name=booking.first_name,
                language=user.language,
                interpreter=booking.interpreter_language,
                phone=booking.phone,
            )
        )
    return entries


def format_entries(
    german: Translator,
    languages: Languages,
    entries: Sequence[Entry],
    first_day: date,
    last_day: date,
) -> str:
    """One block per day, one line per appointment; days without appointments say so."""
    lines: list[str] = []
    day = first_day
    while day <= last_day:
        todays = [entry for entry in entries if entry.start.date() == day]
        lines.append(f"📅 {german.day(day)}: {len(todays)} Termin(e)")
        lines += [f"  {_line(german, languages, entry)}" for entry in todays] or ["  (keine)"]
        day += timedelta(days=1)
    return "\n".join(lines)


def _line(german: Translator, languages: Languages, entry: Entry) -> str:
    def name(code: str | None) -> str:
        if not code:
            return "?"
        return f"{languages[code].name} ({code})" if code in languages else code

    parts = [
        f"{german.clock(entry.start)}-{german.clock(entry.end)}",
        entry.offer,
        entry.first_name or "(ohne Namen)",
        f"Sprache: {name(entry.language)}",
        f"Dolmetscher: {name(entry.interpreter)}" if entry.interpreter else "ohne Dolmetscher",
    ]
    if entry.phone:
        parts.append(f"Tel. {entry.phone}")
    return " · ".join(parts)


async def print_appointments(settings: Settings, day: date | None, out: TextIO) -> int:
    """``python -m bot bookings --date``: one day's list, today's when no day is given."""
    languages = load_languages(settings.locales_dir / "languages.yaml")
    german = TextCatalogs(settings.locales_dir, languages, settings.timezone).translator("de")
    catalogue = LiveCatalogue(
        settings.content_dir, languages.codes, calendar=settings.calendar
    ).current.catalogue
    day = day or settings.calendar.today()
    database = Database(settings.database_url)
    await database.start()
    try:
        async with database.session() as session:
            entries = await entries_between(session, catalogue, day, day)
    finally:
        await database.close()
    out.write(format_entries(german, languages, entries, day, day) + "\n")
    return 0
