"""A person deletes their data: their bookings go, and staff hear which appointments are free.

The notice names the time and the offer, never the person (they asked to be forgotten). It
is a durable job added in the deletion's transaction: it goes out only if the deletion is
committed, and a crash right after the commit does not lose it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking import store
from bot.catalogue.live import LiveCatalogue
from bot.i18n.translator import Translator
from bot.messages import Reply
from bot.storage.models import Booking, User

log = logging.getLogger(__name__)

NotifyStaff = Callable[[Sequence[Reply], AsyncSession], Awaitable[None]]


class ForgetBookings:
    """The booking part of the eraser (``bot.privacy.erase``)."""

    def __init__(self, catalogue: LiveCatalogue, german: Translator, notify: NotifyStaff) -> None:
        self.catalogue = catalogue
        self.german = german
        self.notify = notify

    async def erase(self, session: AsyncSession, user: User, now: datetime) -> None:
        upcoming = await store.open_bookings(session, user.id, now)
        await store.forget_person(session, user, now)
        if upcoming:
            await self.notify([Reply(text=self._notice_de(upcoming))], session)
            log.info("staff will hear of a deleted person's cancelled appointments")

    def _notice_de(self, bookings: Sequence[Booking]) -> str:
        lines = []
        for booking in bookings:
            offer = self.catalogue.current.catalogue.offer(booking.offer_id)
            title = offer.text("title", self.german.chain) if offer else booking.offer_id
            when = self.german.when(booking.starts_at, booking.ends_at)
            lines.append(
                f"🗓 Termin am {when} ({title}) wurde storniert: die Person hat ihre Daten gelöscht."
            )
        return "\n".join(lines)
