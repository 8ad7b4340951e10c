"""The booking conversation's word lists: data in ``locales/booking_words.yaml``, not code."""

from __future__ import annotations

from functools import cache

from bot.i18n.word_lists import load_word_lists
from bot.matching.normalize import normalize

WORDS_FILE = "booking_words.yaml"
WORD_LISTS = (
    "today",
    "tomorrow",
    "day_after_tomorrow",
    "no_day",
    "half_after",
    "half_past",
    "half_before",
    "hours",
    "introducing_a_name",
    "wishes",
    "not_months",
)
_LISTS = load_word_lists(WORDS_FILE, WORD_LISTS)


@cache
def every(name: str) -> tuple[str, ...]:
    """``name``'s entries of all languages, normalised, longest first, each once (normalised
    once per process: the lists are read at import and never change)."""
    forms = {normalize(entry) for entry in _LISTS.every(name)} - {""}
    return tuple(sorted(forms, key=lambda form: (-len(form), form)))


def raw(name: str) -> tuple[str, ...]:
    """``name``'s entries of all languages as written in the file."""
    return _LISTS.every(name)
