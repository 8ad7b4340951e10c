"""Telegram channel on python-telegram-bot v22: updates in, the core's replies out.

An adapter only: :mod:`telegram_parse` decides what an update means, the core decides what to
say, :mod:`telegram_send` shows it. This module wires them to PTB: long polling, or webhook
updates from our own web server (:mod:`bot.channels.web`, shared with WhatsApp).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Sequence
from typing import Protocol
from urllib.parse import urlsplit

from telegram import Bot, BotCommand, Update
from telegram.constants import WebhookLimit
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from bot.channels.telegram_limits import RetryingRateLimiter
from bot.channels.telegram_logging import log_polling_error, log_update_error
from bot.channels.telegram_parse import (
    CHANNEL,
    BotBlocked,
    ButtonTap,
    GroupActivity,
    Ignored,
    ToCore,
    parse_update,
)
from bot.channels.telegram_request import SEND_CONNECTIONS, SEND_QUEUE_SECONDS, JsonRequest
from bot.channels.telegram_send import TelegramSender
from bot.channels.telegram_updates import PerChatUpdateProcessor
from bot.channels.telegram_webhook import processing_in_request, webhook_handler
from bot.channels.web import WebServer
from bot.config import Settings
from bot.messages import ChannelName, ChatId, Inbound, Reply, ThreadId
from bot.ports import DeskSender, Sender

_LOG = logging.getLogger(__name__)

MAX_CONCURRENT_UPDATES = 64
"""Chats served at the same time; one chat's updates still run one after another."""
BOOTSTRAP_RETRIES = 5
"""Start-up attempts for deleteWebhook (polling) when the Bot API is briefly unreachable."""
ALLOWED_UPDATES = (
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
)
MIN_WEBHOOK_SECRET_LENGTH = 32
"""Telegram accepts a 1-character secret; anyone could guess that. 32 random characters of
its alphabet (``secrets.token_urlsafe(32)`` gives 43) cannot be guessed."""
_SECRET_TOKEN = re.compile(
    f"[A-Za-z0-9_-]{{{MIN_WEBHOOK_SECRET_LENGTH},{WebhookLimit.MAX_SECRET_TOKEN_LENGTH}}}"
)
"""What we accept as ``secret_token`` for setWebhook: Telegram's alphabet, at least 32 long."""
NOT_SENT = (
    "⚠️ Nicht gesendet: Der Bot konnte diese Nachricht gerade nicht speichern. "
    "Bitte in einer Minute noch einmal senden."
)
"""To a mediator whose message could not be handled (staff texts are German)."""
TELEGRAM_COMMAND_LANGUAGE_LENGTH = 2
"""setMyCommands takes ISO 639-1 codes only; our ``rom`` (Romani) gets the default menu."""


class HasCode(Protocol):
    @property
    def code(self) -> str: ...


class Core(Protocol):
    """What this channel needs from ``bot.core.CoreApp``."""

    @property
    def languages(self) -> Sequence[HasCode]: ...

    async def handle(self, inbound: Inbound) -> list[Reply]: ...

    async def delivered(self, inbound: Inbound) -> None: ...

    def command_menu(self, language: str) -> list[tuple[str, str]]: ...

    async def mark_unreachable(self, channel: ChannelName, chat_id: ChatId) -> None: ...

    def register_sender(self, channel: ChannelName, sender: Sender) -> None: ...

    def register_desk(self, channel: ChannelName, sender: DeskSender) -> None: ...


class TelegramAdapter:
    """Turns every Telegram update into at most one call of the core, and shows the answer."""

    def __init__(
        self,
        core: Core,
        bot: Bot,
        staff_chat_id: str | None = None,
        *,
        redelivered: bool = False,
    ) -> None:
        """``redelivered``: Telegram posts an update again when it gets no 200 (webhook)."""
        self._core = core
        self.sender = TelegramSender(bot, self._blocked)
        self._staff_chat_id = staff_chat_id
        self._redelivered = redelivered
        self._failed: set[int] = set()

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The single PTB handler: every update type the bot subscribes to lands here."""
        event = parse_update(update, context.bot.username)
        match event:
            case ToCore(inbound):
                await self._answer(inbound)
            case ButtonTap(query_id, inbound):
                # The button's spinner is stopped while the turn runs, not before it (a round
                # trip to Telegram the turn need not wait for), and before the answer is sent.
                spinner = asyncio.create_task(_stop_spinner(context.bot, query_id))
                try:
                    await self._answer(inbound, before_sending=spinner)
                finally:
                    await spinner
            case BotBlocked(chat_id):
                await self._blocked(chat_id)
            case GroupActivity(inbound, query_id) if inbound.chat_id == self._staff_chat_id:
                if query_id is not None:
                    with contextlib.suppress(BadRequest):
                        await context.bot.answer_callback_query(query_id)
                await self._staff(update.update_id, inbound)
            case GroupActivity():
                # Any other group: the bot is meant for private chats and the staff group.
                _LOG.debug("telegram update %s from another group: ignored", update.update_id)
            case Ignored(reason):
                _LOG.debug("telegram update %s ignored: %s", update.update_id, reason)

    async def _staff(self, update_id: int, inbound: Inbound) -> None:
        """A staff member's message: never dropped silently. If it could not be handled (the
        database away), Telegram posts it again (webhook: no 200, see :meth:`failed`), or the
        writer is told plainly that it did not go (long polling cannot ask again)."""
        topic = ThreadId(inbound.thread_id) if inbound.thread_id else None
        try:
            replies = await self._core.handle(inbound)
        except Exception as error:
            _LOG.error("telegram staff update %s failed: %s", update_id, type(error).__name__)
            if self._redelivered:
                self._failed.add(update_id)
            else:
                await self.sender.send(inbound.chat_id, [Reply(text=NOT_SENT)], thread_id=topic)
            return
        await self.sender.send(inbound.chat_id, replies, thread_id=topic)
        await self._core.delivered(inbound)

    def failed(self, update_id: int) -> bool:
        """Whether the update could not be handled and Telegram should post it again."""
        if update_id in self._failed:
            self._failed.discard(update_id)
            return True
        return False

    async def _answer(
        self, inbound: Inbound, *, before_sending: Awaitable[None] | None = None
    ) -> None:
        replies = await self._core.handle(inbound)
        if before_sending is not None:
            await before_sending
        await self.sender.send(inbound.chat_id, replies)
        await self._core.delivered(inbound)  # only now: until then a redelivery resends them

    async def _blocked(self, chat_id: ChatId) -> None:
        await self._core.mark_unreachable(CHANNEL, chat_id)


async def _stop_spinner(bot: Bot, query_id: str) -> None:
    """Answer a tap's callback query. A query too old (BadRequest) or a failed request must
    not cost the person their answer: the turn has run, its replies are sent anyway."""
    try:
        await bot.answer_callback_query(query_id)
    except BadRequest:
        pass
    except TelegramError as error:
        _LOG.warning("telegram callback query not answered: %s", type(error).__name__)


def build_application(settings: Settings, token: str) -> Application:
    """The PTB application: rate limits, retries, per-chat ordering, optional local API."""
    builder = (
        ApplicationBuilder()
        .token(token)
        .request(JsonRequest(SEND_CONNECTIONS, pool_timeout=SEND_QUEUE_SECONDS))
        .get_updates_request(JsonRequest(connection_pool_size=1))
        .rate_limiter(RetryingRateLimiter(settings.telegram_max_send_rate))
        .concurrent_updates(PerChatUpdateProcessor(MAX_CONCURRENT_UPDATES))
    )
    if settings.telegram_api_base_url:
        base_url = settings.telegram_api_base_url
        builder = builder.base_url(base_url).base_file_url(file_base_url(base_url))
    return builder.build()


def file_base_url(api_base_url: str) -> str:
    """``http://host:8081/bot`` -> ``http://host:8081/file/bot`` (the Bot API's file route)."""
    root, separator, tail = api_base_url.rpartition("/bot")
    return f"{root}/file/bot{tail}" if separator else api_base_url


async def publish_command_menus(bot: Bot, core: Core, default_language: str) -> None:
    """The ``/`` menu in each person's app language, and a default for all others."""
    menus: list[tuple[str | None, str]] = [(None, default_language)]
    menus += [
        (language.code, language.code)
        for language in core.languages
        if len(language.code) == TELEGRAM_COMMAND_LANGUAGE_LENGTH
    ]
    for telegram_code, language in menus:
        commands = [BotCommand(name, text) for name, text in core.command_menu(language)]
        try:
            await bot.set_my_commands(commands, language_code=telegram_code)
        except TelegramError as error:  # a missing menu must not keep the bot from serving
            scope = telegram_code or "default"
            _LOG.warning("command menu (%s) not set: %s", scope, type(error).__name__)


def attach(
    application: Application,
    core: Core,
    staff_chat_id: str | None = None,
    *,
    redelivered: bool = False,
) -> TelegramAdapter:
    """Route every update through a new adapter; failures are logged without content."""
    adapter = TelegramAdapter(core, application.bot, staff_chat_id, redelivered=redelivered)
    application.add_handler(TypeHandler(Update, adapter.on_update))
    application.add_error_handler(log_update_error)
    return adapter


@contextlib.asynccontextmanager
async def serving(application: Application, *, polling: bool) -> AsyncIterator[None]:
    """Process updates inside the block, polled from Telegram or posted to our web server
    (webhook: processed within the request, see telegram_webhook); stop cleanly after it."""
    await application.start()
    try:
        if polling:
            updater = application.updater
            assert updater is not None  # ApplicationBuilder always makes one
            await updater.start_polling(
                bootstrap_retries=BOOTSTRAP_RETRIES,
                allowed_updates=ALLOWED_UPDATES,
                error_callback=log_polling_error,
            )
        yield
    finally:
        updater = application.updater
        if updater is not None and updater.running:
            await updater.stop()
        await application.stop()


@contextlib.asynccontextmanager
async def running(
    core: Core, settings: Settings, server: WebServer | None
) -> AsyncIterator[Application]:
    """Telegram inside the block: long polling, or (with ``server``) the webhook route on it.

    In webhook mode, call :func:`register_webhook` once the server listens.
    """
    token = settings.telegram_bot_token
    assert token is not None  # checked by check_settings
    application = build_application(settings, token)
    adapter = attach(application, core, settings.staff_chat_id, redelivered=server is not None)
    if server is not None:
        assert settings.webhook_url is not None and settings.webhook_secret is not None
        path = urlsplit(settings.webhook_url).path
        handler = webhook_handler(
            application.bot,
            settings.webhook_secret,
            processing_in_request(application, failed=adapter.failed),
        )
        server.add_route("POST", path, handler)
    async with application:  # initialize (getMe) ... shutdown
        core.register_sender(CHANNEL, adapter.sender)
        core.register_desk(CHANNEL, adapter.sender)  # the staff group, if one is configured
        await publish_command_menus(application.bot, core, settings.default_language)
        async with serving(application, polling=server is None):
            yield application


async def register_webhook(bot: Bot, settings: Settings) -> None:
    """Tell Telegram where to post, and the secret it must send along (``setWebhook``)."""
    assert settings.webhook_url is not None  # checked by check_settings
    await bot.set_webhook(
        url=settings.webhook_url,
        secret_token=settings.webhook_secret,
        allowed_updates=ALLOWED_UPDATES,
        # Updates are answered after processing (see telegram_webhook): more parallel posts.
        max_connections=WebhookLimit.MAX_CONNECTIONS_LIMIT,
    )


def check_settings(settings: Settings, *, webhook: bool) -> None:
    """Refuse to start with webhook settings Telegram would not accept."""
    if not webhook:
        return
    if not settings.webhook_url:
        raise ValueError("webhook mode needs WEBHOOK_URL (the public https URL Telegram posts to)")
    if not _SECRET_TOKEN.fullmatch(settings.webhook_secret or ""):
        raise ValueError(
            "webhook mode needs WEBHOOK_SECRET: "
            f"{MIN_WEBHOOK_SECRET_LENGTH}-{WebhookLimit.MAX_SECRET_TOKEN_LENGTH} "
            "characters A-Z, a-z, 0-9, _ and - "
            "(make one: python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
