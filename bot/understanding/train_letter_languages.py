"""Rebuild letter_languages.json: ``python -m bot.understanding.train_letter_languages``.

The table of bot/understanding/letter_languages.py: for each hashed letter run and each of our
languages, log P(run | language), counted (with add-half smoothing) over the lines of the sets
the intent head learns from (``train_intent_head.training_files``: the development sets named
in TRAINING_SETS and the probe files, never a report set): each line typed in Latin letters
under its language, and each Cyrillic line of bg, uk and ru also as typed in Latin letters
(``transliterate_cyrillic``), which triples what Latin-typed Slavic has to learn from; and,
as the class ``foreign``, the first messages in languages we do not speak of
tests/data/foreign_first_messages/dev.yaml (never its report.yaml).
Deterministic, standard library only, a few seconds.
"""

from __future__ import annotations

import base64
import json
import math
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

from bot.config import PROJECT_ROOT
from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic
from bot.understanding.char_grams import buckets
from bot.understanding.evaluate import load_entries
from bot.understanding.letter_languages import (
    FOREIGN,
    LONGEST,
    SHORTEST,
    TABLE_FILE,
    LetterLanguages,
    floats,
    typed_in_latin_letters,
)
from bot.understanding.train_intent_head import run_trainer, training_files

FOREIGN_LINES = PROJECT_ROOT / "tests" / "data" / "foreign_first_messages" / "dev.yaml"

BUCKETS = 8192
SMOOTHING = 0.5
CYRILLIC_LANGUAGES = ("bg", "uk", "ru")


def latin_lines(files: Iterable[Path]) -> list[tuple[str, str]]:
    """(language, text in Latin letters) for every line of ``files`` that is or can be so."""
    lines = []
    for path in files:
        for entry in load_entries(path):
            if typed_in_latin_letters(entry.text):
                lines.append((entry.language, entry.text))
            elif entry.language in CYRILLIC_LANGUAGES and has_cyrillic(entry.text):
                lines.append((entry.language, transliterate_cyrillic(entry.text, entry.language)))
    return lines


GERMAN_WORD_LETTERS = 5
"""Words of this length or more that our German lines use are left out of the foreign lines:
a Pole writes "Anmeldung" and "Jobcenter" as a Bulgarian does, so they must not say "foreign"."""


def foreign_lines(
    ours: Sequence[tuple[str, str]], path: Path = FOREIGN_LINES
) -> list[tuple[str, str]]:
    """(``foreign``, text) for every first message of ``path`` typed in Latin letters, without
    the German words of ``ours`` (the lines of :func:`latin_lines`)."""
    german = {
        word
        for language, text in ours
        if language == "de"
        for word in normalize(text).split()
        if len(word) >= GERMAN_WORD_LETTERS
    }
    by_language = yaml.safe_load(path.read_text(encoding="utf-8"))["lines"]
    lines = []
    for texts in by_language.values():
        for text in map(str, texts):
            kept = " ".join(word for word in normalize(text).split() if word not in german)
            if typed_in_latin_letters(text) and kept:
                lines.append((FOREIGN, kept))
    return lines


def table(lines: Sequence[tuple[str, str]], size: int = BUCKETS) -> LetterLanguages:
    """The naive Bayes table of ``lines``: each line's distinct runs counted once."""
    languages = tuple(sorted({language for language, _ in lines}))
    counts = {language: Counter[int]() for language in languages}
    for language, text in lines:
        counts[language].update(buckets(text, size, SHORTEST, LONGEST))
    values = array("f", [0.0] * (size * len(languages)))
    for k, language in enumerate(languages):
        seen = counts[language]
        total = sum(seen.values()) + SMOOTHING * size
        for bucket in range(size):
            values[bucket * len(languages) + k] = math.log((seen[bucket] + SMOOTHING) / total)
    return LetterLanguages(languages, values)


def encoded(reading: LetterLanguages, lines: Sequence[tuple[str, str]]) -> dict[str, object]:
    packed = array("f", reading.log_probabilities)
    if sys.byteorder != "little":
        packed.byteswap()
    return {
        "about": "table of bot/understanding/letter_languages.py, by train_letter_languages.py",
        "languages": list(reading.languages),
        "lines": len(lines),
        "log_probabilities": base64.b64encode(packed.tobytes()).decode(),
    }


def build(path: Path = TABLE_FILE, without: Sequence[str] = ()) -> None:
    ours = latin_lines(training_files(without=without))
    lines = ours + foreign_lines(ours)
    path.write_text(json.dumps(encoded(table(lines), lines)) + "\n", encoding="utf-8")
    print(f"{path}: {len(lines)} lines")


def stored_table(path: Path = TABLE_FILE) -> LetterLanguages:
    stored = json.loads(path.read_text(encoding="utf-8"))
    return LetterLanguages(tuple(stored["languages"]), floats(stored["log_probabilities"]))


def main(argv: Sequence[str] | None = None) -> int:
    return run_trainer(argv, __doc__.splitlines()[0], build, TABLE_FILE)


if __name__ == "__main__":
    sys.exit(main())
