"""Telegram's webhook route on our web server: only Telegram, which knows the secret, gets in.

An update is processed before the route answers (within :data:`ANSWER_WITHIN_SECONDS`).
Telegram posts one chat's updates one at a time, each after the previous one was answered,
so answering only when the turn is stored and its replies are sent keeps a chat's updates in
order even when they land on different processes.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from telegram import Bot, Update
from telegram.ext import Application

from bot.channels.web import Handler, RefusedCalls, json_body
from bot.observability import metrics

_LOG = logging.getLogger("bot.channels.telegram")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ANSWER_WITHIN_SECONDS = 25.0
"""Telegram does not say how long it waits for our answer; we stay well below a minute. An
update still running then (a long flood wait) finishes after the answer, possibly after the
chat's next update has started elsewhere: order is then kept only within this process."""

Process = Callable[[Update], Awaitable[bool]]
"""Processes one update; False when Telegram should post it again (it was not handled)."""
RETRY_STATUS = 500
"""Telegram posts an update again, later, until it gets a 2xx."""


def webhook_handler(
    bot: Bot, secret: str, process: Process, refusals: RefusedCalls | None = None
) -> Handler:
    """POSTed updates are processed by ``process``; then Telegram gets its 200 (or, for an
    update that could not be handled, an error, so that it posts the update again)."""
    refused = refusals or RefusedCalls()

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            reason = "telegram webhook: request without the right secret"
            metrics.webhook_refused("telegram", "secret")
            return refused.refuse(request.remote, reason, _LOG)
        data = json_body(await request.read())
        try:
            update = Update.de_json(data, bot) if isinstance(data, dict) else None
        except (ValueError, KeyError, TypeError, RecursionError):  # not an update
            update = None
        if update is None:
            metrics.webhook_refused("telegram", "not_an_update")
            return web.Response(status=400)
        if not await process(update):
            return web.Response(status=RETRY_STATUS)
        return web.Response()

    return receive


def processing_in_request(
    application: Application,
    answer_within: float = ANSWER_WITHIN_SECONDS,
    *,
    failed: Callable[[int], bool] = lambda _update_id: False,
) -> Process:
    """Run an update through PTB (our per-chat processor and handlers), waiting for it for at
    most ``answer_within`` seconds; it is never cut short, and ``Application.stop`` waits for
    one still running. ``failed(update_id)``: the handlers could not handle it."""

    async def process(update: Update) -> bool:
        work = application.update_processor.process_update(
            update, application.process_update(update)
        )
        task = application.create_task(work, update=update)
        _, late = await asyncio.wait({task}, timeout=answer_within)
        if late:
            _LOG.warning(
                "telegram update %s still running after %.0f s: answered anyway",
                update.update_id,
                answer_within,
            )
            return True
        return not failed(update.update_id)

    return process
