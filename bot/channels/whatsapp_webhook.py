"""WhatsApp's webhook routes: Meta's verification, and signed update deliveries.

Every POST must carry ``X-Hub-Signature-256``, the HMAC-SHA256 of the raw body with the app
secret; anything else is refused before its content is looked at, and logged without it.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.channels.web import Handler, RefusedCalls, json_body
from bot.observability import metrics

_LOG = logging.getLogger("bot.channels.whatsapp")

SIGNATURE_HEADER = "X-Hub-Signature-256"
SIGNATURE_PREFIX = "sha256="

Accept = Callable[[dict[str, Any]], Awaitable[bool]]
"""Stores a verified payload; False or an error when it could not (Meta then retries later)."""


def verification_handler(verify_token: str, refusals: RefusedCalls | None = None) -> Handler:
    """``GET``: Meta checks the webhook URL by asking us to echo ``hub.challenge``."""
    refused = refusals or RefusedCalls()

    async def verify(request: web.Request) -> web.Response:
        given = request.query.get("hub.verify_token", "")
        if request.query.get("hub.mode") == "subscribe" and hmac.compare_digest(
            given.encode(), verify_token.encode()
        ):
            return web.Response(text=request.query.get("hub.challenge", ""))
        reason = "whatsapp webhook: verification with a wrong token"
        metrics.webhook_refused("whatsapp", "verify_token")
        return refused.refuse(request.remote, reason, _LOG)

    return verify


def updates_handler(
    app_secret: str, accept: Accept, refusals: RefusedCalls | None = None
) -> Handler:
    """``POST``: signed update deliveries; 403 unsigned (429 when one address keeps sending
    those), 413 too big, 400 not JSON, 503 not stored (the database is away): only a stored
    message gets its 200."""
    refused = refusals or RefusedCalls()

    async def receive(request: web.Request) -> web.Response:
        try:
            body = await request.read()  # stops at web.MAX_BODY_BYTES
        except web.HTTPRequestEntityTooLarge:
            _LOG.warning("whatsapp webhook: oversized request refused")
            metrics.webhook_refused("whatsapp", "too_large")
            return web.Response(status=413)
        problem = signature_problem(app_secret, body, request.headers.get(SIGNATURE_HEADER))
        if problem is not None:
            reason = f"whatsapp webhook: request with {problem} ({len(body)} bytes)"
            metrics.webhook_refused("whatsapp", "signature")
            return refused.refuse(request.remote, reason, _LOG)
        payload = json_body(body)
        if not isinstance(payload, dict):
            _LOG.warning("whatsapp webhook: signed request that is no JSON object refused")
            metrics.webhook_refused("whatsapp", "not_json")
            return web.Response(status=400)
        try:
            stored = await accept(payload)
        except Exception as error:  # not stored: Meta must deliver it again
            _LOG.error("whatsapp webhook: delivery not stored: %s", type(error).__name__)
            stored = False
        return web.Response() if stored else web.Response(status=503)

    return receive


def signature_problem(app_secret: str, body: bytes, header: str | None) -> str | None:
    """None for a valid signature; else what is wrong with it, for the log."""
    if not header:
        return "no signature"
    if not header.startswith(SIGNATURE_PREFIX):
        return "a malformed signature"
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), header.removeprefix(SIGNATURE_PREFIX).encode()):
        return "a wrong signature"
    return None
