"""A message's letters in short runs, hashed: what survives typos, lost diacritics and spelling.

The sentence vector of the embedding model reads "programare" and "programari" alike, but a
typo or a Latin-typed word it never saw ("vorbsc", "4elovek", "zawji") moves it a long way.
Runs of 2-5 letters inside each word (" vorb", "orbe", "bsc ") mostly stay the same, so the
learned intent head (bot/understanding/intent_head.py) reads them beside the vector. They are
taken after the matcher's own normalisation (case, diacritics, Arabic and Persian letter
variants: bot/matching/normalize.py), Cyrillic words also in Latin letters, and hashed into
a fixed number of buckets, so the head's weights stay a small matrix and nothing but numpy is
needed at run time.
"""

from __future__ import annotations

import zlib
from functools import lru_cache

from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic

SHORTEST = 2
LONGEST = 5
"""Letter runs from 2 to 5, a word's start and end marked by a space: chosen by cross-
validation with the head (see bot/understanding/intent_head.py)."""


def words(text: str) -> list[str]:
    """The normalised words, and Cyrillic ones also in Latin letters: "хочу" shares its runs
    with "hochu", as people type it without a Cyrillic keyboard."""
    found = normalize(text).split()
    if has_cyrillic(text):
        found += transliterate_cyrillic(text).split()
    return found


def grams(text: str, shortest: int = SHORTEST, longest: int = LONGEST) -> set[str]:
    """The distinct letter runs of each word, its edges marked (" om ")."""
    return {gram for word in words(text) for gram in _word_grams(word, shortest, longest)}


def buckets(text: str, count: int, shortest: int = SHORTEST, longest: int = LONGEST) -> list[int]:
    """The hashed buckets of a message's letter runs, sorted, each once."""
    found: set[int] = set()
    for word in words(text):
        found |= _word_buckets(word, count, shortest, longest)
    return sorted(found)


def _word_grams(word: str, shortest: int, longest: int) -> set[str]:
    padded = f" {word} "
    sizes = range(shortest, longest + 1)
    return {padded[i : i + size] for size in sizes for i in range(len(padded) - size + 1)}


@lru_cache(maxsize=16384)
def _word_buckets(word: str, count: int, shortest: int, longest: int) -> frozenset[int]:
    """A word's buckets, kept: most words of a message ("sa", "cu", "programare") come again.
    crc32 rather than hash(): the same bucket in every process, as when the head was trained."""
    return frozenset(
        zlib.crc32(gram.encode()) % count for gram in _word_grams(word, shortest, longest)
    )
