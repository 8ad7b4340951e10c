"""Which page lives where: every desk page is registered here, behind the desk's guard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.web import account, offers, places, questions, reports, today, translations, voice

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.web.desk import WebDesk


def install(desk: WebDesk, server: WebServer) -> None:
    for module in (today, offers, places, translations, questions, reports, voice, account):
        module.install(desk, server)
