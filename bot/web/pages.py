"""Which page lives where: every desk page is registered here, behind the desk's guard.

This module sits on top of ``bot.web.desk`` (the pages use its guard and helpers, it knows no
page), so the desk package has no import circle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.web import account, offers, places, questions, reports, today, translations, voice
from bot.web.desk import WebDesk

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.core import CoreApp


def open_desk(core: CoreApp, server: WebServer) -> WebDesk:
    """The staff desk under ``/web`` on ``server``: sign-in and every page."""
    desk = WebDesk(core)
    desk.install(server)
    for module in (today, offers, places, translations, questions, reports, voice, account):
        module.install(desk, server)
    return desk
