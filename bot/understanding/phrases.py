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

An index built with ``variants`` (everyday requests) also finds the forms people type in
Arabic and Persian: Latin-typed words by their consonant skeleton (:func:`latin_skeleton`:
"shukran", "choukran" and "shkran" are one word, "a7ki" and "ahki" too), words with attached
pronouns and plural endings ("دفترتون" is "دفتر", your office), and a word typed in two
pieces or a phrase typed as one word ("خدا حافظ", "khoda hafez" and "khodahafez").
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TypeVar, cast

from rapidfuzz.distance import Indel

from bot.i18n.word_lists import shared_words
from bot.matching.matcher import deletion_variants
from bot.matching.normalize import (
    CHAT_LATIN,
    KEY_ROMANISATIONS,
    has_cyrillic,
    normalize,
    romanisation_symbols,
    transliterate_cyrillic,
)

WILDCARD = "*"

_H = TypeVar("_H", bound=Hashable)

CARON_LETTERS = re.compile("[šžčŠŽČ]")
_CARON_AS_TYPED = str.maketrans({"š": "sh", "ž": "zh", "č": "ch", "Š": "sh", "Ž": "zh", "Č": "ch"})

JOINED_STEM_REACH = 3
"""A listed stem (``word*``) is found in two neighbouring words read as one only when it
takes in this many letters of the second word too: "di la" is no Turkish "dil*" (language);
and only when an ending follows: "от мен" (from me) is no Bulgarian "отмен*" (cancel)."""

NEVER_JOINED_AFTER = frozenset(
    normalize(word) for word in shared_words().every("pronouns_never_joined")
)
"""Personal pronouns of Russian, Ukrainian and Bulgarian (and as typed in Latin letters) are
never the second half of a word typed apart: "что от меня хотят" (what they want from me) is
no "отменя*" (cancel), "ot menya" no "otmenya". Not reviewed by native speakers."""

TYPO_MIN_CHARS = 5
"""Shorter words must be typed exactly: "bie" and "bir", "da" and "de" are different words."""

TYPO_SIMILARITY = 80.0
"""Indel similarity from which a long word counts as the same word with one typo."""

ROMANI = "rom"

SLAVIC = frozenset({"ru", "uk"})
"""Russian and Ukrainian phrases are also read in :func:`slavic_spelling`."""

SLAVIC_MARK = "^"
"""Marks a word in :func:`slavic_spelling`, so only Russian and Ukrainian phrases are found
through it."""

SLAVIC_MIN_LETTERS = 5
"""A listed word alone, or a stem, is read in :func:`slavic_spelling` only from this length."""

KEYED = frozenset({"ru", "uk", "bg"})
"""Languages whose Cyrillic phrases are also found by the :func:`romanisation_key` of their
words, in every index: "kude", "kyde" and "kade" (къде), "nujno" and "nuzhno" (нужно),
"4ovek" and "chovek" (човек) are each one word."""

KEY_MARK = "\u00a4"
"""Marks a word's :func:`romanisation_key`, so it never equals a typed word."""

KEY_MIN_LETTERS = 5
"""A listed word alone, or a stem, is found by its key only from this many letters; in a
phrase of several words from four (:data:`KEY_MIN_IN_PHRASE`). Shorter, its key is other
languages' words: Persian "khair" (good) has the key of Bulgarian "хайр" (bye), German "was"
that of "вас"."""

KEY_MIN_IN_PHRASE = 4

_KEYED_WORD = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*")
"""A message word read by its key too: Latin letters and digits ("4ovek"), three or more."""

ROMANI_MARK = "~"
ROMANI_AS_IS = "="
"""Romani words in their folded spelling carry a mark, so that only Romani phrases are found
through them: ROMANI_MARK where folding changed the word ("kaj" -> "~kai"), ROMANI_AS_IS where
it did not ("san" -> "=san")."""

_NEGATION_VOWELS = frozenset("aeiouıöü")
_NEGATION_ENDINGS = frozenset("yczms")
"""What follows Turkish negation's "m" and its vowel: "-miyor", "-micem", "-meyecek", "-mez",
"-mem", "-mesin". Not "n": German "terin" is "termin" with a typo."""


def _negation_typo(typed: str, listed: str) -> bool:
    """Whether the two words differ only by Turkish negation: one "m" before a vowel and a
    verb ending ("geliyorum" I am coming, "gelmiyorum" I am not coming; "bilmiyorum",
    "gelmicem"), so a typo never adds or drops it. A doubled m is a typo ("komme", "kome"),
    so is "terin" for "termin"."""
    if abs(len(typed) - len(listed)) != 1:
        return False
    longer, shorter = (typed, listed) if len(typed) > len(listed) else (listed, typed)
    at = next((i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), -1)
    at = len(shorter) if at < 0 else at
    return (
        longer[at] == "m"
        and longer[at + 1 : at + 2] in _NEGATION_VOWELS
        and longer[at + 2 : at + 3] in _NEGATION_ENDINGS
        and longer[at - 1 : at] != "m"
        and longer[:at] + longer[at + 1 :] == shorter
    )


_CLIPPED_E = re.compile(r"^[a-z]{2,}[bdfgklmnprstz]$")
"""A word that may have lost its final e ("find", "komm", "hätt", "möcht"): found as the
listed word with it, never as typed exactly, like a typo."""

ARABIC_PREFIXES = ("و", "ف", "ب", "ال", "وال", "بال", "فال", "لل")
"""Attached "and", "so", "with" and the article: "وزوجي" is "زوجي" (my husband) too."""

ATTACHED_ENDINGS = (
    "هاي", "ها", "تون", "تان", "شون", "شان", "مون", "مان", "كم", "كن", "هم", "نا", "ات", "اش",
    "ام", "ين", "ون", "و", "ه", "ك", "ت", "م", "ش",
)  # fmt: skip
"""Arabic and Persian endings people attach to a word (after :func:`normalize`, so ی is ي and
ة is ه): your, our, my, his (كم, تون, نا, م), plurals (ها, ين, ات) and the object marker
"رو" typed as "و" ("نوبتمو": my appointment). Taken off twice at most ("نوبتمو" -> "نوبت"),
never below three letters. Not ي: Persian "بازی" (a game) is no "باز" (open)."""

SPOKEN_PREFIXES = ("هال", "عال")
"""Spoken Arabic's "this" and "on the" attached to a word: "هالبوت" (this bot)."""

SKELETON = "§"
"""Marks a consonant skeleton (:func:`latin_skeleton`), so it never equals a typed word."""

SKELETON_LANGUAGES = frozenset({"ar", "fa"})
"""Languages typed in Latin letters without one agreed spelling (Arabizi, Finglish)."""

_SKELETON_PAIRS = (
    ("sch", "S"), ("kh", "X"), ("gh", "G"), ("sh", "S"), ("ch", "S"), ("th", "t"), ("dh", "d"),
)  # fmt: skip
"""Two letters for one sound; "dh" is ض and ذ as Gulf, Iraqi and Tunisian Arabic type them
("yodhrobni", "hadha"), read as d the way "th" is read as t."""
_SKELETON_LETTERS = str.maketrans(
    {
        "5": "X",  # خ
        "x": "X",
        "8": "G",  # غ
        "q": "G",  # ق and غ: "vaqt" and "vaght"
        "7": "h",  # ح
        "6": "t",  # ط
        "w": "v",  # و: "wen" and "ven", "vaght" and "waght"
    }
)
_GLIDE_I = re.compile("i(?=[aeou])")
"""An i before a vowel is the glide y, a consonant, as "y" is: "nemiam" and "nemiyam" (I am
not coming) are one word, and Latin-typed Bulgarian "niamam" (нямам, I have not) is another,
whose glide follows the n."""
_SKELETON_SILENT = str.maketrans(dict.fromkeys("aeiou23"))
"""Vowels, hamza (2) and ain (3) come and go."""
_SKELETON_ENDINGS = ("km", "kn", "tn", "mn", "Sn", "hm", "hn")
"""Attached your, our, their in Latin letters ("maktabkom", "daftaretun", "khunashun")."""
_LATIN_WORD = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*")
_LATIN_PLURAL = re.compile(r"(?<=[^aeiou\W\d])(?:ee|ii|i|y)ne?$")
"""The plural ending -in typed onto a Latin-typed Arabic word ("muwazzafin", "mowazzafeen",
"mwazfiin"), as "ين" is taken off an Arabic-script one (``ATTACHED_ENDINGS``)."""
_LATIN_ARTICLE = re.compile(r"^(?:[bf][ie]?l|[aei]l|l)(?=[^aeiou\W])")
"""The article typed onto a Latin-typed Arabic word, alone or after "with", "in" ("lmaktab",
"l3onwan", "elmaktab", "bl3arbia"): Darija and chat Arabic write it joined."""
_HAMZA_BEFORE_VOWEL = re.compile("2(?=[aeiou])")
"""A word-initial hamza typed as "2" before its vowel ("2idek", "2ana"): written or not, the
vowel begins the word."""
_LATIN_ARTICLES_APART = frozenset({"el", "al", "il", "l"})
"""The article typed apart in Latin letters, spelled as each person hears it: in a phrase's
consonant reading it is left out, so "wen el maktab" is also "wen al maktab" ("al" and "el"
are small words of the everyday requests, see locales/intents.yaml, filler)."""


_TAJIK_LETTERS = re.compile("[ҷҳқғӯӣҶҲҚҒӮӢ]")
_TAJIK_WORDS = frozenset(
    {
        "шумо", "барои", "мехохам", "мехоҳам", "метавонам", "метавонед", "метавонад",
        "мекунад", "мекунед", "мекунам", "кучо", "кучост", "куҷо", "куҷост", "илтимос",
        "ташаккур", "наметавонам", "мешавад", "мешавед", "хохиш", "забони", "идораи", "чи хел",
    }
)  # fmt: skip
"""Tajik words a Russian, Bulgarian or Ukrainian message does not have, for Tajik typed on a
Russian keyboard, without its own letters ("мехохам" for "мехоҳам")."""
_TAJIK_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
        "ж": "zh", "з": "z", "и": "i", "ӣ": "i", "й": "y", "к": "k", "қ": "q", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ӯ": "u", "ф": "f", "х": "kh", "ҳ": "h", "ч": "ch", "ҷ": "j", "ш": "sh", "щ": "sh",
        "ъ": "", "ь": "", "ы": "i", "э": "e", "ю": "yu", "я": "ya", "ц": "ts",
    }
)  # fmt: skip


def tajik_in_latin(text: str) -> str | None:
    """Tajik (Persian written in Cyrillic) in the Latin letters Persian is typed in, or None
    when ``text`` is not Tajik.

    "Идораи шумо куҷост?" becomes "idorai shumo kujost?", which the Latin-typed Persian
    phrases find by their consonants (:func:`latin_skeleton`: "kujost" is "kojast", "vaqt" is
    "vaght"). Tajik is told by its own letters (ҷ, ҳ, қ, ғ, ӯ, ӣ) or, typed on a Russian
    keyboard, by a word no Russian, Bulgarian or Ukrainian message has ("шумо", "мехохам").
    """
    lowered = text.lower()
    if not _TAJIK_LETTERS.search(lowered):
        words = set(re.findall(r"[^\W\d_]+", lowered))
        if not words & _TAJIK_WORDS:
            return None
    return lowered.translate(_TAJIK_TO_LATIN)


def latin_skeleton(word: str) -> str:
    """The consonants of a Latin-typed Arabic or Persian word, the way its spellings agree.

    Vowels, hamza and ain are left out, digits read as letters (7 = h, 5 = kh), sh/ch, kh/5/x,
    gh/q/8, dh/d and w/v made one, doubled letters single: "shukran", "shokran", "choukran" and
    "shkrn" are all "Skrn". Empty for a word that is not Latin letters and digits.
    """
    if not _LATIN_WORD.fullmatch(word):
        return ""
    if len(word) > 4 and word.endswith(("ah", "eh")):
        word = word[:-1]  # a final ة or ه: "salameh" is "salame"
    for pair, letter in _SKELETON_PAIRS:
        word = word.replace(pair, letter)
    word = _GLIDE_I.sub("y", word)
    # Doubled letters are typed or not ("kteer", "yalla"); "mamnun" keeps its two m's.
    return _DOUBLED.sub(r"\1", word.translate(_SKELETON_LETTERS)).translate(_SKELETON_SILENT)


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    prefix: bool  # ends in *: any ending matches

    def __reduce__(self) -> tuple[type[_Word], tuple[str, bool]]:
        # Pickled by its fields, for the phrase cache: the generic way for slotted dataclasses
        # looks their fields up again for each object, most of the time of reading the cache.
        return _Word, (self.text, self.prefix)


@dataclass(frozen=True, slots=True)
class Phrase:
    """One listed phrase, under the key it stands for (an intent, a language, danger)."""

    key: Hashable
    source: str  # as written in the file
    words: tuple[_Word, ...]
    symbol: str = ""  # a phrase without letters (an emoji), looked for in the raw text

    @property
    def weight(self) -> int:
        return sum(len(word.text) for word in self.words) or len(self.symbol)

    def __reduce__(self) -> tuple[type[Phrase], tuple[Hashable, str, tuple[_Word, ...], str]]:
        return Phrase, (self.key, self.source, self.words, self.symbol)  # as _Word


@dataclass(frozen=True)
class Found:
    """A phrase found in a message, and which of the message's words it used.

    ``exact``: every word as listed (or with a listed ending), no typo needed: when two
    phrases explain the same words, the one typed exactly is the likelier reading.
    """

    phrase: Phrase
    positions: frozenset[int]
    exact: bool = True

    @property
    def side_by_side(self) -> bool:
        """Whether the words it used follow one another in the message, without a gap."""
        return side_by_side(self.positions)

    @property
    def spelled_alike(self) -> bool:
        """Found by the consonants of a Latin-typed Arabic or Persian word, not as listed:
        "mwa3ed" (opening times) reads like "maw3ed" (appointment)."""
        return any(word.text.startswith(SKELETON) for word in self.phrase.words)


def side_by_side(positions: Iterable[int]) -> bool:
    """Whether word positions follow one another without a gap ({2, 3, 4}, not {2, 4})."""
    ordered = sorted(positions)
    return bool(ordered) and ordered[-1] - ordered[0] == len(ordered) - 1


def parse(
    entry: str,
    key: Hashable,
    language: str | None = None,
    *,
    spellings: bool = False,
    skeletons: bool = False,
    companion: bool = False,
    latin_folds: bool = True,
    keys: bool = True,
) -> list[Phrase]:
    """The phrases one file entry stands for: as written, and Cyrillic also in Latin letters.

    ``spellings``: Romani entries also in their folded spelling (:func:`romani_spelling`), for
    an index that reads messages with :func:`spelling_forms`. ``skeletons``: a Latin-typed
    Arabic or Persian entry also stands for its consonant skeleton (:func:`latin_skeleton`),
    found by an index built with ``variants``. ``companion``: the entry's words count only
    beside another phrase found, so short words are read in :func:`slavic_spelling` too.
    ``latin_folds``: Cyrillic entries also in :func:`latin_slavic_spelling` (not for typed
    yes/no, where "do do" would be "да да").
    ``keys``: Russian, Ukrainian and Bulgarian entries also by the :func:`romanisation_key`
    of their words in each romanisation (:data:`KEY_ROMANISATIONS`), found by any index.
    """
    spellers: list[Callable[[str], str]] = [_normalized]
    if (
        skeletons
        and language in SKELETON_LANGUAGES
        and _LATIN_WORD.fullmatch(_normalized(entry.replace(WILDCARD, "")).replace(" ", "") or "-")
    ):
        spellers.append(_skeleton_spelling)
    if CARON_LETTERS.search(entry):
        # Romani written with š, ž, č is typed "sh", "zh", "ch" on most phones.
        spellers.append(lambda token: _normalized(token.translate(_CARON_AS_TYPED)))
    if spellings and language == ROMANI:
        # Romani has no one spelling: "lačho", "lacho", "lacio" are one word.
        spellers.append(_romani_folded)
        if CARON_LETTERS.search(entry):
            # Typed on a Serbian, Macedonian or Bulgarian Latin keyboard without the carons:
            # "acen" (ačhen), "laco" (lačho), "saj" (šaj), found as typed.
            spellers.append(_caron_dropped)
    if spellings and language in SLAVIC and has_cyrillic(entry):
        # Russian as Belarusians, migrants and a Russian keyboard spell it: "чалавек", "нада",
        # and typed in Latin letters any way: "kogda vi otkriti", "4to ti umeesh".
        spellers.append(_slavic_folded)
        if latin_folds:
            spellers += [
                partial(_latin_slavic_folded, romanisation=romanisation)
                for romanisation in (language, None, CHAT_LATIN)
            ]
    if has_cyrillic(entry):
        # The language's own romanisation, the plain one ("diakuiu") and the chat one ("nqkoi").
        for romanisation in (language, None, CHAT_LATIN):
            spellers.append(partial(_romanised, romanisation=romanisation))
        if keys and language in KEYED:
            spellers += [
                partial(_keyed, romanisation=romanisation, language=language)
                for romanisation in dict.fromkeys((language, *KEY_ROMANISATIONS))
            ]
    phrases: dict[tuple[_Word, ...], Phrase] = {}
    for spell in spellers:
        words: list[_Word] = []
        # Words that count only beside a phrase found (``companion``) may fold from three letters.
        several = companion or len(entry.split()) > 1
        for token in entry.split():
            bare = token.rstrip(WILDCARD)
            if spell is _slavic_folded or getattr(spell, "func", None) in _FOLDINGS:
                folding = cast(Callable[..., str], spell)  # takes several= and stem= too
                spelled = folding(bare, several=several, stem=bare != token).split()
            else:
                spelled = spell(bare).split()
            words += [_Word(sys.intern(word), False) for word in spelled]
            if spelled and token.endswith(WILDCARD):
                words[-1] = _Word(words[-1].text, True)
        if words:
            phrases.setdefault(tuple(words), Phrase(key, entry, tuple(words)))
    if not phrases and entry.strip():
        return [Phrase(key, entry, (), symbol=entry.strip())]
    return list(phrases.values())


@lru_cache(maxsize=65_536)
def _normalized(token: str) -> str:
    """Cached: concept pairs (locales/danger.yaml) spell the same words thousands of times."""
    return normalize(token)


_CARON_DROPPED = str.maketrans({"č": "c", "š": "s", "ž": "z", "Č": "c", "Š": "s", "Ž": "z"})


def _caron_dropped(token: str) -> str:
    """A Romani word as typed without its carons, the aspirated čh as plain c: "ačhen" ->
    "acen", "džas" -> "dzas"."""
    return _normalized(token.replace("čh", "č").replace("Čh", "Č").translate(_CARON_DROPPED))


@lru_cache(maxsize=65_536)
def _romani_folded(token: str) -> str:
    """Each word in its folded spelling, marked by whether folding changed it."""
    return " ".join(_marked(word, romani_spelling(word)) for word in _normalized(token).split())


@lru_cache(maxsize=65_536)
def _slavic_folded(token: str, several: bool = False, stem: bool = False) -> str:
    """Each word folded and marked, when what is left still says enough: five letters, or
    three in a phrase of several words ("добрый день": "дабра дан"); a stem (``word*``) five
    letters. Shorter, it stays as it is: folded, "меню" would be Belarusian "мяне" (me) and
    "дякую*" the start of "документи"."""
    return " ".join(
        SLAVIC_MARK + folded
        if (folded := slavic_spelling(word))
        and len(folded) >= (3 if several and not stem else SLAVIC_MIN_LETTERS)
        else word
        for word in _normalized(token).split()
    )


_NONSYLLABIC_U = re.compile("^[уў](?=[бвгджзклмнпрстфхцчшщ])")
"""Belarusian "усім", "ўсё" and Ukrainian "у вас" / "в вас": a first у before a consonant is в."""
_SOFT_TS = re.compile("ц(?=[ьеёиіїюяє])")
_SLAVIC_LAST_VOWELS = re.compile("[аеёиіїоуыэюяєй]+$")
_SLAVIC_VOWEL_KIND = {
    **dict.fromkeys("аоя", "а"),
    **dict.fromkeys("еёэє", "е"),
    **dict.fromkeys("иіїый", "и"),
    **dict.fromkeys("ую", "у"),
}
_SLAVIC_INNER_VOWELS = str.maketrans(
    {**dict.fromkeys("аоеёэєя", "а"), **dict.fromkeys("иіїый", "и"), **dict.fromkeys("ую", "у")}
)
"""Inside a word a, o, e and я are one (akanye: "чалавек"); i-sounds stay apart, so
Ukrainian "чоловік" (a man, a husband) is no Russian "человек" (a person)."""
_SLAVIC_LETTERS = str.maketrans({"ў": "в", "щ": "ш", "ґ": "г"})
_SLAVIC_SILENT = str.maketrans(dict.fromkeys("ьъ'’ʼ"))


@lru_cache(maxsize=65_536)
def slavic_spelling(word: str) -> str:
    """One folded spelling for the ways Russian is written by people whose first language is
    close to it, or typed on another keyboard (only for Cyrillic words, else "").

    Inside a word a, o, e, э, є, ё and я are one ("чалавек", "челавек" and "человек"), и, і, ы
    and й another ("запіс", "запись"); a last vowel keeps its kind ("нада" and "надо", "добры"
    and "добрый", but "допоможи" is no "допоможе"), soft and hard signs and apostrophes are
    left out ("делат" is "делать"), Belarusian ў is в and its soft дз and ц are д and т
    ("дзень" is "день", "пагаварыць" is "поговорить"), -цца and -тся are one ("запісацца",
    "записаться"), щ is ш, doubled letters single; a first у before a consonant is в ("усім").
    Folding this far is only safe with enough letters left (see :func:`_slavic_folded`): the
    index never reads a folded word with a typo, and words under three letters are not folded.
    """
    if not has_cyrillic(word) or len(word) < 3:
        return ""
    word = _NONSYLLABIC_U.sub("в", word.replace("дз", "д"))
    word = _SOFT_TS.sub("т", word).translate(_SLAVIC_SILENT).translate(_SLAVIC_LETTERS)
    word = word.replace("тс", "ц")
    # The last vowel tells a form apart ("допоможи" help! / "допоможе" will help): it keeps
    # its kind, only a/o, e/э, и/і/ы, у/ю made one.
    last = _SLAVIC_LAST_VOWELS.search(word)
    ending = _SLAVIC_VOWEL_KIND[last.group()[0]] if last else ""
    stem = (word[: last.start()] if last else word).translate(_SLAVIC_INNER_VOWELS)
    return _DOUBLED.sub(r"\1", stem + ending)


_LATIN_SLAVIC_PAIRS = (
    ("shch", "sh"), ("sch", "sh"), ("zh", "j"), ("kh", "h"), ("x", "h"), ("tz", "c"), ("ts", "c"),
    ("4", "ch"), ("6", "sh"), ("q", "a"),
)  # fmt: skip
_LATIN_IOTATED = re.compile(r"[yji](?=[aeiou])")
_LATIN_SLAVIC_WORD = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*")
_LATIN_LAST_VOWELS = re.compile("[aeiouy]+$")
_LATIN_INNER_VOWELS = str.maketrans({"o": "a", "e": "a", "y": "i"})
_LATIN_VOWEL_KIND = {"a": "a", "o": "a", "e": "e", "i": "i", "y": "i", "u": "u"}


@lru_cache(maxsize=65_536)
def latin_slavic_spelling(word: str) -> str:
    """One folded spelling for Russian and Ukrainian typed in Latin letters, whichever way
    ("vy" / "vi", "chto" / "4to", "zhdu" / "jdu", "ya" / "ja" / "q", "khochu" / "xochu" /
    "hochu"), with vowels as in :func:`slavic_spelling` ("nado" / "nada", "otkryty" /
    "otkriti"). Empty for a word that is not Latin letters and digits."""
    if not _LATIN_SLAVIC_WORD.fullmatch(word):
        return ""
    for pair, letter in _LATIN_SLAVIC_PAIRS:
        word = word.replace(pair, letter)
    word = _LATIN_IOTATED.sub("", word)  # "ya", "ja", "ia" are a; "priyom" is "priom"
    last = _LATIN_LAST_VOWELS.search(word)
    ending = _LATIN_VOWEL_KIND[last.group()[0]] if last else ""
    stem = (word[: last.start()] if last else word).translate(_LATIN_INNER_VOWELS)
    return _DOUBLED.sub(r"\1", stem + ending)


def slavic_forms(word: str) -> list[str]:
    """A message word's :func:`slavic_spelling` (or in Latin letters
    :func:`latin_slavic_spelling`), marked, when it has one."""
    folded = slavic_spelling(word) or (latin_slavic_spelling(word) if len(word) >= 2 else "")
    return [SLAVIC_MARK + folded] if folded else []


def _latin_slavic_folded(
    token: str, romanisation: str | None, several: bool = False, stem: bool = False
) -> str:
    """A Cyrillic word romanised, folded by :func:`latin_slavic_spelling` and marked, when
    what is left says enough (as :func:`_slavic_folded`; in a phrase of several words two
    letters do: "vy", "ty"); else romanised as it is."""
    words = _romanised(token, romanisation).split()
    return " ".join(
        SLAVIC_MARK + folded
        if (folded := latin_slavic_spelling(word))
        and len(folded) >= (2 if several and not stem else SLAVIC_MIN_LETTERS)
        else word
        for word in words
    )


def _keyed(
    token: str,
    romanisation: str | None,
    language: str | None = None,
    several: bool = False,
    stem: bool = False,
) -> str:
    """A Cyrillic word romanised, by its key (:func:`_key_of`, marked) when it is long
    enough (:data:`KEY_MIN_LETTERS`); else in ``language``'s own romanisation."""
    # Not through the caches: each listed word is keyed a few times, once per romanisation,
    # and kept there it would only raise the peak while building.
    least = KEY_MIN_IN_PHRASE if several and not stem else KEY_MIN_LETTERS
    if sum(char.isalpha() for char in token) < least:
        return _romanised(token, language)  # as its language's own romanisation has it
    return " ".join(
        KEY_MARK + _key_of(word) for word in transliterate_cyrillic(token, romanisation).split()
    )


def _key_of(word: str) -> str:
    """:func:`romanisation_key`, but with a c alone kept apart from ч and ц (in the
    Latin-script languages it is k or dzh: "casa" is no "часа") and doubled consonants
    kept (Romani "telefono" is no Bulgarian "телефонно"); only a last doubled vowel, which
    the spellings of -ий and -ый make ("nemetskiy", "nemetskii"), is single (Turkish "hayir",
    no, is no Bulgarian "хайр", bye)."""
    return _DOUBLED_VOWEL.sub(r"\1", romanisation_symbols(_LONE_C.sub(LONE_C, word)))


_LONE_C = re.compile("c(?!h)")
LONE_C = "\u0109"
_DOUBLED_VOWEL = re.compile(r"([aeiou])\1+$")


@lru_cache(maxsize=4096)
def _typed_key(word: str) -> str:
    """A message word's key (:func:`_key_of`), marked; kept for the words of the last messages,
    which every index with keys reads."""
    return KEY_MARK + _key_of(word)


def typed_key(word: str) -> str | None:
    """How an index with keys reads a message word by its :func:`romanisation_key` (marked):
    for Latin letters and digits, three or more ("trqbva", "tryabva": трябва); else None."""
    if len(word) >= 3 and _KEYED_WORD.fullmatch(word):
        return _typed_key(word)
    return None


_FOLDINGS = (_latin_slavic_folded, _keyed)


def _marked(word: str, folded: str) -> str:
    return (ROMANI_MARK if folded != word else ROMANI_AS_IS) + folded


_CONSONANT_H = re.compile(r"([bcdfgjklmnpqrstvwxz])h")
_SOFT_BEFORE_VOWEL = re.compile(r"([cg])i(?=[aeou])|([cg])e(?=[aou])")
"""Romanian spelling of č and dž before a vowel: "ci", "gi" ("lacio", "ciavo") and, before
a, o and u, "ce", "ge" ("ceaso" is "časo", an hour, as Roma of Romania type it)."""
_DOUBLED = re.compile(r"(.)\1+")
_VOWEL_I = re.compile(r"[aeou]i|i[aeou]")
_WHICH_AND_ALL = re.compile(r"sav(?:o|i|e|en|enge|enca|or{1,2}[eoi]?(?:n|nge|nca|ngo|nghe)?)")
"""Romani "savo, savi, save" (which) and "savoro, savore, savorenge" (all, everyone), typed
as they are: never read in the folded spelling of a word with "sh" ("šavo", "shavorenge":
child, children, as Arli and Gurbet Roma say), which folds to the same letters. "shaj aven
savore?" (may everyone come?) asks who may come, not about children."""
_ROMANI_LETTERS = str.maketrans({"x": "h", "w": "v", "y": "i", "j": "i", "q": "k"})
_ROMANI_PAIRS = (
    ("tc", "c"),  # "tchavo" (French spelling, after the h went): čhavo
    ("ts", "c"),  # "turkitsa", "nemtsika": c is ts in Romani, Slavic and Hungarian spelling
    ("cs", "c"),  # Hungarian spelling: "csavo" is čhavo
    ("dz", "z"),  # "dž", "dzh": "džav", "dzhav"
    ("zs", "z"),  # Hungarian ž, also "dzs" after the line above
    ("sz", "s"),  # Hungarian s
    ("cz", "c"),  # Polish č: "łaczo dywes" (Polska Roma), "czhawo"
    ("dj", "z"),  # "djav", and the palatal d of "djes" (day), also typed "dyes", "gyes", "đes"
)
_PALATAL_BEFORE_VOWEL = re.compile(r"([dgt])y(?=[aeiou])|t[j](?=[aeiou])")
_PLURAL_WITH = re.compile(r"(?<=[aeiou])n[sz](?=ar?$)")
"""The plural instrumental (with) typed "-ensa", "-enza" beside "-enca" and "-ença"
("chavorensa", "dejensa", "tumenza"; "mansa" and "manca", with me): one ending, c."""
"""The palatal d and t before a vowel, as Vlax, Hungarian and Slovak spellings type them:
"dyes" / "djes" / "gyes" (day), "tjo" / "tyo" / "ćo" (your); before i the t stays a t
("sastyipe" is "sastipe")."""


def _palatal(found: re.Match[str]) -> str:
    if not found.group(0).startswith("t"):
        return "dj"
    following = found.string[found.end() : found.end() + 1]
    return "t" if following == "i" else "c"


@lru_cache(maxsize=65_536)
def romani_spelling(word: str) -> str:
    """One folded spelling for the ways a Romani word is typed.

    ``word`` is normalised (no diacritics: "č" is already "c"). Folded alike: a consonant
    with or without a following h ("lacho" / "laco", "phuterde" / "puterde", "kher" / "ker",
    "mishto" / "misto"), the affricates ("džav", "dzhav", "djav", "zhav", "giav"), "ci" and
    "gi" before a vowel as in Romanian and Italian spelling ("lacio", "ciavo"; "ce" and "ge"
    before a, o, u: "ceaso"), j / i / y ("kaj", "kai"), x / h ("baxtalo", "bahtalo"), w / v,
    and doubled letters ("biroo").
    Also: c typed "ts" ("turkitsa"), German spelling of š and č ("schukar", "tschawo"),
    Hungarian spelling (cs, zs, sz: "csavo"), Polish spelling (cz, w: "łaczo dywes"), the
    plural instrumental "-ensa" / "-enza" / "-enca" ("chavorensa", "dejenza"), and the palatal
    d and t before a vowel ("djes", "dyes", "gyes"; "tjo", "tyo"). Cyrillic
    letters are read the Bulgarian way ("кай сан" is "kaj san").
    """
    if has_cyrillic(word):
        word = transliterate_cyrillic(word, language="bg")
    # German spelling: "schukar", "tschawo" (Sinti).
    word = word.replace("sch", "s")
    word = _SOFT_BEFORE_VOWEL.sub(lambda m: "c" if "c" in m.group(1, 2) else "dz", word)
    word = _PALATAL_BEFORE_VOWEL.sub(_palatal, word)
    previous = None
    while previous != word:
        previous, word = word, _CONSONANT_H.sub(r"\1", word)
    for typed, folded in _ROMANI_PAIRS:
        word = word.replace(typed, folded)
    word = _PLURAL_WITH.sub("nc", word)
    return _DOUBLED.sub(r"\1", word.translate(_ROMANI_LETTERS))


def _skeleton_spelling(token: str) -> str:
    """A listed word's skeleton (marked), or the word itself when too little is left of it."""
    spelled = []
    for word in _normalized(token).split():
        if word in _LATIN_ARTICLES_APART:
            continue  # "wen el maktab" is also typed "wen al maktab", "wen il maktab"
        skeleton = latin_skeleton(word)
        spelled.append(SKELETON + skeleton if _skeleton_says_enough(word, skeleton) else word)
    return " ".join(spelled)


def _skeleton_says_enough(word: str, skeleton: str) -> bool:
    """Three consonants, or two with a digit-letter ("7ad"): fewer match too many words."""
    return len(skeleton) >= 3 or (len(skeleton) == 2 and any(c.isdigit() for c in word))


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
        variants: bool = False,
        plain_words: Collection[str] = (),
        loose_marks: tuple[str, ...] = (),
        no_typo_words: Collection[str] = (),
        whole_phrases_keep_words: bool = False,
    ) -> None:
        """``forms``: how a message word may be read (:func:`arabic_forms`,
        :func:`spelling_forms`). ``clipped_e``: a word may stand for the listed word with a
        final e ("find ich", "hätt gern"), as spoken German drops it; found as a typo is,
        never as typed exactly. ``loose_marks``: marks of other loose readings ``forms``
        makes, which like a skeleton are never read with a typo. ``no_typo_words``: everyday
        words (normalized) one typo away from a listed word, read only as what they are
        ("geschlafen" is no "geschlagen", "cooking" no "choking"). ``whole_phrases_keep_words``:
        a phrase said whole keeps its words from another key's phrase found spread around it
        (see :func:`_without_borrowed`)."""
        # Equal phrases (one entry listed in two languages under one key) are one object, so a
        # message's phrases are told apart by identity, without hashing their words. Their words
        # are shared with the other indexes built alongside, and the strings of words, keys and
        # typo variants interned: the concept pairs and figures repeat them in many indexes.
        unique: dict[Phrase, Phrase] = {}
        self.phrases = tuple(_canonical(phrase, unique) for phrase in phrases)
        self.clipped_e = clipped_e
        self._forms = forms or arabic_forms  # how a message word may be read
        self.variants = variants
        # With ``variants``, small words of any language are never read by their skeleton
        # ("meinem" is no "mamnunam"), unless an Arabic or Persian phrase lists them ("kojast").
        listed = {
            typed
            for phrase in self.phrases
            if any(word.text.startswith(SKELETON) for word in phrase.words)
            for typed in _normalized(phrase.source.replace(WILDCARD, "")).split()
        }
        self.plain_words = frozenset(plain_words) - listed
        self.typo_min_chars = typo_min_chars
        self.typo_similarity = typo_similarity
        self._no_typo = frozenset(no_typo_words)
        self.whole_phrases_keep_words = whole_phrases_keep_words
        self._loose = (SKELETON, KEY_MARK, *loose_marks)
        self._symbols = tuple(p for p in self.phrases if p.symbol)
        by_word: defaultdict[str, list[Phrase]] = defaultdict(list)
        self._exact: set[str] = set()
        self._prefixes: set[str] = set()
        # Most variants lead to one word, kept as it is; several as a tuple, not a set (a set
        # of one costs four times a tuple of one, about 40 MB over all the phrase lists), and
        # built that way, so that no set of each exists even while building.
        by_deletion: dict[str, str | tuple[str, ...]] = {}
        for phrase in unique.values():
            for word in phrase.words:
                by_word[sys.intern(_key(word))].append(phrase)
                if word.prefix:
                    self._prefixes.add(word.text)
                elif word.text not in self._exact:  # concept pairs repeat their words
                    self._exact.add(word.text)
                    if word.text.startswith(self._loose):
                        continue  # a skeleton is already a loose reading: no typos of it
                    if len(word.text) >= typo_min_chars and not _folded(word.text):
                        # Not through the shared cache: these words are indexed once, and
                        # their variants kept there would only push out the typed ones.
                        for variant in deletion_variants.__wrapped__(word.text, 1):
                            _add_near(by_deletion, sys.intern(variant), word.text)
        self._by_deletion = by_deletion
        self._by_word = {key: tuple(listed) for key, listed in by_word.items()}
        # Whether any phrase is found by its words' romanisation keys: then a message's
        # Latin words are read by theirs too.
        self._keyed = any(key.startswith(KEY_MARK) for key in self._by_word)
        # The shortest and longest listed stem: a message word is cut only between them.
        self._shortest_prefix = min(map(len, self._prefixes), default=1)
        self._longest_prefix = max(map(len, self._prefixes), default=0)
        self._memos()

    def _memos(self) -> None:
        self._read_memo: WordMemo[tuple[str, bool], list[str]] = WordMemo(
            lambda key: self._read_anew(key[0], joined=key[1])
        )
        self._match_memo: WordMemo[tuple[str, bool, int], set[str]] = WordMemo(
            lambda key: self._matches(key[0], joined=key[1], first=key[2])
        )

    def __getstate__(self) -> dict[str, object]:
        """The index without the memos of message words read (kept in the phrase cache,
        bot/understanding/phrase_cache.py)."""
        state = dict(self.__dict__)
        del state["_read_memo"], state["_match_memo"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._memos()

    def find(self, text: str) -> list[Found]:
        """Every listed phrase in ``text``, each with the message words it used."""
        words = normalized_message(text).split()
        # A slot is one message word, or with ``variants`` two neighbours typed as one.
        slots = [frozenset({position}) for position in range(len(words))]
        typed = list(words)
        if self.variants:
            for position in range(len(words) - 1):
                if words[position + 1] in NEVER_JOINED_AFTER:
                    continue
                slots.append(frozenset({position, position + 1}))
                typed.append(words[position] + words[position + 1])
        by_key: defaultdict[str, set[int]] = defaultdict(set)
        for slot, word in enumerate(typed):
            joined = slot >= len(words)
            first = len(words[min(slots[slot])]) if joined else 0
            for key in self._match_memo[word, joined, first]:
                by_key[key].add(slot)
        found: list[Found] = []
        seen: set[int] = set()  # ids: equal phrases are one object (see __init__)
        for key in by_key:
            for phrase in self._by_word.get(key, ()):
                if id(phrase) in seen:
                    continue
                seen.add(id(phrase))
                chosen = _assign(phrase.words, by_key, slots)
                if chosen is not None:
                    positions = frozenset().union(*(slots[slot] for slot in chosen))
                    exact = all(
                        self._typed_as_listed(word, typed[slot], joined=slot >= len(words))
                        for word, slot in zip(phrase.words, chosen, strict=True)
                    )
                    found.append(Found(phrase, positions, exact))
        found += [Found(p, frozenset()) for p in self._symbols if p.symbol in text]
        return _without_borrowed(found) if self.whole_phrases_keep_words else found

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
            or (
                Indel.normalized_similarity(form, word.text) * 100 >= self.typo_similarity
                and not _negation_typo(form, word.text)
            )
            for form in self._forms(typed)
        )

    def _matches(self, word: str, *, joined: bool = False, first: int = 0) -> set[str]:
        """``first``: for two words read as one, the length of the first (see
        JOINED_STEM_REACH)."""
        keys: set[str] = set()
        for form in self._read(word, joined=joined):
            if form in self._exact:
                keys.add(form)
            shortest = max(first + JOINED_STEM_REACH if joined else 1, self._shortest_prefix)
            # Two words read as one hold a stem only with an ending after it (JOINED_STEM_REACH)
            longest = len(form) - 1 if joined else len(form)
            keys.update(
                form[:end] + WILDCARD
                for end in range(shortest, min(longest, self._longest_prefix) + 1)
                if form[:end] in self._prefixes
            )
            if self.clipped_e and _CLIPPED_E.search(form) and form + "e" in self._exact:
                keys.add(form + "e")  # spoken German drops a final e: "find ich", "hätt gern"
            if (
                len(form) >= self.typo_min_chars
                and not _folded(form)
                and not joined
                and not form.startswith(self._loose)
                and word not in self._no_typo
                and form not in self._no_typo  # "والسبت": "and" + Saturday, read as a day
            ):
                for variant in deletion_variants(form, 1):
                    near = self._by_deletion.get(variant)
                    if near is None:
                        continue
                    for listed in (near,) if isinstance(near, str) else near:
                        if listed[0] != form[0]:
                            continue  # a first letter is rarely mistyped: "looking" ≠ "booking"
                        if _negation_typo(form, listed):
                            continue
                        similarity = Indel.normalized_similarity(form, listed) * 100
                        if similarity >= self.typo_similarity:
                            keys.add(listed)
        return keys

    def _typed_as_listed(self, word: _Word, typed: str, *, joined: bool = False) -> bool:
        return any(
            form.startswith(word.text) if word.prefix else form == word.text
            for form in self._read(typed, joined=joined)
        )

    def _read(self, word: str, *, joined: bool = False) -> list[str]:
        """How a message word (or two joined) may be read (the same list for the same word:
        never changed by its readers). Kept for the last few hundred words, which are the
        words of the message being read: they are read again for each phrase found and by
        the next reading of the same message."""
        return self._read_memo[word, joined]

    def _read_anew(self, word: str, *, joined: bool = False) -> list[str]:
        forms = self._read_listed(word, joined=joined)
        # a word listed as read only as itself (danger.yaml's plain words) has no key either:
        # Bulgarian "beshe" (was) and "bieshe" (was beating) share one
        if (
            self._keyed
            and not joined
            and len(word) >= 3
            and word not in self._no_typo
            and _KEYED_WORD.fullmatch(word)
        ):
            return [*forms, _typed_key(word)]
        return forms

    def _read_listed(self, word: str, *, joined: bool = False) -> list[str]:
        if not self.variants:
            return self._forms(word)
        # Two words joined are read as typed: "a hole in" is no Latin-typed "ahlan".
        skeleton = not joined and word not in self.plain_words
        forms = self._forms(word)
        if joined:  # nor folded: "para nasil" is no "perenes*" (Russian: move)
            forms = [form for form in forms if not form.startswith(SLAVIC_MARK)]
        return forms + [form for form in _arabic_persian_forms(word, skeleton) if form not in forms]


_SHARED: dict[Hashable, Hashable] = {}
"""One object for equal listed words (:class:`_Word`) of the indexes built together, between
:func:`indexes_building` and :func:`indexes_built` (not for those built later, as a catalogue's
FAQ is on each reload: the table would keep their words). Their strings are interned with
``sys.intern``, which holds no reference: a table of our own for them cost more while building
than it saved."""
_sharing = False


def _shared(value: _H) -> _H:
    return cast(_H, _SHARED.setdefault(value, value)) if _sharing else value


def indexes_building() -> None:
    """Share the listed words of the indexes built from now on (see :func:`indexes_built`)."""
    global _sharing
    _sharing = True


def _canonical(phrase: Phrase, unique: dict[Phrase, Phrase]) -> Phrase:
    """The one object of an index for ``phrase`` and its equals, its parts shared."""
    known = unique.get(phrase)
    if known is None:
        words = tuple(_shared(word) for word in phrase.words)
        known = unique[phrase] = Phrase(phrase.key, phrase.source, words, phrase.symbol)
    return known


def _add_near(by_deletion: dict[str, str | tuple[str, ...]], variant: str, word: str) -> None:
    near = by_deletion.get(variant)
    if near is None:
        by_deletion[variant] = word
    elif isinstance(near, str):
        if near != word:
            by_deletion[variant] = (near, word)
    elif word not in near:
        by_deletion[variant] = (*near, word)


def indexes_built() -> None:
    """Let go of what only building indexes needed: the table of shared parts and the spellings
    of every listed word (the caches refill with the words of messages, as they are read)."""
    global _sharing
    _sharing = False
    _SHARED.clear()
    for cached in (_normalized, _romani_folded, _slavic_folded, _romanised):
        cached.cache_clear()


READ_MEMO_SIZE = 256
"""Message words whose readings an index keeps (see :meth:`PhraseIndex._read`)."""

_Key = TypeVar("_Key", bound=Hashable)
_Value = TypeVar("_Value")


class WordMemo(dict[_Key, _Value]):
    """What a reader made of the last few hundred message words (the words of the message
    being read: a message is read whole, then clause by clause, by many indexes). ``memo[key]``
    computes a missing entry once; the memo is emptied when full (READ_MEMO_SIZE). Its values
    are shared: their readers never change them."""

    def __init__(self, compute: Callable[[_Key], _Value]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: _Key) -> _Value:
        if len(self) >= READ_MEMO_SIZE:
            self.clear()
        value = self[key] = self._compute(key)
        return value


@lru_cache(maxsize=64)
def normalized_message(text: str) -> str:
    """``normalize(text)`` for the texts of the message being read: the many indexes and stages
    that read one message (its clauses, its rest after a greeting) normalise it once. Only the
    last few texts are kept."""
    return normalize(text)


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
    return word.startswith((ROMANI_MARK, ROMANI_AS_IS, SLAVIC_MARK, KEY_MARK))


def spelling_forms(word: str) -> list[str]:
    """:func:`arabic_forms`, and the word in Romani folded spelling (see :func:`parse`)."""
    forms = arabic_forms(word)
    if word.isalpha() and (word.isascii() or has_cyrillic(word)):
        folded = romani_spelling(word)
        if len(word) > 2 or not has_cyrillic(word):
            # "biroo" is "biro", "сан" is "san"; Bulgarian "на", "да" stay Bulgarian.
            forms.append(ROMANI_AS_IS + folded)
        # "саворе" (everyone) typed in Cyrillic is "savore" too, no "šavore" (children).
        typed = transliterate_cyrillic(word, language="bg") if has_cyrillic(word) else word
        if (folded != word or len(word) >= 5 or _VOWEL_I.search(word)) and not (
            _WHICH_AND_ALL.fullmatch(typed)
        ):
            # A short word typed plainly is the word it is, in its own language: "cat" in
            # "si cat costa" is Romanian "how much", not Romani "chat" with the h left off;
            # "kai" (kaj) and "shai" (šaj) are spellings.
            forms.append(ROMANI_MARK + folded)
    return forms


def spoken_arabic_forms(word: str) -> list[str]:
    """:func:`arabic_forms`, and also without spoken Arabic's attached "on the", "this" and
    without attached endings ("عالمدرسة": to the school), but never by a Latin word's
    consonants: for an index whose phrases have no skeletons."""
    return _arabic_persian_forms(word, False)


@lru_cache(maxsize=65_536)
def _arabic_persian_forms(word: str, skeleton: bool) -> list[str]:
    """:func:`arabic_forms`, also without attached endings, and a Latin word's skeleton."""
    forms = arabic_forms(word)
    forms += [
        word[len(prefix) :]
        for prefix in SPOKEN_PREFIXES
        if word.startswith(prefix) and len(word) - len(prefix) >= 3
    ]
    for form in list(forms):
        forms += [shorter for shorter in _without_endings(form) if shorter not in forms]
    consonants = latin_skeleton(word) if skeleton else ""
    if skeleton and _HAMZA_BEFORE_VOWEL.match(word) and len(word) >= 4:
        forms.append(word[1:])  # "2idek" (your hands) is "idek": the hamza typed as a digit
    if skeleton and (article := _LATIN_ARTICLE.match(word)):
        rest = word[article.end() :]
        unmarked = latin_skeleton(rest)
        if len(rest) >= 3 and _skeleton_says_enough(rest, unmarked):
            forms.append(SKELETON + unmarked)  # "lmaktab" is "maktab" too
    if skeleton and (plural := _LATIN_PLURAL.search(word)):
        rest = word[: plural.start()]
        unmarked = latin_skeleton(rest)
        if len(rest) >= 4 and _skeleton_says_enough(rest, unmarked):
            forms.append(SKELETON + unmarked)  # "muwazzafin" is "muwazzaf" too
    if _skeleton_says_enough(word, consonants):
        forms.append(SKELETON + consonants)
        forms += [
            SKELETON + consonants[: -len(ending)]
            for ending in _SKELETON_ENDINGS
            if consonants.endswith(ending) and len(consonants) - len(ending) >= 3
        ]
    return forms


def _without_endings(word: str, layers: int = 2) -> list[str]:
    """An Arabic-script word without one or two attached endings, each at least 3 letters."""
    if layers == 0 or not _is_arabic_script(word):
        return []
    shorter = [
        word[: -len(ending)]
        for ending in ATTACHED_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= 3
    ]
    return shorter + [even for form in shorter for even in _without_endings(form, layers - 1)]


def _is_arabic_script(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


MOST_PLACINGS = 16
"""How many placings of a phrase's words :func:`_assign` compares at most."""


def _without_borrowed(found: list[Found]) -> list[Found]:
    """Without a phrase whose words stand apart and take a word of another key's longer phrase
    said whole, reaching over the rest of it: in "i came with MY family and want to make an
    APPOINTMENT" the booking ("make an appointment") is said whole, and "my appointment"
    (cancelling) is one word of it and one of the story before it. A phrase as long keeps
    its word: in "isi kaj vakerel romanes? manuš kamav" the person who speaks ("manuš kaj
    vakerel") is asked for as much as the language ("vakeren romanes")."""
    whole = [hit for hit in found if len(hit.positions) >= 2 and hit.side_by_side]
    if not whole:
        return found
    return [
        hit
        for hit in found
        if len(hit.positions) < 2
        or hit.side_by_side
        or not any(
            other.phrase.key != hit.phrase.key
            and len(other.positions) > len(hit.positions)
            and other.positions & hit.positions
            and not other.positions <= hit.positions
            and min(hit.positions) < min(other.positions)
            and max(other.positions) <= max(hit.positions)
            for other in whole
        )
    ]


def _assign(
    words: Sequence[_Word], slots_by_key: dict[str, set[int]], slots: Sequence[frozenset[int]]
) -> list[int] | None:
    """Give each phrase word a slot of its own (no message word used twice), or None."""
    options: list[list[int]] = []
    for word in words:
        option = slots_by_key.get(word.text + WILDCARD if word.prefix else word.text)
        if not option:
            return None
        options.append(sorted(option))
    used: set[int] = set()
    chosen: list[int] = []
    # A word the message has twice: the phrase takes the copy nearest its other words, so
    # that "how are you, where are you" finds "where are you" in its own clause, not with
    # the "are you" of the greeting before it. Only a few placings are compared.
    several = len(words) > 1 and any(len(option) > 1 for option in options)
    # the same span: the placing in the listed order ("are you" after "where", not before)
    best: list[int] | None = None
    best_fit = (0, 0)
    tried = 0

    def fit() -> tuple[int, int]:
        taken = [at for slot in chosen for at in slots[slot]]
        firsts = [min(slots[slot]) for slot in chosen]
        swapped = sum(1 for a, b in itertools.pairwise(firsts) if a > b)
        return max(taken) - min(taken), swapped

    def place(index: int) -> bool:
        nonlocal best, best_fit, tried
        if index == len(options):
            if not several:
                return True
            tried += 1
            placed = fit()
            if best is None or placed < best_fit:
                best, best_fit = list(chosen), placed
            return best_fit == (len(options) - 1, 0) or tried >= MOST_PLACINGS
        for slot in options[index]:
            if not slots[slot] & used:
                used.update(slots[slot])
                chosen.append(slot)
                if place(index + 1):
                    return True
                chosen.pop()
                used.difference_update(slots[slot])
        return False

    if place(0):
        return best if several else chosen
    return best
