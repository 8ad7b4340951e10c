"""Our own web server: one aiohttp application and port for every channel's webhook.

Telegram posts to the path of ``WEBHOOK_URL``, WhatsApp to ``WHATSAPP_WEBHOOK_PATH``; each
channel adds its routes before the server starts. Access logs stay off: a URL can carry a
verification token, and the people behind the requests are nobody's business.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from aiohttp import web

MAX_BODY_BYTES = 1024 * 1024
"""Larger request bodies are refused with 413 before they are read to the end."""

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


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
