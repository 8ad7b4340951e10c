"""Free text -> which offer it is about, how sure we are, and which language it looks like.

Shared by the conversation and by ``python -m bot ask``, so staff test exactly what people get.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.matching.detect import LanguageDetector
from bot.matching.matcher import Candidate, Matcher

MATCH_LIMIT = 3


class Outcome(StrEnum):
    ANSWERED = "answered"  # confident: show the offer card
    ASKED_BACK = "asked_back"  # unsure: "did you mean" buttons
    UNKNOWN = "unknown"  # nothing found: say so, offer the menu and a person


@dataclass(frozen=True)
class Understanding:
    question: str
    outcome: Outcome
    candidates: tuple[Candidate, ...]
    detected_language: str | None

    @property
    def answer(self) -> str | None:
        """The offer id the bot answers with, or None when it asks back or does not know."""
        return self.candidates[0].offer_id if self.outcome is Outcome.ANSWERED else None


def understand(question: str, matcher: Matcher, detector: LanguageDetector | None) -> Understanding:
    result = matcher.match(question, limit=MATCH_LIMIT)
    if result.confident:
        outcome = Outcome.ANSWERED
    elif result.candidates:
        outcome = Outcome.ASKED_BACK
    else:
        outcome = Outcome.UNKNOWN
    detected = detector.detect(question) if detector is not None else None
    return Understanding(question, outcome, tuple(result.candidates), detected)
