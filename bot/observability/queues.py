"""How much waits to go out, read from the database when ``/metrics`` is scraped.

Each queue is one small query; a feature with a new durable queue adds its probe to
:data:`DEPTH_PROBES` (name -> rows waiting).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import BookingMessage, Job, RelayMessage, TurnLedger

DepthProbe = Callable[[AsyncSession, datetime], Awaitable[int]]


async def turns_depth(session: AsyncSession, now: datetime) -> int:
    """Messages people sent that are stored but not yet answered (the turn ledger)."""
    query = select(func.count()).select_from(TurnLedger).where(TurnLedger.delivered_at.is_(None))
    return int(await session.scalar(query) or 0)


async def relay_depth(session: AsyncSession, now: datetime) -> int:
    """Relayed messages between people and mediators not yet delivered."""
    query = select(func.count()).select_from(RelayMessage).where(RelayMessage.finished_at.is_(None))
    return int(await session.scalar(query) or 0)


async def jobs_depth(session: AsyncSession, now: datetime) -> int:
    """Durable jobs (staff notices, announcement messages) not yet done."""
    query = select(func.count()).select_from(Job).where(Job.finished_at.is_(None))
    return int(await session.scalar(query) or 0)


async def reminders_depth(session: AsyncSession, now: datetime) -> int:
    """Reminders and cancellation notices that are due and not yet sent."""
    query = select(func.count()).select_from(BookingMessage).where(*_due(now))
    return int(await session.scalar(query) or 0)


async def reminder_lag_seconds(session: AsyncSession, now: datetime) -> float:
    """How long the oldest due, unsent reminder has waited; 0 when none waits."""
    oldest = await session.scalar(select(func.min(BookingMessage.due_at)).where(*_due(now)))
    if oldest is None:
        return 0.0
    return max(0.0, (now - oldest).total_seconds())


def _due(now: datetime) -> tuple[ColumnElement[bool], ...]:
    return (
        BookingMessage.outcome.is_(None),
        BookingMessage.due_at <= now,
        BookingMessage.expires_at > now,
    )


DEPTH_PROBES: dict[str, DepthProbe] = {
    "turns": turns_depth,
    "relay": relay_depth,
    "reminders": reminders_depth,
    "jobs": jobs_depth,
}
