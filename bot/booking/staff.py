"""Staff-group commands for appointments: /today, /week, /cancel_day, /cancel_slot (German).

A cancellation frees the seats, blocks the day (or slot) for new bookings, and writes one
notice per person to the outbox, delivered at once in the person's own language with other
free times to choose from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking import outbox, report, store
from bot.booking.reminders import ReminderDelivery
from bot.catalogue.centre_calendar import CentreCalendar
from bot.catalogue.live import LiveCatalogue
from bot.i18n.translator import Translator
from bot.messages import Reply
from bot.staff_desk import StaffDesk, StaffTurn

if TYPE_CHECKING:
    from bot.core import FeatureContext

WEEK_DAYS = 7


async def coming_appointments(
    catalogue: LiveCatalogue, session: AsyncSession, user_id: int, german: Translator, now: datetime
) -> list[str]:
    """The person's coming appointments, for the card of their chat with the team."""
    lines = []
    current = catalogue.current.catalogue
    for booking in await store.open_bookings(session, user_id, now):
        offer = current.offer(booking.offer_id)
        title = offer.text("title", german.chain) if offer else booking.offer_id
        lines.append(f"{title}: {german.when(booking.starts_at, booking.ends_at)}")
    return lines


_CANCEL_DAY = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})(?:\s+(?P<offer>[a-z0-9-]+))?")
_CANCEL_SLOT = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})\s+(?P<clock>\d{1,2}:\d{2})(?:\s+(?P<offer>[a-z0-9-]+))?"
)


@dataclass(frozen=True)
class _Target:
    """What staff want to cancel: a day, or one slot on it; for one offer or all."""

    day: date
    clock: time | None
    offer_ids: tuple[str, ...]
    offer_id: str | None


class StaffBookings:
    def __init__(self, core: FeatureContext, delivery: ReminderDelivery) -> None:
        self.core = core
        self.delivery = delivery

    def register(self, desk: StaffDesk) -> None:
        desk.on_command("today", self.today, "Termine heute")
        desk.on_command("week", self.week, "Termine der nächsten 7 Tage")
        desk.on_command(
            "cancel_day", self.cancel_day, "JJJJ-MM-TT [angebot]: alle Termine eines Tages absagen"
        )
        desk.on_command(
            "cancel_slot", self.cancel_slot, "JJJJ-MM-TT HH:MM [angebot]: einen Termin absagen"
        )

    @property
    def _calendar(self) -> CentreCalendar:
        return self.core.dialogue.catalogue.calendar

    async def today(self, turn: StaffTurn) -> list[Reply]:
        day = self._calendar.day_of(turn.now)
        return [Reply(text=await self._listing(day, day))]

    async def week(self, turn: StaffTurn) -> list[Reply]:
        day = self._calendar.day_of(turn.now)
        return [Reply(text=await self._listing(day, day + timedelta(days=WEEK_DAYS - 1)))]

    async def _listing(self, first_day: date, last_day: date) -> str:
        catalogue = self.core.dialogue.catalogue.current.catalogue
        async with self.core.database.session() as session:
            entries = await report.entries_between(session, catalogue, first_day, last_day)
        german = self.core.texts.translator("de")
        return report.format_entries(
            german, self.core.dialogue.languages, entries, first_day, last_day
        )

    async def cancel_day(self, turn: StaffTurn) -> list[Reply]:
        match = _CANCEL_DAY.fullmatch(turn.argument)
        if match is None:
            return [Reply(text="So geht es: /cancel_day 2026-12-01 [angebot]")]
        return await self._cancel(turn, match["day"], None, match["offer"])

    async def cancel_slot(self, turn: StaffTurn) -> list[Reply]:
        match = _CANCEL_SLOT.fullmatch(turn.argument)
        if match is None:
            return [Reply(text="So geht es: /cancel_slot 2026-12-01 10:00 [angebot]")]
        return await self._cancel(turn, match["day"], match["clock"], match["offer"])

    async def _cancel(
        self, turn: StaffTurn, day_text: str, clock_text: str | None, offer_id: str | None
    ) -> list[Reply]:
        target = self._target(day_text, clock_text, offer_id)
        if isinstance(target, str):
            return [Reply(text=target)]
        if target.day < self._calendar.day_of(turn.now):
            return [Reply(text=f"{target.day.isoformat()} ist vorbei.")]
        count = await self._cancel_and_notify(target, turn.now)
        german = self.core.texts.translator("de")
        what = german.day(target.day) + (f", {target.clock:%H:%M}" if target.clock else "")
        scope = target.offer_id or "alle Angebote"
        return [
            Reply(
                text=f"✅ {what} ({scope}) abgesagt und für neue Buchungen gesperrt.\n"
                f"{count} Person(en) bekommen jetzt eine Nachricht in ihrer Sprache "
                "mit anderen freien Zeiten."
            )
        ]

    def _target(self, day_text: str, clock_text: str | None, offer_id: str | None) -> _Target | str:
        """The parsed command, or what is wrong with it (in German)."""
        try:
            day = date.fromisoformat(day_text)
            clock = time.fromisoformat(clock_text.zfill(5)) if clock_text else None
        except ValueError:
            return f"Unbekanntes Datum oder Uhrzeit: {day_text} {clock_text or ''}".strip()
        catalogue = self.core.dialogue.catalogue.current.catalogue
        bookable = tuple(o.id for o in catalogue.offers.values() if o.appointment is not None)
        if offer_id is not None and offer_id not in bookable:
            return f"Unbekanntes Angebot {offer_id}. Buchbar: {', '.join(bookable)}"
        return _Target(day, clock, (offer_id,) if offer_id else bookable, offer_id)

    async def _cancel_and_notify(self, target: _Target, now: datetime) -> int:
        first, last = _window(self._calendar, target.day, target.clock)
        async with self.core.database.session() as session:
            cancelled = await store.cancel_for_staff(
                session, first=first, last=last, offer_ids=target.offer_ids, now=now
            )
            await store.block(
                session,
                day=target.day,
                offer_id=target.offer_id,
                starts_at=first if target.clock else None,
                now=now,
            )
            for booking in cancelled:
                outbox.schedule_cancellation_notice(session, booking, now)
        # Deliver now rather than at the next round: people may be on their way.
        await self.delivery.tick(now)
        return len(cancelled)


def _window(calendar: CentreCalendar, day: date, clock: time | None) -> tuple[datetime, datetime]:
    """The instants a day (or the slot starting at ``clock``) covers, as [first, after)."""
    if clock is not None:
        start = calendar.at(day, clock)
        return start, start + timedelta(minutes=1)
    return calendar.at(day, time(0)), calendar.at(day + timedelta(days=1), time(0))
