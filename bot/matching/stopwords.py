# Letters of many scripts are the point here, not look-alike mistakes:
"""Words that carry no topic: question words, pronouns, particles, politeness, "I want"
(function words), and words that ask about any offer: what it costs, opening times, the
address, signing up (asking words).

Dropped from questions and keywords alike before matching, so that "wann ist der ..." never
makes two texts look alike and "Nähcafé Öffnungszeiten" is all about the Nähcafé. One set for
all languages, because a question's language is not known and people mix them; a word is
listed only when it is not also a topic word in another of our languages. Latin-typed forms
of Cyrillic words are derived, Latin-typed Arabic and Persian forms are listed as people type
them. An offer's word that folds to another language's stop word (Turkish "iş", work, is
English "is") counts where the message reads in the offer word's language: see
BORROWED_WORDS_NOTE in bot/matching/matcher.py.

Staff-written answers (``content/faq.yaml``) are matched without dropping the asking words:
"is it free?" is the whole question there, not a detail of an offer.

The words themselves are data: ``locales/stop_words.yaml``, per language and list.
"""

from __future__ import annotations

from bot.i18n.word_lists import load_word_lists
from bot.matching.normalize import (
    has_cyrillic,
    normalize,
    romanisation_key,
    transliterate_cyrillic,
)

WORDS_FILE = "stop_words.yaml"
_LISTS = load_word_lists(
    WORDS_FILE,
    (
        "function_words",
        "asking_words",
        "frame_words",
        "filler_words",
        "after_words",
        "room_words",
        "when_stems",
        "when_words",
    ),
)

FUNCTION_WORDS_BY_LANGUAGE: dict[str, str] = _LISTS.words("function_words")

ASKING_WORDS_BY_LANGUAGE: dict[str, str] = _LISTS.words("asking_words")


FRAME_WORDS_BY_LANGUAGE: dict[str, str] = _LISTS.words("frame_words")
"""Who asks for whom, and asking for help: "my husband wants", "who can help me". They say
nothing about which offer is meant, yet counted as unexplained topic words they kept described
needs below an answer ("муж хочет здесь работать"). Dropped for offers only: the intent and
FAQ phrase lists were measured with them in (asking for help is an intent of its own)."""


FILLER_WORDS_BY_LANGUAGE: dict[str, str] = _LISTS.words("filler_words")
"""Words that say how something is said, not what ("eigentlich will ich nicht mehr kellnern",
"всъщност искам да си закърпя палтото"). Counted as unexplained topic words, they kept a
described need below an answer. Dropped for offers only, like the frame words. Not reviewed by
native speakers. (Not "I am": "Kaveh hastam" introduces a person, and a name alone may sound
like an offer's word.)"""

AFTER_WORDS_BY_LANGUAGE: dict[str, str] = _LISTS.words("after_words")
""""After" beside a day or a part of it ("у п'ятницю після обіду", "after lunch") says when,
like the day: no topic of its own. Not reviewed by native speakers."""

ROOM_WORDS_BY_LANGUAGE: dict[str, str] = _LISTS.words("room_words")
"""Whether there is room ("ima li mesta", "mai sunt locuri?", "جا داره؟") asks about any offer,
like its cost or times: beside an offer's name it must not count against that offer. A place
asked for ("في محل نقعد فيه", "fin kayn chi blassa": Levantine "محل", Maghrebi "blassa", Latin
"makan") names no offer either: the need beside it does. Not reviewed by native speakers."""


WHEN_STEMS_BY_LANGUAGE: dict[str, str] = _LISTS.words("when_stems")
"""Weekdays and parts of the day, with any ending (up to :data:`WHEN_ENDING_CHARS` letters:
"mondays", "пятницам", "sabahları"): they say when, never which offer. "швейнае кафэ па
пятніцах" is all about the sewing café; counted as an unexplained topic word, the day kept a
half-remembered name with a weekday attached below an answer. Not reviewed by native speakers."""

WHEN_WORDS_BY_LANGUAGE: dict[str, str] = _LISTS.words("when_words")
"""The same, short ones taken only as written: "cuma" with an ending could be another word,
"sobh" with one is "sobhane" (breakfast)."""

WHEN_ENDING_CHARS = 4


def _latin_forms(word: str, language: str) -> list[str]:
    """A Cyrillic stop word in Latin letters; a Bulgarian "ъ" both as "a" and as "u"
    ("vsashtnost" and "vsushtnost", всъщност), as the matcher reads Bulgarian keywords."""
    forms = transliterate_cyrillic(word, language).split()
    if language == "bg" and "ъ" in word:
        forms += transliterate_cyrillic(word.replace("ъ", "у"), language).split()
    return forms


def _normalized(lists: dict[str, str]) -> frozenset[str]:
    words: set[str] = set()
    for language, listed in lists.items():
        for word in listed.split():
            words.update(normalize(word).split())
            if has_cyrillic(word):
                words.update(_latin_forms(word, language))
    return frozenset(words)


FUNCTION_WORDS = _normalized(FUNCTION_WORDS_BY_LANGUAGE)
"""Dropped when matching staff-written answers."""

STOP_WORDS = FUNCTION_WORDS | _normalized(ASKING_WORDS_BY_LANGUAGE)
"""Dropped when matching offers."""

OFFER_STOP_WORDS = (
    STOP_WORDS
    | _normalized(FRAME_WORDS_BY_LANGUAGE)
    | _normalized(FILLER_WORDS_BY_LANGUAGE)
    | _normalized(ROOM_WORDS_BY_LANGUAGE)
    | _normalized(AFTER_WORDS_BY_LANGUAGE)
)
"""Dropped when matching offers: :data:`STOP_WORDS`, the frame, filler, room and after words."""


def _languages_by_word(*lists: dict[str, str]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for listed in lists:
        for language, words in listed.items():
            for word in words.split():
                forms = set(normalize(word).split())
                if has_cyrillic(word):
                    forms.update(_latin_forms(word, language))
                for form in forms:
                    found.setdefault(form, set()).add(language)
    return {word: frozenset(languages) for word, languages in found.items()}


LANGUAGES_BY_STOP_WORD = _languages_by_word(
    FUNCTION_WORDS_BY_LANGUAGE,
    ASKING_WORDS_BY_LANGUAGE,
    FRAME_WORDS_BY_LANGUAGE,
    FILLER_WORDS_BY_LANGUAGE,
    ROOM_WORDS_BY_LANGUAGE,
    AFTER_WORDS_BY_LANGUAGE,
)
"""The languages whose lists (those dropped for offers) have each normalised stop word: how a
message of such words tells its language ("bana", "lazim": Turkish; "there", "today": English).
See ``Matcher`` on words borrowed from another language's list."""


def _romanised(*lists: dict[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for listed in lists:
        for language, words in listed.items():
            for word in words.split():
                if has_cyrillic(word):
                    for latin in _latin_forms(word, language):
                        found.setdefault(romanisation_key(latin), latin)
    return found


ROMANISED_STOP_WORDS = _romanised(
    FUNCTION_WORDS_BY_LANGUAGE,
    ASKING_WORDS_BY_LANGUAGE,
    FRAME_WORDS_BY_LANGUAGE,
    FILLER_WORDS_BY_LANGUAGE,
    ROOM_WORDS_BY_LANGUAGE,
    AFTER_WORDS_BY_LANGUAGE,
)
"""The Latin form of each Cyrillic stop word by its romanisation key: "shodit" and "skhodit"
(сходить) are one word, whichever spelling the list's romanisation gave it."""


WHEN_STEMS = _normalized(WHEN_STEMS_BY_LANGUAGE)
WHEN_WORDS = _normalized(WHEN_WORDS_BY_LANGUAGE)


def is_when_word(word: str) -> bool:
    """A weekday or a part of the day (normalised), in any form: see :data:`WHEN_STEMS`."""
    if word in WHEN_WORDS:
        return True
    return any(
        word[:end] in WHEN_STEMS
        for end in range(max(1, len(word) - WHEN_ENDING_CHARS), len(word) + 1)
    )
