"""Words that ask for a thing by describing it: looking for something, somewhere to go, people
who meet or gather there.

Right after an offer's card, "gibts auch was wo mamas sich treffen", "ima li kade da se sabirat
maikite" or "търся място където детето да играе" hold follow-up cue words ("wo", mothers,
child) but ask for a place that is not the one shown: a NEED for another offer. With one of
these words, a message the offers read as another offer's (its card, not a guess) is a new topic,
the way "actually" (followup.NEW_TOPIC_WORDS_BY_LANGUAGE) makes it one. A question about the
offer shown ("can i come with my baby", "kaj si kava") names no such need and stays a follow-up.

Phrases are matched as whole words after normalisation; Cyrillic ones also in Latin letters.
They are data: ``locales/another_topic.yaml``. Not reviewed by native speakers.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.i18n.word_lists import load_word_lists
from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic
from bot.understanding.phrases import normalized_message

WORDS_FILE = "another_topic.yaml"
WORD_LISTS = ("need_words", "new_topic_words")
"""The lists of :data:`WORDS_FILE`; ``new_topic_words`` are bot/understanding/followup.py's."""
_LISTS = load_word_lists(WORDS_FILE, WORD_LISTS)

NEED_WORDS_BY_LANGUAGE = _LISTS.phrases("need_words")


MIN_LATIN_TYPED_CHARS = 4
"""A Cyrillic phrase typed in Latin letters shorter than this is another language's word:
"десь" (somewhere) would be "des", German dialect's "das" ("und wo is des?")."""


def phrases_typed(by_language: Mapping[str, str]) -> frozenset[str]:
    """The ``|``-separated phrases of each language, normalised; Cyrillic ones also as typed
    in Latin letters (from :data:`MIN_LATIN_TYPED_CHARS`)."""
    phrases: set[str] = set()
    for language, listed in by_language.items():
        for phrase in listed.split("|"):
            phrases.add(normalize(phrase))
            if has_cyrillic(phrase):
                spellings = {phrase}
                if language == "bg":  # "ъ" typed "a" or "u": "tarsya", "tursya" (търся)
                    spellings.add(phrase.replace("ъ", "у"))
                for spelling in spellings:
                    typed = transliterate_cyrillic(spelling, language)
                    if len(typed.strip()) >= MIN_LATIN_TYPED_CHARS:
                        phrases.add(typed)
    return frozenset(phrase for phrase in phrases if phrase)


NEED_PHRASES = phrases_typed(NEED_WORDS_BY_LANGUAGE)

ARABIC_AND = "و"
MIN_AFTER_AND = 3
"""A word of more than this many letters may carry the Arabic "and" ("ونتعرف"); shorter ones
begin with "و" themselves ("وين", where)."""


def names_a_need(text: str) -> bool:
    """Whether ``text`` asks for something by describing it: looking for it, somewhere to go,
    people meeting there (:data:`NEED_WORDS_BY_LANGUAGE`)."""
    normalized = normalized_message(text)
    # Arabic "and" is written onto the next word: "ونتعرف عليهم" (and get to know them)
    bare = " ".join(
        word[1:] if word.startswith(ARABIC_AND) and len(word) > MIN_AFTER_AND else word
        for word in normalized.split()
    )
    return any(
        f" {phrase} " in f" {words} " for words in {normalized, bare} for phrase in NEED_PHRASES
    )
