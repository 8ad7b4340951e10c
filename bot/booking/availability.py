"""Which slots are free right now: the catalogue's slots minus full, blocked and own ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking import store
from bot.booking.slots import Slot, bookable_slots, rules_of
from bot.catalogue.model import Offer
from bot.catalogue.schedule import BERLIN
from bot.storage.models import BookingBlock


def _blocked(slot: Slot, blocks: Sequence[BookingBlock]) -> bool:
    day = slot.start.astimezone(BERLIN).date()
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
    blocks = await store.blocks_between(
        session, first.astimezone(BERLIN).date(), last.astimezone(BERLIN).date()
    )
    seats = rules_of(offer).seats
    return [
        slot
        for slot in candidates
        if taken[slot.start] < seats and slot.start not in held and not _blocked(slot, blocks)
    ]


async def is_blocked(session: AsyncSession, slot: Slot) -> bool:
    day = slot.start.astimezone(BERLIN).date()
    return _blocked(slot, await store.blocks_between(session, day, day))


def days_of(slots: Sequence[Slot]) -> list[date]:
    """The distinct Berlin days of ``slots``, in order."""
    return list(dict.fromkeys(slot.start.astimezone(BERLIN).date() for slot in slots))


def on_day(slots: Sequence[Slot], day: date) -> list[Slot]:
    return [slot for slot in slots if slot.start.astimezone(BERLIN).date() == day]
