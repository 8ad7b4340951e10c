"""Follow-up questions about the offer in context ("und was kostet das?").

The pipeline calls :func:`find_follow_up` after everyday intents and before the FAQ, with the
offer whose card the person saw a few minutes ago (``context.offer``). The cue words are data
(``locales/followups.yaml``). A message that names another offer beside its cue words ("und
wann ist das Nähcafé?") is a new topic: the words left once the cues are set aside are matched
against the offers, and a confident other offer wins. A cue word that happens to be an offer's
keyword ("pot sa vin cu copiii?" after the German course: "copii" is also the parents' café)
never switches.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import yaml

from bot.catalogue.live import Snapshot
from bot.catalogue.schedule import WEEKDAYS
from bot.i18n.word_lists import load_word_lists, shared_words
from bot.matching.normalize import has_cyrillic, normalize
from bot.matching.stopwords import STOP_WORDS
from bot.understanding.faq import concepts_of, faq_words
from bot.understanding.needs import WORD_LISTS as NEED_WORD_LISTS
from bot.understanding.needs import WORDS_FILE as NEED_WORDS_FILE
from bot.understanding.needs import names_a_need, phrases_typed
from bot.understanding.offers import UNSURE_CARD, lacking_at, match_offers
from bot.understanding.phrases import (
    ROMANI,
    ROMANI_AS_IS,
    ROMANI_MARK,
    Found,
    Phrase,
    PhraseIndex,
    normalized_message,
    parse,
    spelling_forms,
)
from bot.understanding.result import Context, FollowUp

# libyaml's parser when installed: the same data as yaml.safe_load, about ten times faster
# (the phrase files are read at every start: most of that was parsing them in Python).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _safe_load(text: str) -> Any:
    return yaml.load(text, Loader=_SAFE_LOADER)


FOLLOWUPS_FILE = "followups.yaml"

TOPICS = ("children", "audience", "languages", "booking", "cost", "when", "where", "bring")
"""What a follow-up can ask about an offer (the values of ``FollowUp.topic``), in the order
that decides when one message has cues of several: "kann ich mein Baby mitnehmen" asks about
children, not about what to bring; "e si pentru bulgari" about who it is for, not about
Bulgarian."""

PARTS_OF_DAY = ("morning", "afternoon", "evening")
"""The parts of the day a question about when may name (``parts_of_day`` in followups.yaml)."""

OWN_TIME_REACH = 2
"""Words between the person's own work or school hours and a part of the day that tells them
("ich arbeite morgens", "sabah calisiyorum"), see :meth:`FollowUpCues.part_of_day`."""

_CLAUSE_END = re.compile(r"[?.!,;،؟]$")


_AN_HOUR = re.compile(r"(?<!\d)(?:[01]?\d|2[0-4])(?:[:.h]\d\d)?(?!\d)")


def _names_an_hour(text: str) -> bool:
    """Whether ``text`` names an hour of the clock in digits ("14", "2", "14:30", "٢")."""
    return _AN_HOUR.search(normalize(text)) is not None


def _clauses(text: str) -> dict[int, int]:
    """Each word's clause, counted from 0: a word ending in a question mark, full stop or
    comma ends its clause ("abends? ich arbeite morgens": the evening is asked apart)."""
    clauses, number = {}, 0
    for at, word in enumerate(text.split()):
        clauses[at] = number
        number += bool(_CLAUSE_END.search(word))
    return clauses


PLACE_OR_TIME = frozenset({"where", "when"})
"""Topics that yield to a language spoken there, asked beside them by a speaker word and a
language's name: the place or the hour is where that speaker would be."""

CALLED_BY = frozenset({"when", "audience"})
"""Topics whose cue words may be part of a phrase an offer is called by: its time ("office
hours", "morning meal") and its people ("with the Romanians")."""


LANGUAGE_NAME = "language name"
SPEAKER = "speaker"
"""Not topics of their own: a language's name beside a speaker word ("gibts da jemand der
türkisch kann", "ogretmen turkce biliyor mu") asks which languages are spoken there. The names
are those of ``locales/intents.yaml`` (``languages``)."""

VISIT = "visit"
"""Not a topic either: a word for going there (``visit`` in locales/followups.yaml)."""

OWN_TIME = "own time"
"""Nor this: words for the person's own work or school hours (``own_time``). Beside a question
about when, they give the reason ("eu lucrez dimineata, se poate si seara?": I work in the
mornings, is it also in the evening?) and name no other offer, though "lucrez" (I work) is a
word of the work counselling."""

LEARNT = "learnt"
"""Nor this: a word for learning a language oneself (``learnt``). Beside a language's name the
language is the one to learn ("und wo lerne ich richtig deutsch sprechen"), no question about
the languages spoken at the offer in context; the words stay for naming another offer."""

INTENTS_FILE = "intents.yaml"

NEW_TOPIC_WORDS_BY_LANGUAGE = load_word_lists(NEED_WORDS_FILE, NEED_WORD_LISTS).phrases(
    "new_topic_words"
)
"""Words that leave the offer in context for another ("actually I want a place where my
toddler can play": after the German course, "kids" is no question about it; "another
question: ..." announces one). Not reviewed by
native speakers."""


NEW_TOPIC_PHRASES = phrases_typed(NEW_TOPIC_WORDS_BY_LANGUAGE)


def turns_to_a_new_topic(text: str) -> bool:
    """Whether ``text`` leaves the offer in context with a word for that ("actually", "aslında":
    NEW_TOPIC_WORDS_BY_LANGUAGE)."""
    words = f" {normalized_message(text)} "
    return any(f" {phrase} " in words for phrase in NEW_TOPIC_PHRASES)


@dataclass(frozen=True)
class _Cue:
    topic: str | None  # None: a weekday
    weekday: int | None = None
    side_by_side: bool = False  # found only with its words side by side (``side_by_side``)
    weak: bool = False  # a companion or a means of transport: see _weak_cues_kept


PAYS_OR_BEGINS = shared_words().every("pays_or_begins")
"""Romani "počinel" (pays) is Serbian and Slovak "počinje", "počína" (begins), which Romani
speakers from there borrow: beside an hour or a day ("savo sati počinel ko sreda?") it asks
when, not what it costs."""

BEING = frozenset(normalize(word) for word in shared_words().every("being"))
BEING_REACH = 2
"""A word for "I am" ("съм", "am", "sunt") this close to a word for a group of people says who
the person is ("пенсионер съм", "i am a pensioner"): see :func:`_without_who_i_am`."""

SOMETHING = frozenset(normalize(word) for word in shared_words().every("something"))
SOMETHING_TYPED_APART = shared_words().every("something_typed_apart")
"""Something to bring, said without naming it: beside a child ("Ребёнку что-то брать туда
надо?", "для малого щось брати треба?") the question is what to bring for the child, not
whether the child may come ("can I bring my child" names no thing). Only the words for an
unnamed thing, not "what": "can I bring my son, what time is it" asks about the son. Russian
"что-то" is "что то" once normalised (SOMETHING_TYPED_APART). Not reviewed by native
speakers."""

PERSIAN = "fa"
FINGLISH_GH, FINGLISH_Q = "gh", "q"
"""Persian typed in Latin letters writes غ and ق both ways; the lists spell them "gh"."""

FOLDED_CUE_MIN_LETTERS = 4
"""A Romani cue word is found in other spellings only from this length (folded): shorter, its
folded form is another language's small word ("čhej", girl, folds like Romanian "cei", those,
and Ukrainian "цей", this)."""


def _cue_phrases(entry: str, cue: _Cue, code: str) -> list[Phrase]:
    """A cue entry's phrases; Romani ones also in the spellings people type (see
    :func:`~bot.understanding.phrases.romani_spelling`): "časo" / "chaso" / "ciaso" (hour),
    "tschawo" / "čhavo" (child)."""
    if code != ROMANI:
        phrases = parse(entry, cue, code)
        if code == PERSIAN and FINGLISH_GH in entry:
            # Finglish types غ and ق as "gh" or as "q": "faghat" and "faqat" (only),
            # "gheymat" and "qeymat" (price).
            phrases += parse(entry.replace(FINGLISH_GH, FINGLISH_Q), cue, code)
        if has_cyrillic(entry) and all(len(word) <= SMALL_WORD for word in entry.split()):
            # Ukrainian "де" (where) typed in Latin letters is Romanian "de" (of), and "де це"
            # (where is it) Romanian "de ce" (why): a cue of Cyrillic words of two letters is
            # one only in Cyrillic, or in Latin letters where one of them is spelt longer than
            # any short word ("de tse": "це" as Ukrainians romanise it, which no Romanian
            # writes).
            phrases = [
                p
                for p in phrases
                if all(has_cyrillic(w.text) for w in p.words)
                or any(len(w.text) > SMALL_WORD and w.text.isalpha() for w in p.words)
            ]
        return phrases
    return [
        phrase
        for phrase in parse(entry, cue, code, spellings=True)
        if all(
            len(word.text) > FOLDED_CUE_MIN_LETTERS
            or not word.text.startswith((ROMANI_MARK, ROMANI_AS_IS))
            for word in phrase.words
        )
    ]


class FollowUpCues:
    """The cue words of every topic and the weekday names, in every language."""

    def __init__(
        self,
        topics: Mapping[str, Mapping[str, Sequence[str]]],
        days: Mapping[str, Mapping[str, Sequence[str]]],
        from_faq: Mapping[str, Sequence[str]] | None = None,
        speakers: Mapping[str, Sequence[str]] | None = None,
        language_names: Mapping[str, Sequence[str]] | None = None,
        pointing: Mapping[str, Sequence[str]] | None = None,
        ages: Mapping[str, Sequence[str]] | None = None,
        visit: Mapping[str, Sequence[str]] | None = None,
        visit_faq: Sequence[str] = (),
        look_alikes: Mapping[str, Sequence[str]] | None = None,
        learnt: Mapping[str, Sequence[str]] | None = None,
        own_time: Mapping[str, Sequence[str]] | None = None,
        glued: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
        side_by_side: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
        companions: Mapping[str, Sequence[str]] | None = None,
        transport: Mapping[str, Sequence[str]] | None = None,
        joining: Mapping[str, Sequence[str]] | None = None,
        parts_of_day: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    ) -> None:
        self.topics = topics
        self.parts_of_day = parts_of_day or {}
        # Words for a part of the day ("abends", "seara", "akşam", "بالمسا"): see part_of_day.
        self._parts = PhraseIndex(
            [
                phrase
                for code, by_part in self.parts_of_day.items()
                for part, entries in by_part.items()
                if part in PARTS_OF_DAY
                for entry in entries
                for phrase in _cue_phrases(str(entry), _Cue(part), code)
            ],
            forms=spelling_forms,
        )
        # "and" between two questions in one message: see also_asked.
        self.joining = frozenset(
            normalize(str(word)) for words in (joining or {}).values() for word in words
        )
        # "و" (and) typed onto a short question word ("وكم", "ووين", "وشو"): see unglued.
        self.glued = tuple(
            (str(prefix), frozenset(normalize(str(word)) for word in entry.get("words") or ()))
            for entry in (glued or {}).values()
            for prefix in entry.get("prefixes") or ()
        )
        # Words as one language types them that read like another's cue word ("این", this,
        # is Arabic "اين", where, once letters are read alike): see look_alike_words.
        # An entry of two words or more ("kind of") marks its first word only when the rest
        # follows it: English "what kind of people" names no German "Kind" (child), "mein kind"
        # still does.
        listed = [str(word).lower() for words in (look_alikes or {}).values() for word in words]
        self.look_alikes = frozenset(word for word in listed if " " not in word)
        self.look_alikes_before = tuple(tuple(word.split()) for word in listed if " " in word)
        # Words for going there; beside papers (the FAQ ids ``visit_faq``) they ask what to
        # bring: see :meth:`papers_for_a_visit`.
        self.visit_faq = frozenset(visit_faq)
        self._visit = PhraseIndex(
            [
                phrase
                for code, entries in (visit or {}).items()
                for entry in entries
                for phrase in _cue_phrases(str(entry), _Cue(VISIT), code)
            ],
            forms=spelling_forms,
        )
        # Words for one's own work or school hours ("i work mornings", "eu lucrez"): see
        # :meth:`own_time_at`.
        self._own_time = PhraseIndex(
            [
                phrase
                for code, entries in (own_time or {}).items()
                for entry in entries
                for phrase in _cue_phrases(str(entry), _Cue(OWN_TIME), code)
            ],
            forms=spelling_forms,
        )
        # Words for a child's years ("ani", "snin", "yaşında"), normalised; "*" ends a stem.
        self.ages = tuple(
            (normalize(str(word).rstrip("*")), str(word).endswith("*"))
            for words in (ages or {}).values()
            for word in words
        )
        # Words for "it" / "this" / "there": they point at the offer in context and name no
        # other ("kaj si kava": Romani "where is it", though "кава" is coffee in Ukrainian).
        self.pointing = frozenset(
            normalize(str(word)) for words in (pointing or {}).values() for word in words
        )
        self.days = days
        self.from_faq = dict(from_faq or {})
        self.speakers = dict(speakers or {})
        self._topic_of_faq = {
            str(faq_id): topic for topic, ids in self.from_faq.items() for faq_id in ids
        }
        # Romani cue words are also found in the spellings people type them in ("kobor" and
        # "kobór", "potjinav" and "pocinav", "dyes" and "djes"); see phrases.romani_spelling.
        self._index = PhraseIndex(
            [
                phrase
                for topic, by_language in topics.items()
                for code, entries in by_language.items()
                for entry in entries
                for phrase in _cue_phrases(str(entry), _Cue(topic), code)
            ]
            + [
                phrase
                for code, by_day in days.items()
                for day, entries in by_day.items()
                if day in WEEKDAYS  # a misspelt day is reported by missing(), not a crash
                for entry in _with_and_joined(entries, code)
                for phrase in _cue_phrases(str(entry), _Cue(None, WEEKDAYS.index(day)), code)
            ]
            + [
                phrase
                for topic, by_language in (side_by_side or {}).items()
                for code, entries in by_language.items()
                for entry in entries
                for phrase in _cue_phrases(str(entry), _Cue(topic, side_by_side=True), code)
            ]
            + [
                # Weak cues: a person who would come along asks who may come, a bus or a
                # tram where it is, only when nothing else is asked (_weak_cues_kept).
                phrase
                for topic, by_language in (("audience", companions), ("where", transport))
                for code, entries in (by_language or {}).items()
                for entry in entries
                for phrase in _cue_phrases(str(entry), _Cue(topic, weak=True), code)
            ]
            + [
                phrase
                for code, entries in self.speakers.items()
                for entry in entries
                for phrase in _cue_phrases(str(entry), _Cue(SPEAKER), code)
            ]
            + [
                phrase
                for code, entries in (learnt or {}).items()
                for entry in entries
                for phrase in _cue_phrases(str(entry), _Cue(LEARNT), code)
            ]
            + [
                phrase
                for code, names in (language_names or {}).items()
                for name in names
                for phrase in parse(str(name), _Cue(LANGUAGE_NAME), code or None)
            ],
            forms=spelling_forms,
        )

    @classmethod
    def load(cls, locales_dir: Path) -> FollowUpCues:
        data = _safe_load((locales_dir / FOLLOWUPS_FILE).read_text(encoding="utf-8")) or {}
        topics = {
            str(topic): {str(code): list(entries or ()) for code, entries in langs.items()}
            for topic, langs in (data.get("topics") or {}).items()
        }
        days = {
            str(code): {str(day): list(names or ()) for day, names in by_day.items()}
            for code, by_day in (data.get("days") or {}).items()
        }
        from_faq = {
            str(topic): [str(faq_id) for faq_id in ids or ()]
            for topic, ids in (data.get("faq") or {}).items()
        }
        speakers = _by_language(data, "speakers")
        intents_path = locales_dir / INTENTS_FILE
        names_data = (
            _safe_load(intents_path.read_text(encoding="utf-8")) or {}
            if intents_path.exists()
            else {}
        )
        names = _by_language(names_data, "languages")
        names[""] = [str(name) for name in data.get("other_languages") or ()]
        visit_faq = [str(faq_id) for faq_id in data.get("visit_faq") or ()]
        return cls(
            topics,
            days,
            from_faq,
            speakers,
            names,
            _by_language(data, "pointing"),
            _by_language(data, "ages"),
            _by_language(data, "visit"),
            visit_faq,
            _by_language(data, "look_alikes"),
            _by_language(data, "learnt"),
            _by_language(data, "own_time"),
            {str(code): dict(entry or {}) for code, entry in (data.get("glued") or {}).items()},
            {
                str(topic): {str(code): list(entries or ()) for code, entries in langs.items()}
                for topic, langs in (data.get("side_by_side") or {}).items()
            },
            _by_language(data, "companions"),
            _by_language(data, "transport"),
            _by_language(data, "joining"),
            {
                str(code): {str(part): list(words or ()) for part, words in by_part.items()}
                for code, by_part in (data.get("parts_of_day") or {}).items()
            },
        )

    def missing(self, codes: Sequence[str]) -> list[str]:
        """What a complete file lacks for these languages, as "topics.cost: fa" lines."""
        gaps = [
            f"topics.{topic}: {code}"
            for topic in TOPICS
            for code in codes
            if not self.topics.get(topic, {}).get(code)
        ]
        gaps += [
            f"days.{code}.{day}"
            for code in codes
            for day in WEEKDAYS
            if not self.days.get(code, {}).get(day)
        ]
        gaps += [f"speakers: {code}" for code in codes if not self.speakers.get(code)]
        gaps += [
            f"parts_of_day.{code}.{part}"
            for code in codes
            for part in PARTS_OF_DAY
            if not self.parts_of_day.get(code, {}).get(part)
        ]
        gaps += [
            f"parts_of_day.{code}.{part}: not a part of the day"
            for code, by_part in self.parts_of_day.items()
            for part in by_part
            if part not in PARTS_OF_DAY
        ]
        gaps += [f"topics.{topic}: not a topic" for topic in self.topics if topic not in TOPICS]
        gaps += [f"faq.{topic}: not a topic" for topic in self.from_faq if topic not in TOPICS]
        gaps += [
            f"days.{code}.{day}: not a weekday"
            for code, by_day in self.days.items()
            for day in by_day
            if day not in WEEKDAYS
        ]
        return gaps

    def find(
        self,
        text: str,
        also_used: frozenset[int] = frozenset(),
        named: frozenset[int] = frozenset(),
        called: frozenset[int] = frozenset(),
    ) -> tuple[str | None, int | None, str]:
        """The topic asked about, the weekday named (0 = Monday), and the words left over
        (without those at ``also_used``). ``named``: where the offer in context is called by
        its own name; a cue word there is part of the name, no question ("danışma saati":
        "saat", hour, in the office hours' Turkish name). ``called``: where it is called by a
        phrase of its own words ("приемните часове", "закуската с румънците"); a cue there
        yields to another topic's cue outside it.

        Russian and Ukrainian typed in Latin letters mark the soft sign with an apostrophe
        ("skol'ko", "tol'ko dlya", "den'gi"): read without it when the word as typed, split
        at the apostrophe, finds nothing. A short question word with "and" typed onto it is
        read without it (:meth:`unglued`)."""
        text = self.unglued(text)
        found = self._find(text, also_used, named, called)
        joined = _SOFT_SIGN.sub("", text)
        if found[0] is None and joined != text:
            return self._find(joined, also_used, named, called)
        return found

    def _find(
        self,
        text: str,
        also_used: frozenset[int] = frozenset(),
        named: frozenset[int] = frozenset(),
        called: frozenset[int] = frozenset(),
    ) -> tuple[str | None, int | None, str]:
        words = normalized_message(text).split()
        found = [
            hit
            for hit in self._index.find(text)
            if not _scattered(hit, words) and not _apart_where_side_by_side(hit)
        ]
        look_alike = self.look_alike_words(text)
        found = [
            hit
            for hit in found
            if not all(at < len(words) and words[at] in look_alike for at in hit.positions)
        ]
        # A word for learning is no cue: it stays among the words left, to name the course.
        learnt = [hit for hit in found if cast(_Cue, hit.phrase.key).topic == LEARNT]
        found = [hit for hit in found if hit not in learnt]
        # A cue read with its function word apart yields to another topic's cue read in place:
        # "do I need to book for the parents cafe or just walk in" asks about booking, not
        # "just for"; alone it still counts ("is this for students too or only families").
        apart = [hit for hit in found if _function_word_apart(hit, words)]
        if any(
            cast(_Cue, hit.phrase.key).topic in TOPICS
            and cast(_Cue, hit.phrase.key).topic
            not in {cast(_Cue, loose.phrase.key).topic for loose in apart}
            for hit in found
            if hit not in apart
        ):
            found = [hit for hit in found if hit not in apart]
        found = [hit for hit in found if not (named and hit.positions <= named)]

        # "приемните часове в коя сграда ги правите" (the office hours, in which building):
        # the hours call the offer by a phrase of its own words; the question is another
        # topic's cue typed as listed ("which building"). Only its time and its people name
        # an offer so ("the morning meal", "with the Romanians"): "shaj te anav e chaven"
        # still asks about the children. Alone, such a cue still asks ("office hours when?").
        def naming(hit: Found) -> bool:
            return cast(_Cue, hit.phrase.key).topic in CALLED_BY and hit.positions <= called

        if called and any(
            cast(_Cue, hit.phrase.key).topic in TOPICS and hit.exact and not naming(hit)
            for hit in found
        ):
            found = [hit for hit in found if not naming(hit)]
        # "si pt asta trebe sa platesc ceva": "and for this one" points at the offer shown, it
        # asks nobody's place in it; the question is the rest (here: the cost).
        found = [hit for hit in found if not _for_what_is_shown(hit, words, self.pointing)]
        cues = [hit for hit in found if cast(_Cue, hit.phrase.key).topic in TOPICS]
        # A weekday typed as listed is no cue of another script's word romanised alike: "w yom
        # el sabt fi?" asks about Saturday (Arabizi "sabt"), not Tajik "сабт" (registration).
        day_words = {
            at
            for hit in found
            if cast(_Cue, hit.phrase.key).weekday is not None and hit.exact
            if not _romanised(hit)
            for at in hit.positions
        }
        cues = [hit for hit in cues if not (_romanised(hit) and hit.positions <= day_words)]
        # A cue inside a longer one yields: "الساعة كم" (what time) is no "كم" (how much); not
        # a cue typed as listed to a longer one read through a typo: "love" (money) typed as
        # listed still asks the cost in "kitsi love mangen" (mangen is no "mangel love").
        cues = [
            hit
            for hit in cues
            if not any(
                hit.positions < other.positions and (other.exact or not hit.exact) for other in cues
            )
        ]
        # A stem yields to another topic's whole word for the same word: Romanian "termina"
        # (it ends) asks when, though "termin*" (an appointment) begins it; Turkish "öğlen"
        # (noon) is no "oğl*" (son).
        cues = [hit for hit in cues if not _stem_of_a_listed_word(hit, cues, words)]
        # A cue read with its words apart yields to another topic's cue typed side by side
        # that holds one of them: "ce sa iau cu mine cand merg acolo" (what do I take with me
        # when I go there) is no "cu ce merg" (by what do I go: where); "cu" is "iau cu mine".
        cues = [hit for hit in cues if not _word_taken_side_by_side(hit, cues)]
        # "тая консултация плаща ли се, пенсионер съм": who the person is, told beside "I am",
        # is the reason for another question typed as listed (here: the cost).
        cues = _without_who_i_am(cues, words)
        kept = self._weak_cues_kept(cues, found, text)
        # A weak cue set aside stays among the words left: "wa al fator al romani?" (and the
        # Romanian breakfast?) names that offer, though "romani" reads like "romni" (wife).
        found = [hit for hit in found if hit in kept or hit not in cues]
        cues = kept
        aged = _child_age(words, self.ages)
        if aged:  # "are 3 ani", "3omro 5 snin": a child, whatever the years' word is there for
            cues = [hit for hit in cues if not hit.positions <= aged]
        names = [hit for hit in found if cast(_Cue, hit.phrase.key).topic == LANGUAGE_NAME]
        # A language's name typed as listed is no other cue read through a typo: "kursta hoca
        # türkçe de biliyo mu" names Turkish, no "türken" (Turks: who may come).
        name_words = {at for hit in names if hit.exact for at in hit.positions}
        cues = [hit for hit in cues if hit.exact or not hit.positions <= name_words]
        speakers = [hit for hit in found if cast(_Cue, hit.phrase.key).topic == SPEAKER]
        if names and any(hit.exact for hit in learnt):
            # "wo lerne ich deutsch sprechen": the language is the one to learn, not one
            # spoken there; where (or when) is asked, and the rest may name the course.
            cues = [hit for hit in cues if cast(_Cue, hit.phrase.key).topic != "languages"]
            speakers = []
        # A cue typed as listed beats one read through a typo: "brauche ich bücher" is no
        # "buchen", "na koi adres" no "adesh", "turkce biliyor mu" no "türken".
        topics = {cast(_Cue, hit.phrase.key).topic for hit in cues if hit.exact}
        if aged:
            topics.add("children")
        spoken = any(
            not name.positions & speaker.positions for name in names for speaker in speakers
        )
        if not topics and spoken:  # the weakest cue: "wann kann ich dort deutsch lernen" asks when
            topics.add("languages")
        elif spoken and topics <= PLACE_OR_TIME:
            # "si othe varekon kaj džanel romanes", "e cineva la ora aia care stie romaneste":
            # someone there who speaks a language is asked about; the place or the hour only
            # says where or when that someone would be ("kaj", where, is also "who" there).
            topics.add("languages")
        topics = topics or {cast(_Cue, hit.phrase.key).topic for hit in cues}
        if "audience" in topics and _speaks_a_language(cues, names, speakers):
            # "sunt acolo femei care inteleg romaneste?", "are there ladies there who
            # understand arabic?": the women are the speakers asked about, not who may come.
            topics.discard("audience")
            topics.add("languages")
        if "bring" in topics:
            # "what should i bring when i come", "ce iau cu mine cand vin": the when is the
            # visit's, the question is what to bring (a weekday named still asks when); "do i
            # need to bring a book": the book is a thing to bring, no booking; but "reservieren
            # vorher oder spontan mit mein heft kommen" asks book or just come, each in words of
            # its own (the exercise book is what comes along).
            topics.discard("when")
            if not _asks_book_or_just_come(cues):
                topics.discard("booking")
            if "children" in topics and not aged and _names_something(words):
                topics.discard("children")
        if (
            "children" in topics
            and not aged
            and (
                ("where" in topics and _child_comes_along(cues, words))
                or (
                    "bring" in topics
                    and _asks_what_to_bring(cues, words, self.topics.get("bring", {}))
                )
            )
        ):
            # "а що брати туди, Тарас піде з малою": what to bring is asked, the child comes
            # along; "pe ce strada o gasesc cu caruciorul": where it is, the pram comes along.
            # Not "can i come along with my two small ones" (no word asks what): the children
            # are asked about.
            topics.discard("children")
        if {"children"} < topics & {"children", "bring", "audience"} and _children_for_whom(
            cues, words
        ):
            # "что мне взять с собой туда для внучки", "what should i bring for my son": the
            # child is who the thing is for; "за кого е това, за деца или за големи": children
            # are one of the groups asked about, who may come.
            topics.discard("children")
        if {"booking", "children"} <= topics and _asks_book_or_just_come(cues):
            # "must i sign up before or i can just walk in with my baby": booking and coming
            # without, each in words of its own, ask whether to book; the child is who comes.
            topics.discard("children")
        if "cost" in topics:
            # "هل توجد رسوم للتسجيل", "kostet die Anmeldung was": a fee for registering asks
            # what it costs; the registration is what the money is for.
            topics.discard("booking")
        days = [hit for hit in found if cast(_Cue, hit.phrase.key).weekday is not None]
        if topics and any(hit.exact for hit in cues):
            # A day read through a typo yields to a cue typed as listed: "pi ci strada" is no
            # "sreda" (Wednesday), it asks where.
            days = [hit for hit in days if hit.exact]
        elif any(hit.exact for hit in days) and not any(hit.exact for hit in cues):
            # And a cue read through a typo yields to a day typed as listed: "vaj numa maškar
            # o kurko" (or only during the week) is no "masari" (money), it asks when.
            topics = {topic for topic in topics if topic == "languages"}
        weekday = None
        if days:  # "سه شنبه" (Tuesday) also holds "شنبه" (Saturday): the longer name wins
            longest = max(days, key=lambda hit: hit.phrase.weight)
            weekday = cast(_Cue, longest.phrase.key).weekday
            topics.add("when")
        if {"cost", "when"} <= topics and self._only_pays_or_begins(cues, text):
            topics.discard("cost")  # "savo sati počinel ko sreda?": what time it begins
        topic = next((t for t in TOPICS if t in topics), None)
        topic = _better_told(topic, topics, cues, days)
        if topic != "languages":  # "wann ist das mit deutsch lernen": the name may name an offer
            found = [hit for hit in found if hit not in names and hit not in speakers]
        used = set(also_used).union(*(hit.positions for hit in found))
        rest = " ".join(w for i, w in enumerate(normalized_message(text).split()) if i not in used)
        return topic, weekday, rest

    def _weak_cues_kept(
        self, cues: Sequence[Found], found: Sequence[Found], text: str
    ) -> list[Found]:
        """``cues`` without the weak ones (``companions``, ``transport``) where they say only
        whom the question is for or how one travels: beside another cue typed as listed or a
        weekday ("how much is the class for my wife" asks the cost, "can my husband come on
        saturday" when), read through a typo (Romani "romni", wife, is no "romani"), or a bus
        told in passing, with no word for going there and no question mark ("бувайте,
        побігла я на трамвай": bye, off to the tram). Alone they ask who may come ("my wife
        can come too?") and where it is ("can i get there by bus")."""
        weak = [hit for hit in cues if cast(_Cue, hit.phrase.key).weak]
        if not weak:
            return list(cues)
        strong = [hit for hit in cues if hit not in weak]
        asked_else = any(hit.exact for hit in strong) or any(
            hit.exact for hit in found if cast(_Cue, hit.phrase.key).weekday is not None
        )
        asked = _QUESTION_MARK.search(text) is not None or bool(self._visit.find(text))
        kept = [
            hit
            for hit in weak
            if hit.exact
            and not asked_else
            and (cast(_Cue, hit.phrase.key).topic != "where" or asked)
        ]
        return strong + kept

    def unglued(self, text: str) -> str:
        """``text`` with "and" taken off a short question word it is typed onto (``glued``):
        Arabic writes "و" joined to the next word, so "وكم سعرها" (and how much is it) has
        "وكم" where the list has "كم", and "ووين" (and where) "وين". Only off the question
        words listed: "وكم" is no cue word of its own, or "وكم ساعة" (and how many hours)
        would ask what it costs; without it, "كم ساعة" is read as a whole (when). The word
        keeps its place, so the positions of the words stay those of the message."""
        if not self.glued:
            return text
        typed = text.split(" ")
        changed = False
        for at, token in enumerate(typed):
            for prefix, words in self.glued:
                if len(token) <= len(prefix) or not token.startswith(prefix):
                    continue
                rest = normalized_message(token[len(prefix) :]).split()
                if len(rest) == 1 and rest[0] in words:
                    typed[at] = token[len(prefix) :]
                    changed = True
                    break
        return " ".join(typed) if changed else text

    def look_alike_words(self, text: str) -> frozenset[str]:
        """The words of ``text`` (normalised) typed only as another language's look-alike of a
        cue word or an offer's word: "این" (Persian, this) but not "اين" (Arabic, where) typed
        elsewhere in it."""
        if not self.look_alikes and not self.look_alikes_before:
            return frozenset()
        typed = [word.strip(_TRIMMED).lower() for word in text.split()]
        marked = [
            word in self.look_alikes
            or any(tuple(typed[at : at + len(words)]) == words for words in self.look_alikes_before)
            for at, word in enumerate(typed)
        ]
        alike = {normalize(word) for word, mark in zip(typed, marked, strict=True) if mark}
        if not alike:
            return frozenset()
        other = {normalize(word) for word, mark in zip(typed, marked, strict=True) if not mark}
        return frozenset(alike - other)

    @staticmethod
    def _only_pays_or_begins(cues: Sequence[Found], text: str) -> bool:
        """Whether every cost cue found is a word that also means "begins" (PAYS_OR_BEGINS)."""
        words = normalized_message(text).split()
        return all(
            at < len(words) and words[at].startswith(PAYS_OR_BEGINS)
            for hit in cues
            if cast(_Cue, hit.phrase.key).topic == "cost"
            for at in hit.positions
        )

    def also_asked(self, text: str, topic: str) -> tuple[str, ...]:
        """The other topics of a message that asks two things about the offer, each in a
        question of its own joined by "and" or a question mark ("skilky koshtuye i shcho
        vzyaty z soboyu": the cost and what to bring; found in a trial, only the cost was
        answered). Each part must ask its topic with a cue typed as listed, and one part
        ``topic`` itself: a word that only reads like a cue after the split adds nothing."""
        parts = self._questions(text)
        if len(parts) < 2:
            return ()
        asked: list[str] = []
        for part in parts:
            found = self.find(part)[0]
            if found is not None and found not in asked and self.typed_as_listed(part, found):
                asked.append(found)
        if topic not in asked:
            return ()
        return tuple(other for other in asked if other != topic)

    def _questions(self, text: str) -> list[str]:
        """``text`` cut at question marks and at the words that join two questions."""
        parts: list[str] = []
        for sentence in _QUESTION_MARK.split(text):
            words: list[str] = []
            for word in sentence.split():
                if normalize(word) in self.joining:
                    parts.append(" ".join(words))
                    words = []
                else:
                    words.append(word)
            parts.append(" ".join(words))
        return [part for part in parts if part.strip()]

    def typed_as_listed(self, text: str, topic: str) -> bool:
        """Whether a cue word of ``topic`` stands in ``text`` as listed, not read through a typo."""
        return any(
            hit.exact and cast(_Cue, hit.phrase.key).topic == topic
            for hit in self._index.find(self.unglued(text))
        )

    def only_through_a_typo(self, text: str, topic: str) -> bool:
        """Whether ``topic``'s cue words in ``text`` were all read through a typo (none typed as
        listed; a language beside a speaker word is no cue word of its own)."""
        hits = [
            hit
            for hit in self._index.find(self.unglued(text))
            if cast(_Cue, hit.phrase.key).topic == topic
        ]
        return bool(hits) and not any(hit.exact for hit in hits)

    def without_the_language_spoken(self, text: str) -> str | None:
        """``text`` without a language's name and the speaker word right beside it ("who
        speaks arabic", "arapça bilen"), both typed as listed; None when no language is said
        to be spoken, or a word for going there points at the offer ("is someone there who
        speaks arabic").

        What is left says what the person wants done with such a speaker: "i want to talk to
        someone" asks for a person, "will someone" only whether one is there."""
        if self._visit.find(text):
            return None
        words = normalized_message(text).split()
        said: set[int] = set()
        for name in self._index.find(text):
            if not (name.exact and name.positions):
                continue
            if cast(_Cue, name.phrase.key).topic != LANGUAGE_NAME:
                continue
            beside = {min(name.positions) - 1, max(name.positions) + 1} & set(range(len(words)))
            speaking = {at for at in beside if self._speaker_word(words[at])}
            for step in () if speaking else (-1, 1):
                # "говорит по-украински", "vorbeste pe romaneste": a preposition between the
                # speaker word and the name (only when no speaker word stands right beside it:
                # in "sprechen der arabisch spricht" the first verb is the talking asked for)
                at = (min(name.positions) if step < 0 else max(name.positions)) + step
                if (
                    0 <= at + step < len(words)
                    and at >= 0
                    and _short_small_word(words[at])
                    and self._speaker_word(words[at + step])
                ):
                    speaking |= {at, at + step}
            if speaking:
                said |= name.positions | speaking
        if not said:
            return None
        return " ".join(word for at, word in enumerate(words) if at not in said)

    def _speaker_word(self, word: str) -> bool:
        """Whether ``word`` alone, typed as listed, says someone speaks or knows a language."""
        return any(
            hit.exact and cast(_Cue, hit.phrase.key).topic == SPEAKER
            for hit in self._index.find(word)
        )

    def day_words(self, text: str) -> frozenset[str]:
        """The words of ``text`` (normalised) that name a weekday typed as listed ("el a7ad",
        "wel ahad": Arabizi Sunday with its article)."""
        text = self.unglued(text)
        words = normalized_message(text).split()
        return frozenset(
            words[at]
            for hit in self._index.find(text)
            if cast(_Cue, hit.phrase.key).weekday is not None and hit.exact
            for at in hit.positions
            if at < len(words)
        )

    def part_of_day(self, text: str) -> str | None:
        """The part of the day ``text`` asks about (:data:`PARTS_OF_DAY`), or None: "gibt es
        das auch abends?" the evening, "e si seara?", "aksam var mi", "في شي بالمسا؟". Words
        typed as listed before those read through a typo, a phrase of several words only side
        by side; of two parts named, the one said last ("nur vormittags oder auch
        nachmittags?" asks about the afternoon). A part said beside the person's own work hours
        is told, not asked ("في شي بالمسا؟ انا بشتغل الصبح": the evening is asked, found in a
        trial answered "yes, in the morning")."""
        unglued = self.unglued(text)
        own = self.own_time_at(unglued)
        clause = _clauses(unglued)
        hits = [
            hit
            for hit in self._parts.find(unglued)
            if hit.positions
            and (len(hit.phrase.words) < 2 or hit.side_by_side)
            and not any(
                abs(at - mine) <= OWN_TIME_REACH and clause.get(at) == clause.get(mine)
                for at in hit.positions
                for mine in own
            )
        ]
        if any(hit.exact for hit in hits):
            hits = [hit for hit in hits if hit.exact]
        if not hits:
            return None
        last = max(hits, key=lambda hit: (max(hit.positions), hit.phrase.weight))
        return cast(_Cue, last.phrase.key).topic

    def own_time_at(self, text: str) -> frozenset[int]:
        """Where ``text`` tells of the person's own work or school hours, its words side by
        side ("ich arbeite", "eu lucrez", "calisiyorum", "bashtghel", "کار میکنم"): the reason
        for asking when, no offer asked for. "i want to work" (words apart) is not one."""
        return frozenset(
            at for hit in self._own_time.find(text) if hit.side_by_side for at in hit.positions
        )

    def papers_for_a_visit(self, text: str, snapshot: Snapshot) -> bool:
        """Whether ``text`` asks for papers (a FAQ entry of ``visit_faq``) beside a word for
        going there: "which papers do i need when i go there", "ce acte imi trebuie cand merg
        acolo", "oraya giderken hangi belgeler lazım"."""
        if not self.visit_faq:
            return False
        hit = concepts_of(snapshot).find(text)
        if hit is None or hit.faq_id not in self.visit_faq:
            return False
        return any(not found.positions & hit.positions for found in self._visit.find(text))

    def faq_of_topic(self, topic: str) -> str | None:
        """The staff-written answer a topic stands for with no card shown ("is it free?")."""
        ids = self.from_faq.get(topic)
        return str(ids[0]) if ids else None

    def topic_of_faq(self, faq_id: str) -> str | None:
        """The follow-up topic a staff-written answer stands for right after a card."""
        return self._topic_of_faq.get(faq_id)


def _by_language(data: Mapping[str, Any], key: str) -> dict[str, list[Any]]:
    """``language: [word, ...]`` under ``key`` of a phrase file (empty when it is not there)."""
    return {str(code): list(words or ()) for code, words in (data.get(key) or {}).items()}


_TRIMMED = "?!.,;:؟،؛…\"'()"
"""Punctuation typed at a word's ends, set aside to compare it with a look-alike as typed."""

_QUESTION_MARK = re.compile("[?？؟]")
"""A question mark in Latin, full-width and Arabic script."""

_SOFT_SIGN = re.compile(r"(?<=[a-z])['’`](?=[a-z])", re.IGNORECASE)
"""An apostrophe inside a Latin word: the soft sign of Latin-typed Russian ("skol'ko")."""

CHILD_AGE_LIMIT = 14
"""Up to this many years, an age said beside an offer asks whether a child may come."""


def _names_something(words: Sequence[str]) -> bool:
    """Whether a word of ``words`` is one for an unnamed thing (:data:`SOMETHING`)."""
    joined = f" {' '.join(words)} "
    return bool(SOMETHING.intersection(words)) or any(
        f" {apart} " in joined for apart in SOMETHING_TYPED_APART
    )


FOR_WORDS = frozenset(normalize(word) for word in shared_words().every("for_words"))
FOR_AFTER = frozenset(shared_words().every("for_after"))
"""Words for "for" said before a child ("для малого", "за детето", "for my son", "pentru
copil", "baraye bachem"; Turkish "için" after it, "çocuk için"), a possessive or an adjective
between them allowed ("для моей внучки", "for my little son"). Not reviewed by native
speakers."""

CHILD_TO_WHOM = frozenset(normalize(word) for word in shared_words().every("child_to_whom"))
"""A child in the dative, whom a thing is for without "for": "а ребёнку что туда нести", "дитині
щось брати?". Not reviewed by native speakers."""

_FOR_GAP = 2
"""At most this many words between "for" and the child word ("for my little son")."""


def _children_for_whom(cues: Sequence[Found], words: Sequence[str]) -> bool:
    """Whether every child word among ``cues`` stands after a word for "for" (or before
    Turkish "için"), or is a child in the dative (:data:`CHILD_TO_WHOM`): the child is whom
    something is for, no child coming along."""
    children = [hit for hit in cues if cast(_Cue, hit.phrase.key).topic == "children"]
    if not children:
        return False
    for hit in children:
        first, last = min(hit.positions), max(hit.positions)
        before = words[max(0, first - 1 - _FOR_GAP) : first]
        after = words[last + 1 : last + 2]
        to_whom = all(words[at] in CHILD_TO_WHOM for at in hit.positions if at < len(words))
        if not (to_whom or FOR_WORDS.intersection(before) or FOR_AFTER.intersection(after)):
            return False
    return True


WHAT_THING = {
    code: frozenset(normalize(word) for word in words)
    for code, words in shared_words().entries("what_thing").items()
}
_WHAT_GAP = 4
"""A question word for a thing ("що", "was", "ce", "какие") at most this many words before a
bring cue (or within it: "какие вещи") asks what to bring: "was muss ich mitbringen, meine
tochter kommt auch mit". Not reviewed by native speakers."""

ALONG_WITH = frozenset(normalize(word) for word in shared_words().every("along_with"))
ALONG_WITH_ENDINGS = tuple(shared_words().every("along_with_endings"))
""""With" before a child's word ("з малою", "cu caruciorul"), or as its ending (Turkish
"oğlumla", Romani "chavorenca"): the child comes along. Not reviewed by native speakers."""


def _asks_what_to_bring(
    cues: Sequence[Found], words: Sequence[str], bring: Mapping[str, Sequence[str]]
) -> bool:
    """Whether a question word for a thing (:data:`WHAT_THING`) stands in a bring cue typed as
    listed or at most ``_WHAT_GAP`` words before it, both of one language (``bring``: the
    bring cues of each language): English "was" (German "what") or "so" (Romani "what") ask
    nothing in "ok so can i bring my 2 kids along"."""
    for hit in cues:
        if cast(_Cue, hit.phrase.key).topic != "bring" or not hit.exact:
            continue
        asking = frozenset().union(
            *(
                WHAT_THING.get(code, frozenset())
                for code, entries in bring.items()
                if hit.phrase.source in entries
            )
        )
        first, last = min(hit.positions), max(hit.positions)
        # Inside the cue only when its words stand side by side ("какие вещи"): a cue read
        # across the message ("so ... te anav") holds no question word of its own.
        side_by_side = last - first + 1 == len(hit.positions)
        near = range(max(0, first - _WHAT_GAP - 1), last + 1 if side_by_side else first)
        if any(at < len(words) and words[at] in asking for at in near):
            return True
    return False


def _child_comes_along(cues: Sequence[Found], words: Sequence[str]) -> bool:
    """Whether every child word among ``cues`` has "with" right before it, a possessive or an
    adjective between them allowed, or as its ending (:data:`ALONG_WITH`)."""
    children = [hit for hit in cues if cast(_Cue, hit.phrase.key).topic == "children"]
    if not children:
        return False
    for hit in children:
        first, last = min(hit.positions), max(hit.positions)
        before = words[max(0, first - 1 - _FOR_GAP) : first]
        ending = last < len(words) and words[last].endswith(ALONG_WITH_ENDINGS)
        if not (ALONG_WITH.intersection(before) or ending):
            return False
    return True


def _asks_book_or_just_come(cues: Sequence[Found]) -> bool:
    """Whether booking cues stand in two places of their own, typed as listed: the two ways
    to come ("sign up before or just walk in", "anmelden oder einfach vorbeikommen")."""
    places: list[frozenset[int]] = []
    for hit in cues:
        if cast(_Cue, hit.phrase.key).topic != "booking" or not hit.exact:
            continue
        if not any(hit.positions & place for place in places):
            places.append(hit.positions)
    return len(places) >= 2


def _romanised(hit: Found) -> bool:
    """Whether a cue was found only through its Cyrillic words typed in Latin letters."""
    return has_cyrillic(hit.phrase.source) and not any(
        has_cyrillic(word.text) for word in hit.phrase.words
    )


def _speaks_a_language(
    cues: Sequence[Found], names: Sequence[Found], speakers: Sequence[Found]
) -> bool:
    """Whether a language's name stands beside a speaker word, apart from the words typed as
    listed that say who may come ("e si pentru romani care vorbesc?" names Romanians; "arabic"
    is only read as "arabs" through a typo). Both typed as listed: in "vi vash e roma andar
    bulgaria" (also Roma from Bulgaria?) "andar" is no "anlar" (understands)."""
    audience = set().union(
        *(
            hit.positions
            for hit in cues
            if hit.exact and cast(_Cue, hit.phrase.key).topic == "audience"
        )
    )
    return any(
        name.exact
        and speaker.exact
        and not name.positions & speaker.positions
        and not name.positions & audience
        for name in names
        for speaker in speakers
    )


def _child_age(words: Sequence[str], ages: Sequence[tuple[str, bool]]) -> frozenset[int]:
    """Positions of a child's age ("3 ani", "5 snin", "he is 4 years old"): a number up to
    :data:`CHILD_AGE_LIMIT` just before a word for years; empty when there is none."""
    for i, word in enumerate(words):
        # "5 snin", or typed as one: "4yo", "3j"
        following = words[i + 1] if i + 1 < len(words) else ""
        number, after, at = word, following, {i, i + 1}
        if joined := _NUMBER_AND_WORD.match(word):
            number, after, at = joined.group(1), joined.group(2), {i}
        if not number.isdigit() or not 0 < int(number) <= CHILD_AGE_LIMIT:
            continue
        if any(after.startswith(age) if stem else after == age for age, stem in ages):
            return frozenset(at)
    return frozenset()


_NUMBER_AND_WORD = re.compile(r"^(\d{1,2})([^\W\d_]+)$")


SMALL_WORD = 2
"""Cue phrases of only words this short ("и за", "si pt") stand together as listed."""


SHORT_FUNCTION_WORD = 3
"""A function word (a preposition, a conjunction) of a cue of several words up to this long
belongs to the cue only beside another of its words (see :func:`_scattered`)."""


def _scattered(hit: Found, words: Sequence[str]) -> bool:
    """Whether a cue of several words was found only with its words apart where they cannot
    be: a cue of small words ("и за", and for: who it is for) is not in "ткань и нитки за
    деньги" (cloth and thread for money). A short function word that ends a cue says what
    the cue says only beside the cue's other words, or left at the end ("who's it meant
    for"): see :func:`_function_word_apart`.
    """
    listed = hit.phrase.words
    if len(listed) < 2 or len(hit.positions) < 2:
        return False
    apart = not hit.side_by_side
    if apart and _also_for(hit):
        # "e si pentru bulgari" (also for), but not "si trebuie sa dau bani pentru asta" (and
        # must I pay for it): "and" and "for" apart ask nothing about who may come.
        return True
    return all(len(word.text) <= SMALL_WORD for word in listed) and apart


def _apart_where_side_by_side(hit: Found) -> bool:
    """Whether a cue listed under ``side_by_side`` was found with its words apart: "nu stiu ce
    trebuie sa aduc" (I don't know what I must bring) holds the words of "trebuie sa stiu sa"
    (must I know how to), not side by side."""
    return cast(_Cue, hit.phrase.key).side_by_side and not hit.side_by_side


def _also_for(hit: Found) -> bool:
    """Whether a cue of who it is for begins with a small word for "and" or "also" ("si
    pentru", "и для", "vi vash"): one that says so only beside the cue's other words."""
    first = hit.phrase.words[0].text
    return (
        cast(_Cue, hit.phrase.key).topic == "audience"
        and len(first) <= SMALL_WORD
        and first in STOP_WORDS
    )


def _without_who_i_am(cues: Sequence[Found], words: Sequence[str]) -> list[Found]:
    """``cues`` without the audience ones said of the person beside a word for "I am"
    (BEING: "пенсионер съм", "i am a pensioner", "sunt pensionar") when another topic's cue
    is typed as listed: the person tells who they are to ask something else. Alone, "I am a
    pensioner, is it for me?" still asks who may come."""
    told = [
        hit
        for hit in cues
        if cast(_Cue, hit.phrase.key).topic == "audience"
        and any(
            0 < abs(at - near) <= BEING_REACH
            for at in hit.positions
            for near, word in enumerate(words)
            if word in BEING
        )
    ]
    if not told or not any(
        hit.exact and cast(_Cue, hit.phrase.key).topic not in {"audience", None}
        for hit in cues
        if hit not in told
    ):
        return list(cues)
    return [hit for hit in cues if hit not in told]


def _for_what_is_shown(hit: Found, words: Sequence[str], pointing: frozenset[str]) -> bool:
    """Whether an audience cue that ends in "for" (FOR_WORDS: "si pt", "и за", "also for")
    is followed right away by a word that points at the offer shown ("asta", "това", "this"):
    "and for this one" says what the question is about, not who may come."""
    listed = hit.phrase.words
    if cast(_Cue, hit.phrase.key).topic != "audience" or len(listed) < 2 or not hit.positions:
        return False
    after = max(hit.positions) + 1
    return listed[-1].text in FOR_WORDS and after < len(words) and words[after] in pointing


def _function_word_apart(hit: Found, words: Sequence[str]) -> bool:
    """Whether the short function word that ends a cue stands apart from the cue's other
    words (see :func:`_scattered`)."""
    listed = hit.phrase.words
    if len(listed) < 2 or len(hit.positions) < 2:
        return False
    ordered = sorted(hit.positions)
    last = listed[-1].text  # "just for", "тільки для"; not a question word first: "so trebul"
    short = [
        at
        for at in ordered
        if at < len(words)
        and words[at] == last
        # a short small word, or "for" however long it is typed ("fuer", Arabizi "lal")
        and ((len(last) <= SHORT_FUNCTION_WORD and last in STOP_WORDS) or last in FOR_WORDS)
    ]
    end = len(words) - 1
    if not short or (end in hit.positions and len(words[end]) <= SHORT_FUNCTION_WORD):
        return False  # a preposition left at the end: "who's it meant for"
    return any(
        # the same word again beside the cue's other words: "for anybody or only for"
        not any(
            {near - 1, near + 1} & (hit.positions - {at})
            for near, word in enumerate(words)
            if word == words[at]
        )
        for at in short
    )


def _stem_of_a_listed_word(hit: Found, cues: Sequence[Found], words: Sequence[str]) -> bool:
    """Whether ``hit`` reads a word only through a stem ("termin*") that another topic lists
    as that whole word ("termina")."""
    if not any(word.prefix for word in hit.phrase.words):
        return False
    topic = cast(_Cue, hit.phrase.key).topic
    return any(
        cast(_Cue, other.phrase.key).topic != topic
        and other.exact
        and hit.positions <= other.positions
        and all(not word.prefix for word in other.phrase.words)
        for other in cues
    )


def _word_taken_side_by_side(hit: Found, cues: Sequence[Found]) -> bool:
    """Whether ``hit``, a cue of several words found apart, shares a word with another
    topic's cue of several words typed as listed and side by side."""
    if len(hit.positions) < 2 or hit.side_by_side:
        return False
    topic = cast(_Cue, hit.phrase.key).topic
    return any(
        cast(_Cue, other.phrase.key).topic != topic
        and other.exact
        and len(other.positions) >= 2
        and other.side_by_side
        and hit.positions & other.positions
        for other in cues
    )


EVIDENCE_MARGIN = 2
"""How many more of the message's words a later topic's cues must cover to beat the topic
first in :data:`TOPICS` order (see :func:`_better_told`)."""

OUTRANKED = frozenset({"booking", "cost", "when", "where", "bring"})
"""Topics the order may give way on; who may come (children, audience) and languages never."""


def _better_told(
    topic: str | None, topics: set[str | None], cues: Sequence[Found], days: Sequence[Found]
) -> str | None:
    """The topic most of the message is about, when the first by order has one cue word and
    another many: "savo sati počinel ko sreda?" (what hour does it start on Wednesday; Romani
    "počinel" also pays) asks when."""
    if topic not in OUTRANKED:
        return topic
    covered: dict[str, set[int]] = {t: set() for t in topics if t is not None}
    for hit in cues:
        name = cast(_Cue, hit.phrase.key).topic
        if name in covered:
            covered[name] |= hit.positions
    if "when" in covered:
        for hit in days:
            covered["when"] |= hit.positions
    first = len(covered[topic])
    best = max(covered, key=lambda t: (len(covered[t]), -TOPICS.index(t)))
    if best in OUTRANKED and len(covered[best]) >= max(2 * first, first + EVIDENCE_MARGIN):
        return best
    return topic


def follow_up_from_faq(
    faq_id: str, snapshot: Snapshot, context: Context, cues: FollowUpCues
) -> FollowUp | None:
    """Right after a card, a question the FAQ would answer in general ("ce acte trebuie sa
    aduc", "can i come with the pram") asks about that offer: its own list, its own rules."""
    topic = cues.topic_of_faq(faq_id)
    if topic is None or context.offer is None or snapshot.catalogue.offer(context.offer) is None:
        return None
    return FollowUp(context.offer, topic)


def _short_small_word(word: str) -> bool:
    """A preposition or other small word of at most :data:`SHORT_FUNCTION_WORD` letters."""
    return len(word) <= SHORT_FUNCTION_WORD and word in STOP_WORDS


def asked_without_a_card(text: str, cues: FollowUpCues) -> str | None:
    """The topic of a question about "it" asked with no card shown, or None.

    "and what does it cost?" or "si cat costa?" typed after the menu, or as the very first
    message, asks about the offers in general: a person at the counter would say that they
    are free, or where and when we are, rather than "I don't know". Only when the message is
    nothing but the question: "how much does the bus to bochum cost" is about the bus. And
    only for cue words typed as listed: "sar si o vremea tasja" (Romani, how is the weather
    tomorrow) is no question about cost read through a typo."""
    topic, _weekday, rest = cues.find(text)
    if topic is None or not cues.typed_as_listed(text, topic):
        return None
    # "i dont have money for that": a "no" names nothing else (found in a trial)
    words = rest.split()
    lacking = lacking_at(words) if topic == "cost" else frozenset()
    named = [
        word
        for at, word in enumerate(words)
        if word not in STOP_WORDS and word not in cues.pointing and at not in lacking
    ]
    return None if named else topic


def find_follow_up(
    text: str, snapshot: Snapshot, context: Context, cues: FollowUpCues
) -> FollowUp | None:
    """The question about ``context.offer`` in ``text``, or None: no offer in context, no
    cue word, or another offer named beside the cue words."""
    if context.offer is None or snapshot.catalogue.offer(context.offer) is None:
        return None
    # "ce acte trebuie sa aduc", "so lila trebul": papers, no new offer
    offer = snapshot.catalogue.offer(context.offer)
    names = (*offer.titles.values(), *offer.names) if offer else ()
    named = own_name_positions(text, names) if offer else None
    # Its words in the chat's language, two or more side by side: "с румънците" (with the
    # Romanians) in "на закуската с румънците ... пише ли се" calls the breakfast, no audience.
    phrases = [w for w in offer.keywords.get(context.language, ()) if " " in w] if offer else []
    called = own_name_positions(text, phrases)
    used = faq_words(text, snapshot)
    topic, weekday, rest = cues.find(text, used, named or frozenset(), called)
    own_time = cues.own_time_at(text) if topic in ("when", None) else frozenset()
    if own_time and topic == "when":
        # "i work mornings so what time does it finish": the person's own hours are the
        # reason for asking when, no word for another offer (the work counselling).
        topic, weekday, rest = cues.find(text, used | own_time, named or frozenset(), called)
    elif own_time and topic is None and _names_an_hour(text):
        # "a esli ya rabotayu do 14?", "si daca lucrez pana la 2?" (and if I work until two?)
        # right after a card: the hour the person is busy till asks when the offer is (a
        # trial, session 34: it got the work counselling, "work" being one of its words).
        _, weekday, rest = cues.find(text, used | own_time, named or frozenset(), called)
        topic = "when"
    if topic is None and not cues.papers_for_a_visit(text, snapshot):
        return None
    if turns_to_a_new_topic(text) and (
        _names_it_as_a_whole(text, None, context, snapshot)
        or _another_offer_by_meaning(text, context, snapshot)
        or (topic is not None and cues.only_through_a_typo(text, topic))
    ):
        # "aslında bir mektup var okuyamadım" after the sewing café: "actually" leaves the
        # card when the whole is about another offer, also as the model reads it, and when
        # the only cue is a word read through a typo ("benim", my, is no "benti").
        return None
    if names_a_need(text) and (
        _names_it_as_a_whole(text, None, context, snapshot)
        or _another_offer_by_meaning(text, context, snapshot)
    ):
        # "ima li kade da se sabirat maikite" after the German course: a place where mothers
        # meet is another offer's card, though "maikite" is also a cue (who may come).
        return None
    whole = snapshot.matcher.match(text)
    if whole.named and whole.top is not None and whole.top.offer_id != context.offer:
        # "what about the willkomen europe thing", "a eto Willkommen Europa chto takoe?":
        # another offer called by its own name is a new topic, whatever cue words are beside
        # it ("europa" also begins with "euro", a cost cue).
        return None
    if topic in (None, "when") and weekday is None and cues.papers_for_a_visit(text, snapshot):
        # "which papers do i need when i go there": what to bring to that offer, not the
        # general answer on papers nor when it is.
        topic = "bring"
    if topic is None:
        return None
    # Only words that can name an offer: "trebuie sa ma" alone must not look like one; nor
    # can a look-alike ("کافیه", Persian "is enough", is Arabic "كافيه", café).
    alike = cues.look_alike_words(text)
    rest = " ".join(
        word
        for word in rest.split()
        if word not in STOP_WORDS and word not in cues.pointing and word not in alike
    )
    # "kaj si kava": the words for "it" name no other offer, in the rest or in the whole.
    unpointed = " ".join(
        word
        for word in normalized_message(text).split()
        if word not in cues.pointing and word not in alike
    )
    if _names_another(rest, topic, unpointed, context, snapshot):
        # A word of the offer's own name, with an ending of its own, points at it: "kursta"
        # (in the course) after the German course's card ("Almanca kursu") names no other,
        # though alone it reads like another's word.
        own = {part for name in names for part in normalize(name).split()}
        rest = " ".join(
            word for word in rest.split() if not any(_same_name_word(word, p) for p in own)
        )
        if _names_another(rest, topic, unpointed, context, snapshot):
            return None
    # "gibt es das auch abends?": the part of the day asked about, answered yes or no
    part = cues.part_of_day(text) if topic == "when" else None
    return FollowUp(context.offer, topic, weekday, cues.also_asked(text, topic), part)


def _names_another(
    rest: str, topic: str, unpointed: str, context: Context, snapshot: Snapshot
) -> bool:
    """Whether the words left beside the cues (``rest``) name another offer than the one in
    context; ``unpointed``: the whole message without words for "it"."""
    other = snapshot.matcher.match(rest) if rest else None
    return (
        other is not None
        and other.top is not None
        and other.top.offer_id != context.offer
        # "چی باید همرایم بیارم برای مشوره" after Willkommen Europa: counselling is a word of
        # the offer shown as much as of the office hours; a tie names no other offer.
        and not any(
            c.offer_id == context.offer and c.score >= other.top.score for c in other.candidates
        )
        and (
            # A question about days may give the reason beside them: "e si sambata? in
            # timpul saptamanii lucrez" (I work during the week) leaves only "lucrez", a
            # word of the work counselling; it switches only when the whole names that offer.
            (topic != "when" and (other.confident or other.top.score >= UNSURE_CARD))
            or _names_it_as_a_whole(unpointed, other.top.offer_id, context, snapshot)
        )
    )  # "а за работа къде да питам": work is another offer's, even if a little unsure


def _another_offer_by_meaning(text: str, context: Context, snapshot: Snapshot) -> bool:
    """Whether, with the model, the offers would answer the whole message alone with another
    offer's card for sure (the matcher alone saw only a "did you mean")."""
    if snapshot.semantic is None:
        return False
    whole = match_offers(text, snapshot)
    return whole.confident and whole.top is not None and whole.top.offer_id != context.offer


NAME_STEM_LETTERS = 4
"""Two words are one word of a name when they are equal or share a beginning of at least this
many letters, three quarters of the shorter ("saatine" and "saati", "hour" and "hours")."""


def own_name_positions(text: str, names: Sequence[str]) -> frozenset[int]:
    """Where ``text`` calls an offer by one of its ``names`` (its titles in every language and
    the spellings people type): two or more neighbouring words that are neighbouring words of
    a name. A follow-up may name its own offer ("ofis saatine kimler gelebilir", "who can come
    to the office hour"), and a word of the name is no cue of its own: "saat" (hour) in the
    Turkish name of the office hours asks nothing about when."""
    words = normalized_message(text).split()
    named: set[int] = set()
    for name in names:
        parts = normalize(name).split()
        if len(parts) < 2:
            continue
        for start in range(len(words)):
            for first in range(len(parts)):
                run = 0
                while (
                    start + run < len(words)
                    and first + run < len(parts)
                    and _same_name_word(words[start + run], parts[first + run])
                ):
                    run += 1
                if run >= 2:
                    named.update(range(start, start + run))
    return frozenset(named)


def _same_name_word(typed: str, listed: str) -> bool:
    if typed == listed:
        return True
    shared = next(
        (at for at, (a, b) in enumerate(zip(typed, listed, strict=False)) if a != b),
        min(len(typed), len(listed)),
    )
    return shared >= NAME_STEM_LETTERS and shared * 4 >= 3 * min(len(typed), len(listed))


def _names_it_as_a_whole(
    text: str, offer_id: str | None, context: Context, snapshot: Snapshot
) -> bool:
    """Whether the whole message, cue words and all, is about another offer than the one in
    context (``offer_id``, or any when None) well enough for its card: "de fapt am primit
    niste hartii ... si nu le inteleg" after the sewing café has the cue "inteleg", and only
    the whole names the office hours."""
    whole = snapshot.matcher.match(text)
    return (
        whole.top is not None
        and whole.top.offer_id != context.offer
        and offer_id in (None, whole.top.offer_id)
        and (whole.confident or whole.top.score >= UNSURE_CARD)
    )


_LATIN_ARABIC_ARTICLE_APART = re.compile(r"^(?:el|al|il) (\S+)$")


def _with_and_joined(entries: Sequence[object], code: str) -> list[str]:
    """A day's names, and for Latin-typed Arabic "el sabt" also with "and" typed onto the
    article ("wel sabt?", "wil a7ad", "wal jom3a": and on Saturday?), as chat Arabic writes
    "w" joined to "el". Not "sabt" alone: Persian "sabt" registers."""
    names = [str(entry) for entry in entries]
    if code != "ar":
        return names
    joined = [
        f"{conjunction} {found.group(1)}"
        for name in names
        if (found := _LATIN_ARABIC_ARTICLE_APART.match(name))
        for conjunction in ("wel", "wil", "wal")
    ]
    return names + [name for name in dict.fromkeys(joined) if name not in names]
