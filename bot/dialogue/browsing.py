"""Reading without consent: someone who said No still reads offers, times and places.

Nothing about them is stored: their row exists only during a turn and is erased at its end.
What the next turn needs is carried by the message itself: every button they get names
their language (``browse:ro:offer:sewing-cafe``). Typed text carries nothing, so the language
of a chat that declined is kept in this process's memory for an hour after its last message,
never on disk; after a restart, a typed message gets the language picker again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from bot.dialogue import actions
from bot.messages import ACTION_MAX_BYTES, Button, Reply

BROWSE = "browse"  # browse:ro:offer:sewing-cafe   a button shown to someone who said No
MEMORY = timedelta(hours=1)
"""How long typed text from a chat that declined is still read in its language (memory only)."""


def wrap(payload: str, language: str) -> str:
    """The button payload that carries ``language`` with it (unchanged when it would not fit)."""
    wrapped = actions.action(BROWSE, f"{language}:{payload}")
    return wrapped if len(wrapped.encode()) <= ACTION_MAX_BYTES else payload


def unwrap(payload: str) -> tuple[str, str] | None:
    """``(language, inner payload)`` of a wrapped button, or None."""
    tapped = actions.parse_action(payload)
    if tapped.kind != BROWSE:
        return None
    language, _, inner = tapped.argument.partition(":")
    return (language, inner) if language and inner else None


def wrap_replies(replies: list[Reply], language: str) -> list[Reply]:
    """Every button of ``replies`` carrying ``language``; typed yes/no hints are dropped
    (they would need the row that is about to be erased)."""
    return [
        replace(
            reply,
            buttons=tuple(
                tuple(Button(b.label, wrap(b.action, language)) for b in row)
                for row in reply.buttons
            ),
            extras={},
        )
        for reply in replies
    ]


class DeclinedChats:
    """The language of chats that said No, in memory only, for :data:`MEMORY`."""

    def __init__(self) -> None:
        self._languages: dict[tuple[str, str], tuple[str, datetime]] = {}

    def remember(self, channel: str, chat_id: str, language: str, now: datetime) -> None:
        self._forget_old(now)
        self._languages[(channel, chat_id)] = (language, now + MEMORY)

    def forget(self, channel: str, chat_id: str) -> None:
        self._languages.pop((channel, chat_id), None)

    def language(self, channel: str, chat_id: str, now: datetime) -> str | None:
        found = self._languages.get((channel, chat_id))
        if found is None or found[1] < now:
            return None
        return found[0]

    def _forget_old(self, now: datetime) -> None:
        for key in [k for k, (_, until) in self._languages.items() if until < now]:
            del self._languages[key]
