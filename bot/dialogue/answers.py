"""Answers to follow-up questions and from the staff-written FAQ. Owned by `faq`.

The engine calls these when the pipeline's outcome is ``FOLLOW_UP`` or ``FAQ``
(bot/understanding). Until they are written, a follow-up shows the offer's card again.
"""

from __future__ import annotations

from bot.dialogue import views
from bot.dialogue.messages import Reply
from bot.dialogue.turn import Turn
from bot.i18n.languages import Languages
from bot.understanding import FollowUp


def follow_up_reply(turn: Turn, follow_up: FollowUp, languages: Languages) -> list[Reply]:
    """The answer to ``follow_up.topic`` from the offer's own fields."""
    offer = turn.snapshot.catalogue.offer(follow_up.offer_id)
    if offer is None:
        return [views.not_understood(turn.t, 1)]
    return views.offer_card(turn.t, offer, languages, turn.now, can_book=False)


def faq_reply(turn: Turn, faq_id: str) -> list[Reply]:
    """The staff-written answer with this id, in the person's language."""
    return [views.not_understood(turn.t, 1)]
