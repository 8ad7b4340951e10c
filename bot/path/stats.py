# German typography (– „“) in texts for staff is intended:
"""The path in numbers, for the weekly stats: how many people are at each step now, and the
median time from one step to the next. Anonymous: counts and medians only, and a group of
fewer than :data:`MIN_GROUP` people is not shown (so nobody can be picked out).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.path.steps import STEPS
from bot.storage.models import PathStep

MIN_GROUP = 5


@dataclass(frozen=True)
class PathStats:
    at_step: dict[int, int]  # step -> people whose current step it is
    between: dict[int, tuple[timedelta, int]]  # step n -> (median time from n-1 to n, people)

    @property
    def people(self) -> int:
        return sum(self.at_step.values())


async def collect(session: AsyncSession) -> PathStats:
    """From every person's records: their current step (the latest record), and the first
    time they reached each step."""
    rows = await session.execute(
        select(PathStep.user_id, PathStep.step, PathStep.recorded_at).order_by(
            PathStep.recorded_at, PathStep.id
        )
    )
    latest: dict[int, int] = {}
    reached: dict[int, dict[int, datetime]] = defaultdict(dict)
    for user_id, step, recorded_at in rows:
        latest[user_id] = step
        reached[user_id].setdefault(step, recorded_at)
    at_step = Counter(latest.values())
    spans: dict[int, list[timedelta]] = defaultdict(list)
    for firsts in reached.values():
        for step in range(2, STEPS + 1):
            if step in firsts and step - 1 in firsts and firsts[step] >= firsts[step - 1]:
                spans[step].append(firsts[step] - firsts[step - 1])
    between = {
        step: (timedelta(seconds=statistics.median(s.total_seconds() for s in found)), len(found))
        for step, found in spans.items()
    }
    return PathStats(dict(at_step), between)


def path_de(stats: PathStats, duration_de: Callable[[timedelta], str]) -> list[str]:
    """The lines for the stats report; groups under :data:`MIN_GROUP` say so instead."""
    if not stats.people:
        return []
    lines = ["", f"9-Schritte-Weg (nur Gruppen ab {MIN_GROUP} Personen): {_count(stats.people)}"]
    lines += [
        f"Schritt {step}: {_count(stats.at_step.get(step, 0))}" for step in range(1, STEPS + 1)
    ]
    lines.append("Zeit von Schritt zu Schritt (Median):")
    for step in range(2, STEPS + 1):
        if step not in stats.between:
            continue
        median, people = stats.between[step]
        shown = duration_de(median) if people >= MIN_GROUP else "–"
        lines.append(f"{step - 1} → {step}: {shown} ({_count(people)})")
    return lines


def _count(people: int) -> str:
    return f"{people} Personen" if people >= MIN_GROUP else f"weniger als {MIN_GROUP} Personen"
