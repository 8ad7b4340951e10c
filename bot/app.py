"""Wires the core together once per process; channels receive a :class:`CoreApp`."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.background import running_jobs
from bot.booking import setup as booking_setup
from bot.catalogue.live import LiveCatalogue
from bot.config import Settings
from bot.dialogue import views
from bot.dialogue.actions import MY_APPOINTMENTS
from bot.dialogue.engine import Dialogue
from bot.dialogue.messages import ChannelName, ChatId, Inbound, Reply, ThreadId
from bot.dialogue.throttle import PersonThrottle, Verdict, slow_down_notice
from bot.handover import setup as handover_setup
from bot.handover.ports import Desk, DeskSender
from bot.handover.relay import RelayDelivery
from bot.handover.team import LiveTeam
from bot.i18n.languages import Language, Languages, load_languages
from bot.i18n.translator import TextCatalogs
from bot.jobs import JobQueue, JobRunner, NewJob
from bot.matching.detect import LanguageDetector
from bot.matching.semantic import load_model
from bot.observability import metrics
from bot.observability.health import Loops
from bot.rates import shared_rates
from bot.staff import setup as staff_setup
from bot.staff.desk import StaffDesk
from bot.staff.notices import StaffNotices
from bot.storage import ledger, reply_codec, users
from bot.storage.database import Database
from bot.storage.reach import reach_of
from bot.understanding import Understander
from bot.voice import setup as voice_setup
from bot.web import links as web_links

if TYPE_CHECKING:
    from bot.booking.reminders import ReminderDelivery
    from bot.staff.reload import CatalogueReloader

log = logging.getLogger(__name__)


class Sender(Protocol):
    """What the core needs from a channel to speak first (reminders, a mediator's reply)."""

    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        """Show ``replies`` in the chat (in one of its topics, for the staff group).

        May raise ``DeliveryRefused`` (this can never go), ``ThreadGone`` or ``RetryLater``
        (``bot.dialogue.messages``); anything else means "try again later".
        """
        ...

    async def download(self, media_ref: str) -> bytes:
        """The bytes of a file someone sent, by the channel's ``Inbound.media_ref``.

        Used for catalogue files staff send to the staff group, and for files the handover
        passes to another channel. Telegram: ``getFile`` on the file id, then the download.
        Raises ``FileTooLarge`` (Telegram bots may download up to 20 MB) or ``FileUnavailable``
        (``bot.dialogue.messages``) when asking again will not help; anything else means
        "try again later".
        """
        ...


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
        self.senders: dict[str, Sender] = {}
        self.desk_channel: Desk | None = None  # where mediators answer people (bot/handover)
        self.relay: RelayDelivery | None = None  # the handover's outbox, when it is on
        # Set by open_core for the web desk (bot/web): publishing, the team, cancellations.
        self.reloader: CatalogueReloader | None = None
        self.team: LiveTeam | None = None
        self.reminders: ReminderDelivery | None = None
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

    @property
    def languages(self) -> Sequence[Language]:
        return list(self.dialogue.languages.values())

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
            # Written with others a moment later: one transaction for many turns, not a
            # second one for each (see DeliveryMarks for why nothing can be lost by it).
            self.dialogue.deliveries.add(inbound.channel, inbound.update_id, self.dialogue.clock())

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
        t = self.texts.translator(language)
        commands = [("start", t._("Start")), ("menu", t._("All offers"))]
        if self.dialogue.handles(MY_APPOINTMENTS):
            commands.append(("appointments", t._("My appointments")))
        return [
            *commands,
            ("language", t._("Change language")),
            ("help", t._("Help")),
            ("privacy", t._("My data")),
        ]

    async def mark_unreachable(self, channel: str, chat_id: str) -> None:
        async with self.database.session() as session:
            await users.mark_unreachable(session, channel, chat_id, self.dialogue.clock())

    def register_sender(self, channel: str, sender: Sender) -> None:
        self.senders[channel] = sender

    def register_desk(self, channel: ChannelName, sender: DeskSender) -> None:
        """This process serves the staff chat (``STAFF_CHAT_ID``) on ``channel``: the handover
        opens topics and relays messages there."""
        if self.settings.staff_chat_id is not None:
            self.desk_channel = Desk(channel, ChatId(self.settings.staff_chat_id), sender)

    async def notify_staff(
        self,
        replies: Sequence[Reply],
        session: AsyncSession | None = None,
        *,
        key: str | None = None,
    ) -> None:
        """Post to the staff group (a Telegram group) when one is configured; else do nothing.

        The notice is a durable job (``bot/staff/notices.py``): added in ``session``'s
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


async def warn_about_example_team(core: CoreApp, team: LiveTeam) -> None:
    """Say loudly, in the log and in the staff group, that content/team.yaml has examples."""
    examples = [member.name for member in team.current.members if member.example]
    if not examples:
        return
    log.warning(
        "content/team.yaml: %d example team member(s) (example: true): they have no staff "
        "rights and are never named to people. Replace them with the real team.",
        len(examples),
    )
    text = (
        "⚠️ Beispiel-Team in content/team.yaml: "
        + ", ".join(examples)
        + ". Diese Einträge haben keine Rechte in dieser Gruppe, und ihre Namen sieht niemand."
        " Bitte durch das echte Team ersetzen (example: true löschen)."
    )
    today = core.dialogue.clock().date().isoformat()
    await core.notify_staff([Reply(text=text)], key=f"example-team:{today}")


def load_text_catalogs(settings: Settings) -> tuple[Languages, TextCatalogs]:
    languages = load_languages(settings.locales_dir / "languages.yaml")
    return languages, TextCatalogs(settings.locales_dir, languages, settings.timezone)


@asynccontextmanager
async def open_core(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    detect_languages: bool = True,
    background: bool = True,
) -> AsyncIterator[CoreApp]:
    """Load languages and catalogue, migrate the database, and yield the ready core.

    ``background=False`` is for one-off commands (reports, purge, announce): no content
    watcher and no retention loop next to them.
    """
    languages, texts = load_text_catalogs(settings)
    texts.clock = clock  # dates say "today" and "tomorrow" by the bot's own clock
    model = load_model() if settings.understanding_model else None
    catalogue = LiveCatalogue(settings.content_dir, languages.codes, model, settings.calendar)
    database = Database(settings.database_url)
    await database.start()
    try:
        dialogue = Dialogue(
            database=database,
            catalogue=catalogue,
            texts=texts,
            languages=languages,
            understander=Understander.load(
                settings.locales_dir,
                LanguageDetector(languages.codes) if detect_languages else None,
            ),
            default_language=settings.default_language,
            max_text_length=settings.max_text_length,
            retention_days=settings.retention_days,
            periods=views.KeptFor(
                questions_days=settings.question_log_days,
                relayed_days=settings.relay_retention_days,
            ),
            clock=clock,
        )
        team = LiveTeam(settings.content_dir, languages.codes)

        def is_staff(sender: str | None) -> bool:
            """STAFF_USER_IDS, and every mediator in content/team.yaml who is not an example:
            the shipped example team holds no rights until staff replace it."""
            member = team.current.member(sender)
            real_member = member is not None and not member.example
            return sender in settings.staff_user_ids or real_member

        desk = StaffDesk(is_staff, clock)
        core = CoreApp(settings, database, dialogue, texts, desk)
        core.team = team
        core.job_runner.register(StaffNotices(core))
        # Booking (bot/booking): its buttons and staff commands, and the reminder loop,
        # which stops cleanly when the core closes. Handover (bot/handover): the mediators'
        # commands and the relay loop.
        async with (
            booking_setup.running(core) as core.reminders,
            staff_setup.running(core, background=background) as core.reloader,
            handover_setup.running(core, team, background=background) as core.relay,
            voice_setup.running(core),  # 🔊 buttons, voice notes, /audio (bot/voice)
            running_jobs(core.job_runner.loops(core.loops.beat_for) if background else {}),
        ):
            web_links.register(core)  # /web: a login link for the staff web desk
            if background:
                await warn_about_example_team(core, team)
            try:
                yield core
            finally:
                await dialogue.deliveries.close()
                if core.rates is not None:
                    await core.rates.close()
    finally:
        await database.close()
