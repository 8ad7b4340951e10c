"""What a line alone gets, as the data-driven wording tests check it: one helper a kind of check
(a card, a sure card, a staff answer), each returning None where the line gets something else,
so that a row's expectation is one value. Follow-ups after a card: tests.support.follow_ups."""

from __future__ import annotations

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome

CARD = (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)


def card(understander: Understander, snapshot: Snapshot, text: str, language: str) -> str | None:
    """The offer whose card ``text`` gets (sure or with a doubt button), or None."""
    understood = understander.understand(text, snapshot, Context(language))
    return understood.answer if understood.outcome in CARD else None


def sure_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> str | None:
    """The offer whose card ``text`` gets without a doubt button, or None."""
    understood = understander.understand(text, snapshot, Context(language))
    return understood.answer if understood.outcome is Outcome.ANSWERED else None


def staff_answer(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> str | None:
    """The staff answer (FAQ) ``text`` gets, or None."""
    understood = understander.understand(text, snapshot, Context(language))
    return understood.faq if understood.outcome is Outcome.FAQ else None
