"""How long people waited for the team, for the weekly numbers: the first answer per language,
and the cases that waited longer than a day (answered late, or still waiting).

Counted from the cases the bot keeps anyway (closed ones for ``RELAY_RETENTION_DAYS``); a case
carries no name once closed, so these numbers name no one.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import HandoverCase

LONG_WAIT = timedelta(days=1)


@dataclass(frozen=True)
class LanguageWait:
    language: str
    median: timedelta  # from asking to the team's first answer
    answered: int  # the cases the median is taken over


@dataclass(frozen=True)
class LongWait:
    case_id: int
    language: str
    waited: timedelta  # until answered, or until now while nobody has answered
    answered: bool


@dataclass(frozen=True)
class Waits:
    per_language: tuple[LanguageWait, ...]  # the most answered first
    long: tuple[LongWait, ...]  # the longest first


async def waits_since(session: AsyncSession, since: datetime, now: datetime) -> Waits:
    rows = await session.execute(
        select(
            HandoverCase.id,
            HandoverCase.language,
            HandoverCase.opened_at,
            HandoverCase.claimed_at,
        ).where(HandoverCase.opened_at >= since)
    )
    delays: dict[str, list[timedelta]] = defaultdict(list)
    long: list[LongWait] = []
    for case_id, language, opened_at, claimed_at in rows:
        waited = (claimed_at or now) - opened_at
        if claimed_at is not None:
            delays[language].append(waited)
        if waited > LONG_WAIT:
            long.append(LongWait(case_id, language, waited, claimed_at is not None))
    per_language = [
        LanguageWait(
            language,
            timedelta(seconds=statistics.median(d.total_seconds() for d in spans)),
            len(spans),
        )
        for language, spans in delays.items()
    ]
    per_language.sort(key=lambda wait: (-wait.answered, wait.language))
    long.sort(key=lambda wait: -wait.waited)
    return Waits(tuple(per_language), tuple(long))
