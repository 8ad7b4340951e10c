"""Find short phrases in what people type, in any word order, with endings and typos.

Used for everyday intents ("ich will mit einem menschen sprechen") and for words of danger
("мъжът ми ме бие" and "бие ме мъжът ми" are the same cry). A phrase is a few words; it is
found when each of its words matches a different word of the message, wherever it stands:

- ``word``  the same word after :func:`~bot.matching.normalize.normalize` (case, diacritics,
  Arabic and Persian letter variants), or the same word with one typo when it is long enough;
- ``word*`` any word that starts with it: inflections and attached endings
  (``schlag*`` = schlägt, schlagen; ``يضرب*`` = يضربني).

Cyrillic phrases are also found typed in Latin letters ("bie me"). Romani phrases can also be
found in the spellings people use for Romani (:func:`romani_spelling`: "lasho"/"lačho"/"lacio",
"kaj"/"kai", "džav"/"djav"/"zhav", also typed in Cyrillic: "лачо дивес"). A phrase that has no
letters at all (an emoji such as 👍) is looked for in the raw text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

from rapidfuzz.distance import Indel

from bot.matching.matcher import deletion_variants
from bot.matching.normalize import CHAT_LATIN, has_cyrillic, normalize, transliterate_cyrillic

WILDCARD = "*"

CARON_LETTERS = re.compile("[šžčŠŽČ]")
_CARON_AS_TYPED = str.maketrans({"š": "sh", "ž": "zh", "č": "ch", "Š": "sh", "Ž": "zh", "Č": "ch"})

TYPO_MIN_CHARS = 5
"""Shorter words must be typed exactly: "bie" and "bir", "da" and "de" are different words."""

TYPO_SIMILARITY = 80.0
"""Indel similarity from which a long word counts as the same word with one typo."""

ROMANI = "rom"

ROMANI_MARK = "~"
ROMANI_AS_IS = "="
"""Romani words in their folded spelling carry a mark, so that only Romani phrases are found
through them: ROMANI_MARK where folding changed the word ("kaj" -> "~kai"), ROMANI_AS_IS where
it did not ("san" -> "=san")."""

_CLIPPED_E = re.compile(r"^[a-z]{2,}[bdfgklmnprstz]$")
"""A word that may have lost its final e ("find", "komm", "hätt", "möcht"): found as the
listed word with it, never as typed exactly, like a typo."""

ARABIC_PREFIXES = ("و", "ف", "ب", "ال", "وال", "بال", "فال", "لل")
"""Attached "and", "so", "with" and the article: "وزوجي" is "زوجي" (my husband) too."""


@dataclass(frozen=True)
class _Word:
    text: str
    prefix: bool  # ends in *: any ending matches


@dataclass(frozen=True)
class Phrase:
    """One listed phrase, under the key it stands for (an intent, a language, danger)."""

    key: Hashable
    source: str  # as written in the file
    words: tuple[_Word, ...]
    symbol: str = ""  # a phrase without letters (an emoji), looked for in the raw text

    @property
    def weight(self) -> int:
        return sum(len(word.text) for word in self.words) or len(self.symbol)


@dataclass(frozen=True)
class Found:
    """A phrase found in a message, and which of the message's words it used.

    ``exact``: every word as listed (or with a listed ending), no typo needed: when two
    phrases explain the same words, the one typed exactly is the likelier reading.
    """

    phrase: Phrase
    positions: frozenset[int]
    exact: bool = True


def parse(
    entry: str, key: Hashable, language: str | None = None, *, spellings: bool = False
) -> list[Phrase]:
    """The phrases one file entry stands for: as written, and Cyrillic also in Latin letters.

    ``spellings``: Romani entries also in their folded spelling (:func:`romani_spelling`), for
    an index that reads messages with :func:`spelling_forms`.
    """
    spellers: list[Callable[[str], str]] = [_normalized]
    if CARON_LETTERS.search(entry):
        # Romani written with š, ž, č is typed "sh", "zh", "ch" on most phones.
        spellers.append(lambda token: _normalized(token.translate(_CARON_AS_TYPED)))
    if spellings and language == ROMANI:
        # Romani has no one spelling: "lačho", "lacho", "lacio" are one word.
        spellers.append(_romani_folded)
    if has_cyrillic(entry):
        # The language's own romanisation, the plain one ("diakuiu") and the chat one ("nqkoi").
        for romanisation in (language, None, CHAT_LATIN):
            spellers.append(partial(_romanised, romanisation=romanisation))
    phrases: dict[tuple[_Word, ...], Phrase] = {}
    for spell in spellers:
        words: list[_Word] = []
        for token in entry.split():
            spelled = spell(token.rstrip(WILDCARD)).split()
            words += [_Word(word, False) for word in spelled]
            if spelled and token.endswith(WILDCARD):
                words[-1] = _Word(spelled[-1], True)
        if words:
            phrases.setdefault(tuple(words), Phrase(key, entry, tuple(words)))
    if not phrases and entry.strip():
        return [Phrase(key, entry, (), symbol=entry.strip())]
    return list(phrases.values())


@lru_cache(maxsize=65_536)
def _normalized(token: str) -> str:
    """Cached: concept pairs (locales/danger.yaml) spell the same words thousands of times."""
    return normalize(token)


@lru_cache(maxsize=65_536)
def _romani_folded(token: str) -> str:
    """Each word in its folded spelling, marked by whether folding changed it."""
    return " ".join(_marked(word, romani_spelling(word)) for word in _normalized(token).split())


def _marked(word: str, folded: str) -> str:
    return (ROMANI_MARK if folded != word else ROMANI_AS_IS) + folded


_CONSONANT_H = re.compile(r"([bcdfgjklmnpqrstvwxz])h")
_SOFT_BEFORE_VOWEL = re.compile(r"([cg])i(?=[aeou])")
_DOUBLED = re.compile(r"(.)\1+")
_VOWEL_I = re.compile(r"[aeou]i|i[aeou]")
_ROMANI_LETTERS = str.maketrans({"x": "h", "w": "v", "y": "i", "j": "i", "q": "k"})


@lru_cache(maxsize=65_536)
def romani_spelling(word: str) -> str:
    """One folded spelling for the ways a Romani word is typed.

    ``word`` is normalised (no diacritics: "č" is already "c"). Folded alike: a consonant
    with or without a following h ("lacho" / "laco", "phuterde" / "puterde", "kher" / "ker",
    "mishto" / "misto"), the affricates ("džav", "dzhav", "djav", "zhav", "giav"), "ci" and
    "gi" before a vowel as in Romanian and Italian spelling ("lacio", "ciavo"), j / i / y
    ("kaj", "kai"), x / h ("baxtalo", "bahtalo"), w / v, and doubled letters ("biroo").
    Cyrillic letters are read the Bulgarian way ("кай сан" is "kaj san").
    """
    if has_cyrillic(word):
        word = transliterate_cyrillic(word, language="bg")
    word = _SOFT_BEFORE_VOWEL.sub(lambda m: "c" if m.group(1) == "c" else "dz", word)
    previous = None
    while previous != word:
        previous, word = word, _CONSONANT_H.sub(r"\1", word)
    word = word.replace("tc", "c").replace("dz", "z").replace("dj", "z")
    return _DOUBLED.sub(r"\1", word.translate(_ROMANI_LETTERS))


@lru_cache(maxsize=65_536)
def _romanised(token: str, romanisation: str | None) -> str:
    return transliterate_cyrillic(token, language=romanisation)


class PhraseIndex:
    """Many phrases, indexed by their words so a message is checked in well under a millisecond."""

    def __init__(
        self,
        phrases: Iterable[Phrase],
        *,
        typo_min_chars: int = TYPO_MIN_CHARS,
        typo_similarity: float = TYPO_SIMILARITY,
        forms: Callable[[str], list[str]] | None = None,
        clipped_e: bool = False,
    ) -> None:
        """``forms``: how a message word may be read (:func:`arabic_forms`,
        :func:`spelling_forms`). ``clipped_e``: a word may stand for the listed word with a
        final e ("find ich", "hätt gern"), as spoken German drops it; found as a typo is,
        never as typed exactly."""
        self.phrases = tuple(phrases)
        self.clipped_e = clipped_e
        self._forms = forms or arabic_forms  # how a message word may be read
        self.typo_min_chars = typo_min_chars
        self.typo_similarity = typo_similarity
        self._symbols = tuple(p for p in self.phrases if p.symbol)
        self._by_word: defaultdict[str, list[Phrase]] = defaultdict(list)
        self._exact: set[str] = set()
        self._prefixes: set[str] = set()
        self._by_deletion: defaultdict[str, set[str]] = defaultdict(set)
        for phrase in self.phrases:
            for word in phrase.words:
                self._by_word[_key(word)].append(phrase)
                if word.prefix:
                    self._prefixes.add(word.text)
                elif word.text not in self._exact:  # concept pairs repeat their words
                    self._exact.add(word.text)
                    if len(word.text) >= typo_min_chars and not _folded(word.text):
                        for variant in deletion_variants(word.text, 1):
                            self._by_deletion[variant].add(word.text)

    def find(self, text: str) -> list[Found]:
        """Every listed phrase in ``text``, each with the message words it used."""
        words = normalize(text).split()
        matches = [self._matches(word) for word in words]  # position -> pattern keys
        by_key: defaultdict[str, set[int]] = defaultdict(set)
        for position, keys in enumerate(matches):
            for key in keys:
                by_key[key].add(position)
        found: list[Found] = []
        seen: set[Phrase] = set()
        for key in by_key:
            for phrase in self._by_word.get(key, ()):
                if phrase in seen:
                    continue
                seen.add(phrase)
                positions = _assign(phrase.words, by_key)
                if positions is not None:
                    exact = all(
                        _typed_as_listed(w, words, positions, self._forms) for w in phrase.words
                    )
                    found.append(Found(phrase, positions, exact))
        found += [Found(p, frozenset()) for p in self._symbols if p.symbol in text]
        return found

    def in_listed_order(self, found: Found, words: Sequence[str]) -> bool:
        """Whether a found phrase's words stand in the message in the order they are listed."""
        ordered = sorted(found.positions)
        return len(ordered) == len(found.phrase.words) and all(
            self._fits(word, words[position])
            for word, position in zip(found.phrase.words, ordered, strict=True)
        )

    def _fits(self, word: _Word, typed: str) -> bool:
        return any(
            form.startswith(word.text)
            if word.prefix
            else form == word.text
            or form + "e" == word.text
            or Indel.normalized_similarity(form, word.text) * 100 >= self.typo_similarity
            for form in self._forms(typed)
        )

    def _matches(self, word: str) -> set[str]:
        keys: set[str] = set()
        for form in self._forms(word):
            if form in self._exact:
                keys.add(form)
            keys.update(
                form[:end] + WILDCARD
                for end in range(1, len(form) + 1)
                if form[:end] in self._prefixes
            )
            if self.clipped_e and _CLIPPED_E.search(form) and form + "e" in self._exact:
                keys.add(form + "e")  # spoken German drops a final e: "find ich", "hätt gern"
            if len(form) >= self.typo_min_chars and not _folded(form):
                for variant in deletion_variants(form, 1):
                    for listed in self._by_deletion.get(variant, ()):
                        if listed[0] != form[0]:
                            continue  # a first letter is rarely mistyped: "looking" ≠ "booking"
                        similarity = Indel.normalized_similarity(form, listed) * 100
                        if similarity >= self.typo_similarity:
                            keys.add(listed)
        return keys


def _typed_as_listed(
    word: _Word,
    words: Sequence[str],
    positions: frozenset[int],
    forms: Callable[[str], list[str]],
) -> bool:
    return any(
        form.startswith(word.text) if word.prefix else form == word.text
        for position in positions
        for form in forms(words[position])
    )


def _key(word: _Word) -> str:
    return word.text + WILDCARD if word.prefix else word.text


def arabic_forms(word: str) -> list[str]:
    """The word, and without an attached Arabic article or conjunction."""
    forms = [word]
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            forms.append(word[len(prefix) :])
    return forms


def _folded(word: str) -> bool:
    return word.startswith((ROMANI_MARK, ROMANI_AS_IS))


def spelling_forms(word: str) -> list[str]:
    """:func:`arabic_forms`, and the word in Romani folded spelling (see :func:`parse`)."""
    forms = arabic_forms(word)
    if word.isalpha() and (word.isascii() or has_cyrillic(word)):
        folded = romani_spelling(word)
        if len(word) > 2 or not has_cyrillic(word):
            # "biroo" is "biro", "сан" is "san"; Bulgarian "на", "да" stay Bulgarian.
            forms.append(ROMANI_AS_IS + folded)
        if folded != word or len(word) >= 5 or _VOWEL_I.search(word):
            # A short word typed plainly is the word it is, in its own language: "cat" in
            # "si cat costa" is Romanian "how much", not Romani "chat" with the h left off;
            # "kai" (kaj) and "shai" (šaj) are spellings.
            forms.append(ROMANI_MARK + folded)
    return forms


def _assign(words: Sequence[_Word], positions_by_key: dict[str, set[int]]) -> frozenset[int] | None:
    """Give each phrase word a different message word, or None when that is impossible."""
    options = [sorted(positions_by_key.get(_key(word), ())) for word in words]
    if any(not option for option in options):
        return None
    used: set[int] = set()

    def place(index: int) -> bool:
        if index == len(options):
            return True
        for position in options[index]:
            if position not in used:
                used.add(position)
                if place(index + 1):
                    return True
                used.discard(position)
        return False

    return frozenset(used) if place(0) else None
