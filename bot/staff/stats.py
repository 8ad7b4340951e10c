# German typography (– „“ ×) in texts for staff is intended:
"""Numbers for staff, per local week: new contacts by language, offers viewed, bookings, and
how soon the team answers people who asked for a person.

Everything is counted from data the bot keeps anyway; people who deleted their data (or
were deleted after RETENTION_DAYS) are no longer counted as contacts.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.catalogue.model import Catalogue
from bot.catalogue.texts import SOURCE_LANGUAGE
from bot.handover import cases
from bot.handover.waits import Waits, waits_since
from bot.path import stats as path_stats
from bot.storage.models import Base, OfferView, User

NO_LANGUAGE = "?"  # left before choosing one

FEATURE_COUNTS: tuple[tuple[str, str, str], ...] = (
    ("Buchungen", "bookings", "created_at"),
    ("Gespräche mit Mediator*innen", "handover_cases", "opened_at"),
)
"""(German label, table, time column) counted per week; a table that does not exist is left out."""


@dataclass(frozen=True)
class Stats:
    weeks: tuple[date, ...]  # the Mondays, oldest first
    contacts: dict[date, Counter[str]]  # week -> language -> new people
    views: Counter[str]  # offer id -> cards shown in the whole period
    features: dict[str, dict[date, int]]  # label -> week -> count
    first_response: timedelta | None  # the team's median first answer; None: nobody asked
    answered: int  # the cases that median is taken over
    waits: Waits  # first answer per language, cases that waited over a day
    path: path_stats.PathStats  # people per step of the 9-step path, time between steps

    def contacts_in(self, week: date) -> int:
        return sum(self.contacts[week].values())


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


async def collect(session: AsyncSession, now: datetime, weeks: int, zone: ZoneInfo) -> Stats:
    this_week = week_of(now.astimezone(zone).date())
    mondays = tuple(this_week - timedelta(weeks=n) for n in range(weeks - 1, -1, -1))
    since = datetime.combine(mondays[0], time(0), tzinfo=zone)

    def week(moment: datetime) -> date:
        return week_of(moment.astimezone(zone).date())

    contacts: dict[date, Counter[str]] = {monday: Counter() for monday in mondays}
    people = await session.execute(
        select(User.created_at, User.language).where(User.created_at >= since)
    )
    for created_at, language in people:
        if week(created_at) in contacts:  # a clock set back must not break the report
            contacts[week(created_at)][language or NO_LANGUAGE] += 1

    views: Counter[str] = Counter()
    shown = await session.execute(
        select(OfferView.offer_id, OfferView.count).where(OfferView.day >= mondays[0])
    )
    for offer_id, count in shown:
        views[offer_id] += count

    features: dict[str, dict[date, int]] = {}
    for label, table_name, column in FEATURE_COUNTS:
        table = Base.metadata.tables.get(table_name)
        if table is None:
            continue
        per_week = dict.fromkeys(mondays, 0)
        for (moment,) in await session.execute(
            select(table.c[column]).where(table.c[column] >= since)
        ):
            if week(moment) in per_week:
                per_week[week(moment)] += 1
        features[label] = per_week

    delays = await cases.first_answer_delays(session, since)
    first_response = (
        timedelta(seconds=statistics.median(d.total_seconds() for d in delays)) if delays else None
    )
    waits = await waits_since(session, since, now)
    path = await path_stats.collect(session)
    return Stats(mondays, contacts, views, features, first_response, len(delays), waits, path)


def duration_de(span: timedelta) -> str:
    """``7 Min.``, ``2 Std. 05 Min.``, ``3 Tage 4 Std.``: as precise as a reader needs."""
    minutes = round(span.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return f"{days} {'Tag' if days == 1 else 'Tage'} {hours} Std."
    return f"{hours} Std. {minutes:02d} Min." if hours else f"{minutes} Min."


def stats_de(stats: Stats, catalogue: Catalogue) -> str:
    lines = [
        f"📊 Statistik der letzten {len(stats.weeks)} Wochen (ab {stats.weeks[0]:%d.%m.%Y})",
        "",
    ]
    lines.append("Neue Kontakte pro Woche:")
    total: Counter[str] = Counter()
    for monday in stats.weeks:
        spoken = stats.contacts[monday]
        total.update(spoken)
        detail = ", ".join(f"{code} {n}" for code, n in spoken.most_common())
        lines.append(
            f"KW {monday.isocalendar().week:02d} ({monday:%d.%m.}): {stats.contacts_in(monday)}"
            + (f" – {detail}" if detail else "")
        )
    lines.append(
        f"Zusammen: {sum(total.values())}"
        + (f" – {', '.join(f'{c} {n}' for c, n in total.most_common())}" if total else "")
    )
    lines += ["", "Angesehene Angebote:"]
    if stats.views:
        for offer_id, count in stats.views.most_common():
            offer = catalogue.offer(offer_id)
            lines.append(f"{offer.text('title', SOURCE_LANGUAGE) if offer else offer_id}: {count}")
    else:
        lines.append("keine")
    for label, per_week in stats.features.items():
        weekly = ", ".join(
            f"KW {monday.isocalendar().week:02d}: {n}" for monday, n in per_week.items()
        )
        lines += ["", f"{label}: {sum(per_week.values())} ({weekly})"]
    if stats.first_response is not None:
        lines += [
            "",
            f"Erste Antwort des Teams (Median): {duration_de(stats.first_response)}"
            f" – bei {stats.answered} beantworteten Gesprächen",
        ]
    lines += waits_de(stats.waits)
    lines += path_stats.path_de(stats.path, duration_de)
    lines += ["", "Gelöschte Personen werden nicht mitgezählt."]
    return "\n".join(lines)


def waits_de(waits: Waits) -> list[str]:
    """The first answer per language, and who waited longer than a day (by case number)."""
    lines: list[str] = []
    if waits.per_language:
        lines += ["", "Erste Antwort nach Sprache (Median):"]
        lines += [
            f"{wait.language}: {duration_de(wait.median)} – bei {wait.answered}"
            f" {'Gespräch' if wait.answered == 1 else 'Gesprächen'}"
            for wait in waits.per_language
        ]
    if waits.long:
        lines += ["", f"Länger als einen Tag gewartet: {len(waits.long)}"]
        lines += [
            f"#{wait.case_id} · {wait.language} · {duration_de(wait.waited)}"
            + ("" if wait.answered else " – wartet noch")
            for wait in waits.long
        ]
    return lines
