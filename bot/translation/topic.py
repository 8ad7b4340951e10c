"""Translation beside each message in a person's topic, and ``/tr`` for a mediator's reply.

Only with ``LIBRETRANSLATE_URL`` (a self-hosted LibreTranslate: people's texts never go to a
cloud service). The relay is never held up by it: a person's message goes to the topic as it
always did, and once it is there a durable job (``bot/jobs.py``) asks the server and posts the
German under it. A slow or absent server makes the job try again (1, 2, 4, 8 s); after
:data:`GIVE_UP_AFTER` tries the topic says the translation is missing. ``/tr TEXT`` works the
other way round: the mediator's German stays in the topic as written, a job translates it and
queues it for the person in the relay outbox, and the topic shows what was sent.

Romani has no machine translation (LibreTranslate has no model): the topic says so once per
case, and ``/tr`` points to the quick replies, which staff wrote in Romani.

Privacy: texts are never logged; a job names the relayed message by its row id (that row goes
with "delete my data" and the relay retention), a ``/tr`` job holds the mediator's German;
"delete my data" deletes both kinds still waiting (they sit in the person's lanes), and the
translations posted in the topic go with the topic. The jobs carry no ``user_id`` on purpose:
the process serving the staff chat may not reach the person (a terminal mediator next to a
terminal person, WhatsApp on another worker), and neither kind needs to.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from contextlib import suppress
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from bot.handover import cases
from bot.handover.outbox import Kind, Letter, Outbox
from bot.handover.relay import RelayDelivery
from bot.handover.views import MEDIATOR_REPLY
from bot.jobs import Claimed, Handler, NewJob, Outcome
from bot.messages import PURPOSE, Reply, ThreadGone, ThreadId
from bot.staff_desk import StaffDesk, StaffTurn
from bot.storage.models import HandoverCase, Job, RelayMessage, User
from bot.translation.client import LanguageNotOffered, LibreTranslate, TranslationUnavailable

if TYPE_CHECKING:
    from bot.core import FeatureContext
    from bot.handover.staff_commands import StaffHandover

log = logging.getLogger(__name__)

TRANSLATE_IN = "translate_in"  # a person's message: its German under it in the topic
TRANSLATE_OUT = "translate_out"  # a mediator's /tr: translated, then sent to the person
KINDS = (TRANSLATE_IN, TRANSLATE_OUT)
GERMAN = "de"
NO_MACHINE_TRANSLATION = frozenset({"rom"})
"""Languages no LibreTranslate model exists for: the topic says so instead of trying."""
GIVE_UP_AFTER = 5
"""Tries before a translation is marked missing (the waits between them: 1 + 2 + 4 + 8 s)."""
QUOTE_CHARS = 40
"""How much of the original a translation quotes, so it is clear which message it belongs to."""

NOT_IN_A_TOPIC = "/tr geht nur im Thema einer Person mit offenem Chat. /queue zeigt die offenen."
USAGE = "/tr TEXT – auf Deutsch schreiben; die Person bekommt es in ihrer Sprache."
NO_ROMANI = (
    "🌐 Für {language} gibt es keine maschinelle Übersetzung. Nachrichten bleiben "
    "unübersetzt. Fertige Sätze in {language}: /antwort."
)
NOT_OFFERED = (
    "🌐 Der Übersetzungsserver kann {language} nicht übersetzen (kein Sprachmodell). "
    "Nachrichten bleiben unübersetzt."
)
MISSING = "🌐 Übersetzung fehlt: der Übersetzungsserver hat nicht geantwortet."
NOT_SENT = (
    "⚠️ /tr: der Übersetzungsserver hat nicht geantwortet, an die Person ging nichts. "
    "Bitte später noch einmal, selbst schreiben oder /antwort."
)
CHAT_ENDED = "⚠️ /tr: nicht geschickt, der Chat ist inzwischen beendet."
NOT_SET_UP = (
    "🌐 /tr: hier ist keine maschinelle Übersetzung eingerichtet (LIBRETRANSLATE_URL), "
    "an die Person ging nichts. Bitte selbst in ihrer Sprache schreiben oder /antwort."
)


OFFER_CHECK_SECONDS = 1.5
"""How long a person's "talk to a person" waits for the server's language list (asked at
most once an hour); no answer by then: they are not told about translation."""


def translates_for_team(client: LibreTranslate) -> Callable[[str], Awaitable[bool]]:
    """Whether the German of a person's messages in ``language`` will stand beside them in
    the topic: the server has the language now (Romani has no model; German needs none)."""

    async def translates(language: str) -> bool:
        if language in NO_MACHINE_TRANSLATION or language == GERMAN:
            return False
        try:
            return await asyncio.wait_for(client.offers(language), OFFER_CHECK_SECONDS)
        except (TranslationUnavailable, TimeoutError):
            return False

    return translates


def register_without_server(desk: StaffDesk) -> None:
    """Without a server ``/tr`` still answers, so a mediator who learnt it is not left with
    "unknown command" and does not think the person got something."""

    async def not_set_up(_turn: StaffTurn) -> list[Reply]:
        return [Reply(text=NOT_SET_UP)]

    desk.on_command("tr", not_set_up, "TEXT: Übersetzung (hier nicht eingerichtet)")


class TopicTranslations:
    """The feature: a hook after the relay, two job kinds and the ``/tr`` command."""

    def __init__(
        self, core: FeatureContext, outbox: Outbox, handover: StaffHandover, client: LibreTranslate
    ) -> None:
        self.core = core
        self.outbox = outbox
        self.handover = handover
        self.client = client

    def install(self, relay: RelayDelivery) -> None:
        relay.after_delivery.append(self.after_relayed)
        self.core.job_runner.register(IncomingTranslations(self))
        self.core.job_runner.register(OutgoingTranslations(self))
        self.core.dialogue.eraser.add(self.forget)
        self.core.desk.on_command(
            "tr", self.tr, "TEXT: auf Deutsch, die Person bekommt es übersetzt"
        )

    async def forget(self, session: AsyncSession, user: User, now: datetime) -> None:
        """Erase part: translations still waiting for the server go with the person."""
        lanes = [_lane_in(user.id), _lane_out(user.id)]
        await session.execute(delete(Job).where(Job.lane.in_(lanes), Job.kind.in_(KINDS)))

    def language_de(self, code: str) -> str:
        languages = self.core.dialogue.languages
        return languages.name_in(code, GERMAN) if code in languages else code

    # -- a person's message, once it is in the topic ---------------------------------------------

    async def after_relayed(self, session: AsyncSession, letter: Letter, now: datetime) -> None:
        """Queue the German of a person's message that just reached the topic."""
        row, case = letter.row, letter.case
        if not row.to_staff or row.kind != Kind.RELAY or case is None:
            return
        if not (row.text or "").strip() or case.language == GERMAN:
            return
        lane = _lane_in(case.user_id)
        if case.language in NO_MACHINE_TRANSLATION:
            job = NewJob(
                TRANSLATE_IN,
                {"case": case.id, "note": NO_ROMANI},
                key=f"tr-none:{case.id}",  # once per case
                lane=lane,
            )
        else:
            job = NewJob(
                TRANSLATE_IN,
                {"case": case.id, "row": row.id},
                key=f"tr-in:{row.id}",
                lane=lane,
            )
        await self.core.jobs.add(session, job, now)

    async def translate_in(self, job: Claimed) -> str:
        async with self.core.database.session() as session:
            case = await session.get(HandoverCase, job.payload["case"])
            topic = None if case is None else await cases.topic_of(session, case.user_id)
            row_id = job.payload.get("row")
            row = None if row_id is None else await session.get(RelayMessage, row_id)
        if case is None or topic is None:
            return Outcome.DONE  # the person deleted their data meanwhile
        language = self.language_de(case.language)
        note = job.payload.get("note")
        if note is not None:
            return await self._post(topic.thread_id, str(note).format(language=language))
        if row is None or not row.text:
            return Outcome.DONE  # erased, or past the retention
        try:
            german = await self.client.translate(row.text, case.language, GERMAN)
        except LanguageNotOffered:
            await self._once_per_case(case, NOT_OFFERED)
            return Outcome.DONE
        except TranslationUnavailable as error:
            log.warning("translation of a message failed: %s", error)
            if job.attempts < GIVE_UP_AFTER:
                raise
            return await self._post(topic.thread_id, MISSING + f" ({_quote(row.text)})")
        return await self._post(topic.thread_id, f"🌐 {_quote(row.text)}\n🇩🇪 {german}")

    async def _once_per_case(self, case: HandoverCase, note: str) -> None:
        async with self.core.database.session() as session:
            job = NewJob(
                TRANSLATE_IN,
                {"case": case.id, "note": note},
                key=f"tr-none:{case.id}",
                lane=_lane_in(case.user_id),
            )
            await self.core.jobs.add(session, job, self.core.dialogue.clock())

    async def _post(self, thread_id: str, text: str) -> str:
        desk = self.core.desk_channel()
        assert desk is not None  # the handler is ready only with one
        # The topic went (deleted data, or by hand): nothing to put it under.
        with suppress(ThreadGone):
            await desk.sender.send(desk.chat_id, [Reply(text=text)], thread_id=ThreadId(thread_id))
        return Outcome.DONE

    # -- a mediator's reply ----------------------------------------------------------------------

    async def tr(self, turn: StaffTurn) -> list[Reply]:
        """``/tr TEXT``: the German stays in the topic; the person gets it translated."""
        german = turn.argument.strip()
        if not german:
            return [Reply(text=USAGE)]
        async with self.core.database.session() as session:
            case = await self._case_of_topic(session, turn)
            if case is None:
                return [Reply(text=NOT_IN_A_TOPIC)]
            if case.language in NO_MACHINE_TRANSLATION:
                language = self.language_de(case.language)
                return [Reply(text=NO_ROMANI.format(language=language) + " Nichts gesendet.")]
            await self.handover.take_by_writing(session, turn, case)
            if case.language == GERMAN:  # nothing to translate: it goes as written
                self.outbox.notice(session, case, _from_the_team(german, rtl=False), turn.now)
                return [Reply(text="Die Person liest Deutsch: ohne Übersetzung geschickt.")]
            job = NewJob(
                TRANSLATE_OUT,
                {"case": case.id, "text": german},
                lane=_lane_out(case.user_id),  # the mediator's replies in the order written
            )
            await self.core.jobs.add(session, job, turn.now)
        return []

    async def translate_out(self, job: Claimed) -> str:
        case_id, german = job.payload["case"], str(job.payload["text"])
        async with self.core.database.session() as session:
            case = await session.get(HandoverCase, case_id)
        if case is None:
            return Outcome.DONE  # the person deleted their data meanwhile
        try:
            translated = await self.client.translate(german, GERMAN, case.language)
        except LanguageNotOffered:
            await self._note(case, NOT_OFFERED.format(language=self.language_de(case.language)))
            return Outcome.DONE
        except TranslationUnavailable as error:
            log.warning("translation of a reply failed: %s", error)
            if job.attempts < GIVE_UP_AFTER:
                raise
            await self._note(case, NOT_SENT)
            return Outcome.DONE
        async with self.core.database.session() as session:
            fresh = await session.get(HandoverCase, case_id)
            if fresh is None:
                return Outcome.DONE
            now = self.core.dialogue.clock()
            if fresh.closed_at is not None:
                self.outbox.to_staff(session, fresh, Kind.NOTE, now, CHAT_ENDED)
                return Outcome.DONE
            rtl = self.core.dialogue.languages[fresh.language].rtl
            self.outbox.notice(session, fresh, _from_the_team(translated, rtl=rtl), now)
            language = self.language_de(fresh.language)
            sent = f"🌐 An die Person geschickt ({language}):\n{translated}"
            self.outbox.to_staff(session, fresh, Kind.NOTE, now, sent)
        return Outcome.DONE

    async def _note(self, case: HandoverCase, text: str) -> None:
        async with self.core.database.session() as session:
            fresh = await session.get(HandoverCase, case.id)
            if fresh is not None:
                self.outbox.to_staff(session, fresh, Kind.NOTE, self.core.dialogue.clock(), text)

    async def _case_of_topic(self, session: AsyncSession, turn: StaffTurn) -> HandoverCase | None:
        if turn.inbound.thread_id is None:
            return None
        owner = await cases.topic_owner(session, turn.inbound.thread_id)
        return None if owner is None else await cases.open_case_of(session, owner)


class IncomingTranslations(Handler):
    """Posts the German of a person's message under it, from the process with the staff chat."""

    kind = TRANSLATE_IN
    parallel = 4  # several people at once; one person's in order (their lane)

    def __init__(self, feature: TopicTranslations) -> None:
        self.feature = feature

    def ready(self) -> bool:
        return self.feature.core.desk_channel() is not None

    async def run(self, job: Claimed) -> str:
        return await self.feature.translate_in(job)


class OutgoingTranslations(Handler):
    """Translates a mediator's ``/tr`` and hands it to the relay outbox (any process)."""

    kind = TRANSLATE_OUT
    parallel = 4

    def __init__(self, feature: TopicTranslations) -> None:
        self.feature = feature

    async def run(self, job: Claimed) -> str:
        return await self.feature.translate_out(job)


def _lane_in(user_id: int) -> str:
    return f"tr:{user_id}"


def _lane_out(user_id: int) -> str:
    return f"tr-out:{user_id}"


def _quote(text: str) -> str:
    """The start of the original, on one line: which message a translation belongs to."""
    line = " ".join(text.split())
    return f"„{line if len(line) <= QUOTE_CHARS else line[: QUOTE_CHARS - 1] + '…'}“"


def _from_the_team(text: str, *, rtl: bool) -> Reply:
    return Reply(text=text, rtl=rtl, extras={PURPOSE: MEDIATOR_REPLY})
