"""Offer names typed by ear: the same German sounds written the way another language writes them.

People write the German names of our offers as they hear them, in the letters of their own
language: "doiczkurs" (Polish), "doyç kurs" (Turkish), "doich kurs" (English), "şprehştunde",
"shprekhshtunde", "nae cafe", "فلكمن يوروبا". A typo index finds a letter or two
off; these are more. A sound key keeps the consonants a name is heard by, the sibilants
(s, z, sch, tsch, ch, ç, cz, ...) as one, without vowels, h or doubled letters, and compares
it with the keys of the offers' own names:

    deutschkurs, doiczkurs, doyçkurs, doich kurs, dojchkurs     -> dskrs
    sprechstunde, shprekhshtunde, şprehştunde, sprehstunde      -> sprstnd
    nähcafe, naecafe, nae cafe, naykafe, nekafe                 -> nkf  (nescafe: nskf)
    willkommen europa, vilkommen yuropa                         -> vlkmnrp
    فيلكومن اوروبا, فلكمن يوروبا, ویلکامن اوروپا                 -> vلكمنرب

A key of a few consonants is compared whole; a long one (:data:`FUZZY_FROM`) may differ by a
consonant ("sprekstunde"). A word or two adjacent words whose key is a name's key are also
read as that name, the words kept beside it (bot/matching/matcher.py, ``Matcher.match``).
Two words with a small one among them ("Nä Cafe": "na" is a stop word) are read only by a
long key, compared whole.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from rapidfuzz.distance import Indel

from bot.matching.normalize import has_cyrillic, transliterate_cyrillic

MIN_KEY = 3
"""Keys of fewer consonants ("ds" for "deutsch", "kf" for "kafe") name nothing for sure."""

SHORT_KEY = 6
"""Keys of fewer consonants ("nkf", "dskrs") are read in two words only when neither is a
small word listed as a stop word: "nae cafe" is the Nähcafé and "doich kurs" the Deutschkurs,
but "no cafe", "nu cafea" (not coffee) and "ich ruf dich kurz an" name nothing."""

VOWEL_START = "V"
"""Marks a key whose word begins with a vowel: "in cafe" is not "nähcafe", "elterncafe" keeps
the sound of its first letter."""

MIN_UNIT_CHARS = 5
"""A word or pair this short ("ne kf") is not read by sound."""

ENDING_CHARS = 3
"""Letters of an ending (an article, a case) a word may have after a name heard by sound."""

MIN_WITH_ENDING_CHARS = 8
"""Only what is left of this length is heard as a name with an ending: shorter, a word of
its own ("kafeto" is "the coffee")."""

FUZZY_FROM = 6
"""Keys this long may differ by a consonant (Indel similarity :data:`FUZZY_SIMILARITY`)."""

FUZZY_SIMILARITY = 85.0
"""And begin with the same two and end with the same sound: "snaiperist na" (snprstn) and
"passport and" (psprtnd) are 86 % of "sprechstunde" (sprstnd), but heard otherwise."""

KEY_CACHE_SIZE = 50_000
"""Keys kept: a message's words and pairs are read again by every match of the same turn."""

_LATIN_RULES = (
    (re.compile(r"tzsch|tsch|tsh|tch|sch|sh|ch|kh|cz|ts|tz|zh"), "s"),
    (re.compile(r"c(?=[aoulr])"), "k"),
    (re.compile(r"qu"), "kv"),
    (re.compile(r"[czßx]"), "s"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"[aeiouyjh]"), ""),
)

_ARABIC_VOWELS = frozenset("اأإآىيةءئؤهوی")
_ARABIC_SAME = str.maketrans({"ک": "ك", "گ": "ك", "پ": "ب", "ف": "v", "ڤ": "v", "ق": "ك"})


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def sound_key(unit: str) -> str:
    """The consonants ``unit`` (a normalised word, or two joined) is heard by."""
    if has_cyrillic(unit):
        unit = transliterate_cyrillic(unit)
    if any("\u0600" <= char <= "\u06ff" for char in unit):
        return _arabic_key(unit)
    key = unit
    start = VOWEL_START if unit[:1] in "aeiou" else ""
    for pattern, replacement in _LATIN_RULES:
        key = pattern.sub(replacement, key)
    return start + _single(key)


def _arabic_key(unit: str) -> str:
    # A first و is a consonant (v, w), any other long vowel letter is a vowel.
    first, rest = unit[:1], unit[1:]
    if first == "و":
        first = "v"
    elif first in _ARABIC_VOWELS:
        first = VOWEL_START
    kept = first + "".join(char for char in rest if char not in _ARABIC_VOWELS)
    return _single(kept.translate(_ARABIC_SAME))


def consonants(key: str) -> int:
    return len(key) - key.startswith(VOWEL_START)


def _single(key: str) -> str:
    return "".join(char for at, char in enumerate(key) if at == 0 or key[at - 1] != char)


class SoundIndex:
    """The sound keys of the offers' name words; finds the name a unit sounds like."""

    def __init__(self, names: frozenset[str], small_words: frozenset[str] = frozenset()) -> None:
        self._names = frozenset(names)
        self._small_words = small_words
        self._by_key: dict[str, str] = {}
        for name in sorted(names):  # the same name for a key at every load
            key = sound_key(name)
            if consonants(key) >= MIN_KEY and len(name) >= MIN_UNIT_CHARS:
                self._by_key.setdefault(key, name)
        self._long = tuple(
            (key, name) for key, name in self._by_key.items() if len(key) >= FUZZY_FROM
        )

    def name_of(self, unit: str, short_ok: bool = True) -> str | None:
        """The name word ``unit`` sounds like, or None (also for a name word as typed).
        ``short_ok`` False (two words, one of them small): only a long key, and only whole."""
        if len(unit) < MIN_UNIT_CHARS or unit in self._names or unit.isdigit():
            return None
        key = sound_key(unit)
        if consonants(key) < MIN_KEY or (not short_ok and consonants(key) < SHORT_KEY):
            return None
        if key in self._by_key:
            return self._by_key[key]
        if len(key) < FUZZY_FROM or not short_ok:
            return None  # "sprechen die" (sprsnd) is no Sprechstunde (sprstnd)
        best = max(
            (
                (Indel.normalized_similarity(key, known) * 100, name)
                for known, name in self._long
                if key[:2] == known[:2] and key[-1] == known[-1]
            ),
            default=(0.0, ""),
        )
        return best[1] if best[0] >= FUZZY_SIMILARITY else None

    def read(self, words: list[str]) -> list[str]:
        """``words`` with the name that a word, or a pair of adjacent words, sounds like
        written after it: ["na", "cafe", "freitags"] -> ["na", "cafe", "nahcafe", "freitags"].
        The words stay: they may be those of a longer keyword ("willkomen europa
        konsultaciia", the counselling Willkommen Europa)."""
        read: list[str] = []
        last = 0
        for at, width, name in self._heard(words):
            read.extend(words[last : at + width])
            read.append(name)
            last = at + width
        read.extend(words[last:])
        return read

    def heard(self, words: list[str]) -> frozenset[int]:
        """The positions of the words :meth:`read` hears as a name (both words of a pair)."""
        return frozenset(
            at + offset for at, width, _name in self._heard(words) for offset in range(width)
        )

    def _heard(self, words: list[str]) -> Iterator[tuple[int, int, str]]:
        """Each word, or pair of adjacent words, that sounds like a name: its position, how
        many words it is, and the name."""
        if not self._by_key:
            return
        at = 0
        while at < len(words):
            pair = words[at] + words[at + 1] if at + 1 < len(words) else ""
            small = bool({words[at], words[at + 1]} & self._small_words) if pair else False
            if pair and (name := self.name_of(pair, short_ok=not small)) is not None:
                yield at, 2, name
                at += 2
                continue
            if (name := self._name_with_ending(words[at])) is not None:
                yield at, 1, name
            at += 1

    def _name_with_ending(self, word: str) -> str | None:
        """The name ``word`` sounds like, also given an ending ("doicikursul", Romanian for
        "the Deutschkurs"; "shprehshtundy"): the name is heard without the ending."""
        name = self.name_of(word)
        for cut in range(1, ENDING_CHARS + 1):
            if name is not None or len(word) - cut < MIN_WITH_ENDING_CHARS:
                break
            name = self.name_of(word[:-cut])
        return name
