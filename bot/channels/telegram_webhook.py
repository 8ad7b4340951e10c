"""Telegram's webhook route on our web server: only Telegram, which knows the secret, gets in."""

from __future__ import annotations

import hmac
import logging

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.channels.web import Handler

_LOG = logging.getLogger("bot.channels.telegram")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_handler(application: Application, secret: str) -> Handler:
    """POSTed updates go to PTB's update queue, as PTB's own webhook server would do."""

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            _LOG.warning("telegram webhook: request without the right secret refused")
            return web.Response(status=403)
        try:
            data = await request.json()
            update = Update.de_json(data, application.bot) if isinstance(data, dict) else None
        except (ValueError, KeyError, TypeError):  # not JSON, or not an update
            update = None
        if update is None:
            return web.Response(status=400)
        await application.update_queue.put(update)
        return web.Response()

    return receive
