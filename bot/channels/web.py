"""Our own web server: one aiohttp application and port for every channel's webhook.

Telegram posts to the path of ``WEBHOOK_URL``, WhatsApp to ``WHATSAPP_WEBHOOK_PATH``; each
channel adds its routes before the server starts. Access logs stay off: a URL can carry a
verification token, and the people behind the requests are nobody's business.
"""

from __future__ import annotations

import json
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from aiohttp import web

MAX_BODY_BYTES = 1024 * 1024
"""Larger request bodies are refused with 413 before they are read to the end."""

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


_LOG = logging.getLogger(__name__)

REFUSALS_BURST = 20
"""Refused webhook calls (wrong secret or signature) one address may make at once..."""
REFUSALS_PER_MINUTE = 10
"""...and then per minute. Beyond that it gets 429 and the log no longer lists each one."""
REFUSALS_ADDRESSES = 10_000
"""Addresses remembered; the least recently refused one is forgotten first (bounded memory)."""


class RefusedCalls:
    """Limits refused webhook calls per source address, for log floods and secret guessing.

    A call with the right secret or signature is always served, even from a limited address:
    behind a reverse proxy every caller shares one address, and Telegram or Meta must never
    be locked out by someone else's refusals.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._budgets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # tokens, when

    def refuse(self, address: str | None, reason: str, log: logging.Logger) -> web.Response:
        """403 while the address has budget left (logged with ``reason``), else 429."""
        key = address or "?"
        now = self._clock()
        tokens, since = self._budgets.pop(key, (float(REFUSALS_BURST), now))
        tokens = min(REFUSALS_BURST, tokens + (now - since) * REFUSALS_PER_MINUTE / 60)
        self._budgets[key] = (max(tokens - 1, -1.0), now)
        if len(self._budgets) > REFUSALS_ADDRESSES:
            self._budgets.popitem(last=False)
        if tokens >= 1:
            log.warning("%s refused", reason)
            return web.Response(status=403)
        if tokens >= 0:  # the budget just ran out: said once, not for every call
            log.warning("%s refused; too many from one address, now answered 429", reason)
        return web.Response(status=429)

    def __len__(self) -> int:
        return len(self._budgets)


def json_body(body: bytes) -> object | None:
    """The JSON value in ``body``; None when it is not JSON, or nested too deep to read
    (``[[[[...`` 100,000 deep is valid JSON, and Python's parser gives up with RecursionError)."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


class WebServer:
    def __init__(self, listen: str, port: int) -> None:
        self._listen = listen
        self._port = port
        self._app = web.Application(client_max_size=MAX_BODY_BYTES)
        self._runner: web.AppRunner | None = None

    @property
    def has_routes(self) -> bool:
        return len(self._app.router.routes()) > 0

    @property
    def port(self) -> int:
        """The port listened on (the real one when started with port 0)."""
        if self._runner is None or not self._runner.addresses:
            return self._port
        return int(self._runner.addresses[0][1])

    def add_route(self, method: str, path: str, handler: Handler) -> None:
        self._app.router.add_route(method, path, handler)

    @asynccontextmanager
    async def serving(self) -> AsyncIterator[WebServer]:
        """Listen inside the block; requests in flight are finished on the way out."""
        self._runner = web.AppRunner(self._app, access_log=None)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self._listen, self._port).start()
            yield self
        finally:
            await self._runner.cleanup()
            self._runner = None
