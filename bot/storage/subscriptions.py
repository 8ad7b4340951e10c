"""Who asked to hear about changes to an offer. A row exists only because the person tapped."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.database import upsert
from bot.storage.models import Subscription, User


async def subscribe(session: AsyncSession, user_id: int, offer_id: str, now: datetime) -> bool:
    """Record the person's consent; False when they had already given it."""
    result = await session.execute(
        upsert(session, Subscription)
        .values(user_id=user_id, offer_id=offer_id, created_at=now)
        .on_conflict_do_nothing(index_elements=["user_id", "offer_id"])
    )
    return bool(getattr(result, "rowcount", 0))


async def unsubscribe(session: AsyncSession, user_id: int, offer_id: str) -> bool:
    """Withdraw consent for one offer; False when there was none."""
    result = await session.execute(
        delete(Subscription).where(
            Subscription.user_id == user_id, Subscription.offer_id == offer_id
        )
    )
    return bool(getattr(result, "rowcount", 0))


async def offers_of(session: AsyncSession, user_id: int) -> list[str]:
    query = (
        select(Subscription.offer_id)
        .where(Subscription.user_id == user_id)
        .order_by(Subscription.id)
    )
    return list((await session.execute(query)).scalars())


async def subscribers(session: AsyncSession, offer_id: str) -> list[User]:
    """Everyone who consented to news about ``offer_id``, reachable or not."""
    query = (
        select(User)
        .join(Subscription, Subscription.user_id == User.id)
        .where(Subscription.offer_id == offer_id)
        .order_by(User.id)
    )
    return list((await session.execute(query)).scalars())


async def remove_all(session: AsyncSession, user: User, now: datetime) -> None:
    """The person's part in erasing them (the CASCADE would do it too; this does not rely on it)."""
    await session.execute(delete(Subscription).where(Subscription.user_id == user.id))
