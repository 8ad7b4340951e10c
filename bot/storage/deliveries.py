"""Updates already processed, per channel: the shared memory against redelivery.

Telegram posts an update again when our answer to its webhook got lost or came too late, and
the retry may reach another process; after a crash, polling fetches unconfirmed updates
again. The primary key (channel, update id) lets exactly one of them through. Callers record
the id in the transaction that stores the turn (see ``Dialogue.handle``): a turn that failed
or was cut short by a crash leaves no record, so the redelivery is processed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.database import upsert
from bot.storage.models import ProcessedUpdate

KEEP_UPDATE_IDS = timedelta(days=3)
"""Telegram keeps an unconfirmed update for 24 hours; ids are kept longer, then forgotten."""


async def first_time(session: AsyncSession, channel: str, update_id: str, now: datetime) -> bool:
    """Record ``update_id``; False when it was recorded before (by any process).

    On PostgreSQL a second transaction inserting the same id waits until the first one ends:
    it gets False once that one committed, True if it rolled back (the turn failed).
    """
    inserted = await session.execute(
        upsert(session, ProcessedUpdate)
        .values(channel=channel, update_id=update_id, processed_at=now)
        .on_conflict_do_nothing(index_elements=["channel", "update_id"])
        .returning(ProcessedUpdate.update_id)
    )
    return inserted.scalar_one_or_none() is not None


async def seen(session: AsyncSession, channel: str, update_id: str) -> bool:
    query = select(ProcessedUpdate.update_id).where(
        ProcessedUpdate.channel == channel, ProcessedUpdate.update_id == update_id
    )
    return (await session.execute(query)).first() is not None


async def forget_before(session: AsyncSession, moment: datetime) -> int:
    result = await session.execute(
        delete(ProcessedUpdate)
        .where(ProcessedUpdate.processed_at < moment)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
