"""Updates already processed, per channel: the shared memory against redelivery.

Telegram posts an update again when our answer to its webhook got lost or came too late, and
the retry may reach another process; after a crash, polling fetches unconfirmed updates
again. The primary key (channel, update id) lets exactly one of them through. Callers record
the id, and the replies, in the transaction that stores the turn (see ``Dialogue.handle``): a
turn that failed or was cut short by a crash leaves no record, so the redelivery is processed.
A turn stored whose replies the channel has not reported sent (a crash in between) is owed
them: the redelivery sends the stored replies instead of running the turn again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.dialogue.messages import Reply
from bot.storage import reply_codec
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


async def keep_replies(
    session: AsyncSession, channel: str, update_id: str, replies: Sequence[Reply]
) -> None:
    """Store the turn's replies with its recorded id, until :func:`mark_delivered`."""
    await session.execute(
        update(ProcessedUpdate)
        .where(ProcessedUpdate.channel == channel, ProcessedUpdate.update_id == update_id)
        .values(replies=reply_codec.to_json(replies))
    )


async def owed(session: AsyncSession, channel: str, update_id: str) -> list[Reply] | None:
    """None when ``update_id`` was never recorded; else the replies stored for it and not yet
    reported sent (empty once sent, or when none were stored)."""
    query = select(ProcessedUpdate.replies, ProcessedUpdate.delivered_at).where(
        ProcessedUpdate.channel == channel, ProcessedUpdate.update_id == update_id
    )
    row = (await session.execute(query)).first()
    if row is None:
        return None
    replies, delivered_at = row
    return reply_codec.from_json(replies) if replies and delivered_at is None else []


async def mark_delivered(
    session: AsyncSession, channel: str, update_id: str, now: datetime
) -> None:
    # The replies go once they are sent: what the bot said is kept no longer than needed.
    await session.execute(
        update(ProcessedUpdate)
        .where(
            ProcessedUpdate.channel == channel,
            ProcessedUpdate.update_id == update_id,
            ProcessedUpdate.delivered_at.is_(None),
        )
        .values(delivered_at=now, replies=None)
    )


async def forget_before(session: AsyncSession, moment: datetime) -> int:
    result = await session.execute(
        delete(ProcessedUpdate)
        .where(ProcessedUpdate.processed_at < moment)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
