"""Counting shown offer cards per day and language: numbers for staff, no trace of a person."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.database import upsert
from bot.storage.models import OfferView


async def count_views(
    session: AsyncSession, day: date, language: str, offer_ids: Iterable[str]
) -> None:
    """Add one view per offer id (an atomic upsert, so two workers never lose a count)."""
    for offer_id in offer_ids:
        statement = upsert(session, OfferView).values(
            day=day, offer_id=offer_id, language=language, count=1
        )
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=["day", "offer_id", "language"],
                set_={"count": OfferView.__table__.c["count"] + 1},
            )
        )
