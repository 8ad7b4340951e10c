# Letters of many scripts are the point here, not look-alike mistakes:
"""Turn what people type into comparable text: case, diacritics, script variants, punctuation.

Newcomers type without diacritics ("cand e cursul de germana"), with Arabic and Persian letter
variants, and Bulgarian or Ukrainian in Latin letters ("kurs po nemski"). Both the index and
each question pass through :func:`normalize`; Cyrillic keywords are indexed a second time in
Latin letters through :func:`transliterate_cyrillic`. Arabic and Persian script is never
transliterated: measured, it merged unrelated words; the catalogue carries Latin-typed keywords
("dawra almani", "kelas almani") instead.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

# Letters that Unicode decomposition leaves alone but that people replace when typing.
_LETTER_REPLACEMENTS = str.maketrans(
    {
        "ı": "i",  # Turkish dotless i; İ casefolds to i + combining dot, removed with the marks
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "æ": "ae",
        "œ": "oe",
        # Arabic and Persian: one letter for each family of variants people mix up
        "ى": "ي",  # alef maqsura
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian keheh
        "ة": "ه",  # teh marbuta, often typed as heh
        "ـ": "",  # tatweel only stretches a word
        # Apostrophes that Unicode counts as letters (ʼ on Ukrainian keyboards): read like '
        "\u02bc": "'",
        "\u02bb": "'",
        "\u200c": " ",  # zero-width non-joiner inside Persian words: people type a space or nothing
        # Tajik Persian in Cyrillic: its own letters are often typed with the Russian ones
        "ҳ": "х",
        "қ": "к",
        "ҷ": "ч",
        "ғ": "г",
    }
)

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

_CYRILLIC_APOSTROPHE = re.compile(
    "(?<=[\u0400-\u04ff])['\u02bc\u02bb\u2019\u2018`](?=[\u0400-\u04ff])"
)
"""The Ukrainian apostrophe is part of a word ("б'є", "зв'язатися", "сім'я"), typed as ', ʼ, ’
or `: left out, so that each spelling is one word, the same word."""

# Letters, not words: tables of a script and its romanisation stay in code, unlike the word
# lists in locales/ (bot/i18n/word_lists.py); a new language needs no entry here.
# Where the common romanisation differs from anyascii's, per language (Bulgarian: the 2009
# Streamlined System; Ukrainian: the 2010 national system). Soft and hard signs vanish
# instead of becoming apostrophes, which would split words.
_CYRILLIC_TO_LATIN = {
    "bg": str.maketrans({"щ": "sht", "ъ": "a", "ь": "y", "х": "h", "ю": "yu", "я": "ya"}),
    "uk": str.maketrans({"г": "h", "и": "y", "х": "kh", "ь": "", "ї": "yi", "є": "ye"}),
}
_CYRILLIC_TO_LATIN_DEFAULT = str.maketrans({"ъ": "a", "ь": ""})

# How Cyrillic is typed in chats without a Cyrillic keyboard: digits and letters that look
# or sound alike ("blagodarq", "nau4a", "6te", "nqkoi").
CHAT_LATIN = "chat"
_CYRILLIC_TO_LATIN[CHAT_LATIN] = str.maketrans(
    {
        "я": "q",
        "ч": "4",
        "ш": "6",
        "щ": "6t",
        "ж": "j",
        "й": "i",
        "ъ": "a",
        "ь": "",
        "ю": "iu",
        "ц": "c",
        "х": "h",
    }
)

# Bulgarian ъ as people type it besides the official "a": "u" ("kude", "tursq") and "y"
# ("kyde", "tyrsia"); with ж as "zh" or as "j" ("muzh", "muj"). Read through
# :func:`romanisation_key` only, never as a spelling of its own.
HARD_U = "hard-u"
HARD_Y = "hard-y"
CHAT_HARD_U = "chat-hard-u"
_CYRILLIC_TO_LATIN[HARD_U] = str.maketrans({"ъ": "u", "ь": ""})
_CYRILLIC_TO_LATIN[HARD_Y] = str.maketrans({"ъ": "y", "ь": ""})
_CYRILLIC_TO_LATIN[CHAT_HARD_U] = str.maketrans({"ъ": "u", "ь": "", "ж": "j", "й": "i"})
KEY_ROMANISATIONS = (None, CHAT_LATIN, HARD_U, HARD_Y, CHAT_HARD_U)
"""The romanisations whose :func:`romanisation_key` a Cyrillic word is also found by, beside
its language's own: together they cover ж typed "zh" or "j", ъ typed "a", "u" or "y", ч and
ш typed as digits; the key makes the other spellings of a letter one (ch/4, sh/6, ya/ja/ia/q)."""


_LATIN_LOOK_ALIKES = str.maketrans(
    {
        **dict(zip("aeiokmt", "аеіокмт", strict=True)),
        **dict(zip("AEIOKMT", "АЕІОКМТ", strict=True)),
    }
)
_WORD_WITH_CYRILLIC = re.compile(r"\w*[\u0400-\u04ff]\w*")
_ONLY_LOOK_ALIKES = re.compile(r"[\u0400-\u04ffaeiokmtAEIOKMT]+")


def _cyrillic_look_alike(found: re.Match[str]) -> str:
    word = found.group()
    return word.translate(_LATIN_LOOK_ALIKES) if _ONLY_LOOK_ALIKES.fullmatch(word) else word


def cyrillic_look_alikes(text: str) -> str:
    """Latin letters that look and sound like Cyrillic ones, inside a Cyrillic word, as the
    Cyrillic letters: "поснiдати", "iграшки" (a Latin i: many phones have no Ukrainian і) are
    "поснідати", "іграшки". Only letters that sound alike too (a e i o k m t: a Latin "p" or
    "c" may mean п or ц), and only in words every other letter of which is Cyrillic: a word
    with other Latin letters ("дойчkurs") is left as typed."""
    if _CYRILLIC.search(text) is None:
        return text
    return _WORD_WITH_CYRILLIC.sub(_cyrillic_look_alike, text)


_ARABIZI_DOTTED = {"3": "gh", "7": "kh", "6": "z", "9": "d"}
_ARABIZI_APOSTROPHE = re.compile("(?<![0-9])([3679])['\u2019\u2018`\u02bc](?=[A-Za-z])")
"""Arabizi writes a dotted letter as the digit of its undotted twin with an apostrophe: "3'" is
غ ("sho3'l": work, "shoghl"), "7'" خ ("7'ayyata": khayyata), "6'" ظ, "9'" ض. Read as the Latin
letters typed for them elsewhere ("shoghl"), so that the apostrophe does not split the word in
two. Only inside or at the start of a Latin word, the apostrophe followed by a letter."""


_ANY_APOSTROPHE = frozenset("'\u2019\u2018`\u02bc")


def _arabizi_dotted(text: str) -> str:
    if not _ANY_APOSTROPHE.intersection(text):
        return text
    return _ARABIZI_APOSTROPHE.sub(lambda found: _ARABIZI_DOTTED[found.group(1)], text)


def normalize(text: str) -> str:
    """Casefold, drop diacritics and Arabic vowel marks, unify letter variants, keep only words.

    Digits stay: Latin-typed Arabic writes letters with them ("3" for ع, "7" for ح). Latin
    letters inside a Cyrillic word are read as the Cyrillic letters they look like
    (:func:`cyrillic_look_alikes`).
    """
    typed = cyrillic_look_alikes(_arabizi_dotted(text))
    folded = _CYRILLIC_APOSTROPHE.sub("", typed).casefold().translate(_LETTER_REPLACEMENTS)
    # NFKD splits ș into s + comma below and أ into ا + hamza; dropping the marks (category M)
    # also removes Arabic tashkeel.
    decomposed = unicodedata.normalize("NFKD", folded)
    kept = [
        char if char.isalnum() else " "
        for char in decomposed
        if not unicodedata.category(char).startswith("M")
    ]
    return " ".join("".join(kept).split())


def has_cyrillic(text: str) -> bool:
    """Whether the text contains any Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


def transliterate_cyrillic(text: str, language: str | None = None) -> str:
    """Normalised Latin spelling of Cyrillic text, as people type it without a Cyrillic keyboard.

    ``language`` picks the romanisation (``bg``: щ -> sht, ``uk``: г -> h, :data:`CHAT_LATIN`:
    я -> q, ч -> 4); other scripts in the text pass through unchanged.
    """
    table = _CYRILLIC_TO_LATIN.get(language or "", _CYRILLIC_TO_LATIN_DEFAULT)
    folded = _CYRILLIC_APOSTROPHE.sub("", text).casefold().translate(table)
    return normalize(folded.translate(_CYRILLIC_ANYASCII))


ROMANI_ASPIRATES = re.compile("([кпт])х|чх")
"""Romani typed in Cyrillic letters (Roma of Bulgaria): "х" after к, п, т and ч marks the
aspirate ("кхер" is "kher", "чхаво" "čhavo"); alone it is "x" ("хав", I eat: "xav")."""

_ROMANI_CYRILLIC = (
    (
        "č",
        str.maketrans(
            {"х": "x", "ч": "č", "ш": "š", "ж": "ž", "ц": "c", "й": "j", "я": "ja", "ю": "ju"}
            | {"ъ": "ă", "ь": "", "щ": "št"}
        ),
    ),
    (
        "ch",
        str.maketrans(
            {"х": "h", "ч": "ch", "ш": "sh", "ж": "zh", "ц": "c", "й": "j", "я": "ya", "ю": "yu"}
            | {"ъ": "a", "ь": "", "щ": "sht"}
        ),
    ),
)
"""The two Latin spellings of Romani: with háčeks ("čhavo", "šaj") and the English way
("chhavo", "shaj"), each with its "č" for the aspirated "чх"."""


def _romani_aspirate(match: re.Match[str], ch: str) -> str:
    return (match.group(1) or ch) + "h"


def romani_latin(text: str) -> tuple[str, ...]:
    """Romani typed in Cyrillic letters, in the two Latin spellings its word lists use: with
    háčeks ("чхавенца" -> "čhavenca", "шай" -> "šaj", normalised "chavenca", "saj") and the
    English way ("chhavenca", "shaj"); () for text without Cyrillic."""
    if not has_cyrillic(text):
        return ()
    readings = []
    for ch, table in _ROMANI_CYRILLIC:
        aspirated = ROMANI_ASPIRATES.sub(
            functools.partial(_romani_aspirate, ch=ch), text.casefold()
        )
        readings.append(transliterate_cyrillic(aspirated.translate(table)))
    return tuple(dict.fromkeys(readings))


_CYRILLIC_ANYASCII = {code: anyascii(chr(code)) for code in range(0x0400, 0x0500)}
"""anyascii of each Cyrillic letter, as one table: transliterating letter by letter through a
regular expression was a third of building the phrase tables at start-up."""


# Romanisation families, longest spelling first: each family of Latin spellings people use
# for one Cyrillic letter becomes one symbol (щ: shch, sch, sht, sh, 6t, 6; ч/ц: tsch, ch, ts, tz,
# c, 4; ж: zh, j before a consonant; х: kh, x, h; я/ю/е/ё with a glide: ya, ja, ia, q, yu...).
_ROMANISATION_FAMILIES = (
    ("shch", "S"),
    ("tsch", "C"),
    ("sch", "S"),
    ("sht", "S"),
    ("kh", "H"),
    ("zh", "Z"),
    ("sh", "S"),
    ("ch", "C"),
    ("ts", "C"),
    ("tz", "C"),
    ("6t", "S"),  # щ in chat letters, as "sht" is
    ("6", "S"),
    ("4", "C"),
    ("c", "C"),
    ("x", "H"),
    ("h", "H"),
    ("w", "v"),
    ("q", "a"),
)
_SYMBOL_BEFORE_H = re.compile(r"([szc])H")
# All of the glide letters before a vowel, not only the last: -ия is typed "iya", "ia" and, with
# q for я, "iq" ("konsultaciq", "u6iq"), and "iia" in the Ukrainian romanisation; each is
# one sound, so all four reduce to "a" (removing one letter left "ia" beside "a").
_GLIDE_BEFORE_VOWEL = re.compile(r"[yji]+(?=[aeou])")
_ROMANISATION_VOWELS = str.maketrans({"y": "i", "j": "i"})
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=65_536)
def romanisation_key(word: str) -> str:
    """One skeleton for the ways a Cyrillic word is typed in Latin letters: "ishu", "ischu"
    and "ishchu" (ищу) share "iSu"; "viuchit", "vyuchit" and "vyu4it" (выучить) share "viuCit".

    Meant for one normalised Latin word; both the Latin form of a Cyrillic keyword and the
    typed word are reduced to it, and then compared exactly. Soft signs (dropped or "'") are
    gone already after :func:`normalize`.
    """
    return _DOUBLED.sub(r"\1", romanisation_symbols(word))


def romanisation_symbols(word: str) -> str:
    """:func:`romanisation_key` before doubled letters are made single."""
    key = word
    for spelling, symbol in _ROMANISATION_FAMILIES:
        key = key.replace(spelling, symbol)
    # с+х typed "skh" or "sh" ("skhodit", "shodit": сходить) is one spelling more of the pair
    key = _SYMBOL_BEFORE_H.sub(lambda found: found.group(1).upper(), key)
    return _GLIDE_BEFORE_VOWEL.sub("", key).translate(_ROMANISATION_VOWELS)
