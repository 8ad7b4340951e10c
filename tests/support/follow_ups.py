"""The topic of a follow-up question, as the understanding tests ask it."""

from __future__ import annotations

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome


def follow_up(
    understander: Understander, snapshot: Snapshot, text: str, language: str, after: str
) -> str | None:
    """The topic ``text`` asks about the offer ``after`` whose card was just shown, or None
    when it is no follow-up."""
    understood = understander.understand(text, snapshot, Context(language, after))
    if understood.outcome is not Outcome.FOLLOW_UP or understood.follow_up is None:
        return None
    assert understood.follow_up.offer_id == after, "about the offer just shown"
    return understood.follow_up.topic
