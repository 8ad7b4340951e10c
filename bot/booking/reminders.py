"""Delivering the booking outbox: reminders and staff cancellations, once, on time or not at all.

``tick(now)`` does one round and is what tests call with their own clock; ``run`` repeats it
in the background of a running core. Several processes may tick at once: each message is
claimed by exactly one (see outbox.claim_due), and only for people that process can reach.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking import availability, outbox, store, views
from bot.booking.outbox import MessageKind, Outcome
from bot.catalogue.live import LiveCatalogue
from bot.i18n.translator import TextCatalogs, Translator
from bot.messages import ChannelName, ChatId, DeliveryRefused, Reply
from bot.storage.database import Database
from bot.storage.models import Booking, BookingMessage, User
from bot.storage.reach import reach_of

if TYPE_CHECKING:
    from bot.ports import Sender

log = logging.getLogger(__name__)

KEEP_BOOKINGS = timedelta(days=30)
"""Bookings (with first names and phone numbers) are deleted this long after they took place.

The privacy texts promise "a month after the appointment" (``bot/dialogue/views.py``).
"""


@dataclass(frozen=True)
class _Letter:
    """One claimed message, ready to go: to whom, and what."""

    message_id: int
    channel: str
    chat_id: ChatId
    replies: list[Reply]
    t: Translator


ListenButtons = Callable[[Translator, list[Reply]], Awaitable[list[Reply]]]
"""Adds a 🔊 button to what can be listened to (``bot/voice``), when that feature is on."""


class ReminderDelivery:
    """Sends due booking messages through the core's channel senders."""

    def __init__(
        self,
        *,
        database: Database,
        catalogue: LiveCatalogue,
        texts: TextCatalogs,
        senders: Mapping[ChannelName, Sender],
        default_language: str,
    ) -> None:
        self.database = database
        self.catalogue = catalogue
        self.texts = texts
        self.senders = senders  # the core's own dict: channels registered later are seen
        self.default_language = default_language
        self.listen_buttons: ListenButtons | None = None

    async def tick(self, now: datetime) -> Counter[Outcome]:
        """Claim what is due, then send or drop each; returns how many ended how."""
        people = reach_of(self.senders)
        if not people:
            return Counter()
        async with self.database.session() as session:
            claimed = await outbox.claim_due(session, now, people)
        report: Counter[Outcome] = Counter()
        for message_id in claimed:
            outcome = await self._deliver(message_id, now)
            if outcome is not None:
                report[outcome] += 1
        return report

    async def _deliver(self, message_id: int, now: datetime) -> Outcome | None:
        # Reading, sending and recording run apart: no transaction stays open while a channel
        # is slow, and SQLite never has to turn a read transaction into a write one.
        async with self.database.session() as session:
            verdict = await self._prepare(session, message_id, now)
        if isinstance(verdict, Outcome):
            await self._record(message_id, verdict, now)
            return verdict
        sender = self.senders.get(ChannelName(verdict.channel))
        try:
            if sender is None:
                raise LookupError(f"no sender for {verdict.channel}")
            replies = verdict.replies
            if self.listen_buttons is not None:
                replies = await self.listen_buttons(verdict.t, replies)
            await sender.send(verdict.chat_id, replies)
        except DeliveryRefused as error:  # refused for good: trying again would not help
            log.warning("booking message refused: %s", type(error).__name__)
            await self._record(message_id, Outcome.FAILED, now)
            return Outcome.FAILED
        except Exception as error:  # a channel failure must not stop the other messages
            log.warning("booking message not sent: %s", type(error).__name__)
            await self._release(message_id, now)
            return None
        await self._record(message_id, Outcome.SENT, now)
        return Outcome.SENT

    async def _prepare(
        self, session: AsyncSession, message_id: int, now: datetime
    ) -> _Letter | Outcome:
        message, booking, user = (
            await session.execute(
                select(BookingMessage, Booking, User)
                .join(Booking, Booking.id == BookingMessage.booking_id)
                .join(User, User.id == Booking.user_id)
                .where(BookingMessage.id == message_id)
            )
        ).one()
        if message.kind == MessageKind.REMINDER and booking.cancelled_at is not None:
            return Outcome.CANCELLED
        if now > message.expires_at:
            return Outcome.LATE
        if user.unreachable_at is not None and user.unreachable_at >= user.last_seen_at:
            return Outcome.UNREACHABLE
        offer = self.catalogue.current.catalogue.offer(booking.offer_id)
        if offer is None or offer.appointment is None:
            return Outcome.FAILED
        t = self.texts.translator(user.language or self.default_language, user.format_language)
        if message.kind == MessageKind.CANCELLED:
            alternatives = await availability.free_slots(session, offer, now, user.id)
            replies = [views.cancelled_by_staff(t, offer, booking, alternatives)]
        else:
            replies = views.reminder(t, offer, booking)
        return _Letter(message.id, user.channel, ChatId(user.external_id), replies, t)

    async def _record(self, message_id: int, outcome: Outcome, now: datetime) -> None:
        async with self.database.session() as session:
            await session.execute(
                update(BookingMessage)
                .where(BookingMessage.id == message_id)
                .values(outcome=outcome.value, finished_at=now)
            )

    async def _release(self, message_id: int, now: datetime) -> None:
        """Try again next round, unless it failed too often already.

        Plain UPDATEs, no read first: SQLite then never has to upgrade a read transaction.
        """
        this = BookingMessage.id == message_id
        async with self.database.session() as session:
            await session.execute(
                update(BookingMessage)
                .where(this, BookingMessage.attempts >= outbox.MAX_ATTEMPTS)
                .values(outcome=Outcome.FAILED.value, finished_at=now)
            )
            await session.execute(
                update(BookingMessage)
                .where(this, BookingMessage.outcome.is_(None))
                .values(claimed_at=None)
            )

    async def forget_old_bookings(self, now: datetime) -> int:
        async with self.database.session() as session:
            return await store.forget_before(session, now - KEEP_BOOKINGS)

    async def run(
        self,
        clock: Callable[[], datetime],
        interval: float,
        on_round: Callable[[], None] = lambda: None,
    ) -> None:
        """Tick forever (until cancelled); one failing round is logged and the next one tried.

        ``on_round`` is called after each good round (the loop's heartbeat for /healthz)."""
        while True:
            await asyncio.sleep(interval)
            try:
                now = clock()
                await self.tick(now)
                await self.forget_old_bookings(now)
            except Exception as error:  # keep reminding after a database hiccup
                log.error("reminder round failed: %s", type(error).__name__)
            else:
                on_round()
