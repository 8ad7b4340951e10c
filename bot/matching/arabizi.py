"""Arabic typed in Latin letters with digits for the letters Latin lacks ("3arabi", "a7ki").

Read in three places: the language offered on first contact, the "continue in Arabic?"
switch, and the chat-style Cyrillic reading, which must leave Arabizi words alone.
"""

from __future__ import annotations

from itertools import pairwise

from bot.matching.normalize import normalize

ARABIZI_DIGITS = frozenset("235789")


def arabizi_word(word: str) -> bool:
    """Letters with single digits Arabizi writes for letters ("a7ki", "3arabi"); a number
    inside a word ("covid19") is none."""
    digits = [char for char in word if char.isdigit()]
    return (
        sum(char.isalpha() for char in word) >= 2
        and bool(digits)
        and all(digit in ARABIZI_DIGITS for digit in digits)
        and not any(a.isdigit() and b.isdigit() for a, b in pairwise(word))
    )


def typed_in_arabizi(text: str) -> bool:
    """Whether two words are Arabizi words, one of them with a 3, 5, 7 or 9, which English
    chat never uses ("gr8 c u 2day")."""
    words = [word for word in normalize(text).split() if arabizi_word(word)]
    return len(words) >= 2 and any(char in "3579" for word in words for char in word)
