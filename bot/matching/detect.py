"""Guess which of our languages a message is written in: a hint to offer a switch, never a switch.

lingua knows all our languages but Romani, which it misreads as Turkish or Romanian, so a
guess may only ever lead to asking the person. Low-accuracy mode needs ~43 MB instead of
~320 MB and got 32 of 34 short phrases right; models load on first use, not at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from threading import Lock

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
from lingua import LanguageDetector as LinguaDetector

MIN_DETECT_CHARS = 10
"""Shorter messages ("ok", "Deutschkurs") say too little about their language."""

MIN_CONFIDENCE = 0.9
"""The top language's share of lingua's confidence (the shares add up to 1), so every other
language has at most a tenth. Measured on the development set: from 0.5 to 0.9 the wrong
guesses drop from 40 to 18 and the right ones only from 122 to 120. What stays wrong cannot be
told apart by confidence: Romani, Latin-typed Bulgarian, Ukrainian, Arabic or Persian, and
messages carrying one long German word ("cand e Deutschkurs")."""


OWN_LETTERS = {
    "uk": frozenset("іїєґ"),
    "ru": frozenset("ыэё"),
    "fa": frozenset("\u06cc\u06a9\u067e\u0698"),  # ی ک پ ژ: Persian yeh and keheh, pe, zhe
}
"""Letters only one of our languages writes. lingua's low-accuracy mode weighs them like any
letter: "добрий день, коли курс німецької?" was Russian to it, "ساعت کاریتون چیه" Arabic.
A Persian keyboard types its own yeh and kaf (ی ک), an Arabic one ي ك: of the development
sets' lines, 1,560 Persian and 1 Arabic have ی or ک, 312 Persian and no Arabic پ or ژ (چ and گ
are typed in Iraqi and Gulf Arabic too: 25 Arabic lines)."""

ARABIC_KEYBOARD = frozenset("\u064a\u0643")  # ي ك: Arabic yeh and kaf
"""The yeh and kaf an Arabic keyboard types. Persian shares them as letters but a Persian
keyboard types its own (ی ک), so without any Persian letter they tell Arabic: of the
development sets' Arabic-script lines (round 27, heldout26 left out), 2,198 of 2,270 Arabic and
2 of 1,992 Persian have ي or ك and no Persian letter. lingua, weighing every letter alike, read
Levantine "بدي احكي مع حدا" (I want to talk to someone) as Persian, so the language switch
offered Persian before Arabic. Persian letters, when there are any, still decide first."""


def _lingua_language(code: str) -> Language | None:
    """lingua's language for one of our codes, or None when lingua has none (Romani)."""
    iso_code = getattr(IsoCode639_1, code.upper(), None)
    return Language.from_iso_code_639_1(iso_code) if iso_code is not None else None


class LanguageDetector:
    """Detects among the ``supported`` codes that lingua knows; thread-safe, built lazily."""

    def __init__(self, supported: Sequence[str]) -> None:
        self._codes_by_language: dict[Language, str] = {}
        for code in supported:
            language = _lingua_language(code)
            if language is not None:
                self._codes_by_language[language] = code
        self._detector: LinguaDetector | None = None
        self._build_lock = Lock()

    @property
    def detectable(self) -> frozenset[str]:
        """Our codes this detector can ever return."""
        return frozenset(self._codes_by_language.values())

    def detect(self, text: str) -> str | None:
        """Our code for the text's language, or None when short, ambiguous or unknown."""
        if len(self._codes_by_language) < 2:
            return None
        if (by_letters := self.by_own_letters(text)) is not None:
            return by_letters
        if len(text.strip()) < MIN_DETECT_CHARS:
            return None
        confidences = self._lingua().compute_language_confidence_values(text)
        # Without letters (digits, emoji) every value is 0.
        if confidences and confidences[0].value >= MIN_CONFIDENCE:
            return self._codes_by_language[confidences[0].language]
        return None

    def by_own_letters(self, text: str) -> str | None:
        """The one language of ours whose own letters the text has (see OWN_LETTERS), else
        Arabic for an Arabic keyboard's yeh or kaf (see ARABIC_KEYBOARD). Asked of the text as
        typed: normalising folds Persian ی ک into Arabic ي ك."""
        letters = set(text.lower())
        codes = set(self._codes_by_language.values())
        found = [code for code, own in OWN_LETTERS.items() if code in codes and letters & own]
        if found:
            return found[0] if len(found) == 1 else None
        return "ar" if "ar" in codes and letters & ARABIC_KEYBOARD else None

    def _lingua(self) -> LinguaDetector:
        with self._build_lock:
            if self._detector is None:
                self._detector = (
                    LanguageDetectorBuilder.from_languages(*self._codes_by_language)
                    .with_low_accuracy_mode()
                    .build()
                )
            return self._detector
