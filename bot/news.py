"""News about an offer: the person's opt-in from the offer card, and the way back out.

The subscription row is the consent; nothing is sent to anyone without it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.core import FeatureContext
from bot.dialogue import actions, views
from bot.dialogue.turn import Turn
from bot.messages import Reply
from bot.storage import subscriptions


async def on_subscribe(turn: Turn, tapped: actions.Action) -> list[Reply]:
    """ "Tell me about changes": idempotent, a second tap changes nothing."""
    offer = turn.snapshot.catalogue.offer(tapped.argument)
    if offer is None:
        return views.stale_button(turn.t, turn.snapshot.catalogue)
    await subscriptions.subscribe(turn.session, turn.user.id, offer.id, turn.now)
    return [views.subscribed(turn.t, offer)]


async def on_unsubscribe(turn: Turn, tapped: actions.Action) -> list[Reply]:
    """Works even for an offer since removed: leaving must never fail."""
    await subscriptions.unsubscribe(turn.session, turn.user.id, tapped.argument)
    return [views.unsubscribed(turn.t)]


@asynccontextmanager
async def install(ctx: FeatureContext) -> AsyncIterator[None]:
    """News buttons on offer cards; nothing runs in the background (announcements are staff's)."""
    ctx.dialogue.on_action(actions.SUBSCRIBE, on_subscribe)
    ctx.dialogue.on_action(actions.UNSUBSCRIBE, on_unsubscribe)
    yield
