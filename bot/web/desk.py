"""The web desk's routes on the bot's web server, its sign-in guard and page rendering.

Every desk page sits under ``/web`` and goes through :meth:`WebDesk.page`, which needs a live
session (else the sign-in hint, status 401), checks the form's CSRF token on every POST (else
403) and, for pages that change content, the role that may publish. Only the login link's own
page is open: its unguessable token is the credential.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from aiohttp import web
from babel import Locale
from jinja2 import Environment, PackageLoader, select_autoescape

from bot.handover.team import LiveTeam
from bot.web import auth
from bot.web.publish import Publisher

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.core import CoreApp

log = logging.getLogger(__name__)

COOKIE = "desk_session"
PREFIX = "/web"

PageHandler = Callable[[web.Request, auth.DeskUser], Awaitable[web.StreamResponse]]

_GERMAN_NAMES = {"rom": "Romanes", "fa": "Persisch (Farsi)"}
_GERMAN = Locale("de")


def language_de(code: str) -> str:
    """A language's German name for staff: ``ro`` -> ``Rumänisch``."""
    return _GERMAN_NAMES.get(code) or _GERMAN.languages.get(code) or code


def desk_base_url(web_desk_url: str | None, port: int) -> str:
    """Where staff reach this server (``WEB_DESK_URL``); login links start with it."""
    return (web_desk_url or f"http://localhost:{port}").rstrip("/")


class WebDesk:
    """The desk for one running core: the sign-in, the guard and rendering. The pages come on
    top (``bot.web.pages.open_desk`` puts both on a server), so no page is imported here."""

    def __init__(self, core: CoreApp) -> None:
        self.core = core
        settings = core.settings
        self.base_url = desk_base_url(settings.web_desk_url, settings.port)
        self.secure_cookies = self.base_url.startswith("https://")
        self.templates = Environment(
            loader=PackageLoader("bot.web", "templates"),
            autoescape=select_autoescape(["html"]),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters["language"] = language_de
        self.templates.globals["prefix"] = PREFIX
        self.publisher = Publisher(core)  # every page that changes content/ goes through it

    @property
    def clock(self) -> Callable[[], datetime]:
        return self.core.dialogue.clock

    def review_languages(self, user: auth.DeskUser) -> frozenset[str]:
        """Where ``user`` may mark translations checked: editors everywhere, mediators in
        the languages ``team.yaml`` says they speak."""
        if user.may_publish:
            return frozenset(self.core.dialogue.catalogue.languages)
        live_team = self.core.part(LiveTeam)
        team = live_team.current if live_team is not None else None
        member = next((m for m in team.members if m.name == user.name), None) if team else None
        return frozenset(member.languages) if member is not None else frozenset()

    def offer_choices(self) -> list[tuple[str, str]]:
        """Every offer as (id, German title), for the pickers on several pages."""
        offers = self.core.dialogue.catalogue.current.catalogue.offers.values()
        return [(offer.id, offer.text("title", "de")) for offer in offers]

    def install(self, server: WebServer) -> None:
        """The sign-in and sign-out routes; the pages add theirs (``bot.web.pages``)."""
        server.add_route("GET", f"{PREFIX}/login/{{token}}", self.login_form)
        server.add_route("POST", f"{PREFIX}/login/{{token}}", self.login)
        server.add_route("POST", f"{PREFIX}/logout", self.page(self.logout))

    # -- rendering --------------------------------------------------------------------------

    def render(
        self,
        template: str,
        user: auth.DeskUser | None = None,
        *,
        status: int = 200,
        **context: Any,
    ) -> web.Response:
        html = self.templates.get_template(template).render(user=user, **context)
        response = web.Response(text=html, status=status, content_type="text/html")
        # The desk shows names and appointments: no caching, no framing, no referrer.
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"
        )
        return response

    # -- the guard --------------------------------------------------------------------------

    def page(self, handler: PageHandler, *, publish: bool = False) -> Callable[..., Any]:
        """``handler`` behind a session, CSRF on POST, and (``publish``) the editor role."""

        async def guarded(request: web.Request) -> web.StreamResponse:
            user = await self._user(request)
            if user is None:
                return self.render("signin.html", status=401)
            if request.method == "POST":
                form = await request.post()
                if form.get("csrf") != user.csrf:
                    log.warning("web desk: form without a valid CSRF token refused")
                    return self.render(
                        "message.html",
                        user,
                        status=403,
                        title="Abgelehnt",
                        text="Das Formular ist veraltet. Bitte die Seite neu laden und noch "
                        "einmal versuchen.",
                    )
            if publish and not user.may_publish:
                return self.render(
                    "message.html",
                    user,
                    status=403,
                    title="Nicht erlaubt",
                    text="Veröffentlichen darf nur die Redaktion (STAFF_USER_IDS).",
                )
            return await handler(request, user)

        return guarded

    async def _user(self, request: web.Request) -> auth.DeskUser | None:
        cookie = request.cookies.get(COOKIE)
        if not cookie:
            return None
        async with self.core.database.session() as session:
            return await auth.session_user(session, cookie, self.clock())

    # -- login and logout -------------------------------------------------------------------

    async def login_form(self, request: web.Request) -> web.StreamResponse:
        """A button, not an automatic login: link previews (Telegram fetches links) would
        otherwise use the one-time link up before the person taps it."""
        token = request.match_info["token"]
        async with self.core.database.session() as session:
            valid = await auth.link_is_valid(session, token, self.clock())
        if not valid:
            return self._link_refused()
        return self.render("login.html", token=token)

    async def login(self, request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        async with self.core.database.session() as session:
            cookie = await auth.redeem_link(session, token, self.clock())
        if cookie is None:
            return self._link_refused()
        response = web.HTTPSeeOther(f"{PREFIX}/")
        response.set_cookie(
            COOKIE,
            cookie,
            max_age=int(auth.SESSION_LIFETIME.total_seconds()),
            path=PREFIX,
            httponly=True,
            secure=self.secure_cookies,
            samesite="Lax",
        )
        log.info("web desk: signed in")
        raise response

    def _link_refused(self) -> web.Response:
        return self.render(
            "message.html",
            status=403,
            title="Link ungültig",
            text="Dieser Link ist abgelaufen oder wurde schon benutzt. Einen neuen Link gibt es "
            "in der Team-Gruppe mit /web.",
        )

    async def logout(self, request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        form = await request.post()
        async with self.core.database.session() as session:
            if form.get("everywhere"):
                await auth.end_all_sessions(session, user.name, self.clock())
            else:
                await auth.end_session(session, user, self.clock())
        response = self.render(
            "message.html", title="Abgemeldet", text="Bis bald. Einen neuen Link gibt es mit /web."
        )
        response.del_cookie(COOKIE, path=PREFIX)
        return response


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean(value: object) -> str:
    """A form value as text: no control characters or lone surrogates, trimmed."""
    return _CONTROL.sub("", value).strip() if isinstance(value, str) else ""


def form_text(form: Any, name: str) -> str:
    return clean(form.get(name, ""))
