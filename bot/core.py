"""The running core: one turn in, replies out; the registries features plug into.

This module imports no feature and no channel (``tests/operations/test_import_graph.py``
checks it). Features (booking, handover, staff, news, ...) get a narrow
:class:`FeatureContext` in their ``install(ctx)``; channels get the :class:`CoreApp`.
``bot/app.py`` wires settings, core, features and channels together.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from bot.background import running_jobs
from bot.catalogue.live import LiveCatalogue
from bot.config import Settings
from bot.dialogue.engine import Dialogue
from bot.dialogue.throttle import PersonThrottle, Verdict, slow_down_notice
from bot.i18n.languages import Language, Languages
from bot.i18n.translator import TextCatalogs
from bot.jobs import Claimed, Handler, JobQueue, JobRunner, NewJob, Outcome
from bot.messages import ChannelName, ChatId, Inbound, Reply
from bot.observability import metrics
from bot.observability.health import Loops
from bot.ports import Desk, DeskSender, Sender
from bot.rates import SharedRates, shared_rates
from bot.staff_desk import StaffDesk
from bot.storage import ledger, reply_codec, users
from bot.storage.database import Database
from bot.storage.reach import reach_of

log = logging.getLogger(__name__)

Part = TypeVar("Part")
HeldListener = Callable[[ChannelName, ChatId, str | None], Awaitable[None]]
"""Told when a channel holds a reply back to deliver it later (WhatsApp after 24 hours of
silence), with the approved template that went out instead, if one did."""


class CoreApp:
    """The running core: the dialogue plus what channels need around it."""

    def __init__(
        self,
        settings: Settings,
        database: Database,
        dialogue: Dialogue,
        texts: TextCatalogs,
        desk: StaffDesk,
    ) -> None:
        self.settings = settings
        self.database = database
        self.dialogue = dialogue
        self.texts = texts
        self.desk = desk
        self.senders: dict[ChannelName, Sender] = {}
        self.desk_channel: Desk | None = None  # where mediators answer people (bot/handover)
        # What features share with the web desk and with each other (:meth:`part`).
        self.parts: list[object] = []
        self.held_listeners: list[HeldListener] = []
        # Limits shared by every process (PostgreSQL or Redis), None for SQLite (bot/rates.py).
        self.rates = shared_rates(settings.redis_url, database.engine)
        self.loops = Loops()  # the background loops' heartbeats, for /healthz
        self.throttle = PersonThrottle(
            settings.person_messages_per_minute, settings.person_message_burst, shared=self.rates
        )
        self.jobs = JobQueue()  # durable work: staff notices, announcements (bot/jobs.py)
        self.job_runner = JobRunner(
            database=database,
            queue=self.jobs,
            people=lambda: reach_of(self.senders),
            lease=timedelta(seconds=settings.job_claim_seconds),
            clock=dialogue.clock,
        )
        self.job_runner.register(StaffNotices(self))

    @property
    def languages(self) -> Sequence[Language]:
        return list(self.dialogue.languages.values())

    def part(self, kind: type[Part]) -> Part | None:
        """What an installed feature shares, by type (the relay, the reminders, the team), or
        None when the feature is left out or off."""
        return next((part for part in self.parts if isinstance(part, kind)), None)

    async def reply_held(self, channel: ChannelName, chat_id: ChatId, template: str | None) -> None:
        """A channel holds a reply to ``chat_id`` back until the person writes again: tell
        whoever listens (the handover tells the mediator in the person's topic)."""
        for listener in self.held_listeners:
            await listener(channel, chat_id, template)

    def is_staff_chat(self, inbound: Inbound) -> bool:
        return inbound.chat_id == self.settings.staff_chat_id

    async def handle(self, inbound: Inbound, *, apologise: bool = True) -> list[Reply]:
        """One message in: the staff group goes to the desk, everyone else to the dialogue.

        ``apologise=False``: a failed turn raises instead of apologising (see Dialogue.handle).
        """
        metrics.update_in(inbound.channel)
        with metrics.turn_timer(inbound.channel):
            replies = await self._handle(inbound, apologise=apologise)
        metrics.replies_out(inbound.channel, len(replies))
        return replies

    async def _handle(self, inbound: Inbound, *, apologise: bool) -> list[Reply]:
        if self.settings.log_message_text:  # for debugging only: never set in production
            log.info(
                "%s %s: %r", inbound.channel, inbound.kind.value, inbound.text or inbound.action
            )
        if self.is_staff_chat(inbound):
            return await self._staff(inbound)
        match await self.throttle.check(inbound.channel, inbound.chat_id):
            case Verdict.DROP:
                return []  # unread: they were told to slow down and send it again
            case Verdict.NOTICE:
                return [await slow_down_notice(self.dialogue, inbound)]
        return await self.dialogue.handle(inbound, apologise=apologise)

    async def delivered(self, inbound: Inbound) -> None:
        """The channel has sent the replies :meth:`handle` gave for ``inbound``: a redelivery
        of it is dropped from now on, no longer answered with them again."""
        if inbound.update_id is not None:
            # On SQLite written with others a moment later: one transaction for many turns,
            # not a second one for each (see DeliveryMarks for why nothing can be lost by it).
            await self.dialogue.deliveries.record(
                inbound.channel, inbound.update_id, self.dialogue.clock()
            )

    async def _staff(self, inbound: Inbound) -> list[Reply]:
        """The desk, with redeliveries answered from storage.

        Staff messages have no turn to record their update in, so the id is looked up first and
        recorded (with the replies) after the desk is done: a crash in between loses nothing. A
        retry arriving while the first delivery is still being handled may run twice; the
        message it carries is still relayed once (the relay outbox keys on the message id).
        """
        update_id = inbound.update_id
        if update_id is not None:
            if self.dialogue.deliveries.pending(inbound.channel, update_id):
                return []  # handled and sent; the mark is not written yet
            async with self.database.session() as session:
                owed = await ledger.owed(session, inbound.channel, update_id)
            if owed is not None:
                return owed
        replies = await self.desk.handle(inbound)
        if update_id is not None:
            async with self.database.session() as session:
                now = self.dialogue.clock()
                if await ledger.claim_turn(
                    session, inbound.channel, update_id, inbound.chat_id, now
                ):
                    await ledger.keep_replies(session, inbound.channel, update_id, replies)
        return replies

    def command_menu(self, language: str) -> list[tuple[str, str]]:
        """The commands a channel lists in its menu, described in ``language``."""
        return self.dialogue.command_menu(self.texts.translator(language))

    async def mark_unreachable(self, channel: ChannelName, chat_id: ChatId) -> None:
        async with self.database.session() as session:
            await users.mark_unreachable(session, channel, chat_id, self.dialogue.clock())

    def register_sender(self, channel: ChannelName, sender: Sender) -> None:
        self.senders[channel] = sender

    def register_desk(self, channel: ChannelName, sender: DeskSender) -> None:
        """This process serves the staff chat (``STAFF_CHAT_ID``) on ``channel``: the handover
        opens topics and relays messages there, and staff notices go there."""
        if self.settings.staff_chat_id is not None:
            self.desk_channel = Desk(channel, ChatId(self.settings.staff_chat_id), sender)

    async def notify_staff(
        self,
        replies: Sequence[Reply],
        session: AsyncSession | None = None,
        *,
        key: str | None = None,
    ) -> None:
        """Post to the staff group when one is configured; else do nothing.

        The notice is a durable job (:class:`StaffNotices`): added in ``session``'s
        transaction when given (it goes out only if that commits), else in its own; sent in
        order by whichever process serves the staff group, retried until it went. ``key``
        makes a second notice with the same key a no-op.
        """
        if self.settings.staff_chat_id is None:
            return
        job = NewJob(
            StaffNotices.kind,
            {"replies": reply_codec.to_json(replies)},
            key=key,
            lane=StaffNotices.kind,
        )
        if session is not None:
            await self.jobs.add(session, job, self.dialogue.clock())
            return
        async with self.database.session() as own:
            await self.jobs.add(own, job, self.dialogue.clock())


class StaffNotices(Handler):
    """Staff notices as durable jobs: a line for the staff group that must not be lost (an
    appointment a deletion cancelled, a catalogue change, an announcement sent).

    :meth:`CoreApp.notify_staff` adds the job; this handler sends it, in order (one lane),
    through the sender of whichever channel serves the staff chat in this process.
    """

    kind = "staff_notice"
    max_attempts = None  # a notice waits out any outage

    def __init__(self, core: CoreApp) -> None:
        self.core = core

    def ready(self) -> bool:
        return self.core.desk_channel is not None

    async def run(self, job: Claimed) -> str:
        desk = self.core.desk_channel
        assert desk is not None  # ready() said so
        await desk.sender.send(desk.chat_id, reply_codec.from_json(job.payload["replies"]))
        return Outcome.DONE


class FeatureContext:
    """What a feature gets in ``install(ctx)``: the registries it plugs into and the shared
    services, never the whole app.

    - ``dialogue``: the person's side (``on_action``, ``on_state``, ``on_command``, ...);
    - ``desk``: the staff group's commands and buttons;
    - ``database``, ``texts``, ``catalogue``, ``languages``, ``clock``, ``settings``;
    - ``senders`` (filled as channels start), ``desk_channel()``, ``notify_staff``;
    - ``job_runner`` for durable jobs, ``loops`` for background loops' heartbeats;
    - ``provide(part)`` shares an object (the relay, the reminders) with the web desk and the
      other features, who find it with ``part(kind)``;
    - ``on_reply_held(listener)``: a channel held a reply back to deliver it later;
    - ``when_running(step)``: something to do once every feature is in and the background
      loops run (a warning for the staff group).
    """

    def __init__(self, core: CoreApp, *, background: bool) -> None:
        self._core = core
        self.settings = core.settings
        self.database = core.database
        self.dialogue = core.dialogue
        self.texts = core.texts
        self.catalogue: LiveCatalogue = core.dialogue.catalogue
        self.languages: Languages = core.dialogue.languages
        self.clock: Callable[[], datetime] = core.dialogue.clock
        self.senders = core.senders
        self.desk = core.desk
        self.jobs = core.jobs
        self.job_runner = core.job_runner
        self.loops = core.loops
        self.rates: SharedRates | None = core.rates
        self.notify_staff = core.notify_staff
        self.background = background  # False for one-off commands: no loops, no watcher
        self.started: list[Callable[[], Awaitable[None]]] = []

    def is_staff_chat(self, inbound: Inbound) -> bool:
        return self._core.is_staff_chat(inbound)

    def desk_channel(self) -> Desk | None:
        """The staff chat's channel in this process, once a channel registered it."""
        return self._core.desk_channel

    def on_reply_held(self, listener: HeldListener) -> None:
        self._core.held_listeners.append(listener)

    def when_running(self, step: Callable[[], Awaitable[None]]) -> None:
        self.started.append(step)

    def provide(self, part: object) -> None:
        self._core.parts.append(part)

    def part(self, kind: type[Part]) -> Part | None:
        return self._core.part(kind)


Feature = Callable[[FeatureContext], AbstractAsyncContextManager[None]]
"""A feature's ``install``: register with the context's registries, then run (background
loops) for as long as the returned context is open."""


@asynccontextmanager
async def running(
    core: CoreApp, features: Sequence[Feature], *, background: bool
) -> AsyncIterator[None]:
    """Install each feature in order, then run the durable jobs' loops (``background``);
    stop in reverse order when the core closes."""
    ctx = FeatureContext(core, background=background)
    async with AsyncExitStack() as stack:
        for install in features:
            await stack.enter_async_context(install(ctx))
        if background:  # after the features: their job handlers are registered now
            await stack.enter_async_context(
                running_jobs(core.job_runner.loops(core.loops.beat_for))
            )
        for step in ctx.started:
            await step()
        yield
