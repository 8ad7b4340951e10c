"""Words that may mean someone is in danger, in every language (``locales/distress.yaml``).

Each entry is a word or phrase, matched as whole words after the same normalisation as
questions (case, diacritics, letter variants). A trailing ``*`` matches any ending of the last
word (``vergewaltig*``). Cyrillic entries also match when typed in Latin letters. Every
language's list is checked against every message: people mix languages, especially in need.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic

DISTRESS_FILE = "distress.yaml"
WILDCARD = "*"


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    open_end: bool  # the last word may go on (an ending)

    def found_in(self, words: Sequence[str]) -> bool:
        size = len(self.words)
        for start in range(len(words) - size + 1):
            window = words[start : start + size]
            if window[:-1] == list(self.words[:-1]) and (
                window[-1].startswith(self.words[-1])
                if self.open_end
                else window[-1] == self.words[-1]
            ):
                return True
        return False


class DistressWords:
    def __init__(self, lists: Mapping[str, Sequence[str]]) -> None:
        self.languages = frozenset(code for code, entries in lists.items() if entries)
        self._phrases = tuple(
            phrase
            for code, entries in lists.items()
            for entry in entries
            for phrase in _phrases(str(entry), code)
        )

    @classmethod
    def load(cls, locales_dir: Path) -> DistressWords:
        data = yaml.safe_load((locales_dir / DISTRESS_FILE).read_text(encoding="utf-8")) or {}
        return cls({str(code): list(entries or ()) for code, entries in data.items()})

    def found_in(self, text: str) -> bool:
        words = normalize(text).split()
        return any(phrase.found_in(words) for phrase in self._phrases)


def _phrases(entry: str, language: str) -> list[Phrase]:
    open_end = entry.rstrip().endswith(WILDCARD)
    spellings = {normalize(entry.rstrip().rstrip(WILDCARD))}
    if has_cyrillic(entry):
        spellings.add(normalize(transliterate_cyrillic(entry.rstrip(WILDCARD), language)))
    return [Phrase(tuple(spelling.split()), open_end) for spelling in spellings if spelling]
