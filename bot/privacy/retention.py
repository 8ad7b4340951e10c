"""Deleting what is old, without anyone asking: people silent for ``RETENTION_DAYS`` (with all
they left, through the same eraser as "Delete my data") and anonymous questions older than
``QUESTION_LOG_DAYS``. Runs daily in the bot and as ``python -m bot privacy purge``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from bot.privacy.erase import Eraser
from bot.storage import deliveries
from bot.storage.database import Database
from bot.storage.models import QuestionLog, User

log = logging.getLogger(__name__)

PURGE_EVERY = timedelta(days=1)


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
    people_before = now - timedelta(days=retention_days)
    questions_before = now - timedelta(days=question_log_days)
    async with database.session() as session:
        # Someone writing right now holds their row: skip them, they are not silent.
        silent = (
            select(User).where(User.last_seen_at < people_before).with_for_update(skip_locked=True)
        )
        people = list((await session.execute(silent)).scalars())
        for user in people:
            await eraser.erase(session, user, now)
        result = await session.execute(
            delete(QuestionLog).where(QuestionLog.asked_at < questions_before)
        )
        # Not about people, but daily too: ids of processed updates (see storage/deliveries).
        await deliveries.forget_before(session, now - deliveries.KEEP_UPDATE_IDS)
    report = PurgeReport(len(people), int(getattr(result, "rowcount", 0) or 0))
    log.info("retention purge: %d people, %d questions deleted", report.people, report.questions)
    return report


async def purge_daily(
    database: Database,
    eraser: Eraser,
    clock: Callable[[], datetime],
    *,
    retention_days: int,
    question_log_days: int,
    on_round: Callable[[], None] = lambda: None,
) -> None:
    """Purge now and then once a day, until cancelled; a failed run is logged and retried.

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
        except Exception as error:  # the next day tries again; the bot keeps serving
            log.error("retention purge failed: %s", type(error).__name__)
        else:
            on_round()
        await asyncio.sleep(PURGE_EVERY.total_seconds())
