"""WhatsApp channel on the Cloud API: webhook deliveries in, the core's replies out.

An adapter only: :mod:`whatsapp_webhook` checks who is knocking, :mod:`whatsapp_parse`
decides what a payload means, the core decides what to say, :mod:`whatsapp_send` shows it.
Meta wants its 200 fast, so a message is stored in the turn ledger first (then the 200), and
answered from there by :class:`bot.intake.Intake`: in order per person, many people at the
same time, and after a crash or a restart too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from bot.channels.web import WebServer
from bot.channels.whatsapp_client import WhatsAppApiError, WhatsAppClient
from bot.channels.whatsapp_pacing import Pacer
from bot.channels.whatsapp_parse import (
    CHANNEL,
    Ignored,
    StatusUpdate,
    TemplateTap,
    ToCore,
    parse_payload,
)
from bot.channels.whatsapp_render import parse_more
from bot.channels.whatsapp_send import HeldNotice, WhatsAppSender
from bot.channels.whatsapp_webhook import updates_handler, verification_handler
from bot.channels.whatsapp_window import Templates, load_templates
from bot.config import PROJECT_ROOT, Settings, WhatsAppSettings, running_from_checkout
from bot.intake import MAX_QUEUED, MAX_SENDING, Delivery, Intake
from bot.messages import ChatId, DeliveryRefused, Inbound, InboundKind, Reply
from bot.storage import ledger
from bot.storage import whatsapp as store
from bot.storage.database import Database
from bot.storage.ledger import Entry

if TYPE_CHECKING:
    from bot.core import CoreApp

_LOG = logging.getLogger(__name__)

STOP_SECONDS = 1.0
"""At shutdown, how long answers already being worked on may still finish; the rest waits
in the ledger for the next start."""
PRUNE_SECONDS = 3600.0
MAX_AGE = ledger.KEEP_IDS_BY_CHANNEL[CHANNEL]
"""Older messages are refused: their id may be forgotten, so a replayed one (a captured
signed body) would otherwise be processed again."""


class Handle(Protocol):
    async def __call__(self, inbound: Inbound, *, apologise: bool = True) -> list[Reply]: ...


Message = ToCore | TemplateTap


class WhatsAppAdapter:
    """Stores verified messages before Meta's 200, answers each once, records statuses."""

    def __init__(
        self,
        handle: Handle,
        sender: WhatsAppSender,
        database: Database,
        clock: Callable[[], datetime],
        phone_number_id: str,
        *,
        show_phone: bool = False,
        instance: str | None = None,
        max_pending: int = MAX_QUEUED,
        max_sending: int = MAX_SENDING,
    ) -> None:
        self._handle = handle
        self._sender = sender
        self._database = database
        self._clock = clock
        self._number = phone_number_id
        self._show_phone = show_phone
        self.intake = Intake(
            database,
            CHANNEL,
            clock,
            self._work,
            instance=instance or socket.gethostname(),
            max_queued=max_pending,
            max_sending=max_sending,
        )

    async def accept(self, payload: dict[str, Any]) -> bool:
        """Store one verified payload's messages (then Meta may have its 200) and queue them.

        Raises when the database cannot take them: Meta then delivers again later.
        """
        events = parse_payload(payload, self._number, show_phone=self._show_phone)
        stored: list[tuple[int, ChatId]] = []
        async with self._database.session() as session:
            now = self._clock()
            for event in events:
                match event:
                    case ToCore() | TemplateTap() if _too_old(event, now):
                        _LOG.warning("whatsapp message older than %d days refused", MAX_AGE.days)
                    case ToCore() | TemplateTap():
                        key = store.wamid_key(event.wamid)
                        entry_id = await ledger.receive(
                            session,
                            CHANNEL,
                            key,
                            event.inbound.chat_id,
                            _to_json(event, key),
                            now,
                            claimed_by=self.intake.instance,
                            claim_until=self.intake.claim_until(now),
                        )
                        if entry_id is not None:
                            stored.append((entry_id, event.inbound.chat_id))
                    case StatusUpdate(wamid, status, at, code):
                        known = await store.record_status(session, wamid, status, at, code)
                        if status == "failed" and known:
                            _LOG.warning("whatsapp message not delivered: error code %s", code)
                    case Ignored(reason):
                        _LOG.debug("whatsapp event ignored: %s", reason)
        for entry_id, chat in stored:  # after the commit: a crash from now on loses nothing
            self.intake.enqueue(entry_id, chat)
        return True

    async def _work(self, entry: Entry, last_attempt: bool) -> Delivery | None:
        """Answer one stored message, or send the replies its stored turn still owes."""
        if entry.chat_id is None:
            return None  # the person deleted their data meanwhile
        chat = ChatId(entry.chat_id)
        try:
            if entry.processed:  # a crash came after the turn was stored, before its replies
                replies = entry.replies
            elif entry.inbound is not None:
                replies = await self._respond(_from_json(entry.inbound), last_attempt)
            else:
                return None
        except (WhatsAppApiError, DeliveryRefused) as error:
            _LOG.error("whatsapp answer not sent: %s", _api_failure(error))
            return None
        return partial(self._send, chat, replies) if replies else None

    async def _send(self, chat: ChatId, replies: list[Reply]) -> None:
        try:
            await self._sender.send(chat, replies)
        except (WhatsAppApiError, DeliveryRefused) as error:
            _LOG.error("whatsapp answer not sent: %s", _api_failure(error))

    async def _respond(self, message: Message, last_attempt: bool) -> list[Reply]:
        inbound = message.inbound
        # They wrote: the window is open again, and what waited for them goes first.
        delivered = await self._sender.deliver_held(inbound.chat_id)
        if isinstance(message, TemplateTap) and delivered:
            return []  # the template's button asked for exactly that
        page = parse_more(inbound.action) if inbound.kind is InboundKind.ACTION else None
        if page is not None and await self._sender.show_menu_page(inbound.chat_id, *page):
            return []
        # Until the last attempt a failed turn raises: the message is tried again, unanswered.
        return await self._handle(inbound, apologise=last_attempt)


def _sends_per_second(messages_per_second: float) -> int:
    if messages_per_second <= 0:  # not paced
        return MAX_SENDING
    return max(1, int(messages_per_second))


def _too_old(message: Message, now: datetime) -> bool:
    return message.sent_at is not None and message.sent_at < now - MAX_AGE


def _to_json(message: Message, key: str) -> dict[str, Any]:
    inbound = replace(message.inbound, update_id=key)  # the turn marks this row processed
    return {
        "inbound": ledger.inbound_to_json(inbound),
        "template_tap": isinstance(message, TemplateTap),
    }


def _from_json(data: dict[str, Any]) -> Message:
    inbound = ledger.inbound_from_json(data["inbound"])
    return TemplateTap("", inbound) if data.get("template_tap") else ToCore("", inbound)


def _api_failure(error: WhatsAppApiError | DeliveryRefused) -> str:
    cause = error if isinstance(error, WhatsAppApiError) else error.__cause__
    if isinstance(cause, WhatsAppApiError):
        return f"HTTP {cause.status}, error code {cause.code}"
    return type(error).__name__


def check_settings(settings: Settings) -> Templates:
    """Refuse to start with settings that cannot work; the templates, read and checked."""
    whatsapp = settings.whatsapp
    assert whatsapp is not None
    if not whatsapp.app_secret:
        raise ValueError(
            "WhatsApp needs WHATSAPP_APP_SECRET: without it no delivery can be trusted"
        )
    if not whatsapp.verify_token:
        raise ValueError(
            "WhatsApp needs WHATSAPP_VERIFY_TOKEN (a long random text, also set in the Meta app)"
        )
    if not whatsapp.webhook_path.startswith("/"):
        raise ValueError("WHATSAPP_WEBHOOK_PATH must start with /")
    if settings.webhook_url and urlsplit(settings.webhook_url).path == whatsapp.webhook_path:
        raise ValueError(
            "WHATSAPP_WEBHOOK_PATH must differ from the path of WEBHOOK_URL (Telegram)"
        )
    # a relative file name: the checkout's folder, or (installed) where the bot was started
    return load_templates(whatsapp.templates, PROJECT_ROOT if running_from_checkout() else Path())


def build_sender(core: CoreApp, whatsapp: WhatsAppSettings, templates: Templates) -> WhatsAppSender:
    client = WhatsAppClient(whatsapp.api_base_url, whatsapp.phone_number_id, whatsapp.access_token)
    pacer = Pacer(
        whatsapp.messages_per_second,
        whatsapp.recipient_interval_seconds,
        whatsapp.recipient_burst,
        shared=core.rates,
    )
    default = core.settings.default_language

    def languages(code: str | None, format_choice: str | None) -> tuple[str, ...]:
        if code is None or code not in core.dialogue.languages:
            return (default,)
        return (*core.texts.chain(code, format_choice), default)

    return WhatsAppSender(
        client, pacer, core.database, templates, languages=languages, clock=core.dialogue.clock
    )


@contextlib.asynccontextmanager
async def running(
    core: CoreApp, server: WebServer, templates: Templates
) -> AsyncIterator[WhatsAppSender]:
    """WhatsApp inside the block: routes on ``server``, a sender for the core, regular pruning.

    ``templates`` come from :func:`check_settings`, which the caller ran before starting.
    """
    whatsapp = core.settings.whatsapp
    assert whatsapp is not None and whatsapp.app_secret and whatsapp.verify_token
    sender = build_sender(core, whatsapp, templates)
    adapter = WhatsAppAdapter(
        core.handle,
        sender,
        core.database,
        core.dialogue.clock,
        whatsapp.phone_number_id,
        show_phone=whatsapp.show_phone_to_staff,
        # Only one process can listen on a host's port: a restart there takes its rows back.
        instance=f"{socket.gethostname()}:{core.settings.port}",
        # About a second's worth of sends: a stop waits for no more than that.
        max_sending=_sends_per_second(whatsapp.messages_per_second),
    )
    server.add_route("GET", whatsapp.webhook_path, verification_handler(whatsapp.verify_token))
    server.add_route(
        "POST", whatsapp.webhook_path, updates_handler(whatsapp.app_secret, adapter.accept)
    )
    core.register_sender(CHANNEL, sender)
    sender.on_held.append(partial(_tell_mediator, core))
    await adapter.intake.start()  # what a crashed or stopped process left goes first
    pruning = asyncio.create_task(_prune_regularly(core.database, core.dialogue.clock))
    try:
        yield sender
    finally:
        pruning.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await pruning
        await adapter.intake.stop(STOP_SECONDS)
        await sender.aclose()


async def _tell_mediator(core: CoreApp, notice: HeldNotice) -> None:
    """A mediator whose reply waits hears it in the person's topic (when there is a case)."""
    await core.reply_held(CHANNEL, notice.chat_id, notice.template)


async def _prune_regularly(database: Database, clock: Callable[[], datetime]) -> None:
    while True:
        try:
            async with database.session() as session:
                await store.prune(session, clock())
        except Exception as error:  # a database hiccup: try again next time
            _LOG.error("whatsapp pruning failed: %s", type(error).__name__)
        await asyncio.sleep(PRUNE_SECONDS)
