"""News about an offer: the person's opt-in from the offer card, and the way back out.

The subscription row is the consent; nothing is sent to anyone without it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.catalogue.model import Offer
from bot.core import FeatureContext
from bot.dialogue import actions, views
from bot.dialogue.turn import Turn
from bot.i18n.translator import Translator
from bot.messages import Button, Reply
from bot.storage import subscriptions

SUBSCRIBE = "sub"  # sub:sewing-cafe    tell me when this offer changes
UNSUBSCRIBE = "unsub"  # unsub:sewing-cafe  no more news about it


async def on_subscribe(turn: Turn, tapped: actions.Action) -> list[Reply]:
    """ "Tell me about changes": idempotent, a second tap changes nothing."""
    offer = turn.snapshot.catalogue.offer(tapped.argument)
    if offer is None:
        return views.stale_button(turn)
    await subscriptions.subscribe(turn.session, turn.user.id, offer.id, turn.now)
    return [subscribed(turn.t, offer)]


async def on_unsubscribe(turn: Turn, tapped: actions.Action) -> list[Reply]:
    """Works even for an offer since removed: leaving must never fail."""
    await subscriptions.unsubscribe(turn.session, turn.user.id, tapped.argument)
    return [unsubscribed(turn.t)]


@asynccontextmanager
async def install(ctx: FeatureContext) -> AsyncIterator[None]:
    """News buttons on offer cards; nothing runs in the background (announcements are staff's)."""
    ctx.dialogue.on_action(SUBSCRIBE, on_subscribe, on_cards="Bescheid bei Änderungen")
    ctx.dialogue.on_action(UNSUBSCRIBE, on_unsubscribe)
    ctx.dialogue.on_offer(on_offer)
    ctx.dialogue.on_privacy(stored)
    yield


async def stored(turn: Turn) -> list[tuple[str, str]]:
    """On the privacy screen: the offers the person asked news about."""
    t, catalogue = turn.t, turn.snapshot.catalogue
    subscribed = await subscriptions.offers_of(turn.session, turn.user.id)
    news = [offer.text("title", t.chain) for i in subscribed if (offer := catalogue.offer(i))]
    return [(t._("News about"), t.join(news))] if news else []


def on_offer(t: Translator, offer: Offer, topic: str | None) -> views.CardPart:
    """ "Tell me about changes" on every offer's card."""
    if topic is not None:
        return views.CardPart()
    subscribe = actions.action(SUBSCRIBE, offer.id)
    return views.CardPart(buttons=(Button("🔔 " + t._("Tell me about changes"), subscribe),))


def subscribed(t: Translator, offer: Offer) -> Reply:
    text = "🔔 " + t._("OK. I will tell you when something changes here.")
    text += f"\n{offer.icon} {offer.text('title', t.chain)}"
    return _reply(t, text, [[_unsubscribe_button(t, offer.id)], views._nav_row(t)])


def unsubscribed(t: Translator) -> Reply:
    return _reply(t, "🔕 " + t._("OK. No more news about this."), [views._nav_row(t)])


def announcement(t: Translator, offer: Offer, text: str) -> Reply:
    """Staff news about an offer, to someone who asked for it; stopping is one tap away."""
    title = f"{offer.icon} {offer.text('title', t.chain)}"
    header = "📢 " + t._("News from our team about “{offer}”:").format(offer=title)
    buttons = [[_unsubscribe_button(t, offer.id)], [Button("🏠 " + t._("Menu"), actions.MENU)]]
    return _reply(t, f"{header}\n\n{text}", buttons)


def _unsubscribe_button(t: Translator, offer_id: str) -> Button:
    unsubscribe = actions.action(UNSUBSCRIBE, offer_id)
    return Button("🔕 " + t._("No more news about this"), unsubscribe)


def _reply(t: Translator, text: str, buttons: list[list[Button]]) -> Reply:
    return Reply(text=text, buttons=tuple(tuple(row) for row in buttons if row), rtl=t.rtl)
