"""People and their conversation state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import User

_TOUCH = (
    # Built once, values as parameters: building a statement costs more Python than running it.
    update(User)
    .where(User.channel == bindparam("b_channel"), User.external_id == bindparam("b_external_id"))
    .values(last_seen_at=bindparam("b_now", type_=User.last_seen_at.type), unreachable_at=None)
    .returning(User)
    # The row as the database has it now, even if this session had loaded it before.
    .execution_options(synchronize_session=False, populate_existing=True)
)


async def load_for_update(
    session: AsyncSession, channel: str, external_id: str, now: datetime
) -> User:
    """The person's row, created on first contact, marked seen and locked for this turn.

    A turn itself does this with Core statements (``turn_transaction.py``); this ORM version
    is for tools and tests that hold a session.

    One statement for everyone already known: an UPDATE that marks them seen (and reachable:
    they wrote) returns their row, and on PostgreSQL holds its lock until the turn ends, as
    SELECT ... FOR UPDATE did. The row arrives clean, so a turn that changes nothing else
    writes nothing more. A new person is inserted with ON CONFLICT DO NOTHING, so two
    processes meeting them at once create one row.
    """
    person = {"b_channel": channel, "b_external_id": external_id, "b_now": now}
    user = (await session.scalars(_TOUCH, person)).one_or_none()
    if user is None:
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
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
        user = (await session.scalars(_TOUCH, person)).one()
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
