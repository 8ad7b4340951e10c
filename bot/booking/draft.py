"""The booking a person is putting together, kept in their conversation state between turns.

It lives in ``users.state_data`` (so a restart loses nothing) only while the flow runs: it
is removed when the booking is made or stopped, and when the person leaves the flow any other
way (the menu, ``/start``, another feature: see ``Dialogue.on_state``), so a first name or a
phone number does not linger there.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from typing import Any

from bot.booking.store import Answers
from bot.dialogue.turn import Turn

STATE = "booking"  # the conversation state the flow owns while a draft exists
_KEY = "booking"


@dataclass(frozen=True)
class Draft:
    """``phone`` "" means skipped and ``interpreter`` "" means not needed; None: not asked."""

    offer_id: str
    start: datetime | None = None
    day: date | None = None  # the day whose times are on screen, for a typed "10:00"
    first_name: str | None = None
    phone: str | None = None
    interpreter: str | None = None
    replaces: int | None = None  # the booking this one moves
    misses: int = 0  # typed texts in a row that were not understood

    def answers(self) -> Answers:
        return Answers(self.first_name, self.phone or None, self.interpreter or None)

    def with_answers(self, answers: Answers) -> Draft:
        """Answers of an earlier booking (a move): nothing is asked twice."""
        return replace(
            self,
            first_name=answers.first_name,
            phone=answers.phone or "",
            interpreter=answers.interpreter_language or "",
        )


def load(turn: Turn) -> Draft | None:
    data = turn.user.state_data.get(_KEY)
    if not isinstance(data, dict):
        return None
    try:
        return Draft(
            offer_id=str(data["offer_id"]),
            start=datetime.fromisoformat(data["start"]) if data.get("start") else None,
            day=date.fromisoformat(data["day"]) if data.get("day") else None,
            first_name=data.get("first_name"),
            phone=data.get("phone"),
            interpreter=data.get("interpreter"),
            replaces=data.get("replaces"),
            misses=int(data.get("misses", 0)),
        )
    except (KeyError, TypeError, ValueError):  # written by an older version: start afresh
        return None


def save(turn: Turn, draft: Draft) -> None:
    data: dict[str, Any] = asdict(draft)
    data["start"] = draft.start.isoformat() if draft.start else None
    data["day"] = draft.day.isoformat() if draft.day else None
    turn.remember(**{_KEY: {k: v for k, v in data.items() if v is not None}})
    turn.user.state = STATE


def clear(turn: Turn, next_state: str) -> None:
    discard(turn)
    turn.user.state = next_state


def discard(turn: Turn) -> None:
    """Drop the draft and the answers in it; the conversation state is left as it is."""
    turn.remember(**{_KEY: None})
