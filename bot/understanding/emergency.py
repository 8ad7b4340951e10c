"""Words of danger and urgent illness, in every language (``locales/distress.yaml``).

Checked first, against every language's list (people mix languages, especially in need), in
any word order and with endings (see :mod:`bot.understanding.phrases`). When one is found the
bot shows the emergency numbers and offers a person, and nothing else in that turn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from bot.catalogue.issues import CatalogueError, ContentIssue
from bot.understanding.concepts import DANGER_FILE, read_concept_pairs
from bot.understanding.phrase_files import phrase_lists, read_phrase_file
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
        """Read ``distress.yaml`` and the concept pairs of ``danger.yaml`` (when there is one);
        raises CatalogueError naming file and line on bad content."""
        issues: list[ContentIssue] = []
        lists = phrase_lists(read_phrase_file(locales_dir / DISTRESS_FILE), (), issues)
        if (locales_dir / DANGER_FILE).exists():
            _, pairs = read_concept_pairs(locales_dir / DANGER_FILE, issues)
            lists = {
                code: [*lists.get(code, []), *pairs.get(code, [])]
                for code in sorted(set(lists) | set(pairs))
            }
        if issues:
            raise CatalogueError(issues)
        return cls(lists)

    def found_in(self, text: str) -> bool:
        return bool(self._index.find(text))

    def languages_in(self, text: str) -> list[str]:
        """The languages whose words of danger ``text`` contains, most words first."""
        found = [hit.phrase.key for hit in self._index.find(text)]
        return sorted({str(code) for code in found}, key=lambda code: -found.count(code))

    def which(self, text: str) -> list[str]:
        """The listed phrases found, as written in the file (for tests and tuning)."""
        return [found.phrase.source for found in self._index.find(text)]
