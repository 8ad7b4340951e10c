"""Recognise a message written in a language the bot does not speak (Spanish, French, ...).

Someone who picked English because it was the closest, then writes "hola necesito ayuda",
should not read "Sorry, I do not know about that yet" in English: a person at the counter
would say, in a few words of Spanish, that they cannot write it, and point at the languages
they have. ``locales/foreign.yaml`` holds those languages and the one sentence for each.

Asked when our own detector did not find the reader's language in the message or when only a
greeting or nothing was understood (bot/dialogue/engine.py), and only of people whose chosen
language is one of ``asked_for_readers`` (see the file: Latin-typed
Bulgarian, Russian, Arabic, Persian and Romani look like Albanian or Polish to the detector).
The sentence replaces "I do not know that", or comes under whatever was understood ("bonjour
je cherche du travail" still gets the advice card). The detector is built on first use:
most people never write a foreign language, and lingua's models take memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from threading import Lock

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
from lingua import LanguageDetector as LinguaDetector

from bot.catalogue.issues import CatalogueError, ContentIssue
from bot.matching.normalize import normalize
from bot.understanding.phrase_files import read_phrase_file

FOREIGN_FILE = "foreign.yaml"

MIN_CHARS = 10
"""Shorter messages ("ok", "hola") say too little about their language."""

MIN_CONFIDENCE = 0.9
"""lingua's share for the foreign language, as for our own (bot/matching/detect.py). On 28
phone-style lines in seven foreign languages (written for this, not from a set the report
uses) 0.9 recognised 23; 0.6 recognised 26 but took 3.5 times as many of our own lines."""


@dataclass(frozen=True)
class ForeignLanguage:
    code: str
    name: str  # its own name: "Español"
    sorry: str  # in that language: "Sorry, I cannot write Spanish yet. Choose a language ..."
    choose: str = ""  # on the first screen, the languages below: "... Choose one of these."
    # everyday words only this language uses, as typed ("necesito", "obrigado"): by_its_words
    words: frozenset[str] = field(default=frozenset(), repr=False)


def _lingua(code: str) -> Language | None:
    iso_code = getattr(IsoCode639_1, code.upper(), None)
    return Language.from_iso_code_639_1(iso_code) if iso_code is not None else None


class ForeignLanguages:
    """Which foreign language a message is in, among those of ``foreign.yaml``."""

    def __init__(
        self, foreign: Sequence[ForeignLanguage], readers: frozenset[str], ours: Sequence[str]
    ) -> None:
        self._foreign = {language: entry for entry in foreign if (language := _lingua(entry.code))}
        self._by_word: dict[str, list[ForeignLanguage]] = {}
        for entry in foreign:
            for word in entry.words:
                self._by_word.setdefault(word, []).append(entry)
        # Our own languages are candidates too: a Romanian line must win as Romanian.
        self._candidates = [*self._foreign, *filter(None, map(_lingua, ours))]
        self.readers = readers
        self._detector: LinguaDetector | None = None
        self._build_lock = Lock()

    @classmethod
    def load(cls, locales_dir: Path, ours: Sequence[str]) -> ForeignLanguages:
        path = locales_dir / FOREIGN_FILE
        if not path.exists():
            return cls((), frozenset(), ours)
        source = read_phrase_file(path)
        data = source.data if isinstance(source.data, Mapping) else {}
        issues: list[ContentIssue] = []
        readers = data.get("asked_for_readers") or []
        if not isinstance(readers, list):
            issues.append(source.issue(("asked_for_readers",), "expected a list of codes"))
            readers = []
        entries: list[ForeignLanguage] = []
        for index, entry in enumerate(data.get("languages") or []):
            fields = entry if isinstance(entry, Mapping) else {}
            code, name, sorry = (str(fields.get(key) or "").strip() for key in FOREIGN_FIELDS)
            choose = str(fields.get("choose") or "").strip() or sorry
            words = fields.get("words") or []
            if not isinstance(words, list):
                issues.append(source.issue(("languages", index, "words"), "expected a list"))
                words = []
            if not (code and name and sorry):
                issues.append(source.issue(("languages", index), "needs code, name and sorry"))
            elif _lingua(code) is None:
                issues.append(source.issue(("languages", index, "code"), "unknown language"))
            elif code in ours:
                issues.append(source.issue(("languages", index, "code"), "the bot speaks it"))
            else:
                typed = frozenset(normalize(str(word)) for word in words) - {""}
                entries.append(ForeignLanguage(code, name, sorry, choose, typed))
        if issues:
            raise CatalogueError(issues)
        return cls(entries, frozenset(map(str, readers)), ours)

    @property
    def languages(self) -> tuple[ForeignLanguage, ...]:
        return tuple(self._foreign.values())

    def detect(self, text: str, reader: str | None) -> ForeignLanguage | None:
        """The foreign language ``text`` is written in, or None: too short, unsure, one of
        ours, or a reader whose typing the detector misreads. ``reader`` None: a newcomer
        who chose no language yet (see first_language.py)."""
        if reader is not None and reader not in self.readers:
            return None
        if not self._foreign or len(text.strip()) < MIN_CHARS:
            return None
        confidences = self._lingua().compute_language_confidence_values(text)
        if confidences and confidences[0].value >= MIN_CONFIDENCE:
            return self._foreign.get(confidences[0].language)
        return None

    def by_its_words(self, words: Sequence[str], ours: Collection[str]) -> ForeignLanguage | None:
        """The foreign language of a message too short for the detector ("hola necesito
        ayuda", "obrigado"), told by the everyday words only it uses (``words`` in the file):
        at least half of the message's words are its own and not ``ours`` (our phrase lists'
        words, as typed: Romanians back from Spain greet with "hola"), they outnumber ours,
        and no other foreign language has as many. ``words``: the message's words, normalised."""
        shared = sum(len(word) >= 4 and word in ours for word in words)
        counts = Counter(
            entry.code
            for word in words
            if not (len(word) >= 4 and word in ours)
            for entry in self._by_word.get(word, ())
        )
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] <= shared or 2 * ranked[0][1] < len(words):
            return None
        if len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
            return None  # "documentos": Spanish or Portuguese
        return next(entry for entry in self.languages if entry.code == ranked[0][0])

    def _lingua(self) -> LinguaDetector:
        with self._build_lock:
            if self._detector is None:
                self._detector = (
                    LanguageDetectorBuilder.from_languages(*self._candidates)
                    .with_low_accuracy_mode()
                    .build()
                )
            return self._detector


FOREIGN_FIELDS = ("code", "name", "sorry")
