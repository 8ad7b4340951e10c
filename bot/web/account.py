"""The account page: who is signed in, log out here or everywhere (a lost phone)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from bot.web import auth

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.web.desk import WebDesk


def install(desk: WebDesk, server: WebServer) -> None:
    async def account(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        async with desk.core.database.session() as session:
            sessions = await auth.open_sessions(session, user.name, desk.clock())
        return desk.render(
            "account.html",
            user,
            section="account",
            title="Abmelden",
            sessions=sessions,
            lifetime_hours=int(auth.SESSION_LIFETIME.total_seconds() // 3600),
        )

    server.add_route("GET", "/web/account", desk.page(account))
