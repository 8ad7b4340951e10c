"""Messages about bookings, written to the database first and delivered from there.

A row is claimed by one process only (a conditional UPDATE; on PostgreSQL the candidate rows
are picked with ``FOR UPDATE SKIP LOCKED`` so parallel claimers do not wait on each other),
then finished with an outcome. A claim is never taken back after a send, so nothing goes out
twice; a send that raised is released for another try until the message is too late.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.catalogue.model import AppointmentRules
from bot.storage.models import Booking, BookingMessage, User
from bot.storage.reach import Reach, reachable

LATEST_REMINDER_DELAY = timedelta(hours=3)
"""A reminder later than this (or past halfway to the appointment) is dropped, not sent."""

MAX_ATTEMPTS = 5
CLAIM_BATCH = 50


class MessageKind(StrEnum):
    REMINDER = "reminder"
    CANCELLED = "cancelled"  # staff cancelled the appointment: say so, offer other times


class Outcome(StrEnum):
    SENT = "sent"
    LATE = "late"  # its time passed while no process was running
    CANCELLED = "cancelled"  # a reminder for a booking cancelled since
    UNREACHABLE = "unreachable"  # the person blocked the bot
    FAILED = "failed"  # the channel kept failing, or no longer exists


def schedule_reminders(
    session: AsyncSession, booking: Booking, rules: AppointmentRules, now: datetime
) -> None:
    """One reminder per offset before the start, skipping those already in the past."""
    for before in rules.reminders:
        due = booking.starts_at - before
        if due <= now:
            continue
        expires = min(due + LATEST_REMINDER_DELAY, due + before / 2)
        session.add(_message(booking, MessageKind.REMINDER, due, expires))


def schedule_cancellation_notice(session: AsyncSession, booking: Booking, now: datetime) -> None:
    """Tell the person now; once the appointment would have begun, it is no news any more."""
    session.add(_message(booking, MessageKind.CANCELLED, now, booking.starts_at))


def _message(
    booking: Booking, kind: MessageKind, due: datetime, expires: datetime
) -> BookingMessage:
    return BookingMessage(
        booking_id=booking.id, kind=kind.value, due_at=due, expires_at=expires, attempts=0
    )


async def claim_due(
    session: AsyncSession, now: datetime, people: Reach, limit: int = CLAIM_BATCH
) -> list[int]:
    """Claim due messages for the ``people`` this process can reach.

    The ``claimed_at IS NULL`` condition in the UPDATE is what makes a claim exclusive: of
    two processes updating the same row, the second finds it claimed and skips it.
    """
    candidates = (
        select(BookingMessage.id)
        .join(Booking, Booking.id == BookingMessage.booking_id)
        .join(User, User.id == Booking.user_id)
        .where(
            BookingMessage.claimed_at.is_(None),
            BookingMessage.due_at <= now,
            reachable(people),
        )
        .order_by(BookingMessage.due_at)
        .limit(limit)
        .with_for_update(of=BookingMessage, skip_locked=True)
    )
    claim = (
        update(BookingMessage)
        .where(
            BookingMessage.id.in_(candidates.scalar_subquery()), BookingMessage.claimed_at.is_(None)
        )
        .values(claimed_at=now, attempts=BookingMessage.attempts + 1)
        .returning(BookingMessage.id)
        .execution_options(synchronize_session=False)
    )
    return sorted(await session.scalars(claim))
