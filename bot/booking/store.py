"""Bookings in the database. Seats are claimed by the database's unique indexes, never by a lock
held in this process, so the rule "one person per seat" holds across every bot process.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking.slots import Slot
from bot.storage.database import upsert
from bot.storage.models import Booking, BookingBlock, User


@dataclass(frozen=True)
class Answers:
    """What the person told us for the booking; each only if the offer asks for it."""

    first_name: str | None = None
    phone: str | None = None
    interpreter_language: str | None = None


class Refusal(StrEnum):
    TAKEN = "taken"  # every seat went to someone else
    ALREADY_YOURS = "already_yours"  # the person holds this slot already


class CancelledBy(StrEnum):
    PERSON = "person"
    STAFF = "staff"
    MOVED = "moved"


def _active() -> Any:
    return Booking.cancelled_at.is_(None)


async def take_seat(
    session: AsyncSession, *, user_id: int, slot: Slot, seats: int, answers: Answers, now: datetime
) -> Booking | Refusal:
    """Book the first free seat of ``slot``, or say why not.

    ``ON CONFLICT DO NOTHING`` turns a lost race into an ordinary answer on both databases:
    PostgreSQL makes a competing insert of the same seat wait for the first to commit, SQLite
    lets one writer at a time in. No exception, so the turn's transaction stays usable.
    """
    for seat in range(1, seats + 1):
        statement = (
            upsert(session, Booking)
            .values(
                user_id=user_id,
                offer_id=slot.offer_id,
                starts_at=slot.start,
                ends_at=slot.end,
                seat=seat,
                first_name=answers.first_name,
                phone=answers.phone,
                interpreter_language=answers.interpreter_language,
                created_at=now,
            )
            .on_conflict_do_nothing()
            .returning(Booking)
        )
        booking = (await session.scalars(statement)).one_or_none()
        if booking is not None:
            return booking
        if await _holds(session, user_id, slot):
            return Refusal.ALREADY_YOURS
    return Refusal.TAKEN


async def _holds(session: AsyncSession, user_id: int, slot: Slot) -> bool:
    query = select(Booking.id).where(
        _active(),
        Booking.user_id == user_id,
        Booking.offer_id == slot.offer_id,
        Booking.starts_at == slot.start,
    )
    return (await session.scalar(query)) is not None


async def open_bookings(
    session: AsyncSession, user_id: int, now: datetime, offer_id: str | None = None
) -> list[Booking]:
    """The person's bookings that are not cancelled and not over, soonest first."""
    query = select(Booking).where(_active(), Booking.user_id == user_id, Booking.ends_at > now)
    if offer_id is not None:
        query = query.where(Booking.offer_id == offer_id)
    return list(await session.scalars(query.order_by(Booking.starts_at)))


async def kept_bookings(session: AsyncSession, user_id: int) -> list[Booking]:
    """Every booking still stored for the person (past and cancelled ones too), soonest first."""
    query = select(Booking).where(Booking.user_id == user_id).order_by(Booking.starts_at)
    return list(await session.scalars(query))


async def own_booking(session: AsyncSession, user_id: int, booking_id: int) -> Booking | None:
    """The booking if it belongs to this person: a button never reaches someone else's."""
    booking = await session.get(Booking, booking_id)
    return booking if booking is not None and booking.user_id == user_id else None


def cancel(booking: Booking, now: datetime, by: CancelledBy) -> None:
    booking.cancelled_at = now
    booking.cancelled_by = by.value


async def taken_seats(
    session: AsyncSession, offer_id: str, first: datetime, last: datetime
) -> Counter[datetime]:
    """Active bookings per slot start between ``first`` and ``last`` (inclusive)."""
    query = (
        select(Booking.starts_at, func.count())
        .where(_active(), Booking.offer_id == offer_id, Booking.starts_at.between(first, last))
        .group_by(Booking.starts_at)
    )
    return Counter({start: int(count) for start, count in await session.execute(query)})


async def held_starts(
    session: AsyncSession, user_id: int, offer_id: str, first: datetime, last: datetime
) -> set[datetime]:
    query = select(Booking.starts_at).where(
        _active(),
        Booking.user_id == user_id,
        Booking.offer_id == offer_id,
        Booking.starts_at.between(first, last),
    )
    return set(await session.scalars(query))


async def bookings_between(
    session: AsyncSession, first: datetime, last: datetime
) -> list[tuple[Booking, User]]:
    """Active bookings starting in ``[first, last)`` with their person, for staff lists."""
    query = (
        select(Booking, User)
        .join(User, User.id == Booking.user_id)
        .where(_active(), Booking.starts_at >= first, Booking.starts_at < last)
        .order_by(Booking.starts_at, Booking.offer_id, Booking.seat)
    )
    return [(booking, user) for booking, user in await session.execute(query)]


async def cancel_for_staff(
    session: AsyncSession,
    *,
    first: datetime,
    last: datetime,
    offer_ids: Sequence[str],
    now: datetime,
) -> list[Booking]:
    """Cancel the active bookings starting in ``[first, last)``; returns exactly those changed.

    The conditional UPDATE means a booking the person cancels at the same moment is counted
    once, by whoever got there first.
    """
    statement = (
        update(Booking)
        .where(
            _active(),
            Booking.offer_id.in_(offer_ids),
            Booking.starts_at >= first,
            Booking.starts_at < last,
        )
        .values(cancelled_at=now, cancelled_by=CancelledBy.STAFF.value)
        .returning(Booking)
        .execution_options(synchronize_session=False)
    )
    return list(await session.scalars(statement))


async def block(
    session: AsyncSession,
    *,
    day: date,
    offer_id: str | None,
    starts_at: datetime | None,
    now: datetime,
) -> None:
    """Keep a day (or one slot) that staff cancelled from being offered again."""
    session.add(BookingBlock(offer_id=offer_id, day=day, starts_at=starts_at, created_at=now))


async def blocks_between(session: AsyncSession, first: date, last: date) -> list[BookingBlock]:
    query = select(BookingBlock).where(BookingBlock.day.between(first, last))
    return list(await session.scalars(query))


async def forget_before(session: AsyncSession, moment: datetime) -> int:
    """Delete bookings (with their messages) and blocks older than ``moment``: keep no old names.

    Returns how many bookings went.
    """
    await session.execute(delete(BookingBlock).where(BookingBlock.day < moment.date()))
    result = await session.execute(
        delete(Booking).where(Booking.ends_at < moment).execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def forget_person(session: AsyncSession, user: User, now: datetime) -> None:
    """Erase part for "Delete my data": the person's bookings go, freeing their seats."""
    await session.execute(
        delete(Booking)
        .where(Booking.user_id == user.id)
        .execution_options(synchronize_session=False)
    )
