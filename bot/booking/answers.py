"""Checking what people type for a booking: a first name, a phone number."""

from __future__ import annotations

import re

from bot.booking import words
from bot.matching.normalize import normalize

FIRST_NAME_MAX = 40
FIRST_NAME_MAX_WORDS = 3
_NAME_MARKS = set(" -'.\u2019")  # \u2019: the apostrophe phones type
_PHONE_SEPARATORS = re.compile(r"[\s\-/().]")
_PHONE = re.compile(r"\+?\d{6,15}")  # \d also takes Arabic-Indic digits


def first_name(text: str) -> str | None:
    """The name tidied up, or None for anything that is not one (a question, a number).

    Words that introduce it go ("kazvam se Petya", "my name is Ana": booking_words.yaml
    ``introducing_a_name``; found in a trial: "kazvam se Petya" was kept as the name); the rest
    stays as typed. "My name is" with nothing after is no name."""
    name = _without_introduction(" ".join(text.split()))
    if not name or len(name) > FIRST_NAME_MAX or len(name.split()) > FIRST_NAME_MAX_WORDS:
        return None
    if not any(char.isalpha() for char in name):
        return None
    if not all(char.isalpha() or char in _NAME_MARKS for char in name):
        return None
    return name


def _without_introduction(text: str) -> str:
    """``text`` without the words introducing a name at its start, if any (the longest)."""
    typed = text.split()
    intros = set(words.every("introducing_a_name"))
    for length in range(len(typed), 0, -1):
        if normalize(" ".join(typed[:length])) in intros:
            # "kazvam se, Petya": a mark left between the words and the name goes too
            return " ".join(typed[length:]).strip(" ,:;-–—").strip()
    return text


def phone_number(text: str) -> str | None:
    """Digits (with a leading +), as staff can dial them; None if it is not a number."""
    compact = _PHONE_SEPARATORS.sub("", text.strip())
    if not _PHONE.fullmatch(compact):
        return None
    return "".join(char if char == "+" else str(int(char)) for char in compact)
