"""People and their conversation state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Table, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import QuestionLog, User

_QUESTIONS: Table = QuestionLog.__table__  # type: ignore[assignment]


async def load_for_update(
    session: AsyncSession, channel: str, external_id: str, now: datetime
) -> User:
    """The person's row, created on first contact and locked for this turn.

    A new person is inserted with ON CONFLICT DO NOTHING, so two processes meeting them at
    once create one row; everyone else costs a single SELECT.
    """
    dialect = session.get_bind().dialect.name
    query = select(User).where(User.channel == channel, User.external_id == external_id)
    if dialect == "postgresql":
        query = query.with_for_update()
    user = (await session.execute(query)).scalar_one_or_none()
    if user is None:
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        await session.execute(
            insert(User)
            .values(
                channel=channel,
                external_id=external_id,
                created_at=now,
                last_seen_at=now,
                state="new",
                state_data={},
            )
            .on_conflict_do_nothing(index_elements=["channel", "external_id"])
        )
        user = (await session.execute(query)).scalar_one()
    user.last_seen_at = now
    user.unreachable_at = None  # they wrote, so they can be reached again
    return user


async def find(session: AsyncSession, channel: str, external_id: str) -> User | None:
    """The person's row as it is, unlocked (None before their first turn)."""
    query = select(User).where(User.channel == channel, User.external_id == external_id)
    return (await session.execute(query)).scalar_one_or_none()


async def delete_user(session: AsyncSession, user: User) -> None:
    await session.delete(user)


async def mark_unreachable(
    session: AsyncSession, channel: str, external_id: str, now: datetime
) -> None:
    """The person blocked the bot: never message them again until they write."""
    await session.execute(
        update(User)
        .where(User.channel == channel, User.external_id == external_id)
        .values(unreachable_at=now)
    )


async def log_question(session: AsyncSession, entry: dict[str, object]) -> None:
    """One row of the question log (its columns by name), as a plain INSERT: the ORM's unit
    of work would build and track an object the turn never reads again."""
    await session.execute(insert(_QUESTIONS), entry)
