"""Find the offer a free-text question is about, across languages, typos and scripts.

Questions and keywords are compared word by word: typos count as the same word, and so do
inflected or compound forms that start with a keyword word's stem. An offer's score is

    coverage * (1 - QUESTION_COVERAGE_WEIGHT * (1 - explained))

where ``coverage`` (0-100) is how completely the question contains the offer's best keyword,
letters weighted, and ``explained`` (0-1) is the share of the question's topic words that any
of the offer's words match. The first asks "is a name of this offer in the question?", the
second "is the question about this offer, or about something else that shares a word?".

Whole-string scorers were measured and rejected: ``WRatio`` ties on shared stop words and
rates off-topic text high, and ``token_set_ratio`` over every keyword costs ~10 ms per question
at 300 offers. Looking words up through a deletion index costs ~0.1 ms with the shipped
catalogue and ~0.4 ms at 300 offers.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import NamedTuple

from rapidfuzz.distance import Indel

from bot.matching.loanwords import eu_passports, read_chat_cyrillic, read_loanword
from bot.matching.normalize import (
    has_cyrillic,
    normalize,
    romanisation_key,
    transliterate_cyrillic,
)
from bot.matching.sound import SoundIndex
from bot.matching.stopwords import (
    LANGUAGES_BY_STOP_WORD,
    OFFER_STOP_WORDS,
    ROMANISED_STOP_WORDS,
    is_when_word,
)

CONFIDENT = 85.0
"""From this score the bot answers with the offer directly."""

POSSIBLE = 60.0
"""From this score the bot offers the candidate as a "did you mean" button; below, nothing.
A whole keyword in the question always reaches it, half of a two-word keyword does not."""

CONFIDENT_MARGIN = 10.0
"""A confident answer must beat the runner-up offer by this much, else the bot asks."""

QUESTION_COVERAGE_WEIGHT = 0.4
"""How much of the score depends on the share of the question's topic words that the offer's
words explain. "Termin beim Kinderarzt" contains the office hours' keyword "Termin", but half
of it is about something else: 100 * (1 - 0.4 * 0.5) = 80, a suggestion, not an answer. With
:data:`CONFIDENT` at 85, a direct answer needs a whole keyword and at least 5 in 8 of the
question's topic words explained. It also breaks ties between offers that each contain a
keyword: "Hilfe beim Lebenslauf" is more about the job counselling than the office hours."""

NAME_SHARE = 0.8
"""An offer's own name (its German title, its ``names``) found in the question scores at least
this share of how completely it is there, whatever the other words are: a name in full is
worth 80, a card with "not what you meant?" (bot/understanding/offers.py), never a direct
answer on its own. People name the offer beside words the catalogue cannot know ("nee lieber
den Deutschkurs", "ваша відкрита приймальня, шпрехштунде": 61-74 before, a "did you mean")."""

SMALL_WORD_CHARS = 2
"""A question word this short counts for a keyword of several words only beside another of
its words (:meth:`Matcher._small_word_counts`)."""

NAME_BY_EAR = 87.0
"""An offer's own name typed with a letter off ("Nähkafe", "Deutschkurz", "Шпрехщунде" for
Sprechstunde, "Ельтернкафе" for Elterncafé: 87-93) from this coverage counts as the name in
full: 80, its card with "not what you meant?". Words that only share a part of a name, or
another name one letter away, stay below it: "kaffee" is 80 % of "nähkaffee", "кафе" 80 % of
"нэкафе", "كافيه" 83 % of "نيكافيه", "nescafe" 86 % of "nehkafe". (Cyrillic "нескафе" is
"neskafe", 92 % of "nekafe", the Latin spelling of the name "нэкафе": it gets the card.)"""

MIN_NAME_BY_EAR_CHARS = 8
"""Name words this long are indexed with one typo more; shorter ones ("nekafe", the Latin
spelling of "нэкафе") would take in a word of their own ("kafe", coffee) as a near-name."""

NAME_ENDING_CHARS = 3
"""Letters of an ending (an article, a case) set aside from a question word longer than
:data:`MIN_NAME_BY_EAR_CHARS` to find an offer's name typed by ear in it: Bulgarian "-та",
"-то", Russian and Ukrainian "-а", "-у", "-ом", Turkish "-ya", "-da", "-dan"."""

NAME_WITH_DAY_MIN = 75.0
"""Weekdays and parts of the day are set aside when the rest scores this for an offer: enough
for its card with "not what you meant?" (bot/understanding/offers.py, ``UNSURE_CARD``)."""

MIN_CONFIDENT_CHARS = 3
"""Shorter questions ("de", "?") never get a direct answer."""

MAX_QUESTION_CHARS = 500
"""Longer text (a pasted letter) is cut before matching: it bounds the work per message."""

WORD_SIMILARITY_MIN = 75.0
"""Indel similarity from which two words count as the same word with a typo: one substitution
in a four-letter word ("kurs"/"curs") still counts, one in a three-letter word does not."""

STEM_SIMILARITY = 80.0
"""Credit for a question word sharing a keyword word's stem: it starts with all of the keyword
word but at most its last :data:`MAX_ENDING_CHARS` letters ("cursului" for "curs",
"маленькими" for "маленькі", "Frühstückszeiten" for "Frühstück"). Inflections and compounds,
worth less than a match, and alone below :data:`CONFIDENT`."""

MIN_STEM_CHARS = 4
"""Shorter stems begin too many unrelated words."""

MAX_ENDING_CHARS = 2
"""Letters a question word may change at the end of a keyword word and still share its stem."""

MIN_FUZZY_CHARS = 4
"""Shorter words allow no typo of their own: "bus" and "bis" are different words. (A short
question word still matches a keyword word one letter longer: "мам" and "мами".)"""

ROMANISED_LANGUAGES = frozenset({"ru", "uk", "bg"})
ROMANISATION_SIMILARITY = 95.0
MIN_ROMANISATION_KEY_CHARS = 3
"""A Latin-typed Russian, Ukrainian or Bulgarian word spelled another way than the keyword's
Latin form ("ishu", "ischu" for "ishchu", ищу; "xochu" for "khochu"): both reduce to one
:func:`romanisation_key`, compared exactly, worth a little less than the same spelling. Only
for words no Latin-script keyword has ("robot" stays the German robot)."""

MIN_ROMANISED_STEM_KEY_CHARS = 5
"""A Latin-typed Russian, Ukrainian or Bulgarian word with an ending ("maikite", the mothers,
for "mayki" of "майки") shares the stem of the keyword's :func:`romanisation_key`, as a Latin
word shares a keyword's stem (:data:`STEM_SIMILARITY`); only for keys this long: "deca"
(деца) would begin Romanian "decat" (than)."""

HARD_SIGN = "ъ"
"""Bulgarian "ъ" is typed "a" (the standard romanisation) and as often "u": "tursya rabota",
"vkushti", "pomoshta"; a Bulgarian keyword with it is also indexed in the second spelling."""

DELETION_CACHE_SIZE = 200_000
"""Typo variants kept between catalogue reloads (a few MB at 300 offers)."""

_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "عال", "لل", "ال")
"""The article and attached prepositions: "بالالمانيه" and "الالمانيه" name one thing; spoken
"على ال" (to the) is typed "عال" onto the word ("بدي روح عالخياطة")."""

_MIN_ARABIC_STEM_CHARS = 3

_ARABIC_AND = "و"
"""The Arabic "and", written onto the next word: see :meth:`Matcher._without_and`."""

_TYPED_WORD = re.compile(r"[^\W\d_]+")

BORROWED_WORDS_NOTE = """Stop words are one set for all languages, so a keyword word that folds to
another language's stop word is dropped from keywords and questions alike: Turkish "iş" (work)
is English "is", German and English "EU" Romanian "eu" (I), Bulgarian "яке" (jacket) Ukrainian
"яке" (which). A keyword of such words only is kept whole (:meth:`Matcher.build`); its word,
*borrowed* from the other language's list, counts in a question only when the question reads
as the keyword's language (:meth:`Matcher._read_in_own_language`): typed with its own letters
("iş"), or beside more stop words of the keyword's language than of any other ("is var mi",
"bana is lazim": Turkish; "is he there", "wer is das", "si eu", "а яке?": not). Read so, it is
a topic word, also beside other topic words ("esime is lazim"), where it makes a match sure or
finds one: it never takes away what the other words name. Typed alone ("is", "eu",
"яке?") it says no language: its offer is only suggested, a "did you mean"."""


class MatchEntry(NamedTuple):
    """One text that names an offer: a keyword, a synonym or a title, in one language.

    A tuple, so a reload compares its thousands of entries with the last ones in C."""

    offer_id: str
    language: str
    text: str
    name: bool = False
    """The offer's own name (:data:`NAME_SHARE`), not just a word about it."""
    title: bool = False
    """The offer's title in one of the languages ("Almanca kursu", "مقهى الخياطة")."""


@dataclass(frozen=True)
class Candidate:
    """An offer and how well the question matches it (0-100).

    ``language`` is the language of the best-matching entry: a hint for which language the
    person writes, never a reason to switch without asking.
    """

    offer_id: str
    score: float
    language: str


@dataclass(frozen=True)
class MatchResult:
    """Offers scoring at least :data:`POSSIBLE`, best first, and whether to answer directly."""

    candidates: list[Candidate] = field(default_factory=list)
    confident: bool = False
    another_topic: bool = False
    """The question also names something the centre does not do (bot/matching/elsewhere.py):
    a guess from the shared word stays a "did you mean"."""
    named: bool = False
    """The best offer's own name is in the question, whole or typed by ear (NAME_BY_EAR)."""
    titled: bool = False
    """The best offer's title in some language is in the question as :attr:`named` is: not
    the name that outweighs other readings, but what the person calls the offer."""
    by_meaning: bool = False
    """Made confident by the optional model's reading (bot/matching/semantic.py), not by the
    words themselves."""
    described_need: bool = False
    """The question describes a need (bot/understanding/needs.py): a weaker match may get the
    card with "not what you meant?" (bot/understanding/offers.py)."""

    @property
    def top(self) -> Candidate | None:
        """The best candidate, if any reached :data:`POSSIBLE`."""
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class _Keyword:
    offer_id: str
    language: str
    words: tuple[str, ...]
    weight: int  # total letters: long words say more about the topic than short ones
    name: bool = False  # the offer's own name: see NAME_SHARE
    title: bool = False  # its title in a language: see MatchResult.titled


def _words(
    normalized: str,
    stop_words: frozenset[str] = OFFER_STOP_WORDS,
    kept: frozenset[str] = frozenset(),
) -> list[str]:
    """Topic words of a normalised text; Arabic words lose article and attached prepositions.

    Single letters go too: the "t" of "don't", Latin-typed Arabic "b" (with) and "w" (and).
    Stop words in ``kept`` stay: borrowed words read in their own language (see
    :data:`BORROWED_WORDS_NOTE`).
    """
    return [
        strip_arabic_prefix(word)
        for word in normalized.split()
        if len(word) > 1 and (word not in stop_words or word in kept)
    ]


def _only_suggested(result: MatchResult) -> MatchResult:
    """``result`` as "did you mean" buttons at most: no card, no direct answer."""
    return MatchResult(
        [
            replace(candidate, score=min(candidate.score, POSSIBLE))
            for candidate in result.candidates
        ]
    )


def _typed_words(text: str) -> list[str]:
    """The words of ``text`` as typed, only casefolded: "İŞ" is "iş", not "is"."""
    return _TYPED_WORD.findall(
        unicodedata.normalize("NFC", text.casefold()).replace("i\u0307", "i")
    )


def strip_arabic_prefix(word: str) -> str:
    # Repeatedly: "الالماني" (the German) and "الماني" (German) must meet, though the second's
    # alef-lam belongs to the word itself.
    stripped = True
    while stripped:
        stripped = False
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_ARABIC_STEM_CHARS:
                word = word[len(prefix) :]
                stripped = True
                break
    return word


@functools.lru_cache(maxsize=DELETION_CACHE_SIZE)
def deletion_variants(word: str, max_deletions: int) -> frozenset[str]:
    """The word and every variant with up to ``max_deletions`` letters removed.

    Two words within one substitution, insertion, deletion or swap of each other share such a
    variant, so looking variants up in a dict finds typo neighbours without scanning all words.
    Cached: a catalogue reload indexes mostly the same words again.
    """
    variants = {word}
    frontier = {word}
    for _ in range(max_deletions):
        frontier = {
            shorter[:index] + shorter[index + 1 :]
            for shorter in frontier
            for index in range(len(shorter))
        }
        variants |= frontier
    return frozenset(variants)


def _index_deletions(word: str) -> int:
    return 1 if len(word) >= MIN_FUZZY_CHARS else 0


def _question_deletions(word: str) -> int:
    # One more on the question side: catches a typo plus an inflection ending ("kursuna").
    if len(word) > MIN_FUZZY_CHARS:
        return 2
    return 1 if len(word) == MIN_FUZZY_CHARS else 0


def _explained_at(similarities: list[float]) -> frozenset[int]:
    """The positions of the question words an offer's words explain."""
    return frozenset(at for at, similarity in enumerate(similarities) if similarity > 0)


class Matcher:
    """Scores questions against a fixed set of keywords; build once, match many times."""

    def __init__(
        self,
        keywords: list[_Keyword],
        stop_words: frozenset[str] = OFFER_STOP_WORDS,
        keyword_languages: Mapping[str, frozenset[str]] | None = None,
        typed_forms: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        """``keyword_languages``: the languages whose keywords have each word (before stop
        words are dropped); ``typed_forms``: a word's spellings in the keywords with letters
        normalising folds ("iş" for "is"). Both find borrowed words: BORROWED_WORDS_NOTE."""
        self.entries: tuple[MatchEntry, ...] = ()  # what build() indexed: a reload may reuse it
        self._keywords = keywords
        self._stop_words = stop_words
        keywords_by_word: defaultdict[str, list[int]] = defaultdict(list)
        for position, keyword in enumerate(keywords):
            for word in keyword.words:  # once per occurrence: each one adds to the coverage
                keywords_by_word[word].append(position)
        words_by_deletion: defaultdict[str, set[str]] = defaultdict(set)
        words_by_stem: defaultdict[str, set[str]] = defaultdict(set)
        # Words of the offers' own names: long ones indexed with one typo more ("nähkafe" is
        # two letters from "nähkaffee"), and a Cyrillic question word is also looked up among
        # them in Latin letters ("Нехкафе" is "nekhkafe", the name "nehkafe"). NAME_BY_EAR.
        self._name_words = frozenset(
            word for keyword in keywords if keyword.name for word in keyword.words
        )
        # And by sound: "doiczkurs", "nae cafe", "فلكمن يوروبا" (bot/matching/sound.py); whole
        # names only ("willkommeneuropa", not "europa" or the "rumanisches" of a breakfast).
        whole_names = frozenset(
            keyword.words[0] for keyword in keywords if keyword.name and len(keyword.words) == 1
        )
        self._sound = SoundIndex(whole_names, stop_words)
        for word in keywords_by_word:
            deletions = _index_deletions(word) + (
                word in self._name_words and len(word) >= MIN_NAME_BY_EAR_CHARS
            )
            for variant in deletion_variants(word, deletions):
                words_by_deletion[variant].add(word)
            for end in range(max(MIN_STEM_CHARS, len(word) - MAX_ENDING_CHARS), len(word) + 1):
                words_by_stem[word[:end]].add(word)
        # Plain dicts of tuples: a lookup of an unknown word must not grow the index, and
        # tuples take a fraction of a set's memory (~30,000 words at 300 offers).
        self._keywords_by_word = {word: tuple(at) for word, at in keywords_by_word.items()}
        # BORROWED_WORDS_NOTE: words kept in keywords of stop words only, listed by no
        # language whose keywords have them: by the keywords' languages.
        languages_of = keyword_languages or {}
        self._borrowed = {
            word: languages_of[word]
            for word in keywords_by_word
            if word in stop_words
            and languages_of.get(word)
            and not languages_of[word] & LANGUAGES_BY_STOP_WORD.get(word, frozenset())
        }
        self._typed_forms = {
            word: forms for word, forms in (typed_forms or {}).items() if word in self._borrowed
        }
        self._offers_by_word = {
            word: tuple({keywords[at].offer_id for at in positions})
            for word, positions in keywords_by_word.items()
        }
        self._words_by_deletion = {key: tuple(words) for key, words in words_by_deletion.items()}
        self._words_by_stem = {key: tuple(words) for key, words in words_by_stem.items()}
        # ROMANISATION_SIMILARITY: the Latin words of Russian, Ukrainian and Bulgarian keywords
        # by their romanisation key; words of the Latin-script languages' keywords are left to
        # their own language.
        romanised: defaultdict[str, set[str]] = defaultdict(set)
        latin_words: set[str] = set()
        for keyword in keywords:
            for word in keyword.words:
                if not word.isascii() or not word.isalpha():
                    continue
                if keyword.language in ROMANISED_LANGUAGES:
                    romanised[romanisation_key(word)].add(word)
                else:
                    latin_words.add(word)
        self._romanised_by_key = {
            key: tuple(words)
            for key, words in romanised.items()
            if len(key) >= MIN_ROMANISATION_KEY_CHARS
        }
        romanised_stems: defaultdict[str, set[str]] = defaultdict(set)
        for key, words in romanised.items():
            if len(key) >= MIN_ROMANISED_STEM_KEY_CHARS:
                for end in range(max(MIN_STEM_CHARS, len(key) - MAX_ENDING_CHARS), len(key) + 1):
                    romanised_stems[key[:end]].update(words)
        self._romanised_by_stem = {key: tuple(words) for key, words in romanised_stems.items()}
        self._latin_words = frozenset(latin_words)

    @classmethod
    def build(
        cls, entries: Iterable[MatchEntry], stop_words: frozenset[str] = OFFER_STOP_WORDS
    ) -> Matcher:
        """Index entries in their normalised form and, for Cyrillic, also in Latin letters.

        ``stop_words`` are dropped from entries and questions alike (see ``stopwords``).
        """
        entries = tuple(entries)
        keywords: dict[tuple[str, tuple[str, ...]], _Keyword] = {}
        keyword_languages: defaultdict[str, set[str]] = defaultdict(set)
        typed_forms: defaultdict[str, set[str]] = defaultdict(set)
        for entry in entries:
            for typed in _typed_words(entry.text):
                if (folded := normalize(typed)) != typed and " " not in folded:
                    typed_forms[folded].add(typed)
            forms = [normalize(entry.text)]
            if has_cyrillic(entry.text):
                forms.append(transliterate_cyrillic(entry.text, entry.language))
                if entry.language == "bg" and HARD_SIGN in entry.text:
                    forms.append(
                        transliterate_cyrillic(entry.text.replace(HARD_SIGN, "у"), entry.language)
                    )
            for form in forms:
                for word in form.split():
                    keyword_languages[word].add(entry.language)
                # A keyword of stop words only keeps them; it then matches a question that
                # has nothing but stop words.
                words = _words(form, stop_words) or form.split()
                if not words:
                    continue
                # A name that loses a word here would be found by what is left of it: the
                # Persian "نه کافه" (Nähcafé) by "café" alone, "نه" being "no".
                name = entry.name and len(words) == len(form.split())
                variants = [tuple(words)]
                if len(words) > 1:
                    # "Näh Café" must also match "Nähcafe", and "Deutsch Kurs" "Deutschkurs".
                    variants.append(("".join(words),))
                for variant in variants:
                    known = keywords.get((entry.offer_id, variant))
                    if known is None or (name and not known.name):
                        keywords[(entry.offer_id, variant)] = _Keyword(
                            entry.offer_id,
                            entry.language,
                            variant,
                            len("".join(variant)),
                            name,
                            entry.title or (known is not None and known.title),
                        )
                    elif entry.title and not known.title:
                        keywords[(entry.offer_id, variant)] = replace(known, title=True)
        matcher = cls(
            list(keywords.values()),
            stop_words,
            {word: frozenset(languages) for word, languages in keyword_languages.items()},
            {word: frozenset(forms) for word, forms in typed_forms.items()},
        )
        matcher.entries = entries
        return matcher

    def match(self, question: str, limit: int = 3) -> MatchResult:
        """Rank the offers this question may be about; at most ``limit`` candidates."""
        normalized = normalize(question[:MAX_QUESTION_CHARS])
        raw = [strip_arabic_prefix(word) for word in normalized.split()]
        heard = self._sound.read(raw)
        if len(heard) > len(raw):  # a name typed by ear is also read as the name ("nae cafe")
            normalized = " ".join(heard)
        read = normalized
        if any(self._is_romanised(word) for word in normalized.split()):
            # Only beside a word that is Russian, Ukrainian or Bulgarian in Latin letters:
            # Romani "vrema" (weather) is no Russian "vremya" (time) in a Romani question.
            read = " ".join(self._romanised_stop_word(word) for word in normalized.split())
        kept = self._read_in_own_language(question, read.split())
        words = _words(read, self._stop_words)
        if not words:
            # Nothing but stop words: only a keyword of stop words spelled the same may match
            # ("можна прийти"; see Matcher.build), a borrowed word only when read in its own
            # language (BORROWED_WORDS_NOTE). A stop word one letter from a keyword word is
            # that stop word, no typo: Romani and Romanian "sam" (I am) is not "seam".
            words = [
                word
                for word in normalized.split()
                if word in self._keywords_by_word and (word not in self._borrowed or word in kept)
            ]
            if words:
                return self._rank(words, normalized, limit)
            alone = [word for word in normalized.split() if word in self._borrowed]
            if alone and len(alone) == len(normalized.split()):
                # Borrowed words and nothing else say no language: "is", "eu", "яке?" only
                # suggest their offer (BORROWED_WORDS_NOTE).
                return _only_suggested(self._rank(alone, normalized, limit))
            return MatchResult()
        result = self._rank_topic_words(words, normalized, limit)
        if kept and not result.confident:
            # A borrowed word read in its own language only adds: it may make an answer sure
            # ("esim icin is lazim yardim eden var mi") or find one ("is lazim bize"), never
            # take away what the other words name ("is onlugumun cebi yirtildi dikmeyi
            # ogrenmek istiyorum": a work apron to mend, the sewing café).
            with_kept = self._rank_topic_words(
                _words(read, self._stop_words, kept), normalized, limit
            )
            if with_kept.confident or not result.candidates:
                return with_kept
        return result

    def _rank_topic_words(self, words: list[str], normalized: str, limit: int) -> MatchResult:
        """:meth:`_rank` for a question's topic words, read as loanwords and without the
        Arabic "and"; a weekday set aside when the rest names an offer."""
        words = [bare for word in words if (bare := self._without_and(word))] or words
        words = eu_passports([read_loanword(read_chat_cyrillic(word)) for word in words])
        without_days = [word for word in words if not is_when_word(word)]
        if without_days and len(without_days) < len(words):
            # A weekday or part of the day says when, not which offer ("швейнае кафэ па
            # пятніцах"): set aside when what is left names an offer well enough for its card.
            # Else the day stays, so that a booking request "not on monday" gains no guess.
            named = self._rank(without_days, normalized, limit)
            if named.top is not None and named.top.score >= NAME_WITH_DAY_MIN:
                return named
        return self._rank(words, normalized, limit)

    def _read_in_own_language(self, question: str, words: list[str]) -> frozenset[str]:
        """The borrowed words among ``words`` (normalised) that the question reads in their
        keywords' language: typed with their own letters ("iş"), or beside more stop words of
        that language than of any other ("is var mi": "var" and "mi" are Turkish, "mi" also
        Bulgarian "ми"). See BORROWED_WORDS_NOTE."""
        present = [word for word in words if word in self._borrowed]
        if not present:
            return frozenset()
        typed = frozenset(_typed_words(question))
        said = Counter(
            language
            for word in words
            if word not in self._borrowed
            for language in LANGUAGES_BY_STOP_WORD.get(word, ())
        )

        def leans_to(language: str) -> bool:
            count = said[language]
            return count > 0 and all(
                other_count < count for other, other_count in said.items() if other != language
            )

        return frozenset(
            word
            for word in present
            if self._typed_forms.get(word, frozenset()) & typed
            or any(leans_to(language) for language in self._borrowed[word])
        )

    def _without_and(self, word: str) -> str:
        """``word`` without the Arabic "and" written onto it ("وبنتي": and my daughter), when
        what is left is a keyword word or a stop word and the whole word is no keyword word;
        "" for a stop word. Many words begin with و of their own ("وقت", "ورق", "ولد", "واحد"):
        they stay whole, since what is left of them is no word the catalogue knows."""
        if not word.startswith(_ARABIC_AND) or word in self._keywords_by_word:
            return word
        rest = word[len(_ARABIC_AND) :]
        if len(rest) < _MIN_ARABIC_STEM_CHARS:
            return word
        if rest in self._stop_words:
            return ""
        rest = strip_arabic_prefix(rest)
        return rest if rest in self._keywords_by_word else word

    def _is_romanised(self, word: str) -> bool:
        """Whether ``word`` is a Latin-typed word of a Russian, Ukrainian or Bulgarian keyword
        (in any romanisation) and of no Latin-script language's keyword."""
        if word in self._latin_words or not word.isascii():
            return False
        key = romanisation_key(word)
        return len(key) >= MIN_ROMANISATION_KEY_CHARS and key in self._romanised_by_key

    def _romanised_stop_word(self, word: str) -> str:
        """``word`` as the stop-word lists spell it, if it is a Cyrillic stop word typed in
        another romanisation ("shodit" for "skhodit", сходить); else ``word`` itself. Words of
        the catalogue's keywords keep their spelling (ROMANISATION_SIMILARITY)."""
        if (
            word in self._stop_words
            or not word.isascii()
            or word in self._latin_words
            or word in self._keywords_by_word
        ):
            return word
        key = romanisation_key(word)
        if len(key) < MIN_ROMANISATION_KEY_CHARS:
            return word
        latin = ROMANISED_STOP_WORDS.get(key)
        return latin if latin is not None and latin in self._stop_words else word

    def _rank(self, words: list[str], normalized: str, limit: int) -> MatchResult:
        """The offers the question's topic words ``words`` may be about, best first."""
        keyword_word_similarity: dict[str, float] = {}
        explained_by_offer: dict[str, list[float]] = {}  # offer -> similarity per question word

        def credit(similar: dict[str, float], positions: tuple[int, ...]) -> None:
            for word, similarity in similar.items():
                keyword_word_similarity[word] = max(
                    similarity, keyword_word_similarity.get(word, 0.0)
                )
                for offer_id in self._offers_by_word[word]:
                    explained = explained_by_offer.setdefault(offer_id, [0.0] * len(words))
                    for position in positions:
                        explained[position] = max(explained[position], similarity)

        similar_at = [self._similar_words(word, joined=False) for word in words]
        for position, similar in enumerate(similar_at):
            if len(words[position]) <= SMALL_WORD_CHARS:
                others = {
                    found for at, near in enumerate(similar_at) if at != position for found in near
                }
                similar = {
                    word: similarity
                    for word, similarity in similar.items()
                    if self._small_word_counts(word, others)
                }
            credit(similar, (position,))
        for at, (first, second) in enumerate(pairwise(words)):
            # Two words joined may name a compound: "näh cafe" is the "nähcafe".
            credit(self._similar_words(first + second, joined=True), (at, at + 1))

        covered: defaultdict[int, float] = defaultdict(float)  # keyword -> similar letters
        for word, similarity in keyword_word_similarity.items():
            for position in self._keywords_by_word[word]:
                covered[position] += len(word) * similarity
        best_keywords: dict[str, tuple[float, _Keyword]] = {}
        best_names: dict[str, float] = {}
        best_titles: dict[str, float] = {}
        for position, letters in covered.items():
            keyword = self._keywords[position]
            coverage = letters / keyword.weight
            if coverage > best_keywords.get(keyword.offer_id, (0.0, keyword))[0]:
                best_keywords[keyword.offer_id] = (coverage, keyword)
            if keyword.name and coverage > best_names.get(keyword.offer_id, 0.0):
                best_names[keyword.offer_id] = coverage
            if keyword.title and coverage > best_titles.get(keyword.offer_id, 0.0):
                best_titles[keyword.offer_id] = coverage

        candidates = []
        for offer_id, (coverage, keyword) in best_keywords.items():
            # Every topic word of the question counts alike: "doctor" says as much as
            # "appointment".
            explained_share = sum(explained_by_offer[offer_id]) / (100 * len(words))
            score = coverage * (1 - QUESTION_COVERAGE_WEIGHT * (1 - explained_share))
            name = best_names.get(offer_id, 0.0)
            score = max(score, (100.0 if name >= NAME_BY_EAR else name) * NAME_SHARE)
            if score >= POSSIBLE:
                candidates.append(Candidate(offer_id, score, keyword.language))

        ranked = sorted(candidates, key=lambda candidate: (-candidate.score, candidate.offer_id))
        if ranked:
            # A runner-up that owes its score only to words the best offer explains too is no
            # alternative: "shveine kafe" is the sewing café, though "kafe" alone is a word of
            # the parents' café as well.
            best = _explained_at(explained_by_offer[ranked[0].offer_id])
            ranked = ranked[:1] + [
                candidate
                for candidate in ranked[1:]
                if not _explained_at(explained_by_offer[candidate.offer_id]) < best
            ]
        named = bool(ranked) and best_names.get(ranked[0].offer_id, 0.0) >= NAME_BY_EAR
        titled = bool(ranked) and best_titles.get(ranked[0].offer_id, 0.0) >= NAME_BY_EAR
        return MatchResult(
            ranked[:limit], self._is_confident(ranked, normalized), named=named, titled=titled
        )

    def _small_word_counts(self, word: str, others: set[str]) -> bool:
        """Whether the small keyword word ``word`` counts: a keyword of its own ("iş"), or a
        word of a longer one whose other words the question has too (``others``). Alone, a
        small word of one language's keyword is another's filler: Turkish "bi" (a) is the
        Romani "bi" (without) of "bi buti", and "bi tercuman istiyorum yardim eder misiniz"
        read the job counselling's help where an interpreter is asked for."""
        return any(
            len(keyword.words) == 1 or others.intersection(keyword.words)
            for keyword in (self._keywords[at] for at in self._keywords_by_word[word])
        )

    def _similar_words(self, unit: str, joined: bool) -> dict[str, float]:
        """Keyword words that the question word ``unit`` resembles, with their similarity.

        A ``joined`` pair of question words gets no stems and one deletion less, so that it
        only matches as a whole: else "help finding" would credit "finding" with the stem
        "help", and "pomosht cv" would credit "cv" with "pomosht" missing two letters. Pairs
        are long, too, and deletion variants grow with the square of the length.
        """
        similar: dict[str, float] = {}
        neighbours: set[str] = set()
        deletions = _question_deletions(unit) - (1 if joined else 0)
        for variant in deletion_variants(unit, deletions):
            neighbours.update(self._words_by_deletion.get(variant, ()))
        for word in neighbours:
            shorter, longer = sorted((unit, word), key=len)
            if (
                len(shorter) < MIN_FUZZY_CHARS
                and len(longer) - len(shorter) > 1
                and not longer.startswith(shorter)
            ):
                continue  # "stadt" is not "sad" (детский сад) less two letters; "micul" is "mic"
            similarity = Indel.normalized_similarity(unit, word) * 100
            if similarity >= WORD_SIMILARITY_MIN:
                similar[word] = similarity
        for end in range(MIN_STEM_CHARS, 0 if joined else len(unit) + 1):
            for word in self._words_by_stem.get(unit[:end], ()):
                similar[word] = max(similar.get(word, 0.0), STEM_SIMILARITY)
        if not joined and len(unit) > MIN_NAME_BY_EAR_CHARS:
            # An offer's name typed by ear and given an ending ("doichkursa", Bulgarian for
            # "the Deutschkurs"; "nekhkafeto" for "Нехкафето"): a stem alone cannot find it,
            # since the stem itself is a letter off. The name is read without the ending.
            for cut in range(1, NAME_ENDING_CHARS + 1):
                for word, similarity in self._similar_words(unit[:-cut], joined=True).items():
                    if word in self._name_words and similarity >= NAME_BY_EAR:
                        similar[word] = max(similar.get(word, 0.0), similarity)
        if not joined and unit.isascii() and unit not in self._latin_words:
            key = romanisation_key(unit)
            for word in self._romanised_by_key.get(key, ()):
                similar[word] = max(similar.get(word, 0.0), ROMANISATION_SIMILARITY)
            for end in range(MIN_STEM_CHARS, len(key)):
                for word in self._romanised_by_stem.get(key[:end], ()):
                    similar[word] = max(similar.get(word, 0.0), STEM_SIMILARITY)
        if not joined and has_cyrillic(unit):
            latin = transliterate_cyrillic(unit)
            if " " not in latin and latin != unit:
                for word, similarity in self._similar_words(latin, joined=False).items():
                    if word in self._name_words and similarity >= NAME_BY_EAR:
                        similar[word] = max(similar.get(word, 0.0), similarity)
        return similar

    @staticmethod
    def _is_confident(ranked: list[Candidate], normalized_question: str) -> bool:
        if not ranked or len(normalized_question) < MIN_CONFIDENT_CHARS:
            return False
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        return ranked[0].score >= CONFIDENT and ranked[0].score - runner_up >= CONFIDENT_MARGIN
