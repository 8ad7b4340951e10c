"""The staff web desk on a real aiohttp server (port 0) next to a staff core, and a browser-like
HTTP client that keeps cookies and fills in the CSRF token the way a page's form does."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import aiohttp

from bot.channels.web import WebServer
from bot.web import auth
from bot.web.desk import WebDesk
from bot.web.links import new_link
from bot.web.pages import open_desk
from tests.support.staff import StaffSetup

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class DeskClient:
    """One browser: its own cookie jar."""

    http: aiohttp.ClientSession
    base: str

    async def get(self, path: str) -> tuple[int, str]:
        async with self.http.get(self.base + path, allow_redirects=True) as response:
            return response.status, await response.text()

    async def post(
        self, path: str, data: dict[str, Any] | None = None, *, csrf_from: str | None = None
    ) -> tuple[int, str]:
        """POST a form; ``csrf_from``: the page whose form token to send (as a browser would)."""
        form = dict(data or {})
        if csrf_from is not None:
            _, page = await self.get(csrf_from)
            match = _CSRF.search(page)
            assert match is not None, f"no form with a CSRF token on {csrf_from}"
            form["csrf"] = match[1]
        async with self.http.post(self.base + path, data=form) as response:
            return response.status, await response.text()

    async def sign_in(self, url: str) -> tuple[int, str]:
        path = url.split("://", 1)[1].split("/", 1)[1]
        return await self.post("/" + path)

    def cookie(self) -> Any:
        return next((c for c in self.http.cookie_jar if c.key == "desk_session"), None)


@dataclass
class RunningDesk:
    setup: StaffSetup
    desk: WebDesk
    base: str

    async def link(
        self, name: str = "Maria", role: auth.Role = auth.Role.EDITOR, minutes: int = 15
    ) -> str:
        core = self.setup.core
        return await new_link(
            core.database,
            self.base,
            name,
            role,
            core.dialogue.clock(),
            timedelta(minutes=minutes),
        )

    @asynccontextmanager
    async def browser(self) -> AsyncIterator[DeskClient]:
        jar = aiohttp.CookieJar(unsafe=True)  # cookies for 127.0.0.1, as a browser keeps them
        async with aiohttp.ClientSession(cookie_jar=jar) as http:
            yield DeskClient(http, self.base)

    @asynccontextmanager
    async def signed_in(
        self, name: str = "Maria", role: auth.Role = auth.Role.EDITOR
    ) -> AsyncIterator[DeskClient]:
        async with self.browser() as client:
            status, _ = await client.sign_in(await self.link(name, role))
            assert status == 200
            yield client


@asynccontextmanager
async def running_desk(setup: StaffSetup) -> AsyncIterator[RunningDesk]:
    server = WebServer("127.0.0.1", 0)
    desk = open_desk(setup.core, server)
    async with server.serving():
        yield RunningDesk(setup, desk, f"http://127.0.0.1:{server.port}")
