"""A button's words typed instead of tapping it: "premesti" at "🔁 Преместете" taps it.

People type what they see rather than tap it: on WhatsApp (more than three choices come as a
list many do not find), on old phones, when someone reads the screen aloud to them. A short
message every word of which repeats the words of exactly one of the buttons just shown (without
diacritics, cut short, in Latin letters for a Cyrillic label, the emoji left out, in any case)
taps that button. Two buttons repeated, a word of its own, a number alone or danger in the
message: no tap, the message is read as always.

The engine remembers the buttons of the last answer (payload -> label, :func:`shown_buttons`) and
asks :func:`typed_button` the next turn; every channel goes through it the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from bot.matching.normalize import (
    KEY_ROMANISATIONS,
    has_cyrillic,
    normalize,
    romanisation_key,
    transliterate_cyrillic,
)
from bot.messages import Reply

MAX_TYPED_WORDS = 6
"""A longer message says more than a button's words: it is read, not tapped."""
MIN_LETTERS = 3
"""One typed word at least this long: "a" is a word of "Talk to a person", not a choice."""
REPEATED_STEM = 5
"""Letters a typed word shares with a button's word to repeat it ("sterge", "ștergeți")."""
KEPT_BUTTONS = 24
"""More buttons than these on one screen: none are remembered (a part kept could make one of
two matches look like the only one), and ``state_data`` stays small."""
KEPT_LABEL_CHARS = 60


def shown_buttons(replies: Iterable[Reply], tappable: Callable[[str], bool]) -> dict[str, str]:
    """The buttons of these replies a typed message may tap: payload -> label (normalised, short).

    ``tappable(payload)`` leaves out buttons that open a link or send a file."""
    shown: dict[str, str] = {}
    for reply in replies:
        for button in reply.all_buttons:
            if tappable(button.action):
                label = normalize(button.label)[:KEPT_LABEL_CHARS]
                shown.setdefault(button.action, label)
    return shown if 0 < len(shown) <= KEPT_BUTTONS else {}


def typed_button(
    text: str,
    buttons: Mapping[str, str],
    language: str,
    *,
    in_danger: Callable[[str], bool] = lambda _text: False,
) -> str | None:
    """The payload of the one button whose words ``text`` repeats, else None.

    ``buttons``: payload -> label as shown (or as :func:`shown_buttons` keeps it); ``language``
    picks the romanisation of a Cyrillic label. ``in_danger(text)``: an emergency is read first,
    never taken for a button."""
    typed = normalize(text).split()
    if not typed or len(typed) > MAX_TYPED_WORDS:
        return None
    if not any(sum(char.isalpha() for char in word) >= MIN_LETTERS for word in typed):
        return None  # "1", "10", "a": numbers are the channel's own business
    matched = [payload for payload, label in buttons.items() if repeats(typed, label, language)]
    if len(matched) != 1 or in_danger(text):
        return None
    return matched[0]


def repeats(typed: Collection[str], label: str, language: str, *, loose: bool = False) -> bool:
    """Whether every typed (normalised) word is a word of the button ``label``: the same word,
    or cut short, or ended otherwise ("premesti", "Преместете"): all its letters but the last
    two as the label's word begins, five at least. ``loose``: the first five letters alone
    ("da, sterge" after a typed yes repeats "✅ Da, ștergeți")."""
    shown, romanised = _spellings(label, language)
    return bool(typed) and all(
        any(_stem_of(word, said, loose) for said in shown)
        or (word.isalpha() and any(_same_sounds(word, said, loose) for said in romanised))
        for word in typed
    )


def _spellings(label: str, language: str) -> tuple[list[str], set[str]]:
    """The label's words, and those of its Cyrillic words as they are typed in Latin letters."""
    words = normalize(label).split()
    romanised = {
        transliterate_cyrillic(word, romanisation)
        for word in words
        if has_cyrillic(word)
        for romanisation in (language, *KEY_ROMANISATIONS)
    }
    return words, romanised


def _same_sounds(word: str, said: str, loose: bool) -> bool:
    """A Latin-typed word and a romanised Cyrillic one, compared by their skeleton too: the ways
    of typing one letter ("sht", "sh", "6t" for щ) are one (``romanisation_key``)."""
    return _stem_of(word, said, loose) or _stem_of(
        romanisation_key(word), romanisation_key(said), loose
    )


ENDING_LETTERS = 2
"""Letters at the end of a typed word that may differ from the label's ("premesti", "otmeni")."""


def _stem_of(word: str, said: str, loose: bool = False) -> bool:
    """``word`` is ``said``, or begins as it does (typed cut short, or ended otherwise)."""
    if word == said:
        return True
    if len(word) < REPEATED_STEM:
        return False
    needed = REPEATED_STEM if loose else max(REPEATED_STEM, len(word) - ENDING_LETTERS)
    return said.startswith(word[:needed])
