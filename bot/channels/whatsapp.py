"""WhatsApp channel on the Cloud API: webhook deliveries in, the core's replies out.

An adapter only: :mod:`whatsapp_webhook` checks who is knocking, :mod:`whatsapp_parse`
decides what a payload means, the core decides what to say, :mod:`whatsapp_send` shows it.
The webhook answers Meta at once; each person's messages are then answered in order, many
people at the same time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import traceback
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
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
from bot.dialogue.messages import ChatId, DeliveryRefused, Inbound, InboundKind, Reply
from bot.handover.held import reply_held
from bot.storage import whatsapp as store
from bot.storage.database import Database

if TYPE_CHECKING:
    from bot.app import CoreApp

_LOG = logging.getLogger(__name__)

MAX_PENDING_MESSAGES = 1000
"""Messages taken in but not yet answered; beyond this Meta is asked to deliver later (503)."""
MAX_CONCURRENT_CHATS = 64
"""People answered at the same time; one person's messages still go one after another."""
DRAIN_SECONDS = 10.0
"""At shutdown, how long messages taken in may still be answered."""
PRUNE_SECONDS = 3600.0

Handle = Callable[[Inbound], Awaitable[list[Reply]]]
Message = ToCore | TemplateTap


class WhatsAppAdapter:
    """Takes verified payloads in, answers each message once, records delivery statuses."""

    def __init__(
        self,
        handle: Handle,
        sender: WhatsAppSender,
        database: Database,
        clock: Callable[[], datetime],
        phone_number_id: str,
        *,
        show_phone: bool = False,
        max_pending: int = MAX_PENDING_MESSAGES,
    ) -> None:
        self._handle = handle
        self._sender = sender
        self._database = database
        self._clock = clock
        self._number = phone_number_id
        self._show_phone = show_phone
        self._max_pending = max_pending
        self._queues: dict[ChatId, deque[Message]] = {}
        self._workers: dict[ChatId, asyncio.Task[None]] = {}
        self._pending = 0
        self._slots = asyncio.Semaphore(MAX_CONCURRENT_CHATS)

    async def accept(self, payload: dict[str, Any]) -> bool:
        """Take one verified payload in; False (nothing taken) when too much is waiting."""
        events = parse_payload(payload, self._number, show_phone=self._show_phone)
        arriving = sum(isinstance(event, ToCore | TemplateTap) for event in events)
        if self._pending + arriving > self._max_pending:
            _LOG.warning("whatsapp: %d messages waiting; Meta is asked to retry", self._pending)
            return False
        fresh: list[Message] = []
        async with self._database.session() as session:
            now = self._clock()
            for event in events:
                match event:
                    case ToCore() | TemplateTap():
                        if await store.first_time(session, event.wamid, now):
                            fresh.append(event)
                    case StatusUpdate(wamid, status, at, code):
                        known = await store.record_status(session, wamid, status, at, code)
                        if status == "failed" and known:
                            _LOG.warning("whatsapp message not delivered: error code %s", code)
                    case Ignored(reason):
                        _LOG.debug("whatsapp event ignored: %s", reason)
        for message in fresh:  # after the commit: a retry now finds the ids taken
            self._enqueue(message)
        return True

    async def drain(self, timeout: float) -> None:  # noqa: ASYNC109 - a deadline for shutdown
        """Let the messages taken in be answered, for at most ``timeout`` seconds."""
        workers = list(self._workers.values())
        if not workers:
            return
        _, late = await asyncio.wait(workers, timeout=timeout)
        for worker in late:
            worker.cancel()
        await asyncio.gather(*late, return_exceptions=True)

    def _enqueue(self, message: Message) -> None:
        chat = message.inbound.chat_id
        self._queues.setdefault(chat, deque()).append(message)
        self._pending += 1
        if chat not in self._workers:
            self._workers[chat] = asyncio.create_task(self._work(chat), name="whatsapp-chat")

    async def _work(self, chat: ChatId) -> None:
        """Answer one person's messages in arrival order; the task ends when none is left."""
        queue = self._queues[chat]
        try:
            while queue:
                async with self._slots:
                    await self._answer_logged(queue[0])
                queue.popleft()
                self._pending -= 1
        finally:
            self._pending -= len(queue)
            del self._queues[chat], self._workers[chat]

    async def _answer_logged(self, message: Message) -> None:
        try:
            await self._answer(message)
        except (WhatsAppApiError, DeliveryRefused) as error:
            _LOG.error("whatsapp answer not sent: %s", _api_failure(error))
        except Exception as error:  # one failed message must not stop the person's next ones
            frames = traceback.extract_tb(error.__traceback__)
            where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
            _LOG.error("whatsapp message failed: %s at %s", type(error).__name__, where)

    async def _answer(self, message: Message) -> None:
        inbound = message.inbound
        # They wrote: the window is open again, and what waited for them goes first.
        delivered = await self._sender.deliver_held(inbound.chat_id)
        if isinstance(message, TemplateTap) and delivered:
            return  # the template's button asked for exactly that
        page = parse_more(inbound.action) if inbound.kind is InboundKind.ACTION else None
        if page is not None and await self._sender.show_menu_page(inbound.chat_id, *page):
            return
        replies = await self._handle(inbound)
        await self._sender.send(inbound.chat_id, replies)


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
    )
    server.add_route("GET", whatsapp.webhook_path, verification_handler(whatsapp.verify_token))
    server.add_route(
        "POST", whatsapp.webhook_path, updates_handler(whatsapp.app_secret, adapter.accept)
    )
    core.register_sender(CHANNEL, sender)
    sender.on_held.append(partial(_tell_mediator, core))
    pruning = asyncio.create_task(_prune_regularly(core.database, core.dialogue.clock))
    try:
        yield sender
    finally:
        pruning.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await pruning
        await adapter.drain(DRAIN_SECONDS)
        await sender.aclose()


async def _tell_mediator(core: CoreApp, notice: HeldNotice) -> None:
    """A mediator whose reply waits hears it in the person's topic (when there is a case)."""
    await reply_held(core, CHANNEL, notice.chat_id, notice.template)


async def _prune_regularly(database: Database, clock: Callable[[], datetime]) -> None:
    while True:
        try:
            async with database.session() as session:
                await store.prune(session, clock())
        except Exception as error:  # a database hiccup: try again next time
            _LOG.error("whatsapp pruning failed: %s", type(error).__name__)
        await asyncio.sleep(PRUNE_SECONDS)
