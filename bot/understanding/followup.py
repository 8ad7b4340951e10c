"""Follow-up questions about the offer in context ("und was kostet das?"). Owned by `faq`.

The pipeline calls :func:`find_follow_up` after everyday intents and before the FAQ, with the
offer whose card the person saw a few minutes ago (``context.offer``) and the offer matcher's
result for the same text, so a new topic ("und das Nähcafé?") can still win.
"""

from __future__ import annotations

from bot.catalogue.live import Snapshot
from bot.matching.matcher import MatchResult
from bot.understanding.result import Context, FollowUp

TOPICS = ("cost", "where", "when", "bring", "children", "audience", "languages", "booking")
"""What a follow-up can ask about an offer: the values of ``FollowUp.topic``."""


def find_follow_up(
    text: str, snapshot: Snapshot, context: Context, offers: MatchResult
) -> FollowUp | None:
    """The question about ``context.offer`` in ``text``, or None (also when no offer is in
    context, or when ``offers`` names another offer confidently)."""
    return None
