"""When an appointment can take place: slots from weekly hours, minus closures and holidays.

Each slot is built from its calendar day and the centre's wall-clock time (the offer's
:class:`CentreCalendar`), so a 10:00 slot stays at 10:00 on both sides of a daylight-saving
change; storage keeps the UTC instant.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.catalogue.model import AppointmentRules, Offer


@dataclass(frozen=True, order=True)
class Slot:
    """One bookable time of one offer; ``start`` and ``end`` are aware, in the centre's zone."""

    start: datetime
    end: datetime
    offer_id: str


def rules_of(offer: Offer) -> AppointmentRules:
    if offer.appointment is None:
        raise ValueError(f"offer {offer.id!r} takes no appointments")
    return offer.appointment


def slots_on(offer: Offer, day: date) -> list[Slot]:
    """Every slot of ``offer`` on ``day``: none on closures, exceptions and public holidays."""
    rules = rules_of(offer)
    calendar = offer.schedule.calendar
    if calendar.is_public_holiday(day) or not offer.schedule.takes_place_on(day):
        return []
    found: set[Slot] = set()
    for hours in rules.hours:
        if hours.weekday != day.weekday():
            continue
        # Wall-clock arithmetic on the naive time, then placed in the zone: DST-proof.
        start = datetime.combine(day, hours.start)
        while start + rules.slot_length <= datetime.combine(day, hours.end):
            end = start + rules.slot_length
            found.add(Slot(calendar.at(day, start.time()), calendar.at(day, end.time()), offer.id))
            start = end
    return sorted(found)


def last_bookable_day(offer: Offer, now: datetime) -> date:
    return offer.schedule.calendar.day_of(now) + timedelta(days=rules_of(offer).horizon_days)


def bookable_slots(offer: Offer, now: datetime) -> Iterator[Slot]:
    """Slots that start after the minimum notice and no later than the horizon, in order."""
    rules = rules_of(offer)
    earliest = now + rules.notice
    day = offer.schedule.calendar.day_of(earliest)
    while day <= last_bookable_day(offer, now):
        yield from (slot for slot in slots_on(offer, day) if slot.start >= earliest)
        day += timedelta(days=1)


def bookable_slot_at(offer: Offer, start: datetime, now: datetime) -> Slot | None:
    """The slot starting at ``start`` if it exists and may be booked now (a stale tap may not)."""
    rules = rules_of(offer)
    day = offer.schedule.calendar.day_of(start)
    if start < now + rules.notice or day > last_bookable_day(offer, now):
        return None
    return next((slot for slot in slots_on(offer, day) if slot.start == start), None)
