"""What mediators hear when a channel holds a reply back (WhatsApp, after 24 hours of silence).

The reply is not lost: the channel delivers it when the person writes again. Until then the
mediator should know it has not arrived, and which approved template went out instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from bot.handover import cases
from bot.handover.outbox import Kind
from bot.handover.relay import RelayDelivery
from bot.messages import ChannelName, ChatId
from bot.storage.models import User

if TYPE_CHECKING:
    from bot.core import FeatureContext

WINDOW_CLOSED = (
    "⏳ Die Person hat seit über 24 Stunden nicht geschrieben. WhatsApp erlaubt jetzt nur "
    "freigegebene Vorlagen; die Nachricht wird zugestellt, sobald die Person wieder schreibt."
)


async def reply_held(
    ctx: FeatureContext, channel: ChannelName, chat_id: ChatId, template: str | None
) -> None:
    """A note in the person's topic (German), if they have an open case."""
    relay = ctx.part(RelayDelivery)
    if relay is None:
        return
    instead = (
        f"Stattdessen ging die Vorlage „{template}“ hinaus."
        if template
        else "Es ging keine Vorlage hinaus (keine passende freigegeben)."
    )
    async with ctx.database.session() as session:
        user = await session.scalar(
            select(User).where(User.channel == channel, User.external_id == chat_id)
        )
        case = await cases.open_case_of(session, user.id) if user is not None else None
        if case is not None:
            relay.box.to_staff(session, case, Kind.NOTE, ctx.clock(), f"{WINDOW_CLOSED}\n{instead}")
