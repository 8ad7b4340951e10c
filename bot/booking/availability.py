"""Which slots are free right now: the catalogue's slots minus full, blocked and own ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking import store
from bot.booking.slots import Slot, bookable_slots, rules_of
from bot.catalogue.centre_calendar import CentreCalendar
from bot.catalogue.model import Offer
from bot.storage.models import BookingBlock


def _blocked(slot: Slot, blocks: Sequence[BookingBlock], calendar: CentreCalendar) -> bool:
    day = calendar.day_of(slot.start)
    return any(
        block.day == day
        and block.offer_id in (None, slot.offer_id)
        and (block.starts_at is None or block.starts_at == slot.start)
        for block in blocks
    )


async def free_slots(
    session: AsyncSession, offer: Offer, now: datetime, user_id: int | None = None
) -> list[Slot]:
    """Bookable slots with a seat left, not blocked by staff, not already held by the person."""
    candidates = list(bookable_slots(offer, now))
    if not candidates:
        return []
    first, last = candidates[0].start, candidates[-1].start
    taken = await store.taken_seats(session, offer.id, first, last)
    held = await store.held_starts(session, user_id, offer.id, first, last) if user_id else set()
    calendar = offer.schedule.calendar
    blocks = await store.blocks_between(session, calendar.day_of(first), calendar.day_of(last))
    seats = rules_of(offer).seats
    return [
        slot
        for slot in candidates
        if taken[slot.start] < seats
        and slot.start not in held
        and not _blocked(slot, blocks, calendar)
    ]


async def is_blocked(session: AsyncSession, slot: Slot, calendar: CentreCalendar) -> bool:
    day = calendar.day_of(slot.start)
    return _blocked(slot, await store.blocks_between(session, day, day), calendar)


def days_of(slots: Sequence[Slot], calendar: CentreCalendar) -> list[date]:
    """The distinct local days of ``slots``, in order."""
    return list(dict.fromkeys(calendar.day_of(slot.start) for slot in slots))


def on_day(slots: Sequence[Slot], day: date, calendar: CentreCalendar) -> list[Slot]:
    return [slot for slot in slots if calendar.day_of(slot.start) == day]
