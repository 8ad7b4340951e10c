"""Deleting what is old, without anyone asking: people silent for ``RETENTION_DAYS`` (with all
they left, through the same eraser as "Delete my data"), people who never agreed to the privacy
note after :data:`KEEP_WITHOUT_CONSENT`, and questions older than ``QUESTION_LOG_DAYS``. Runs
hourly in the bot and as ``python -m bot privacy purge``; in batches, so a large backlog never
becomes one long transaction that holds locks while people write.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, or_, select

from bot.privacy.erase import Eraser
from bot.storage import ledger
from bot.storage.database import Database
from bot.storage.models import QuestionLog, User

log = logging.getLogger(__name__)

PURGE_EVERY = timedelta(hours=1)
KEEP_WITHOUT_CONSENT = timedelta(hours=12)
"""Someone who only wrote /start (or chose a language) and never agreed is deleted after this:
with the hourly purge, well within a day."""
PURGE_BATCH = 200
"""People (or questions x 10) deleted per transaction."""


@dataclass(frozen=True)
class PurgeReport:
    people: int
    questions: int


async def purge(
    database: Database,
    eraser: Eraser,
    now: datetime,
    *,
    retention_days: int,
    question_log_days: int,
) -> PurgeReport:
    people = await _purge_people(database, eraser, now, now - timedelta(days=retention_days))
    questions = await _purge_questions(database, now - timedelta(days=question_log_days))
    async with database.session() as session:
        # Not about people, but regularly too: old ids in the turn ledger (see storage/ledger).
        await ledger.forget_old(session, now)
    report = PurgeReport(people, questions)
    log.info("retention purge: %d people, %d questions deleted", report.people, report.questions)
    return report


async def _purge_people(
    database: Database, eraser: Eraser, now: datetime, silent_since: datetime
) -> int:
    due = or_(
        User.last_seen_at < silent_since,
        and_(User.consent_at.is_(None), User.last_seen_at < now - KEEP_WITHOUT_CONSENT),
    )
    erased = 0
    while True:
        async with database.session() as session:
            # Someone writing right now holds their row: skip them, they are not silent.
            batch = select(User).where(due).order_by(User.id).limit(PURGE_BATCH)
            locked = batch.with_for_update(skip_locked=True)
            people = list((await session.execute(locked)).scalars())
            for user in people:
                await eraser.erase(session, user, now)
        erased += len(people)
        if len(people) < PURGE_BATCH:
            return erased


async def _purge_questions(database: Database, asked_before: datetime) -> int:
    deleted = 0
    while True:
        async with database.session() as session:
            old = select(QuestionLog.id).where(QuestionLog.asked_at < asked_before)
            result = await session.execute(
                delete(QuestionLog).where(QuestionLog.id.in_(old.limit(PURGE_BATCH * 10)))
            )
        count = int(getattr(result, "rowcount", 0) or 0)
        deleted += count
        if count < PURGE_BATCH * 10:
            return deleted


async def purge_daily(
    database: Database,
    eraser: Eraser,
    clock: Callable[[], datetime],
    *,
    retention_days: int,
    question_log_days: int,
    on_round: Callable[[], None] = lambda: None,
) -> None:
    """Purge now and then every hour, until cancelled; a failed run is logged and retried.

    ``on_round`` is called after each good purge (the loop's heartbeat for /healthz)."""
    while True:
        try:
            await purge(
                database,
                eraser,
                clock(),
                retention_days=retention_days,
                question_log_days=question_log_days,
            )
        except Exception as error:  # the next run tries again; the bot keeps serving
            log.error("retention purge failed: %s", type(error).__name__)
        else:
            on_round()
        await asyncio.sleep(PURGE_EVERY.total_seconds())
