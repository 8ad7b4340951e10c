"""Login links for the web desk: ``/web`` in the staff group and ``python -m bot staff link``.

A link is sent to the asking team member's private chat with the bot, never into the group
(where everyone could use it). Editors are STAFF_USER_IDS; mediators from team.yaml get the
mediator role.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot.core import FeatureContext
from bot.handover.team import LiveTeam
from bot.messages import ChatId, Reply
from bot.staff_desk import StaffTurn
from bot.storage.database import Database
from bot.web import auth
from bot.web.desk import PREFIX, desk_base_url

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)


def login_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}{PREFIX}/login/{token}"


async def new_link(
    database: Database,
    base_url: str,
    name: str,
    role: auth.Role,
    now: datetime,
    lifetime: timedelta = auth.LINK_LIFETIME,
) -> str:
    async with database.session() as session:
        token = await auth.create_link(session, name, role, now, lifetime)
    return login_url(base_url, token)


@asynccontextmanager
async def install(ctx: FeatureContext) -> AsyncIterator[None]:
    """``/web`` in the staff group."""
    core = ctx

    async def web_link(turn: StaffTurn) -> list[Reply]:
        sender_id = turn.inbound.sender_id
        team = core.part(LiveTeam)
        member = team.current.member(sender_id) if team is not None else None
        editor = sender_id in core.settings.staff_user_ids
        name = member.name if member is not None else (turn.inbound.display_name or "Team")
        role = auth.Role.EDITOR if editor else auth.Role.MEDIATOR
        sender = core.senders.get(turn.inbound.channel)
        if sender is None or sender_id is None:
            return [Reply(text="Den Link kann ich hier nicht privat schicken.")]
        settings = core.settings
        url = await new_link(
            core.database, desk_base_url(settings.web_desk_url, settings.port), name, role, turn.now
        )
        minutes = int(auth.LINK_LIFETIME.total_seconds() // 60)
        text = (
            f"Dein Link zum Team-Desk (gilt {minutes} Minuten, nur einmal):\n{url}\n"
            "Nicht weitergeben."
        )
        if settings.web_desk_url is None:  # localhost: useless on a phone, so say why
            text += (
                "\n(Auf dem Server ist WEB_DESK_URL nicht eingestellt: dieser Link geht nur "
                "auf dem Server selbst.)"
            )
        private = Reply(text=text)
        try:
            await sender.send(ChatId(sender_id), [private])
        except Exception as error:  # most often: they never started a private chat with the bot
            log.warning("web desk link not delivered: %s", type(error).__name__)
            return [
                Reply(
                    text="Ich konnte dir nicht privat schreiben. Bitte öffne einmal den Chat mit "
                    "dem Bot, tippe auf Start und schreib dann hier noch einmal /web."
                )
            ]
        return [Reply(text="🔑 Ich habe dir den Link zum Team-Desk privat geschickt.")]

    core.desk.on_command("web", web_link, "Link zum Team-Desk im Browser (kommt privat)")
    yield


async def print_link(settings: Settings, name: str, role: auth.Role, minutes: int) -> str:
    """``python -m bot staff link NAME``: whoever runs commands on the server is trusted."""
    database = Database(settings.database_url)
    await database.start()
    try:
        return await new_link(
            database,
            desk_base_url(settings.web_desk_url, settings.port),
            name,
            role,
            datetime.now(UTC),
            timedelta(minutes=minutes),
        )
    finally:
        await database.close()
