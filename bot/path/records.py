"""The steps recorded for a person: add one, read the latest and the history, forget them.

A record is one row (step, date, who, an optional short note for the team). The person's
current step is their latest record, so a step set back by mistake is corrected by recording
the right one again; the history keeps both.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.path.steps import STEPS
from bot.storage.models import PathStep

NOTE_MAX_CHARS = 200


async def record(
    session: AsyncSession,
    user_id: int,
    step: int,
    now: datetime,
    *,
    note: str | None = None,
    by: str | None = None,
) -> PathStep:
    if not 1 <= step <= STEPS:
        raise ValueError(f"step {step} is not between 1 and {STEPS}")
    row = PathStep(
        user_id=user_id,
        step=step,
        note=(note.strip()[:NOTE_MAX_CHARS] or None) if note else None,
        recorded_at=now,
        recorded_by=by[:64] if by else None,
    )
    session.add(row)
    await session.flush()
    return row


async def current(session: AsyncSession, user_id: int) -> PathStep | None:
    """The person's latest record, or None when no step was recorded."""
    return await session.scalar(
        select(PathStep)
        .where(PathStep.user_id == user_id)
        .order_by(PathStep.recorded_at.desc(), PathStep.id.desc())
        .limit(1)
    )


async def history(session: AsyncSession, user_id: int) -> list[PathStep]:
    """Every record of the person, oldest first."""
    rows = await session.scalars(
        select(PathStep)
        .where(PathStep.user_id == user_id)
        .order_by(PathStep.recorded_at, PathStep.id)
    )
    return list(rows)


async def forget_person(session: AsyncSession, user_id: int) -> None:
    await session.execute(
        delete(PathStep)
        .where(PathStep.user_id == user_id)
        .execution_options(synchronize_session=False)
    )
