"""What the pipeline makes of one typed message, and what it knows about the conversation."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.matching.matcher import Candidate


class Intent(StrEnum):
    """Everyday requests, answered before any offer is looked for."""

    GREET = "greet"
    THANKS = "thanks"
    BYE = "bye"
    HUMAN = "human"
    WHERE = "where"
    HOURS = "hours"
    BOOK = "book"
    CANCEL = "cancel"
    LANGUAGE = "language"
    HELP = "help"
    PRIVACY = "privacy"  # what the bot keeps about me, and deleting it ("lösche meine daten")
    EMERGENCY = "emergency"


SOCIAL = frozenset({Intent.GREET, Intent.THANKS, Intent.BYE})
"""Politeness around a question: "hallo, wann ist der Deutschkurs?" is a question."""


class YesNo(StrEnum):
    YES = "yes"
    NO = "no"


class Outcome(StrEnum):
    """What the bot does with the message. The values are stored in the question log."""

    EMERGENCY = "emergency"  # the emergency numbers and a person, nothing else
    INTENT = "intent"  # an everyday request (greet, where, hours, ...)
    CHOICE = "choice"  # a typed yes or no (to the one choice the bot offered, if it did)
    FOLLOW_UP = "follow_up"  # a question about the offer in context ("and what does it cost?")
    FAQ = "faq"  # a staff-written answer
    ANSWERED = "answered"  # confident: show the offer card
    ANSWERED_UNSURE = "answered_unsure"  # one plausible offer: its card and "not what you meant?"
    ASKED_BACK = "asked_back"  # unsure between offers: "did you mean" buttons
    UNKNOWN = "unknown"  # nothing found: say so, offer the menu and a person


ANSWERING = frozenset({Outcome.ANSWERED, Outcome.ANSWERED_UNSURE})
"""Outcomes that show an offer card."""


@dataclass(frozen=True)
class Context:
    """What the conversation holds when the message arrives.

    ``offer``: the offer whose card (or single "did you mean") the person saw a few minutes
    ago, for follow-ups; None when there is none or it is too old. ``choice_pending``: the bot
    offered one obvious choice (consent, a booking confirmation), so "da" or "ok" answers it.
    ``language``: the person's chosen language.
    """

    language: str
    offer: str | None = None
    choice_pending: bool = False


@dataclass(frozen=True)
class FollowUp:
    """A question about the offer in context; ``topic`` is one of ``followup.TOPICS``.

    ``weekday`` (0 = Monday): the day a ``when`` question names ("also on Saturday?").
    ``also``: the other topics, in the order asked, of a message that asks two things.
    ``part_of_day``: the part of the day a ``when`` question names ("gibt es das auch
    abends?"): one of ``followup.PARTS_OF_DAY``.
    """

    offer_id: str
    topic: str
    weekday: int | None = None
    also: tuple[str, ...] = ()  # other topics asked in the same message ("how much and where")
    part_of_day: str | None = None


@dataclass(frozen=True)
class Understanding:
    """One message, understood. Exactly one outcome decides the answer."""

    question: str
    outcome: Outcome
    candidates: tuple[Candidate, ...] = ()
    detected_language: str | None = None
    intent: Intent | None = None
    social: Intent | None = None  # a greeting or thanks that came with the question
    target_language: str | None = None  # a language named in a ``language`` request
    yes_no: YesNo | None = None
    # What a message says after its typed answer ("ja, wo ist das?": "wo ist das?"), answered
    # once the answer has done its part; "" when it says nothing more.
    after_answer: str = ""
    follow_up: FollowUp | None = None
    faq: str | None = None  # the FAQ entry's id
    # The message might be about danger, but not clearly enough for the emergency screen
    # (a word of harm without the rest the words of danger need, or a learned reading below
    # the alarm's threshold): the answer comes after one line with 112 and 110 (pipeline.py,
    # Understander.understand). With EMERGENCY: the screen came because a word of harm was
    # found and the answer would have been "I don't know" or "did you mean".
    possible_danger: bool = False

    @property
    def shows_numbers(self) -> bool:
        """Whether the person is shown 112 and 110: the emergency screen or the one line."""
        return self.outcome is Outcome.EMERGENCY or self.possible_danger

    @property
    def answer(self) -> str | None:
        """The offer id the bot answers with a card, or None."""
        return self.candidates[0].offer_id if self.outcome in ANSWERING else None
