"""Counting shown offer cards per day and language: numbers for staff, no trace of a person."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.database import upsert
from bot.storage.models import OfferView

_VIEWS: Table = OfferView.__table__  # type: ignore[assignment]


async def count_views(
    session: AsyncSession, day: date, language: str, offer_ids: Iterable[str]
) -> None:
    """Add one view per offer id (an atomic upsert, so two workers never lose a count).

    One statement for all of a turn's cards; an offer shown twice is one row adding two
    (PostgreSQL refuses to update a row twice in one statement).
    """
    views = Counter(offer_ids)
    if not views:
        return
    statement = upsert(session, _VIEWS).values(
        [
            {"day": day, "offer_id": offer_id, "language": language, "count": count}
            for offer_id, count in views.items()
        ]
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["day", "offer_id", "language"],
            set_={"count": _VIEWS.c["count"] + statement.excluded["count"]},
        )
    )
