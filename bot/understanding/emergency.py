"""Words of danger and urgent illness, in every language (``locales/distress.yaml``).

Checked first, against every language's list (people mix languages, especially in need), in
any word order and with endings (see :mod:`bot.understanding.phrases`). When one is found the
bot shows the emergency numbers and offers a person, and nothing else in that turn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml

from bot.understanding.phrases import PhraseIndex, parse

DISTRESS_FILE = "distress.yaml"

TYPO_MIN_CHARS = 6
TYPO_SIMILARITY = 85.0
"""Stricter than for intents: "feier" (a party) must not become "feuer" (fire)."""


class DistressWords:
    def __init__(self, lists: Mapping[str, Sequence[str]]) -> None:
        self.languages = frozenset(code for code, entries in lists.items() if entries)
        self._index = PhraseIndex(
            (
                phrase
                for code, entries in lists.items()
                for entry in entries
                for phrase in parse(str(entry), code, code)
            ),
            typo_min_chars=TYPO_MIN_CHARS,
            typo_similarity=TYPO_SIMILARITY,
        )

    @classmethod
    def load(cls, locales_dir: Path) -> DistressWords:
        data = yaml.safe_load((locales_dir / DISTRESS_FILE).read_text(encoding="utf-8")) or {}
        return cls({str(code): list(entries or ()) for code, entries in data.items()})

    def found_in(self, text: str) -> bool:
        return bool(self._index.find(text))

    def which(self, text: str) -> list[str]:
        """The listed phrases found, as written in the file (for tests and tuning)."""
        return [found.phrase.source for found in self._index.find(text)]
