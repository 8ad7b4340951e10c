"""Delivering the relay outbox: to the staff topic and to the person, in order, retried, once.

``tick`` does one round (tests call it with their own clock); ``run`` repeats it whenever a
row is added in this process, and polls the database for rows other processes added (a
terminal mediator next to a terminal person, a second worker).

A message goes as a copy where both sides share a channel, as a file fetched from the other
channel (:mod:`bot.handover.carry`) for photos, voice messages, videos and documents, and as
text otherwise.

What "once" means here: a row is claimed before it is sent and marked delivered right after
the channel confirmed it. A worker that dies between the two leaves an expired claim, and the
row is sent again: a duplicate is possible in that window of milliseconds (and when a channel
times out after having delivered), a loss is not.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from contextlib import suppress
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.background import woken
from bot.catalogue.live import LiveCatalogue
from bot.dialogue.engine import PersonFacts
from bot.handover import cards, cases, media, outbox
from bot.handover.carry import FileCarrier
from bot.handover.outbox import Claimed, Kind, Letter, Outbox, Outcome
from bot.handover.team import LiveTeam
from bot.handover.views import MEDIATOR_REPLY
from bot.i18n.languages import Languages
from bot.i18n.translator import TextCatalogs
from bot.jobs import backoff  # retries wait 1, 2, 4 … s, at most 5 minutes; none given up
from bot.messages import (
    PURPOSE,
    ChannelName,
    ChatId,
    DeliveryRefused,
    MessageRef,
    Reply,
    RetryLater,
    ThreadGone,
    ThreadId,
)
from bot.path import records as path_records
from bot.path import views as path_views
from bot.ports import CopyingSender, Desk
from bot.storage.database import Database
from bot.storage.models import HandoverCase, RelayMessage, User
from bot.storage.reach import reach_of

if TYPE_CHECKING:
    from bot.ports import Sender

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0
"""How often the database is asked for rows other processes wrote."""
PURGE_EVERY = timedelta(hours=1)
PARALLEL_LANES = 8
"""People served at the same time; one person's messages still go one after another."""
SEND_SHARE_OF_LEASE = 0.75
"""A send is cut off well before its claim runs out, so no second worker takes a live row."""


AfterDelivery = Callable[[AsyncSession, Letter, datetime], Awaitable[None]]
"""Called once a row went out, inside the transaction that records it."""


class StaffChatNotReady(Exception):
    """The staff chat cannot take a person's topic now; their messages wait in the outbox."""


class RelayDelivery:
    def __init__(
        self,
        *,
        database: Database,
        box: Outbox,
        senders: Mapping[ChannelName, Sender],
        desk: Callable[[], Desk | None],
        team: LiveTeam,
        languages: Languages,
        texts: TextCatalogs,
        catalogue: LiveCatalogue,
        lease: timedelta,
        retention: timedelta,
        clock: Callable[[], datetime],
        person_facts: PersonFacts,
    ) -> None:
        self.database = database
        self.box = box
        self.senders = senders  # the core's own dict: channels registered later are seen
        self.desk = desk
        self.team = team
        self.languages = languages
        self.texts = texts
        self.catalogue = catalogue
        self.lease = lease
        self.retention = retention
        self.clock = clock
        self.person_facts = person_facts  # what staff should know (coming appointments)
        self._lanes = asyncio.Semaphore(PARALLEL_LANES)
        # Run in the transaction that marks a row delivered (e.g. a translation follows it).
        self.after_delivery: list[AfterDelivery] = []
        self.files = FileCarrier(
            database=database, box=box, senders=senders, texts=texts, clock=clock
        )

    # -- rounds ---------------------------------------------------------------------------------

    async def tick(self) -> int:
        """Claim the next row of every lane this process can deliver and send them; returns how
        many rows were finished (delivered or refused for good)."""
        now = self.clock()
        async with self.database.session() as session:
            claimed = await outbox.claim_heads(
                session,
                now,
                self.lease,
                to_staff=self.desk() is not None,
                people=reach_of(self.senders),
            )
        finished = await asyncio.gather(*(self._deliver(row) for row in claimed))
        return sum(finished)

    async def run(self, on_round: Callable[[], None] = lambda: None) -> None:
        """Deliver until cancelled: at once when this process adds a row, else every second.

        ``on_round`` is called after each good round (the loop's heartbeat for /healthz)."""
        next_purge = self.clock()
        while True:
            self.box.added.clear()
            try:
                if self.clock() >= next_purge:
                    await self.purge()
                    next_purge = self.clock() + PURGE_EVERY
                while await self.tick():
                    on_round()  # a lane's next row may go as soon as the one before it went
            except Exception as error:  # a database hiccup: the next round tries again
                log.error("relay round failed: %s", type(error).__name__)
            else:
                on_round()
            await woken(self.box.added, POLL_SECONDS)

    async def purge(self) -> None:
        """Transcripts, closed cases and staff-group topics older than the retention period
        (the topics with all that was written in them), and day-old questions."""
        now = self.clock()
        async with self.database.session() as session:
            rows = await outbox.forget_before(session, now - self.retention)
            closed = await cases.forget_closed_before(session, now - self.retention)
            topics = await cases.forget_old_topics(session, now - self.retention)
            for thread_id in topics:
                self.box.delete_topic(session, thread_id, now)
            await cases.forget_old_questions(session, now)
        if rows or closed or topics:
            log.info(
                "relay retention: %d messages, %d closed cases, %d topics deleted",
                rows,
                closed,
                len(topics),
            )

    # -- one row --------------------------------------------------------------------------------

    async def _deliver(self, claimed: Claimed) -> int:
        async with self._lanes:
            async with self.database.session() as session:
                letter = await self._read(session, claimed)
            if letter is None:
                return 0  # deleted meanwhile (the person erased their data)
            try:
                async with asyncio.timeout(self.lease.total_seconds() * SEND_SHARE_OF_LEASE):
                    await (
                        self._to_staff(letter) if letter.row.to_staff else self._to_person(letter)
                    )
            except RetryLater as wait:
                await self._release(claimed.row_id, self.clock() + timedelta(seconds=wait.seconds))
                return 0
            except DeliveryRefused as refused:
                log.warning("relay message %s refused: %s", letter.row.kind, type(refused).__name__)
                await self._refused(letter)
                return 1
            except Exception as error:  # the channel is down, slow, or unknown here: later
                log.warning("relay message %s not sent: %s", letter.row.kind, type(error).__name__)
                await self._release(claimed.row_id, self.clock() + backoff(claimed.attempts))
                return 0
            async with self.database.session() as session:
                await outbox.finish(session, claimed.row_id, Outcome.DELIVERED, self.clock())
                for hook in self.after_delivery:
                    await hook(session, letter, self.clock())
            return 1

    async def _read(self, session: AsyncSession, claimed: Claimed) -> Letter | None:
        row = await session.get(RelayMessage, claimed.row_id)
        if row is None:
            return None
        case = await session.get(HandoverCase, row.case_id) if row.case_id is not None else None
        user = await session.get(User, case.user_id) if case is not None else None
        return Letter(row, case, user, claimed.attempts)

    async def _release(self, row_id: int, retry_at: datetime) -> None:
        async with self.database.session() as session:
            await outbox.release(session, row_id, retry_at)

    async def _refused(self, letter: Letter) -> None:
        """The lane moves on; mediators hear when a reply of theirs could not be shown."""
        async with self.database.session() as session:
            await outbox.finish(session, letter.row.id, Outcome.REFUSED, self.clock())
            if (
                not letter.row.to_staff
                and letter.row.kind == Kind.RELAY
                and letter.case is not None
            ):
                text = "⚠️ Eine Nachricht konnte der Person nicht gezeigt werden."
                self.box.to_staff(session, letter.case, Kind.NOTE, self.clock(), text)

    # -- to the person --------------------------------------------------------------------------

    async def _to_person(self, letter: Letter) -> None:
        row, user = letter.row, letter.user
        assert user is not None  # person rows belong to a case
        sender = self.senders.get(ChannelName(user.channel))
        if sender is None:
            raise LookupError(f"no {user.channel} channel in this process")
        chat = ChatId(user.external_id)
        if row.kind == Kind.NOTICE:
            await sender.send(chat, outbox.replies_of_notice(row.payload))
        elif _copyable(row, user.channel) and isinstance(sender, CopyingSender):
            await sender.copy(ChatId(row.source_chat or ""), MessageRef(row.source_ref or ""), chat)
        elif (kind := media.file_kind(row.media, media.media_ref(row))) is not None:
            await self.files.carry(letter, kind, sender, chat, None)
        else:
            text = media.as_text(row)
            await sender.send(chat, [Reply(text=text, extras={PURPOSE: MEDIATOR_REPLY})])

    # -- to the staff topic ---------------------------------------------------------------------

    async def _to_staff(self, letter: Letter) -> None:
        desk = self.desk()
        if desk is None:
            raise LookupError("no staff chat in this process")
        row, case = letter.row, letter.case
        if row.kind == Kind.DELETE_TOPIC:
            with suppress(ThreadGone):
                await desk.sender.delete_topic(
                    desk.chat_id, ThreadId(str(row.payload["thread_id"]))
                )
            return
        assert case is not None  # every other kind belongs to a case
        if row.kind == Kind.CLOSE_TOPIC:
            await self._close_topic(desk, case)
        elif row.kind == Kind.CARD_UPDATE:
            await self._update_card(desk, case)
        else:
            thread = await self._topic(desk, case, new_case=row.kind == Kind.CARD)
            try:
                await self._post(desk, letter, thread)
            except (
                ThreadGone
            ):  # a mediator deleted the topic: a new one, with the card, keeps the case
                thread = await self._new_topic(desk, case, with_card=row.kind != Kind.CARD)
                await self._post(desk, letter, thread)

    async def _post(self, desk: Desk, letter: Letter, thread: ThreadId) -> None:
        row, case = letter.row, letter.case
        assert case is not None
        if row.kind == Kind.CARD:
            await self._post_card(desk, case, thread)
        elif (
            row.kind == Kind.RELAY
            and _copyable(row, desk.channel)
            and isinstance(desk.sender, CopyingSender)
        ):
            await desk.sender.copy(
                ChatId(row.source_chat or ""),
                MessageRef(row.source_ref or ""),
                desk.chat_id,
                thread_id=thread,
            )
        elif (
            row.kind == Kind.RELAY
            and (kind := media.file_kind(row.media, media.media_ref(row))) is not None
        ):
            await self.files.carry(letter, kind, desk.sender, desk.chat_id, thread)
        else:
            text = row.text or "" if row.kind == Kind.NOTE else media.as_text(row, media.NAMES_DE)
            await desk.sender.send(desk.chat_id, [Reply(text=text)], thread_id=thread)

    # -- topics ---------------------------------------------------------------------------------

    async def _topic(self, desk: Desk, case: HandoverCase, *, new_case: bool) -> ThreadId:
        """The person's topic: created the first time, reopened and renamed for a new case."""
        async with self.database.session() as session:
            topic = await cases.topic_of(session, case.user_id)
        if topic is None:
            return await self._new_topic(desk, case, with_card=not new_case)
        thread = ThreadId(topic.thread_id)
        if new_case:
            try:
                await desk.sender.reopen_topic(desk.chat_id, thread)
                await desk.sender.edit_topic(
                    desk.chat_id, thread, cards.topic_title(case, self.languages)
                )
            except ThreadGone:
                return await self._new_topic(desk, case, with_card=False)
        return thread

    async def _new_topic(self, desk: Desk, case: HandoverCase, *, with_card: bool) -> ThreadId:
        title = cards.topic_title(case, self.languages)
        try:
            thread = await desk.sender.create_topic(desk.chat_id, title)
        except DeliveryRefused as refused:
            # No right to make topics (yet): wait for an admin to fix it, and lose nothing.
            raise StaffChatNotReady("the staff chat refuses new topics") from refused
        # Saved at once: a crash after this point must not create the topic a second time.
        async with self.database.session() as session:
            await cases.save_topic(session, case.user_id, thread, self.clock())
        if with_card:
            await self._post_card(desk, case, thread)
        return thread

    async def _post_card(self, desk: Desk, case: HandoverCase, thread: ThreadId) -> None:
        ref = await desk.sender.post(desk.chat_id, await self._card(case), thread_id=thread)
        async with self.database.session() as session:
            await session.execute(
                update(HandoverCase).where(HandoverCase.id == case.id).values(card_ref=ref)
            )

    async def _update_card(self, desk: Desk, case: HandoverCase) -> None:
        async with self.database.session() as session:
            card_ref = await session.scalar(
                select(HandoverCase.card_ref).where(HandoverCase.id == case.id)
            )
        if card_ref is None:
            return  # the card was never posted (its row was refused): nothing to update
        with suppress(DeliveryRefused):  # the card went with its topic: nothing to show it on
            await desk.sender.edit(desk.chat_id, MessageRef(card_ref), await self._card(case))

    async def _close_topic(self, desk: Desk, case: HandoverCase) -> None:
        async with self.database.session() as session:
            topic = await cases.topic_of(session, case.user_id)
        if topic is not None:
            with suppress(ThreadGone):
                await desk.sender.close_topic(desk.chat_id, ThreadId(topic.thread_id))

    async def _card(self, case: HandoverCase) -> Reply:
        """The card as the case stands now (taken, ended), with the person's appointments."""
        german = self.texts.translator("de")
        async with self.database.session() as session:
            fresh = await session.get(HandoverCase, case.id, populate_existing=True)
            assert fresh is not None
            user = await session.get(User, fresh.user_id)
            assert user is not None
            booked = await self.person_facts(session, user.id, german, self.clock())
            path = cards.CardPart(
                path_views.card_line(await path_records.current(session, user.id), german.zone),
                path_views.card_buttons(user.id),
            )
        return cards.card(
            fresh, user, self.languages, self.team.current, booked, self._seen(user), path
        )

    def _seen(self, user: User) -> list[tuple[str, str]]:
        """The offers the person looked at last (still in the catalogue), German titles."""
        catalogue = self.catalogue.current.catalogue
        offers = [catalogue.offer(str(i)) for i in user.state_data.get("seen_offers", [])]
        return [(offer.id, offer.text("title", "de")) for offer in offers if offer is not None]


def _copyable(row: RelayMessage, target_channel: str) -> bool:
    """Copy the original (any kind, as sent) when both sides are on the same channel."""
    return row.source_ref is not None and row.source_channel == target_channel
