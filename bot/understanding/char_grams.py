"""A message's letters in short runs, hashed: what survives typos, lost diacritics and spelling.

The sentence vector of the embedding model reads "programare" and "programari" alike, but a
typo or a Latin-typed word it never saw ("vorbsc", "4elovek", "zawji") moves it a long way.
Runs of 2-5 letters inside each word (" vorb", "orbe", "bsc ") mostly stay the same, so the
learned intent head (bot/understanding/intent_head.py) reads them beside the vector. They are
taken after the matcher's own normalisation (case, diacritics, Arabic and Persian letter
variants: bot/matching/normalize.py), Cyrillic words also in Latin letters, and hashed into
a fixed number of buckets, so the head's weights stay a small matrix and nothing but numpy is
needed at run time.

Session 9: the whole words go into a second, smaller bag beside the runs
(:func:`word_buckets`), each also as its consonant skeleton, the one form that Arabic or
Persian typed in Arabic letters, in Latin letters and in Arabizi digits share ("زوجي",
"zawji", "zooji": "zvj"); a letter typed again and again counts once ("pleeease"). The
skeletons' runs in the letter bag were measured too and added nothing (docs/understanding.md,
session 9).
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic

SHORTEST = 2
LONGEST = 5
"""Letter runs from 2 to 5, a word's start and end marked by a space: chosen by cross-
validation with the head (see bot/understanding/intent_head.py)."""

_REPEATED = re.compile(r"(.)\1{2,}")
_DOUBLED = re.compile(r"(.)\1+")
_SKELETON_TAG = "\x01"
"""Put before a skeleton when hashing, so the skeleton "mrs" is not the word "mrs"."""
_WORD_TAG = "\x02"

# Arabic and Persian letters (after normalize(): alef and yeh variants already one) as the
# consonants a Latin typist writes for them; long vowels, hamza and ain are left out, as in
# Arabizi they come and go ("maw3ed", "mo3ed", "موعد": "mvd").
_ARABIC_CONSONANTS = str.maketrans(
    {
        "ا": "", "ء": "", "ع": "", "ي": "", "ى": "", "ئ": "", "ؤ": "v",
        "ب": "b", "ت": "t", "ث": "s", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "z",
        "ر": "r", "ز": "z", "س": "s", "ش": "c", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
        "غ": "g", "ف": "f", "ق": "g", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
        "و": "v", "پ": "p", "چ": "c", "ژ": "j", "گ": "g",
    }
)  # fmt: skip
# Latin letters and Arabizi digits to the same consonants: sh/ch and kh, gh/q, w/v made one.
_LATIN_PAIRS = (("sch", "c"), ("kh", "x"), ("gh", "g"), ("sh", "c"), ("ch", "c"), ("th", "t"))
_LATIN_CONSONANTS = str.maketrans(
    {
        "5": "x", "7": "h", "8": "g", "9": "g", "6": "t", "q": "g", "w": "v", "y": "",
        "a": "", "e": "", "i": "", "o": "", "u": "", "2": "", "3": "",
    }
)  # fmt: skip
_LATIN_WORD = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*")
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")


def skeleton(word: str) -> str:
    """A normalised word's consonants, the way its Latin, Arabizi and Arabic spellings agree:
    "shukran", "choukran", "shkran" and "شكرا" are "ckr(n)", "zawji" and "زوجي" "zvj". Empty for
    a word of other letters (Cyrillic: read in Latin letters first) or of digits only."""
    if _ARABIC_WORD.fullmatch(word):
        folded = word.translate(_ARABIC_CONSONANTS)
    elif _LATIN_WORD.fullmatch(word):
        folded = word
        for pair, letter in _LATIN_PAIRS:
            folded = folded.replace(pair, letter)
        folded = folded.translate(_LATIN_CONSONANTS)
    else:
        return ""
    return _DOUBLED.sub(r"\1", folded)


def words(text: str, squeeze: bool = False) -> list[str]:
    """The normalised words, and Cyrillic ones also in Latin letters: "хочу" shares its runs
    with "hochu", as people type it without a Cyrillic keyboard. ``squeeze``: a letter typed
    three or more times in a row counts once ("pleeease" is "please")."""
    return list(_words(text, squeeze))


@lru_cache(maxsize=256)
def _words(text: str, squeeze: bool) -> tuple[str, ...]:
    """Kept for a few messages: the letter runs and the word bag read the same words."""
    found = normalize(text).split()
    if has_cyrillic(text):
        found += transliterate_cyrillic(text).split()
    if squeeze:
        found = [_REPEATED.sub(r"\1", word) for word in found]
    return tuple(found)


def grams(text: str, shortest: int = SHORTEST, longest: int = LONGEST) -> set[str]:
    """The distinct letter runs of each word, its edges marked (" om ")."""
    return {gram for word in words(text) for gram in _word_grams(word, shortest, longest)}


def buckets(
    text: str,
    count: int,
    shortest: int = SHORTEST,
    longest: int = LONGEST,
    *,
    squeeze: bool = False,
) -> list[int]:
    """The hashed buckets of a message's letter runs, sorted, each once."""
    found: set[int] = set()
    for word in words(text, squeeze):
        found |= _word_buckets(word, count, shortest, longest)
    return sorted(found)


def word_buckets(text: str, count: int, *, squeeze: bool = False) -> list[int]:
    """The hashed buckets of a message's whole words (and their skeletons), sorted, each once."""
    found: set[int] = set()
    for word in words(text, squeeze):
        found |= _word_bag(word, count)
    return sorted(found)


@lru_cache(maxsize=16384)
def _word_bag(word: str, count: int) -> frozenset[int]:
    """A word's bucket and its skeleton's, kept as :func:`_word_buckets`."""
    found = {zlib.crc32((_WORD_TAG + word).encode()) % count}
    if len(shape := skeleton(word)) >= 2:
        found.add(zlib.crc32((_SKELETON_TAG + shape).encode()) % count)
    return frozenset(found)


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
