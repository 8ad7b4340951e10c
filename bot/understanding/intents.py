"""Everyday requests, typed yes/no and language names, from ``locales/intents.yaml``.

Every language's phrases are checked against every message (people mix languages). An
intent is taken only when its phrases explain most of the message's topic words: "wo seid
ihr" is a question about the place, "wo ist der Deutschkurs" is one about the course.
Greetings, thanks and goodbyes around a question are set aside and the rest is understood
on its own: "hallo, wann ist der Deutschkurs?" is a question about the course.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

import yaml

from bot.catalogue.issues import CatalogueError, ContentIssue
from bot.catalogue.yaml_source import YamlSource
from bot.i18n.word_lists import shared_words
from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic
from bot.matching.stopwords import (
    ASKING_WORDS_BY_LANGUAGE,
    FUNCTION_WORDS_BY_LANGUAGE,
    STOP_WORDS,
)
from bot.understanding.phrase_files import named_sections, phrase_lists, read_phrase_file
from bot.understanding.phrases import (
    KEYED,
    ROMANI_AS_IS,
    ROMANI_MARK,
    SKELETON,
    SLAVIC_MARK,
    TYPO_SIMILARITY,
    WILDCARD,
    Found,
    Phrase,
    PhraseIndex,
    WordMemo,
    normalized_message,
    parse,
    slavic_forms,
    slavic_spelling,
    spelling_forms,
    tajik_in_latin,
    typed_key,
)
from bot.understanding.result import SOCIAL, Intent, YesNo

INTENTS_FILE = "intents.yaml"
FOLLOWUPS_FILE = "followups.yaml"

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

INTENT_SHARE = 0.6
"""An intent needs this share of the message's topic words (those not set aside as
politeness) explained by its phrases."""

WEAK_INTENT_SHARE = 0.34
"""Below INTENT_SHARE but from this share, a request is still returned (with its share): the
pipeline takes it when nothing else fits: no offer, no FAQ, no follow-up. People add words no
list has ("vreau sa fac o programare pt luni", "ich brauche berater persönlich"); when those
words name none of our offers either, the request is the best reading."""

LANGUAGE_NAMED_SHARE = 0.5
"""A language's name says much: "kannst du auch arabisch" asks for Arabic."""

TYPED_INTENTS = tuple(intent for intent in Intent if intent is not Intent.EMERGENCY)
"""The intents listed in the file; emergencies have their own (``locales/distress.yaml``)."""

PRIORITY = (
    Intent.HUMAN,
    Intent.CANCEL,
    Intent.PRIVACY,
    Intent.BOOK,
    Intent.HOURS,
    Intent.WHERE,
    Intent.LANGUAGE,
    Intent.HELP,
    Intent.BYE,
    Intent.THANKS,
    Intent.GREET,
)
"""Who wins a tie: what needs doing before what is polite; "danke, tschüss" ends a chat."""

OWN_DAY_FOR = frozenset({Intent.HOURS, Intent.BOOK, Intent.HUMAN})
"""Requests the person's own working day goes with (locales/intents.yaml, ``own_day``): when
we are open, a booking, being called back. Beside cancelling it is the reason, no time for a
booking ("termin verschieben? hab spätschicht")."""
FOR_SOMEONE = frozenset({Intent.HUMAN, Intent.BOOK, Intent.CANCEL})
"""Requests people make for someone else ("a booking for my mother", "cancel my son's
appointment"): the words naming that person (``on_behalf``) go with them. Not the address or
opening hours: "when does my son's school open" asks about the school. A language asked for
someone ("in German, my husband reads it better") only beside words that ask for it: "my
mother speaks russian" tells, it does not ask."""

FOR_A_NAMED_PERSON = frozenset({Intent.BOOK, Intent.CANCEL})
"""Requests a person named by first name goes with ("Ольге надо записаться к вам"); not a
person asked for ("Николай поздравява екипа" greets)."""

OWN_MATTER = frozenset({Intent.HUMAN, Intent.CANCEL})
"""Requests about the person's own matter: said whole in a clause of their own, they are
what is asked, and the story or reason beside them ("my baby is sick", "I have an
appointment at the Ausländerbehörde that day") is no question for a staff-written answer."""

ABOUT_OUR_PLACE = frozenset({Intent.WHERE, Intent.HOURS, Intent.BOOK})
"""Requests about our own place and bookings: a message naming another place ("is the
pharmacy open on sunday", "у меня запись к врачу") asks about that place, not ours. Not
cancelling: "I must go to the doctor, I can't come" still cancels with us."""

SAID_WHOLE = OWN_MATTER | ABOUT_OUR_PLACE
"""Requests that, said whole in a clause of their own (two words at least), are what the
message asks, whatever the other clauses tell: "Hamid nochmal, ich brauche Termin bei euch",
"миналата седмица бях при вас за писмото, сега искам пак да си запиша час"."""

_DRAWN_OUT = re.compile(r"([^\W\d_])\1{2,}")
"""A letter typed three times or more ("jaaa", "hallooo", "مرسییی"): said with feeling."""


_REPEATED = re.compile(r"\b([^\W\d_]{2,4}?)\1+\b")
"""One short word typed twice or more as one ("dadada", "jajaja", "nunu", "ещеще")."""
# Sounds typed alike in every language, not words of one: they stay here, not in locales/.
_LAUGHTER = frozenset({"ha", "he", "hi", "ho", "ah", "eh", "ха", "хе", "хи"})
"""Units of typed laughter ("haha", "хахаха"), which answer nothing though "ha" is yes."""
DENIED_WITHIN = 2
"""How many words before a yes a denying word turns it to no ("nu e bine": not, is, good)."""
ACKNOWLEDGED_MIN_LETTERS = 3
"""An answer word beside a polite formula is part of it from this length ("ясно", "okay");
shorter ones ("da", "ja") are also other languages' small words."""

ADDRESSEE_REACH = 3
"""How far after a greeting, thanks or goodbye the people it is said to may be named, small
words between: "Добър вечер на екипа", "multumesc mult dragi prieteni"."""

ORIGIN_PLACE_WORDS = 2
"""The words of a place after "from" in a greeting ("az esfahan", "from cluj napoca")."""

NEVER_A_TYPO = 101.0
"""A similarity no two different words reach: an index built with it reads no typos."""

STORY_BOOKING_WORDS = 4
"""Words a booking said last, after a story, needs to be sure without the story: "as dori
sa ma programez" is the person's own; "kak se zapisva" (how does one sign up) may ask about
what the story named (a school)."""

DENIED_AFTER = 2
"""How many words (small words not counted) after a language's name a word that denies it
may stand: "rusça bilmiyorum", "mein deutsch ist noch schlecht"."""
DENIED_AFTER_REACH = 5
"""The farthest a denying word after a language's name stands from it."""
LOCAL_LANGUAGE = "de"
"""The language spoken around the centre: not speaking it ("i dont speak german") asks the
staff's question whether one may come without it, no other language of the chat."""
DENIED_BEFORE = 3
"""How many words before a language's name a word that denies it may stand ("i do not speak
german": not, speak, german)."""
# Listed for what they are across languages (sounds, and words whose meaning flips between
# languages), not per language: they stay here, not in locales/.
IN_DOUBT = frozenset({"ah", "eh", "oh", "ha", "aha", "ee", "jo", "nai"})
"""Answer words that yield to an answer of the other kind in the same message: sounds said
before anything ("ah no aunty", Arabic "ah" is yes) and words that are yes in one language
and no in another (German "jo", Albanian "jo"; Greek "nai", Romani "nai")."""

ANSWER_MEMO_SIZE = 32
"""Readings of typed answers kept (:meth:`IntentPhrases._read_answer`): a message's own."""

LEADING_ANSWER_WORDS = 12
"""How many words of a message are read for the answer it begins with: a clean answer
("ja gerne, vielen dank") before the words no list has (a name, a question)."""
CORRECTION_WORDS = 3
"""At most this many words between an answer and the one that corrects it ("nein, ich meine
ja", "нет, то есть да"): further apart, the second answer is about something else."""

VOCATIVES = frozenset(shared_words().every("vocatives"))
"""The Arabic call before a name or an address ("la ya akhi", "la shukran ya habibi": no,
brother): with a word after it, in one breath, it calls someone and says no English "ya"
(locales/words.yaml)."""

AUXILIARY_HAVE = frozenset(shared_words().every("auxiliary_have"))
PAST_PARTICIPLE_ENDINGS = tuple(shared_words().every("past_participle_endings"))
PARTICIPLE_LETTERS = 4
"""A participle after "have" has this many letters at least ("ajuns", "venit", "fost"): a
shorter word ending alike ("at", "tot") is rarely one."""


def _helping_have(hit: Found, words: Sequence[str]) -> bool:
    """Whether a phrase found reads a "have" that is a helping verb before a past participle
    not its own ("am ajuns saptamana trecuta ..., as vrea o programare la voi": "am" is of
    "am ajuns", I arrived, not "am programare", I have an appointment)."""
    return any(
        words[at] in AUXILIARY_HAVE
        and at + 1 < len(words)
        and at + 1 not in hit.positions
        and len(words[at + 1]) >= PARTICIPLE_LETTERS
        and words[at + 1].endswith(PAST_PARTICIPLE_ENDINGS)
        for at in hit.positions
    )


_ANSWER_ENDS = re.compile(r"[,.;:!?\u2026\u060c\u061f\u061b)]$|^\W+$")
"""A word ending its clause: an answer typed before a comma or a full stop stands alone."""

_QUESTION_PARTICLE = re.compile(
    r"(?<=[^\W\d_]{3})(m[iıuü](?:s[iıuü]n(?:[iıuü]z)?|y[iıuü][mz]))\b", re.IGNORECASE
)
"""Turkish asks with "mi" and a person ending, often typed onto the word before it:
"açıkmısınız" is "açık mısınız", "gelebilirmiyim" is "gelebilir miyim"."""


_LATIN_ARTICLE_APART = re.compile(
    r"(?<![^\W\d_])(?:al|el|il|l|[bflw][aeiu]?l|lel|lil|lal)-(?=[^\W_])", re.IGNORECASE
)
"""The Arabic article, alone or after "with", "to", "in", "and", typed in Latin letters with a
hyphen before its word ("al-lugha", "bel-almani", "lil-3arabi", "min al-muwazzafin"): it
names no request of its own, so the word is read without it, as the Arabic script's "اللغة",
"بالالماني" are (``phrases.ARABIC_PREFIXES``). Typed apart without a hyphen, "bil", "bel"
(in the) are filler (``locales/intents.yaml``: "bil ingleezi"); "al", "el" alone stay words
(Turkish "al" is "take"; as words they keep "emta kurs al lugha al almaniya" a question about
the course, the offer matcher being less sure of it than of the joined spelling)."""


def _unmarked(word: str) -> str:
    """A phrase word without the mark of how it is read (a Latin-typed Slavic word, Romani)."""
    return word.lstrip(SLAVIC_MARK + ROMANI_MARK + ROMANI_AS_IS + SKELETON)


def _squeezed(text: str) -> str:
    """Drawn-out letters typed once, a Turkish question particle as its own word, a Latin-typed
    Arabic article apart from its word left off."""
    text = _LATIN_ARTICLE_APART.sub("", text)
    return _QUESTION_PARTICLE.sub(r" \1", _DRAWN_OUT.sub(r"\1", text))


PREPOSITION_BEFORE_A_NAME = frozenset(shared_words().every("preposition_before_a_name"))
"""Denying words that right before a language's name are a preposition: Latin-typed Bulgarian
and Russian "na angliiski", "na russkom" (in English, in Russian) ask for the language; Romani
"na" (not) comes before a verb ("na džanav rumunicka")."""
GREETED_IN = frozenset(normalize(word) for word in shared_words().every("greeted_in"))
"""The chat or group a greeting is said to, after the people it greets ("hallo an alle im
chat", "sastipe savorenge ko chat"; locales/words.yaml)."""


@dataclass(frozen=True)
class IntentMatch:
    """The everyday side of one message.

    ``intent``: the request, or None. ``social``: a greeting, thanks or goodbye in it.
    ``rest``: the message without the polite words, to be understood as a question when
    ``intent`` is None. ``target``: a language named in a ``language`` request.
    """

    intent: Intent | None
    social: Intent | None
    rest: str
    share: float = 0.0
    target: str | None = None
    rest_topic_words: int = 0  # in ``rest``: words that are not stop words or filler
    instead_of_another: bool = False  # the target is asked for beside a language denied
    # a language asked for with words that ask ("do you speak turkish?"), not only named
    language_asked: bool = False
    typed_exactly: bool = False  # the request's own words typed as listed, no typo needed
    # languages named, every one denied ("i dont speak romanian"): no target, another is wanted
    denied_only: bool = False


class IntentPhrases:
    def __init__(
        self,
        intents: Mapping[Intent, Mapping[str, Sequence[str]]],
        answers: Mapping[YesNo, Mapping[str, Sequence[str]]],
        language_names: Mapping[str, Sequence[str]],
        filler: Mapping[str, Sequence[str]] | None = None,
        support: Mapping[Intent, Mapping[str, Sequence[str]]] | None = None,
        elsewhere: Mapping[str, Sequence[str]] | None = None,
        spoken: Mapping[str, str | Sequence[str]] | None = None,
        with_answer: Mapping[str, Sequence[str]] | None = None,
        negation: Mapping[str, Sequence[str]] | None = None,
        on_behalf: Mapping[str, Sequence[str]] | None = None,
        negation_after: Mapping[str, Sequence[str]] | None = None,
        starting_point: Mapping[str, Sequence[str]] | None = None,
        answer_turns: Mapping[str, Sequence[str]] | None = None,
        addressee: Mapping[str, Sequence[str]] | None = None,
        acknowledged: Mapping[str, Sequence[str]] | None = None,
        without: Mapping[str, Sequence[str]] | None = None,
        asking_in: Mapping[str, Sequence[str]] | None = None,
        learning: Mapping[str, Sequence[str]] | None = None,
        language_nouns: Mapping[str, Sequence[str]] | None = None,
        blessing: Mapping[str, Sequence[str]] | None = None,
        introduction: Mapping[str, Sequence[str]] | None = None,
        closing: Mapping[str, Sequence[str]] | None = None,
        denied_with: Mapping[str, Sequence[str]] | None = None,
        negation_before_verb: Mapping[str, Sequence[str]] | None = None,
        weekdays: Collection[str] = (),
        plain: Mapping[str, Sequence[str]] | None = None,
        thanked_for: Mapping[str, Sequence[str]] | None = None,
        question_start: Mapping[str, Sequence[str]] | None = None,
        own_names: Mapping[str, Sequence[str]] | None = None,
        work_told: Mapping[str, Sequence[str]] | None = None,
        work_asked: Mapping[str, Sequence[str]] | None = None,
        not_without: Mapping[str, Sequence[str]] | None = None,
        lacking: Mapping[str, Sequence[str]] | None = None,
        own_day: Mapping[str, Sequence[str]] | None = None,
        parting_time: Mapping[str, Sequence[str]] | None = None,
        origin_from: Mapping[str, Sequence[str]] | None = None,
        origin_am: Mapping[str, Sequence[str]] | None = None,
        my_language: Mapping[str, Sequence[str]] | None = None,
        answer_asks: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    ) -> None:
        """``weekdays``: the names of the days (locales/followups.yaml, ``days``), read only as
        what they are, never as a request word with a typo: "السبت" (Saturday) is no "البوت"
        (the bot), as a person at the counter hears a day."""
        self.intents = intents
        self.answers = answers
        # "romanca" typed in the Romanian chat: Romanian (see locales/intents.yaml, own_names).
        self._own_names = {
            code: frozenset(normalize(str(entry)) for entry in entries)
            for code, entries in (own_names or {}).items()
        }
        self.language_names = language_names
        self._names_alone = _names_alone(language_names)
        self._forms_memo: WordMemo[str, list[str]] = WordMemo(self._read_forms)
        self._answer_memo: dict[tuple[str, bool], tuple[YesNo, list[str], set[int]] | None] = {}
        # A typed form may stand for a word in two languages: "wat" is German "was" and
        # English "what".
        self._spoken: dict[str, tuple[str, ...]] = {
            typed: (standard,) if isinstance(standard, str) else tuple(standard)
            for typed, standard in (spoken or {}).items()
        }
        filler_words = {
            word
            for code, entries in (filler or {}).items()
            for entry in entries
            for phrase in parse(str(entry), None, code)
            for word in (w.text for w in phrase.words)
        }
        # Levantine "هلأ" (now) is "هلا" (hi) once normalised, Persian "hala" (now) too: a
        # greeting that is filler in another language greets only as the first word.
        self._filler_words = frozenset(filler_words)
        # Cyrillic small words typed in Latin letters any way, as the phrase reader finds a
        # listed word: "trqbva", "tryabva" and "triabva" are трябва (need), by spelling or key.
        latin_small_words = {
            word.text
            for code in KEYED
            for listed in (FUNCTION_WORDS_BY_LANGUAGE, ASKING_WORDS_BY_LANGUAGE)
            for entry in listed.get(code, "").split()
            if has_cyrillic(entry)
            for phrase in parse(entry, None, code)
            for word in phrase.words
        }
        no_request = STOP_WORDS | filler_words | latin_small_words
        # "dat" stands for "das": a small word when spoken as it is when written.
        self._no_request = no_request | {
            typed
            for typed, standards in self._spoken.items()
            if any(standard in no_request for standard in standards)
        }
        # Never read by their consonants: small words, and everyday words of the languages
        # typed in Latin letters that share them with a Latin-typed Arabic or Persian word
        # ("moved" is no "mawa3edi", my appointments).
        listed_plain = {
            word
            for entries in (plain or {}).values()
            for e in entries
            for word in normalize(str(e)).split()
        }
        self._plain = self._no_request | listed_plain
        # Listed as read only as what they are, they are no typo of another word either:
        # Romani "sivav" (I sew) is no Kurdish "silav" (hello).
        self._plain_listed = frozenset(listed_plain)
        beside_answer = {
            word
            for code, entries in (with_answer or {}).items()
            for entry in entries
            # Cyrillic ones also as typed in Latin letters: "da, tochno taka" (така).
            for form in _latin_too(str(entry), code)
            for word in form.split()
        }
        self._negation = {
            word
            for entries in (negation or {}).values()
            for entry in entries
            for word in normalize(str(entry)).split()
        }
        # Verb-final languages deny after the name: "rusça bilmiyorum", "آلمانی بلد نیستم".
        self._negation_after = tuple(
            (normalize(token), token.endswith("*"))
            for entries in (negation_after or {}).values()
            for entry in entries
            for token in str(entry).split()
        )
        # "salut echipa", "danke schön mein Freund": the people greeted or thanked.
        self._addressee = tuple(
            (normalize(token), token.endswith("*"))
            for entries in (addressee or {}).values()
            for entry in entries
            for token in str(entry).split()
        )
        # The same as a set of whole words and a tuple of stems, to test a word at once.
        self._addressee_words = (
            frozenset(entry for entry, stem in self._addressee if not stem),
            tuple(entry for entry, stem in self._addressee if stem),
        )
        # "Doamne ajuta", "god bless": a thanks naming God is a blessing (see _social_said).
        self._blessing_words = tuple(
            (normalize(token), token.endswith("*"))
            for entries in (blessing or {}).values()
            for entry in entries
            for token in str(entry).split()
        )
        # "first time", "new here": a greeting that introduces a newcomer (see _introduced).
        self._introduction_words = tuple(
            (normalize(token), token.endswith("*"))
            for entries in (introduction or {}).values()
            for entry in entries
            for token in str(entry).split()
        )
        # "wie", "how", "как": a newcomer's clause with one asks how (words.yaml asking_how).
        self.asking_how = frozenset(normalize(word) for word in shared_words().every("asking_how"))
        self._without_words = tuple(
            (normalize(token), token.endswith("*"))
            for entries in (without or {}).values()
            for entry in entries
            for token in str(entry).split()
        )
        # Each language's filler, as typed words, and its small words that are another's
        # "without" ("bi": Romani without, Turkish "a"), read by the message's other filler.
        self._filler_of = {
            code: frozenset(normalize(str(entry)) for entry in entries if " " not in str(entry))
            for code, entries in (filler or {}).items()
        }
        self._not_without = {
            code: frozenset(normalize(str(entry)) for entry in entries)
            for code, entries in (not_without or {}).items()
        }
        self._without_of = {
            code: frozenset(normalize(str(entry)) for entry in entries)
            for code, entries in (without or {}).items()
        }
        # "I have no" said as its own words ("i don't have", "n-am", "nai man", "нямам"), each
        # phrase as its typed words, to be found side by side (:meth:`lacking_at`).
        self._lacking = frozenset(
            tuple(normalized_message(str(entry)).split())
            for entries in (lacking or {}).values()
            for entry in entries
            if normalized_message(str(entry)).split()
        )
        # "for" as said after thanks ("thanks FOR the appointment"), or before it in Turkish
        # ("randevu İÇİN teşekkürler"); with "*" attached to its word ("عالمساعدة").
        self._thanked_for = {
            (normalize(str(entry)), str(entry).endswith(WILDCARD))
            for entries in (thanked_for or {}).values()
            for entry in entries
        }
        self._question_start = frozenset(
            word
            for entries in (question_start or {}).values()
            for entry in entries
            for word in normalize(str(entry)).split()
        )
        self._acknowledged = {
            tuple(form.split())
            for entries in (acknowledged or {}).values()
            for entry in entries
            for form in _latin_too(str(entry), "bg")
        }
        # "near the station", "vom Bahnhof": a place named as where the way to us starts.
        # An entry "-dan" is an ending: Turkish "fabrikadan" (from the factory) is where the
        # person comes from ("fabrikadan beşte çıkıyorum"), not the place asked about.
        starting = [str(entry) for entries in (starting_point or {}).values() for entry in entries]
        self._starting_point = {
            word
            for entry in starting
            if not entry.startswith("-")
            for word in normalize(entry).split()
        }
        self._starting_endings = tuple(normalize(e) for e in starting if e.startswith("-"))
        self._beside_answer = beside_answer | {
            typed
            for typed, standards in self._spoken.items()
            if any(standard in beside_answer for standard in standards)
        }
        # "нада", "гэта": small words as Belarusians and migrants spell them.
        self._no_request_folded = _folded_set(self._no_request)
        self._beside_answer_folded = _folded_set(self._beside_answer)
        phrases: list[Phrase] = []
        for intent, by_language in intents.items():
            for code, entries in by_language.items():
                phrases += [
                    p
                    for e in entries
                    for p in parse(str(e), (intent, None), code, spellings=True, skeletons=True)
                ]
        # Sign-offs ("LG", "kind regards") are goodbyes that yield to thanks or a greeting
        # beside them (see _social_said).
        signed_off = [
            p
            for code, entries in (closing or {}).items()
            for e in entries
            for p in parse(str(e), (Intent.BYE, None), code, spellings=True, skeletons=True)
        ]
        self._closings = frozenset(p.source for p in signed_off)
        phrases += signed_off
        for target, names in language_names.items():
            # "англиский" is "английский" as migrants spell it (slavic_spelling).
            phrases += [
                p
                for e in names
                for p in parse(
                    str(e),
                    (Intent.LANGUAGE, target),
                    "ru" if has_cyrillic(str(e)) else None,
                    spellings=True,
                )
            ]
        # Arabic and Persian typed in Latin letters or with endings attached: see phrases.py.
        self._intents = PhraseIndex(
            phrases,
            forms=self._forms,
            clipped_e=True,
            variants=True,
            plain_words=self._plain,
            no_typo_words=frozenset(
                word
                for name in weekdays
                if not name.endswith("*")
                for word in normalized_message(name).split()
            )
            | self._plain_listed,
            whole_phrases_keep_words=True,
        )
        with_someone: dict[Intent, dict[str, Sequence[str]]] = {
            intent: dict(lists) for intent, lists in (support or {}).items()
        }
        for intent in FOR_SOMEONE:
            by_language = with_someone.setdefault(intent, {})
            for code, entries in (on_behalf or {}).items():
                by_language[code] = [*by_language.get(code, ()), *entries]
        self._support = self._index_by_key(with_someone, companion=True)
        # Read as typed, never with a typo: its hours in words are short everyday words of
        # every language ("sehen", to see, is one letter from English "seven"; "there" from
        # "three"), and "berater sehen" (to see an adviser) asked for a person.
        self._own_day = self._index_by_key({"day": own_day or {}}, typos=False)
        # "salam be hame, az mashhad hastam": where a person greeting comes from.
        self._origin_from, self._origin_am = (
            frozenset(
                word
                for entries in (lists or {}).values()
                for entry in entries
                for word in normalized_message(str(entry)).split()
            )
            for lists in (origin_from, origin_am)
        )
        # "pe limba mea": the person's own language, named as the way to answer.
        self._my_language = self._index_by_key({Intent.LANGUAGE: my_language or {}})
        # "до зустрічі наступного тижня": when the person will be back, said with a goodbye.
        self._parting_time = self._index_by_key(
            {"when": {**(parting_time or {}), "days": sorted(weekdays)}}
        )
        self._on_behalf = self._index_by_key({Intent.LANGUAGE: on_behalf or {}})
        # "scrie-mi", "bana ... yazın", "ekteb liya": beside a language's name, words that ask
        # to be written to or answered in it.
        self._asking_in = self._index_by_key({Intent.LANGUAGE: asking_in or {}})
        # "wer bringt mir deutsch bei", "kon sikavel nemcika": a language learnt or taught
        # is the course's topic, not the language of the chat.
        self._learning = self._index_by_key({Intent.LANGUAGE: learning or {}})
        # "muss los", "rayi7", "gidiyom": the person has to go now (words.yaml leaving).
        self._leaving = self._index_by_key({Intent.BYE: shared_words().entries("leaving")})
        # "есть кто живой", "anybody alive": said beside a greeting, it greets (words.yaml
        # anyone_alive).
        self._anyone_alive = self._index_by_key(
            {Intent.GREET: shared_words().entries("anyone_alive")}
        )
        # "iyi günler", "good day": greetings also said on parting (words.yaml parting).
        self._parting = frozenset(normalize(entry) for entry in shared_words().every("parting"))
        self._language_nouns = self._index_by_key({Intent.LANGUAGE: language_nouns or {}})
        # "ein brief auf deutsch", "писмо на немски": nouns of a letter or a paper (words.yaml
        # papers); a language's name beside one is the paper's language.
        # Read as written, no typos: "pisat" (to write) is no "pismo", "yazsın" no "yazı".
        self._papers = PhraseIndex(
            (
                p
                for code, entries in shared_words().entries("papers").items()
                for e in entries
                for p in parse(str(e), Intent.LANGUAGE, code, spellings=True)
            ),
            typo_min_chars=1000,
            forms=self._forms,
            plain_words=self._plain,
        )
        # "nu vorbesc romana deloc": speaking, knowing a language and "at all", said with
        # its name denied.
        self._denied_with = self._index_by_key({Intent.LANGUAGE: denied_with or {}})
        # "ana ma ba7ki rumani": a short word that denies only the verb right after it.
        self._negation_before_verb = frozenset(
            normalize(str(entry))
            for entries in (negation_before_verb or {}).values()
            for entry in entries
        )
        # "mi daj kerel buti ando spitalo": someone's work told, and what would ask for it.
        self._work_told = self._index_by_key({"work": work_told or {}})
        self._work_asked = self._index_by_key({"work": work_asked or {}})
        self._elsewhere = PhraseIndex(
            (
                p
                for code, entries in (elsewhere or {}).items()
                for e in entries
                for p in parse(str(e), code, code, skeletons=True)
            ),
            variants=True,
            plain_words=self._plain,
        )
        self._polite_by_language = PhraseIndex(
            (
                p
                for intent in SOCIAL
                for code, entries in intents.get(intent, {}).items()
                for e in entries
                for p in parse(str(e), code, code, spellings=True)
            ),
            forms=_spellings,
        )
        # For each language and word of its greetings, thanks and goodbyes: the entries that
        # use it. A word many of a language's entries use is at home there ("привет" in
        # Russian's "всем привет", "привет всем", ...), a word one entry lists is borrowed
        # ("privet" among Romanian greetings, as Moldovans say it too).
        uses: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
        for phrase in self._polite_by_language.phrases:
            for word in phrase.words:
                uses[(cast(str, phrase.key), _unmarked(word.text))].add(phrase.source)
        self._polite_uses = {key: len(sources) for key, sources in uses.items()}
        self._answers = self._index_by_key(answers, latin_folds=False)
        # "but", "another", "tomorrow": beside a yes they ask for something else than offered.
        self._answer_turns = {
            form
            for code, entries in (answer_turns or {}).items()
            for entry in entries
            for form in _latin_too(str(entry), code)
            if len(form.split()) == 1  # whole words: "по-късно" would make "по" one
        }
        self._answer_turns_folded = _folded_set(self._answer_turns)
        # One-word answers per language: typed without a comma after it, only a word of the
        # person's own language starts an answer ("ne zaman" is Turkish "when", not "no").
        self._own_answer_words = {
            code: frozenset(
                word
                for entries in (by_language.get(code, ()) for by_language in answers.values())
                for entry in entries
                if len(words := normalize(str(entry)).split()) == 1
                for word in {*words, *_latin_too(words[0], code)}
            )
            for code in {code for by_language in answers.values() for code in by_language}
        }
        # A yes word that opens a question ("може ли", "olur mu", "mishe ... biam", "ok so can
        # i"): see locales/intents.yaml, answer_asks.
        asks = answer_asks or {}
        self._asking_particles = {
            code: frozenset(form for entry in entries for form in _latin_too(str(entry), code))
            for code, entries in asks.get("particle", {}).items()
        }
        self._asking_words = {
            kind: frozenset(
                form
                for entries in asks.get(kind, {}).values()
                for entry in entries
                for code in asks.get(kind, {})
                for form in _latin_too(str(entry), code)
                if len(form.split()) == 1
            )
            for kind in ("may", "can", "then")
        }
        self._one_word_answers = {
            word
            for by_language in answers.values()
            for entries in by_language.values()
            for entry in entries
            if len(word_list := normalize(str(entry)).split()) == 1
            for word in word_list
        }

    def _index_by_key(
        self,
        by_key: Mapping[Any, Mapping[str, Sequence[str]]],
        *,
        companion: bool = False,
        latin_folds: bool = True,
        typos: bool = True,
    ) -> PhraseIndex:
        """Phrases listed per key (an intent, a yes/no answer) and language, each read in
        every spelling and, for Latin-typed Arabic and Persian, by its consonants; with
        ``typos``, a long word also with one typo."""
        return PhraseIndex(
            (
                p
                for key, by_language in by_key.items()
                for code, entries in by_language.items()
                for e in entries
                for p in parse(
                    str(e),
                    key,
                    code,
                    spellings=True,
                    skeletons=True,
                    companion=companion,
                    latin_folds=latin_folds,
                )
            ),
            forms=self._forms,
            variants=True,
            plain_words=self._plain,
            typo_similarity=TYPO_SIMILARITY if typos else NEVER_A_TYPO,
        )

    def _forms(self, word: str) -> list[str]:
        """How a message word may be read: its spellings (:func:`spelling_forms`), and a word
        as spoken in a region also as the written word it stands for ("wat" is "was"). The
        same list for the same word (its readers never change it): the last few hundred words
        are kept, as four indexes read each message, some several times."""
        return self._forms_memo[word]

    def _read_forms(self, word: str) -> list[str]:
        forms = _spellings(word)
        for plural in _arabic_plural_you(word) + _persian_formal_you(word):
            forms += [form for form in _spellings(plural) if form not in forms]
        for standard in self._spoken.get(word, ()) or _spoken_endings(word):
            forms += [form for form in _spellings(standard) if form not in forms]
        if (as_sh := _w_as_sh(word)) is not None and as_sh not in forms:
            forms.append(as_sh)  # "wte" as "6te", the chat spelling of ще listed too
        if (plain := _umlaut_typed_out(word)) is not None:
            forms += [form for form in _spellings(plain) if form not in forms]
        return forms

    @classmethod
    def load(cls, locales_dir: Path) -> IntentPhrases:
        """Read ``intents.yaml``; raises CatalogueError naming file and line on bad content."""
        source = read_phrase_file(locales_dir / INTENTS_FILE)
        issues: list[ContentIssue] = []
        intents = named_sections(source, "intents", [i.value for i in TYPED_INTENTS], issues)
        answers = named_sections(source, "answers", [a.value for a in YesNo], issues)
        names = phrase_lists(source, ("languages",), issues)
        filler = phrase_lists(source, ("filler",), issues, required=False)
        known = [i.value for i in TYPED_INTENTS]
        support = named_sections(source, "support", known, issues, required=False)
        elsewhere = phrase_lists(source, ("elsewhere",), issues, required=False)
        spoken = _spoken_forms(source, issues)
        with_answer = phrase_lists(source, ("with_answer",), issues, required=False)
        negation = phrase_lists(source, ("negation",), issues, required=False)
        on_behalf = phrase_lists(source, ("on_behalf",), issues, required=False)
        negation_after = phrase_lists(source, ("negation_after",), issues, required=False)
        starting_point = phrase_lists(source, ("starting_point",), issues, required=False)
        answer_turns = phrase_lists(source, ("answer_turns",), issues, required=False)
        addressee = phrase_lists(source, ("addressee",), issues, required=False)
        acknowledged = phrase_lists(source, ("acknowledged",), issues, required=False)
        without = phrase_lists(source, ("without",), issues, required=False)
        asking_in = phrase_lists(source, ("asking_in",), issues, required=False)
        learning = phrase_lists(source, ("learning",), issues, required=False)
        language_nouns = phrase_lists(source, ("language_nouns",), issues, required=False)
        blessing = phrase_lists(source, ("blessing",), issues, required=False)
        introduction = phrase_lists(source, ("introduction",), issues, required=False)
        closing = phrase_lists(source, ("closing",), issues, required=False)
        denied_with = phrase_lists(source, ("denied_with",), issues, required=False)
        negation_before_verb = phrase_lists(
            source, ("negation_before_verb",), issues, required=False
        )
        plain = phrase_lists(source, ("plain",), issues, required=False)
        thanked_for = phrase_lists(source, ("thanked_for",), issues, required=False)
        question_start = phrase_lists(source, ("question_start",), issues, required=False)
        own_names = phrase_lists(source, ("own_names",), issues, required=False)
        work_told = phrase_lists(source, ("work_told",), issues, required=False)
        work_asked = phrase_lists(source, ("work_asked",), issues, required=False)
        not_without = phrase_lists(source, ("not_without",), issues, required=False)
        lacking = phrase_lists(source, ("lacking",), issues, required=False)
        own_day = phrase_lists(source, ("own_day",), issues, required=False)
        parting_time = phrase_lists(source, ("parting_time",), issues, required=False)
        origin_from = phrase_lists(source, ("origin", "from"), issues, required=False)
        origin_am = phrase_lists(source, ("origin", "am"), issues, required=False)
        my_language = phrase_lists(source, ("my_language",), issues, required=False)
        answer_asks = {
            kind: phrase_lists(source, ("answer_asks", kind), issues, required=False)
            for kind in ("particle", "may", "can", "then")
        }
        if issues:
            raise CatalogueError(issues)
        return cls(
            {Intent(name): lists for name, lists in intents.items()},
            {YesNo(name): lists for name, lists in answers.items()},
            names,
            filler,
            {Intent(name): lists for name, lists in support.items()},
            elsewhere,
            spoken,
            with_answer,
            negation,
            on_behalf,
            negation_after,
            starting_point,
            answer_turns,
            addressee,
            acknowledged,
            without,
            asking_in,
            learning,
            language_nouns,
            blessing,
            introduction,
            closing,
            denied_with,
            negation_before_verb,
            _weekday_names(locales_dir / FOLLOWUPS_FILE),
            plain,
            thanked_for,
            question_start,
            own_names,
            work_told,
            work_asked,
            not_without,
            lacking,
            own_day,
            parting_time,
            origin_from,
            origin_am,
            my_language,
            answer_asks,
        )

    def missing(self, codes: Sequence[str]) -> list[str]:
        """What a complete file lacks for these languages, as "intent: code" lines."""
        gaps = [
            f"intents.{intent}: {code}"
            for intent in TYPED_INTENTS
            for code in codes
            if not self.intents.get(intent, {}).get(code)
        ]
        gaps += [
            f"answers.{answer}: {code}"
            for answer in YesNo
            for code in codes
            if not self.answers.get(answer, {}).get(code)
        ]
        gaps += [f"languages: {code}" for code in codes if not self.language_names.get(code)]
        return gaps

    def languages_of_greeting(self, text: str, *, opening: bool = False) -> tuple[str, ...]:
        """The languages whose greetings, thanks or goodbyes make up all of ``text``, typed as
        listed: "buna ziua" is Romanian and Romani, "merhaba" Turkish, "hallo" German and
        English. Too short for the language detector, a greeting is still the first thing a
        newcomer types. First the languages where its words are most at home (used by the
        most entries: "privet" is Russian first, Bulgarian, then Romanian), then the file's
        order. ``opening``: also a greeting that opens the message and makes up at least half
        of it ("merhaba kizim": a grandmother calls the bot "my girl"; "salam Ali")."""
        text = _squeezed(text)
        words = normalized_message(text).split()
        covered: defaultdict[str, set[int]] = defaultdict(set)
        used: defaultdict[str, set[str]] = defaultdict(set)
        for hit in self._polite_by_language.find(text):
            if hit.exact:
                code = cast(str, hit.phrase.key)
                covered[code] |= hit.positions
                used[code] |= {_unmarked(word.text) for word in hit.phrase.words}
        order = {code: n for n, code in enumerate(self.intents.get(Intent.GREET, {}))}

        def counts(positions: set[int]) -> bool:
            if len(positions) == len(words):
                return True
            return opening and 0 in positions and 2 * len(positions) >= len(words)

        found = [code for code, positions in covered.items() if words and counts(positions)]

        def at_home(code: str) -> tuple[int, int, int]:
            uses = sum(self._polite_uses.get((code, word), 0) for word in used[code])
            return -len(covered[code]), -uses, order.get(code, len(order))

        return tuple(sorted(found, key=at_home))

    def find(self, text: str) -> IntentMatch:
        """The everyday request in ``text``, the polite words around it, and the rest.

        A request said in a clause of its own is a request, whatever the other clauses tell:
        "termin absagen bitte, mein sohn ist krank" cancels; the reason or the story beside it
        ("..., my son is sick", "I was called to the Jobcenter, ...") is not part of what is
        asked, so its words do not make the request half a message (see :func:`_clauses`).
        """
        latin = tajik_in_latin(text)
        if latin is not None:
            # Tajik is read as Persian typed in Latin letters; the rest stays as written.
            found = self._find_in_clauses(latin)
            return replace(found, rest=text) if found.intent is None else found
        found = self._find_in_clauses(text)
        if found.intent is Intent.LANGUAGE and (
            self._learnt_not_asked(text) or self.names_a_paper(text)
        ):
            # "mange trebul nemcika čhib, kon sikavel la?", "i need german, who teaches it":
            # the language is what the person wants to learn (the course), not the chat's.
            return replace(
                found,
                intent=None,
                share=0.0,
                target=None,
                instead_of_another=False,
                language_asked=False,
                typed_exactly=False,
                rest_topic_words=len(normalized_message(found.rest).split()),
            )
        return found

    def _papers_language(self, text: str) -> frozenset[int]:
        """The positions of the words that name a letter's or a paper's language (the name,
        its preposition and the noun "language"), none unless every language named in
        ``text`` is one: its name right beside a noun of one (words.yaml papers), or one word
        (a preposition) between ("ein brief auf deutsch", "a letter in german", "лист
        німецькою", "almanca bir mektup"), nothing else of a language request, and no word
        asking to be written to ("can you write in german" asks for the chat in German)."""
        papers = {p for hit in self._papers.find(text) for p in hit.positions}
        if not papers:
            return frozenset()
        requests = [
            (hit, cast(tuple[Intent, str | None], hit.phrase.key)[1])
            for hit in self._intents.find(text)
            if cast(tuple[Intent, str | None], hit.phrase.key)[0] is Intent.LANGUAGE
        ]
        # the noun "language" alone ("limba"), not "limba germana" with the name
        nouns = {
            p
            for hit in self._language_nouns.find(text)
            if len(hit.phrase.words) == 1
            for p in hit.positions
        }
        names = [
            hit.positions - nouns
            for hit, code in requests
            if code is not None and len(hit.phrase.words) == 1
        ]
        named = frozenset().union(*names) if names else frozenset()
        # "auf deutsch", "in german": a name with its preposition before it.
        if not named or any(
            len(hit.positions - nouns) > 2 or not hit.positions & named
            for hit, _ in requests
            if hit.positions - nouns
        ):
            return frozenset()
        if any(hit.positions for hit in self._asking_in.find(text)):
            return frozenset()
        # "hartii in limba germana": the noun "language" between counts as no word.
        words = normalized_message(text).split()

        def beside(p: int, q: int) -> bool:
            # Right beside, or one word between: before the noun any ("almanca bir mektup"),
            # after it only a preposition, read with the name or short ("a letter in german",
            # "писмо на немски"; not "a letter from romania").
            between = set(range(min(p, q) + 1, max(p, q))) - nouns
            if len(between) > 1:
                return False
            with_name = {r for hit, _ in requests if p in hit.positions for r in hit.positions}
            short = {r for r in between if len(words[r]) <= 3}  # "на", "auf", not "from"
            return not between or p < q or between <= with_name | short

        if not all(
            any(beside(p, q) for p in positions for q in papers) for positions in names if positions
        ):
            return frozenset()
        return frozenset().union(*(hit.positions for hit, _ in requests)) - papers

    def names_a_paper(self, text: str) -> bool:
        """Whether ``text`` names a language only as a letter's or a paper's ("ein brief auf
        deutsch", "a letter in german"; see :meth:`_papers_language`)."""
        return bool(self._papers_language(text))

    def without_papers_language(self, text: str) -> str | None:
        """``text`` (normalised) without the words naming a letter's or a paper's language,
        None when it names none: "hab ein brief auf deutsch bekommen" is about the letter,
        the German named is neither the course nor the staff answer on coming without German."""
        named = self._papers_language(text)
        if not named:
            return None
        words = normalized_message(text).split()
        return " ".join(w for at, w in enumerate(words) if at not in named)

    def says_learning(self, text: str) -> bool:
        """Whether ``text`` has a word saying a language is learnt or taught (``learning``)."""
        return bool(self._learning.find(text))

    def _learnt_not_asked(self, text: str) -> bool:
        """Whether ``text`` says a language is learnt or taught and only names it: no word
        of a language request beside the learning words, the language's name and the noun
        "language" ("pune totul in germana, vreau sa invat" and "Давайте на немецком, учу"
        ask for German; "i need the german language, who teaches it" names it). A word read
        as both asking and teaching ("sikavel" beside "sikav") only teaches."""
        learnt = {p for hit in self._learning.find(text) for p in hit.positions}
        if not learnt:
            return False
        # (language request, the language it names) of each phrase of a language request
        requests = [
            (hit, cast(tuple[Intent, str | None], hit.phrase.key)[1])
            for hit in self._intents.find(text)
            if cast(tuple[Intent, str | None], hit.phrase.key)[0] is Intent.LANGUAGE
        ]
        if len({code for _, code in requests if code is not None}) > 1:
            # "По-английски можно? Немецкий только начала учить": one language learnt,
            # another asked for.
            return False
        named = {
            p
            for hit, code in requests
            if code is not None and len(hit.phrase.words) == 1
            for p in hit.positions
        }
        named |= {p for hit in self._language_nouns.find(text) for p in hit.positions}
        asked = {p for hit, _ in requests for p in hit.positions}
        if asked - named - learnt:
            return False
        return not any(
            hit.positions and not hit.positions & learnt for hit in self._asking_in.find(text)
        )

    def _find_in_clauses(self, text: str) -> IntentMatch:
        whole = self._find(text)
        if whole.intent is not None and whole.share >= INTENT_SHARE:
            asked_in = whole.intent is Intent.LANGUAGE and whole.language_asked
            if (
                (whole.intent in SAID_WHOLE or asked_in)
                and whole.share < 1.0
                and self._said_whole(whole, text)
            ):
                return replace(whole, share=1.0)
            return whole
        clauses = _clauses(text)
        if len(clauses) < 2:
            return whole
        readings = [self._find(clause) for clause, _ in clauses]
        # "ich brauche einen Termin bei euch, wie geht das": asking how, after a request,
        # asks how to get that, no help with the bot (see _says_it_alone).
        asked = {
            r.intent
            for n, r in enumerate(readings)
            if r.intent is not None
            and r.intent not in SOCIAL
            and not (r.intent is Intent.HELP and n > 0)
        }
        sure = [
            reading
            for n, (reading, clause) in enumerate(zip(readings, clauses, strict=True))
            if reading.intent in asked and self._says_it_alone(reading, whole, clause, first=n == 0)
        ]
        if len(asked) != 1 or not sure or whole.intent not in (None, *asked):
            return whole
        clause = sure[0]
        at = readings.index(clause)
        near = " ".join(part for part, _ in clauses[max(0, at - 1) : at + 1])
        if clause.intent is Intent.BOOK and self._names_elsewhere(
            _squeezed(near), normalized_message(_squeezed(near)).split()
        ):
            # "mo čhavo mangel te džal ki škola, sar te zapisinav les?": enrolling at school,
            # not a booking with us, though one clause alone reads as one. A place named
            # further back is the story's ("esim hastanede calisiyor, cocuklar okulda, ben de
            # evde yalniz kaliyorum, bana bir randevu ayarlar misiniz": the wife works at the
            # hospital; the booking is with us).
            return whole
        # "на испански можете ли? а, няма... тогава на английски": the language the whole
        # message settles on.
        target = whole.target if whole.intent is clause.intent and whole.target else clause.target
        # "wann seid ihr diese woche da? ich arbeite bis 15 uhr in der kita": a question
        # about our place said whole first (after a greeting or a name at most) is sure,
        # whatever the story after it names; said after a story ("Отворената консултация в
        # понеделник, от колко е?") it may ask about what the story named.
        # Cancelling or a person asked for in a clause all its own ("дитина захворіла,
        # завтра не зможу прийти, можна перенести?") is sure the same way: the story beside
        # it is the reason, no question for a staff answer (see _said_whole).
        said_whole = clause.intent in SAID_WHOLE and self._said_whole(clause, text)
        # "scrie-mi in germana te rog, ca vreau sa invat": a language asked for with words
        # that ask, in a clause all its own, is what is asked, whatever the reason beside it
        # names (learning German names the course; the person asks to be written to in it).
        said_whole |= clause.intent is Intent.LANGUAGE and clause.language_asked
        return replace(
            whole,
            intent=clause.intent,
            share=1.0 if said_whole else INTENT_SHARE,
            target=target,
            instead_of_another=clause.instead_of_another
            or (whole.intent is clause.intent and whole.instead_of_another),
            language_asked=clause.language_asked,
        )

    def _thanked_for_words(
        self,
        text: str,
        found: Sequence[Found],
        polite: Collection[int],
        gaps: Collection[int],
        words: Sequence[str],
    ) -> set[int]:
        """What a thanks is said for: a word for "for" beside the thanks (with only small or
        polite words between) and the rest of its clause on that side ("thanks a lot for the
        appointment", "multumesc pentru adresa", "спасибо за помощь с курсами", Turkish
        "kurs için çok sağolun" before it). It names a request already done or a topic, and
        asks for neither; a new clause or question after it still may ("..., wann habt ihr
        offen?", "danke für die info wann habt ihr offen")."""
        thanks = {
            at
            for hit in found
            if hit.phrase.key[0] is Intent.THANKS  # type: ignore[index]
            for at in hit.positions
        } & set(polite)
        if not thanks or not self._thanked_for:
            return set()
        clause_of = _clause_numbers(text, len(words))
        if clause_of is None:
            return set()
        for at, word in enumerate(words):
            if at in thanks or not self._is_for_word(word):
                continue
            if min(thanks) < at < max(thanks):
                continue  # inside the thanks ("thank you so much"): no side to it
            step = 1 if at > max(thanks) else -1
            edge = max(thanks) if step == 1 else min(thanks)
            between = range(edge + step, at, step)
            if any(clause_of[p] != clause_of[at] for p in (edge, *between)):
                continue
            if not all(p in polite or p in gaps for p in between):
                continue
            span = {at}
            at += step
            while (
                0 <= at < len(words)
                and clause_of[at] == clause_of[edge]
                and words[at] not in self._question_start
            ):
                span.add(at)
                at += step
            return span
        return set()

    def _parts(self, hit: Found) -> bool:
        """Whether ``hit`` is a greeting also said on parting ("iyi günler", "good day")."""
        return (
            hit.phrase.key[0] is Intent.GREET  # type: ignore[index]
            and normalize(hit.phrase.source) in self._parting
        )

    def _leaving_for(
        self, text: str, found: Sequence[Found], polite: Collection[int], words: Sequence[str]
    ) -> set[int]:
        """Where the person has to go now and why, said with a goodbye: the clause of a word
        of leaving (words.yaml ``leaving``: "muss los", "gotta go", "trebuie sa plec",
        "rayi7", "gidiyom", "باید برم") in a message that takes leave ("so ich muss los
        kinder abholen, bis bald", "bye bye, I dey go now for my bus shift", "ma3a salama,
        rayi7 lil shughul"). Its words tell why the chat ends; they ask for no offer (work,
        school, the children). A request's own words stay, and so does a question begun in
        the clause ("ich muss los zur arbeit wann habt ihr morgen offen")."""
        byes = [
            hit.positions
            for hit in found
            if (hit.phrase.key[0] is Intent.BYE or self._parts(hit))  # type: ignore[index]
            and hit.positions
            and hit.positions <= set(polite)
        ]
        # A goodbye besides the words of leaving: "ma duc direct" (I just go there) and
        # "doktora gitmem lazım" (I have to go to the doctor) take no leave.
        leaving = [
            hit
            for hit in self._leaving.find(text)
            if hit.positions and any(not bye & hit.positions for bye in byes)
        ]
        if not leaving:
            return set()
        clause_of = _clause_numbers(text, len(words))
        if clause_of is None:
            return set()
        requested = {
            at
            for hit in found
            if hit.phrase.key[0] not in SOCIAL  # type: ignore[index]
            and hit.exact
            and not hit.spelled_alike  # "holen" read by its consonants is no "hala"
            for at in hit.positions
        }
        span: set[int] = set()
        for hit in leaving:
            clause = clause_of[min(hit.positions)]
            if any(clause_of[at] != clause for at in hit.positions):
                continue
            span.update(range(min(hit.positions), max(hit.positions) + 1))
            # The words of leaving themselves ask nothing when their clause asks no question:
            # "bb herkese, salon kapanıyo" (the hall is closing) takes leave, it asks no hours;
            # "iyi akşamlar, saat kaçta kapanıyor?" still asks them.
            if "?" not in text and not any(
                words[at] in self._question_start
                for at in range(len(words))
                if clause_of[at] == clause
            ):
                requested -= hit.positions
            last = max(hit.positions)
            # Said last in its clause ("ciao ich muss weg, kinder von der schule holen"), the
            # next clause says where to.
            ends_clause = last + 1 == len(words) or clause_of[last + 1] != clause
            reach = {clause, clause + 1} if ends_clause else {clause}
            for step, edge in ((1, last), (-1, min(hit.positions))):
                at = edge
                while 0 <= at < len(words) and clause_of[at] in (reach if step == 1 else {clause}):
                    if at not in hit.positions and words[at] in self._question_start:
                        break
                    span.add(at)
                    at += step
        return span - requested

    def _is_for_word(self, word: str) -> bool:
        return any(
            word.startswith(entry) and len(word) > len(entry) if prefix else word == entry
            for entry, prefix in self._thanked_for
        )

    def _said_whole(self, whole: IntentMatch, text: str) -> bool:
        """Whether one clause of ``text`` is all ``whole``'s request, in two words or more:
        "lazem a2ajjel el maw3ed, 3endi Termin bel Ausländerbehörde nafs el yom" postpones,
        whatever the reason beside it names; "Hamid nochmal, ich brauche Termin bei euch"
        books."""
        clauses = _clauses(text)
        if len(clauses) < 2:
            return False
        readings = [self._find(clause) for clause, _ in clauses]
        for n, ((clause, _), reading) in enumerate(zip(clauses, readings, strict=True)):
            if (
                reading.intent is whole.intent
                and reading.share >= 1.0
                and len(normalized_message(clause).split()) >= 2
            ):
                if whole.intent in OWN_MATTER or (
                    whole.intent is Intent.LANGUAGE and reading.language_asked
                ):
                    # A language asked for with words that ask ("irin mange nemcika, kamav te
                    # sikľuv"): the reason beside it (learning) names no offer asked about.
                    return True
                # Our place, hours and bookings: as typed, not through a typo ("unde pot
                # coase?", where can I sew, is no "close"); no booking beside "without" ("šaj
                # avav bi termin"); and said first, after a greeting or a name at most:
                # after a story ("Отворената консултация в понеделник, от колко е?") the
                # question may be about what the story named.
                if (
                    reading.typed_exactly
                    and not (
                        whole.intent is Intent.BOOK
                        and self._without(normalized_message(clause).split())
                    )
                    and (
                        all(
                            (earlier.intent is None or earlier.intent in SOCIAL)
                            and earlier.rest_topic_words <= 1
                            for earlier in readings[:n]
                        )
                        or self._books_after_a_story(whole, readings, n, clause)
                    )
                ):
                    return True
        return False

    def _books_after_a_story(
        self, whole: IntentMatch, readings: Sequence[IntentMatch], n: int, clause: str
    ) -> bool:
        """Whether clause ``n``, the last, asks for a booking in words of its own, four at
        least, after a story that asks nothing: "am venit acum doua saptamani din chisinau cu
        copiii si sotul lucreaza toata ziua, as dori sa ma programez si eu". The story is why
        the person books; a short question after it ("deteto mi trqbva da hodi na uchilishte
        tuk, kak se zapisva") may still be about what the story named (a school)."""
        return (
            whole.intent is Intent.BOOK
            and n == len(readings) - 1
            and len(normalized_message(clause).split()) >= STORY_BOOKING_WORDS
            and all(earlier.intent is None or earlier.intent in SOCIAL for earlier in readings[:n])
        )

    def _says_it_alone(
        self, reading: IntentMatch, whole: IntentMatch, clause: tuple[str, bool], *, first: bool
    ) -> bool:
        """Whether one clause is a request by itself: most of its words are the request's,
        and either the whole message already half reads as it or the clause is all request
        (two words at least: "говорит" alone, in a story, asks for no language).

        Not knowing and asking who helps are part of a story ("I got a letter, I don't
        understand anything", "wer hilft mir da"): a question about the bot comes first. A
        language only named in a statement ("sunt din Romania", "o nemcicko kurso") is no
        request for it; asked for with words that ask ("put it in English") or in a question
        of its own ("По-турецки можно?"), it is. "Can't come" in a clause cancels only beside
        an appointment ("i schreib später" is no cancelling). Our address, hours and bookings
        only when the clause has no other word: "until when is Lidl open, ..." asks about Lidl.
        """
        text, question = clause
        if reading.share < INTENT_SHARE:
            return False
        if reading.intent is Intent.HELP and (not first or whole.social is Intent.THANKS):
            return False
        if reading.intent is Intent.LANGUAGE and (
            reading.share < 1.0 or not (reading.language_asked or question)
        ):
            return False
        if reading.intent is Intent.CANCEL and whole.intent is not Intent.CANCEL:
            return False
        if reading.intent in ABOUT_OUR_PLACE and reading.share < 1.0:
            return False
        alone = reading.share >= 1.0 and len(normalized_message(text).split()) >= 2
        return whole.intent is reading.intent or alone

    def _find(self, text: str) -> IntentMatch:
        text = _squeezed(text)
        words = normalized_message(text).split()
        found = [hit for hit in self._intents.find(text) if not _helping_have(hit, words)]
        # A word listed as filler is no greeting, thanks or goodbye read through a typo:
        # Arabizi "ya khaye" (my brother) is no "khayr" of a goodbye.
        found = [
            hit
            for hit in found
            if hit.exact
            or hit.phrase.key[0] not in SOCIAL  # type: ignore[index]
            or not all(words[at] in self._filler_words for at in hit.positions)
        ]
        # A word of the person's working day in a phrase of it is no verb of another request:
        # "after my night shift ... an appointment" shifts no appointment.
        own_day = set().union(
            *(
                hit.positions
                for hit in self._own_day.find(text)
                # said together ("night shift"), not "another day ... shift"
                if len(hit.phrase.words) > 1
                and max(hit.positions) - min(hit.positions) == len(hit.positions) - 1
            )
        )
        # A request also said in words of its own keeps its readings: "move my booking to
        # another day, my night shift got changed" still moves it.
        free = {
            hit.phrase.key[0]  # type: ignore[index]
            for hit in found
            if hit.exact and not hit.positions & own_day
        }
        found = [
            hit
            for hit in found
            if not hit.positions & own_day or hit.phrase.key[0] in OWN_DAY_FOR | SOCIAL | free  # type: ignore[index]
        ]
        # Where the person comes from ("din romania") is who asks, no topic of a request.
        found, countries = _countries_not_languages(_formulas_not_broken(found), words)
        topic = {
            i
            for i, w in enumerate(words)
            if len(w) > 1 and not self._no_request_word(w) and i not in countries
        }
        gaps = set(range(len(words))) - topic
        found, by_letters = self._letters_over_consonants(found, words)
        polite = self._polite_words(found, topic, gaps, words) | by_letters
        addressed = self._addressed(polite, gaps, words)
        polite |= addressed
        if polite:
            # "Благодаря. Ясно. Приключих.": an "ok" or "understood" beside thanks or a
            # goodbye answers nothing more.
            polite |= self._acknowledgements(words) | {
                i
                for i in topic
                if len(words[i]) >= ACKNOWLEDGED_MIN_LETTERS and words[i] in self._one_word_answers
            }
        if any(hit.phrase.key[0] is Intent.BYE and hit.positions <= polite for hit in found):  # type: ignore[index]
            # "бувайте, до зустрічі в понеділок": when the person will be back is part of the
            # goodbye, where nothing else is said.
            when = set().union(*(hit.positions for hit in self._parting_time.find(text)))
            if not topic - polite - when:
                polite |= when
        if any(hit.phrase.key[0] is Intent.GREET and hit.positions <= polite for hit in found):  # type: ignore[index]
            polite |= self._origin(topic - polite, polite, words)
        # What the thanks is for is part of it: "thanks for the appointment" books nothing.
        polite |= self._thanked_for_words(text, found, polite, gaps, words)
        # Where the person has to go, said with a goodbye, is why: "muss jetzt los zur
        # arbeit, tschüss" names no offer for work.
        leaving = self._leaving_for(text, found, polite, words)
        if leaving:
            polite |= leaving
            # A greeting also said on parting, with words of leaving, takes leave: "iyi
            # akşamlar, eve gitmem gerek", "good day to you, I have to run now".
            found = [
                replace(hit, phrase=replace(hit.phrase, key=(Intent.BYE, None)))
                if self._parts(hit)
                else hit
                for hit in found
            ]
            # Leaving, "ciao" takes leave; the reason's words are no formula ("holen").
            kinds = [cast(Intent, hit.phrase.key[0]) for hit in found]  # type: ignore[index]
            byes = {
                hit.positions for hit, kind in zip(found, kinds, strict=True) if kind is Intent.BYE
            }
            found = [
                hit
                for hit, kind in zip(found, kinds, strict=True)
                if kind is Intent.BYE
                or kind not in SOCIAL
                or not (hit.positions <= leaving or hit.positions in byes)
            ]
        remaining = topic - polite
        rest = " ".join(word for i, word in enumerate(words) if i not in polite)

        covered: defaultdict[Intent, set[int]] = defaultdict(set)
        typed_exactly: set[Intent] = set()
        as_listed: set[Intent] = set()  # typed exactly, and in the listed spelling
        symbols: set[Intent] = set()  # an emoji: 👍
        targets = self._language_targets(found, words)
        language_asked = False
        for hit in found:
            intent, target = cast(tuple[Intent, str | None], hit.phrase.key)
            covered[intent] |= hit.positions
            if hit.phrase.symbol:
                symbols.add(intent)
            if hit.exact:
                typed_exactly.add(intent)
                if not hit.spelled_alike:
                    as_listed.add(intent)
                # "do you speak", "switch to": words that ask for a language, not its name
                language_asked |= intent is Intent.LANGUAGE and target is None
        # Several polite words: a goodbye or thanks says more than the greeting beside it
        # ("hoşçakalın, iyi günler": "good day" is a goodbye here).
        said_socially = _social_said(
            found, polite, gaps, words, self._intents, self._blesses, self._signs_off
        )
        # A gesture beside a greeting in words is part of the greeting: "guten tag 🙏" greets
        # with folded hands, it thanks for nothing; "danke 👍" and "👍" alone still thank.
        social = _first(
            said_socially
            | (symbols if Intent.GREET not in said_socially else symbols - {Intent.THANKS})
        )
        # Requests often share a message ("termin absagen": a booking word and a cancelling
        # one): every word any request explains counts, the one explaining most wins.
        # A request whose every word with a meaning is the people a formula is said to is no
        # request: "guten tag an alle vom team" greets the team, it asks for no one of it.
        # A request read partly from a formula's own words, with nothing of its own left but
        # one small word, is part of the formula: in "sar sijen tumen kathe" (how are you here)
        # "sijen kathe" (are you here) asks no opening hours; "wo ist das genau ... ich bin neu
        # hier" still asks where. Not a request that holds a whole
        # formula in a longer phrase of its own: "ce faceti voi aici" asks what we do.
        formulas = [hit.positions for hit in found if hit.phrase.key[0] in SOCIAL]  # type: ignore[index]
        said = set().union(*formulas)
        holding = {
            cast(Intent, hit.phrase.key[0])  # type: ignore[index]
            for hit in found
            if any(formula and formula < hit.positions for formula in formulas)
        }
        requests = {
            i: at - polite
            for i, at in covered.items()
            if i not in SOCIAL
            and at - polite
            and not (at & topic and at & topic <= addressed)
            and (
                i in holding
                or not (at & said and len(at - polite) <= 1 and not (at - polite) & topic)
            )
        }
        if self._names_elsewhere(text, words):
            requests = {i: at for i, at in requests.items() if i not in ABOUT_OUR_PLACE}
            if not (requests.get(Intent.CANCEL, set()) - covered[Intent.BOOK]) & topic:
                # An appointment at another place, with no word that cancels: "meine
                # nachbarin hat morgen einen termin beim zahnarzt" tells, it asks nothing.
                requests.pop(Intent.CANCEL, None)
        # A word listed alone as a request is a topic word even where it is a stop word for
        # offers ("address", "adresa").
        listed_alone = {
            position
            for hit in found
            if len(hit.phrase.words) == 1
            and hit.exact  # a typo does not make a word a topic ("zaman" is not "zaban")
            and hit.phrase.key[0] not in SOCIAL  # type: ignore[index]
            for position in hit.positions
        }
        asked = remaining | (listed_alone - polite)
        # Words that go with a request found ("SPEAK to a human", "WHEN do you open").
        supported_by: defaultdict[Intent, set[int]] = defaultdict(set)
        for hit in self._support.find(text):
            intent = cast(Intent, hit.phrase.key)
            if intent in requests:
                supported_by[intent] |= hit.positions - polite
        # "Ольге надо записаться к вам", "Hüseyin için bir randevu": a person named by first
        # name is who the booking or cancelling is for, as "my mother" is (on_behalf). A name
        # is written with a capital and is no word of any phrase found. Not beside a person
        # asked for: "добър вечер, Николай поздравява екипа" greets the team.
        # A name in Cyrillic counts with what the person does or needs right after it, a
        # word of the request or of its support ("Николай иска час", "Виктору нужно").
        if FOR_A_NAMED_PERSON & requests.keys():
            name_positions, surely = _first_names(text, words)
            name_positions -= set().union(*(hit.positions for hit in found))
            for intent in FOR_A_NAMED_PERSON & requests.keys():
                beside = supported_by[intent] | requests[intent]
                supported_by[intent] |= {
                    at for at in name_positions if at in surely or at + 1 in beside
                } & topic - polite
        # "искам час при вас след смяната в месарницата": the person's own working day (a
        # shift, work ending, the hour said in words) says when, beside hours, a booking or
        # being called back; beside cancelling it is the reason, no time for a booking.
        day_for = OWN_DAY_FOR - (
            {Intent.BOOK} if Intent.CANCEL in typed_exactly & requests.keys() else set()
        )
        for hit in self._own_day.find(text):
            for intent in day_for & requests.keys():
                supported_by[intent] |= hit.positions - polite
        wanted = [code for code, reading in targets.items() if reading[0]]  # not denied
        denial: set[int] = set()
        if Intent.LANGUAGE in requests and targets and not wanted and LOCAL_LANGUAGE not in targets:
            # "nu vorbesc romana deloc", "i dont speak romanian": the words that deny the
            # language named (bound to its name, see _language_targets) are the request's own:
            # another language is wanted, which one is not said.
            denial = self._denial_around(text, words, found)
            supported_by[Intent.LANGUAGE] |= denial - polite
        if Intent.LANGUAGE in requests and wanted:
            # "bana almanca yazın", "irin mange nemcika": a language named beside words that
            # ask to be written to in it is asked for, as with "switch to" (not "my friend
            # wrote to me in german": no one is asked).
            asking: set[int] = set()
            for hit in self._asking_in.find(text):
                supported_by[Intent.LANGUAGE] |= hit.positions - polite
                asking |= hit.positions
                language_asked = True
            if asking:
                # "به آلمانی بنویس که یاد بگیرم", "write to me in german so i learn it": asked
                # to be written to in it, learning it after is why, no course asked about
                # ("i want to learn to read and write german" still wants the course).
                last = max(asking | requests[Intent.LANGUAGE])
                for hit in self._learning.find(text):
                    if min(hit.positions) > last:
                        supported_by[Intent.LANGUAGE] |= hit.positions - polite
        if (
            Intent.LANGUAGE in requests
            and wanted
            and (language_asked or supported_by[Intent.LANGUAGE] & topic)
        ):
            for hit in self._on_behalf.find(text):
                supported_by[Intent.LANGUAGE] |= hit.positions - polite
        if (
            Intent.WHERE in requests
            and Intent.LANGUAGE in requests
            and language_asked
            and len(_clauses(text)) < 2
            and min(requests[Intent.WHERE]) < min(requests[Intent.LANGUAGE])
        ):
            # "where do I go to pick a different chat language", "wo muss ich hin um die
            # sprache zu wechseln": where in the chat the language is changed, in one clause,
            # asks for the language, not for our address.
            supported_by[Intent.LANGUAGE] |= requests.pop(Intent.WHERE)
        supported = set().union(*supported_by.values())
        explained = _repeats(set().union(*requests.values()) | supported, words) & asked
        # Only stop words ("wo seid ihr"): a listed phrase of them says it all.
        said_exactly = typed_exactly & requests.keys()
        share = len(explained) / len(asked) if asked else 1.0 if said_exactly else 0.0
        # The request that explains most words wins, with the words that go with it: in
        # "ne moga da doida na chasa" the appointment ("chasa") belongs to cancelling it.
        scores = {
            i: (len(at | (supported_by[i] & topic)), i in typed_exactly, i in as_listed)
            for i, at in requests.items()
        }
        if (
            Intent.CANCEL in as_listed
            and Intent.BOOK in scores
            and Intent.CANCEL in scores
            and requests[Intent.CANCEL] - covered[Intent.BOOK]
        ):
            # "Programarea de joi n-o mai pot face, anulați-o": an appointment named beside a
            # cancelling word typed as listed is the appointment to cancel; the booking words
            # ("programarea", "face") are then cancelling's own, not a second request. Not
            # where the cancelling word is part of a greeting ("m-am mutat aici", I moved
            # here, "... si as vrea o programare"): only the appointment is left to cancel.
            scores[Intent.CANCEL] = max(scores[Intent.CANCEL], scores[Intent.BOOK])
        best = _best(scores)
        if best is Intent.HELP:
            # "nush ce sa scriu aici, da-mi un om": not knowing what to write, the person asks
            # for something to be done: a person, a booking, cancelling, another language
            # ("how do I change the language of this chat"). ("sar te kerav
            # anmeldung la adresasa" asks how to register an address, not where we are.)
            concrete: dict[Intent, tuple[float, bool, bool]] = {
                i: score
                for i, score in scores.items()
                if i in (Intent.HUMAN, Intent.BOOK, Intent.CANCEL, Intent.LANGUAGE)
                and i in as_listed
                and requests[i] - requests[Intent.HELP]  # not "kar" inside "chi kar mekonen"
            }
            best = _best(concrete) or best
        if (
            best is Intent.LANGUAGE
            and not targets
            and Intent.HELP in requests
            and self._my_language.find(text)
        ):
            # "spune-mi pe limba mea cu ce ma ajuti": "in my language" with no language named
            # says how to answer; what is asked is what the bot helps with.
            best = Intent.HELP
        if best is not None and social is Intent.GREET:
            # "здрасьте, есть кто живой": is anyone alive, beside a greeting, looks for someone
            # to talk to at all, as "hallo, ist da jemand" does; a greeting, no person asked for
            # nor opening hours ("привіт, є хтось живий?"). Alone, or with words asking for a
            # person ("..., napishite mne"), it asks for a person.
            alive = set().union(*(hit.positions for hit in self._anyone_alive.find(text)))
            if alive and not remaining - alive:
                return IntentMatch(social, social, "", 1.0)
        if best is not None and asked and share >= 1.0:
            # Two requests explaining a message between them ("відкрита консультація": open,
            # consultation) are no sure request: sure is one whose own words explain it all.
            own = _repeats(requests[best] | supported_by[best], words) & asked
            share = min(share, max(len(own) / len(asked), INTENT_SHARE))
        if (
            best is Intent.HELP
            and social is Intent.GREET
            and not remaining - requests[Intent.HELP] - supported
            and self._introduced(text, {words[i] for i in requests[Intent.HELP]})
        ):
            # "Hi there, first time using this chat": the chat named after "first time" says
            # what is new to the person; a greeting, no request for help.
            return IntentMatch(social, social, "", 1.0)
        thanked_for: set[int] = set()
        if best is Intent.HELP and Intent.THANKS in said_socially:
            # "multumesc pentru ajutor": thanks for the help, not a request for it, also with a
            # goodbye after it ("تشکر از کمکتون، خدا حافظ").
            best = None
            thanked_for = requests[Intent.HELP] | supported
            if not remaining - thanked_for:
                return IntentMatch(social, social, "", 1.0)
        needed = LANGUAGE_NAMED_SHARE if best is Intent.LANGUAGE and targets else INTENT_SHARE
        if best is not None and share < needed and best not in typed_exactly:
            best = None  # half a message, and that half only with a typo ("o zaman" ≠ "zaban")
        if (
            best is not None
            and best not in typed_exactly
            and social is not None
            and len(asked) <= 1
        ):
            # One word left beside a greeting, read as a request only through a typo, is more
            # likely a name: "merhabalar ben Selin, yeni geldim" introduces Selin, it does not
            # ask to delete ("silin") anything.
            best = None
        if best is not None and share >= min(needed, WEAK_INTENT_SHARE):
            # Only a language not denied is asked for: "i dont speak romanian" names none.
            # A bare "no" before a name may answer something else ("se poate in maghiara?
            # nu? atunci in engleza"): the name is then still the one asked for.
            pool = wanted or ([] if denial else list(targets))
            named = max(pool, key=lambda code: targets[code]) if pool else None
            # "meine frau kann kein deutsch, bitte auf ukrainisch": a request, not a question
            # about whether German is needed.
            # The one asked for is itself not denied: "ما بعرف الماني بقدر اجي" (no German,
            # may I come?) names only a language the person cannot read.
            instead = (
                named is not None
                and targets[named][0]
                and any(not reading[0] for reading in targets.values())
            )
            return IntentMatch(
                best,
                social,
                rest,
                share,
                named,
                instead_of_another=instead,
                language_asked=language_asked and named is not None,
                typed_exactly=best in typed_exactly,
                denied_only=bool(denial),
            )
        if social is not None and not remaining:
            return IntentMatch(social, social, "", 1.0)
        question = rest if social is not None else text
        # "جزاكم الله خيرا على هذه المساعدة القيمة": the help thanked for is no topic left.
        return IntentMatch(None, social, question, 0.0, None, len(remaining - thanked_for))

    def _language_targets(
        self, found: Sequence[Found], words: Sequence[str], *, denied_after: bool = True
    ) -> dict[str, tuple[bool, bool, int, int]]:
        """Each language ``words`` name: (not denied, typed exactly, named early, letters).
        Without ``denied_after``, only a denying word before a name denies it."""
        targets: dict[str, tuple[bool, bool, int, int]] = {}
        # where each language is named: the last word of its name ("auf deutsch": "deutsch")
        named_at: defaultdict[str, set[int]] = defaultdict(set)
        for hit in found:
            if hit.positions and hit.phrase.key[1] is not None:  # type: ignore[index]
                named_at[hit.phrase.key[1]].add(max(hit.positions))  # type: ignore[index]
        for hit in found:
            target = cast(tuple[Intent, str | None], hit.phrase.key)[1]
            if target is None or _arabizi_by_a_typo(hit, words):
                continue
            # "romani" is Romani, though it is one typo away from "romana" (Romanian).
            # The language asked for, not the one the person cannot read: "write in
            # english, my wife does not know bulgarian"; else the first one named.
            at = max(hit.positions, default=0)  # "на български": the name comes last
            # A denying word before the name denies it unless another name stands
            # between: in "ich sprechen nicht gut deutsch, englisch bitte" only German.
            others = {q for code, at_ in named_at.items() if code != target for q in at_}
            denied = any(
                (words[p] in self._negation or self._denies_the_verb(p, at, words))
                and not any(p < q < at for q in others)
                and not (p == at - 1 and words[p] in PREPOSITION_BEFORE_A_NAME)
                for p in range(max(0, at - DENIED_BEFORE), at)
            ) or (
                denied_after
                and any(
                    self._denies_after(words[p])
                    and not _denies_the_next(p, others, words, self._negation)
                    for p in self._said_after(at, words, others)
                )
            )
            reading = (not denied, hit.exact, -at, hit.phrase.weight)
            targets[target] = max(targets.get(target, reading), reading)
        return targets

    def _denies_the_verb(self, at: int, name_at: int, words: Sequence[str]) -> bool:
        """Whether the word at ``at`` is a short denying word (negation_before_verb) right
        before a word for speaking or knowing, itself before the language's name: "ana ma
        ba7ki rumani" (ma: not). Said before anything else "ma" denies nothing."""
        return (
            words[at] in self._negation_before_verb
            and at + 1 < name_at
            and bool(self._denied_with.find(words[at + 1]))
        )

    def _denial_around(self, text: str, words: Sequence[str], found: Sequence[Found]) -> set[int]:
        """Positions of the words that deny a language named in ``words``, all of them denied:
        the denying words ("nu", "not", "bilmiyorum") and the words for speaking, knowing or
        reading it and "at all" (denied_with) in reach of its name, before it (DENIED_BEFORE)
        or after it (DENIED_AFTER_REACH). None without such a word: a bare "no" may answer
        something else."""
        named = [
            max(hit.positions)
            for hit in found
            if hit.positions and hit.phrase.key[1] is not None  # type: ignore[index]
        ]
        if any(hit.positions for hit in self._asking_in.find(text)):
            return set()  # "scrieti pe rusa ca nu citesc bine": asked to be written to in it
        said_with = {p for hit in self._denied_with.find(text) for p in hit.positions}
        denial: set[int] = set()
        for at in named:
            reach = range(max(0, at - DENIED_BEFORE), min(len(words), at + DENIED_AFTER_REACH + 1))
            for p in reach:
                if (
                    p in said_with
                    or words[p] in self._negation
                    or self._denies_after(words[p])
                    or self._denies_the_verb(p, at, words)
                ):
                    denial.add(p)
        # A bare "no" is no denial said in words: "nu? atunci in engleza" answers a question.
        if not denial & said_with:
            return set()
        return denial

    def languages_denied(self, text: str, *, denied_after: bool = True) -> frozenset[str]:
        """The languages ``text`` names as ones the person cannot speak or read ("ich spreche
        kein deutsch", "almanca bilmiyorum", "не знам немски"); without ``denied_after``,
        only those denied by a word before their name ("nu vorbesc romana", not "... romana,
        sa-mi explice cand nu pricep")."""
        text = _squeezed(text)
        words = normalized_message(text).split()
        found = self._intents.find(text)
        targets = self._language_targets(found, words, denied_after=denied_after)
        return frozenset(code for code, reading in targets.items() if not reading[0])

    def languages_named_at(self, text: str) -> tuple[list[str], dict[str, frozenset[int]]]:
        """The message's words (as the phrase tables read them) and each language named in
        it, with the positions of its name ("auf arabisch": both words)."""
        text = _squeezed(text)
        words = normalized_message(text).split()
        named: defaultdict[str, set[int]] = defaultdict(set)
        for hit in self._intents.find(text):
            key = cast(tuple[Intent, str | None], hit.phrase.key)
            if (
                key[0] is Intent.LANGUAGE
                and key[1] is not None
                and hit.positions
                and not _arabizi_by_a_typo(hit, words)
            ):
                named[key[1]].update(hit.positions)
        return words, {code: frozenset(at) for code, at in named.items()}

    def in_own_words(self, text: str, target: str | None, language: str) -> str | None:
        """The language asked for, read in the chat's ``language``: a name its speakers type
        for their own language that names another one elsewhere ("romanca": Romani to a Turk,
        Romanian to a Romanian writing "româncă" without its marks) is their own language,
        unless another language is named too ("in romanca sau in engleza")."""
        own = self._own_names.get(language)
        if target is None or target == language or not own:
            return target
        words = normalized_message(_squeezed(text)).split()
        if not any(word in own for word in words):
            return target
        found = self._intents.find(text)
        named = {
            cast(tuple[Intent, str | None], hit.phrase.key)[1]
            for hit in found
            if not {words[p] for p in hit.positions if p < len(words)} & own
        } - {None}
        return language if not named - {language} else target

    def said_in_words(self, text: str, intent: Intent, least: int = 2) -> bool:
        """Whether a phrase of ``intent`` of at least ``least`` words stands in ``text`` as
        listed: "talk to someone" asks for a person, "someone" alone may only ask whether one
        is there."""
        return any(
            hit.exact
            and cast(tuple[Intent, str | None], hit.phrase.key)[0] is intent
            and len(hit.phrase.words) >= least
            for hit in self._intents.find(text)
        )

    def _introduced(self, text: str, named: Collection[str]) -> bool:
        """Whether one clause of ``text``, no question, holds a word introducing a newcomer
        ("first time", "neu", "ilk") and all the ``named`` words: "first time using this
        chat" tells what is new, "hi, first time here, how does this work?" asks."""
        for clause, question in _clauses(text):
            if question or "?" in clause or "\u061f" in clause:
                continue
            clause_words = set(normalized_message(clause).split())
            if clause_words & self.asking_how:
                continue  # "ich bin neu hier wie funktioniert dieser chat" asks how
            if set(named) <= clause_words and any(
                word.startswith(entry) if prefix else word == entry
                for word in clause_words
                for entry, prefix in self._introduction_words
            ):
                return True
        return False

    def _signs_off(self, hit: Found) -> bool:
        """Whether a goodbye found is a sign-off closing a written message ("LG")."""
        return hit.phrase.source in self._closings

    def _blesses(self, hit: Found, words: Sequence[str]) -> bool:
        """Whether a thanks found names God, in it or right before it: a blessing ("Doamne
        ajuta", "Allah razı olsun", "الله يعطيك العافية"; not "thank you, god bless": thanks)."""
        if not hit.positions:
            return False
        near = range(max(0, min(hit.positions) - 1), max(hit.positions) + 1)
        return any(
            words[p].startswith(entry) if prefix else words[p] == entry
            for p in near
            for entry, prefix in self._blessing_words
        )

    def tells_work(self, text: str) -> bool:
        """Whether ``text`` only tells that someone works or has work ("mi daj kerel buti
        ando spitalo", my mother works in a hospital; "خواهرم در کارخانه کار میکند"): no
        question mark, no word that asks or looks for anything (``work_asked``). A story,
        not a need for the job counselling."""
        if "?" in text or "؟" in text or not self._work_told.find(text):
            return False
        return not self._work_asked.find(text)

    def request_at(self, text: str, intent: Intent) -> frozenset[int]:
        """Where ``text`` has words of ``intent``'s own phrases ("sar kerav": how do I do)."""
        return frozenset(
            at
            for hit in self._intents.find(_squeezed(text))
            if hit.phrase.key[0] is intent  # type: ignore[index]
            for at in hit.positions
        )

    def request_words(self, text: str, intent: Intent) -> frozenset[str]:
        """The words of ``text`` (normalised) that ``intent``'s own phrases read: "a7ad" in
        "el a7ad?", read as "7ada" (someone) by its consonants."""
        squeezed = _squeezed(text)
        words = normalized_message(squeezed).split()
        return frozenset(
            words[at]
            for hit in self._intents.find(squeezed)
            if hit.phrase.key[0] is intent  # type: ignore[index]
            for at in hit.positions
            if at < len(words)
        )

    def without_at(self, text: str) -> frozenset[int]:
        """Where ``text`` has a word for "without" ("ohne termin", "bi terminesko")."""
        words = normalized_message(text).split()
        return frozenset(
            at
            for at, word in enumerate(words)
            if self._without([word]) and not self._filler_beside_filler(word, words)
        )

    def lacking_at(self, text: str) -> frozenset[int]:
        """Where ``text`` says "I have no" in words of their own (``lacking``): "termin nai
        man" (I have no appointment), "n-am programare", "i don't have an appointment"."""
        words = normalized_message(text).split()
        found: set[int] = set()
        for phrase in self._lacking:
            size = len(phrase)
            for start in range(len(words) - size + 1):
                if tuple(words[start : start + size]) == phrase:
                    found.update(range(start, start + size))
        return frozenset(found)

    def _filler_beside_filler(self, word: str, words: Sequence[str]) -> bool:
        """Whether ``word``, a "without" in one language, is a small word of another
        (``not_without``) whose filler the message holds (FILLER_BESIDE_WITHOUT letters or
        more, no filler of the languages where ``word`` says "without"): Turkish "bi termin
        alabilir miyim" (may I have an appointment) asks for one, Romani "šaj avav bi termin"
        (without) does not."""
        saying_without = {code for code, listed in self._without_of.items() if word in listed}
        theirs = set().union(*(self._filler_of.get(code, frozenset()) for code in saying_without))
        return any(
            word in self._not_without.get(code, frozenset())
            and any(
                other != word
                and len(other) >= FILLER_BESIDE_WITHOUT
                and other in filler
                and other not in theirs
                for other in words
            )
            for code, filler in self._filler_of.items()
            if code not in saying_without
        )

    def _without(self, words: Sequence[str]) -> bool:
        """Whether a word of ``words`` says "without" ("ohne termin", "randevusuz")."""
        return any(
            word.startswith(entry) if prefix else word == entry
            for word in words
            for entry, prefix in self._without_words
        )

    def _names_elsewhere(self, text: str, words: Sequence[str]) -> bool:
        """Whether ``text`` names another place or office (not as where the way starts)."""
        return any(not self._way_from(hit, words) for hit in self._elsewhere.find(text))

    def _way_from(self, hit: Found, words: Sequence[str]) -> bool:
        """Another place named as where the way to us starts ("how do I get to you from the
        station", "near the train station"): a landmark, not the place asked about."""
        start = min(hit.positions, default=0)
        end = max(hit.positions, default=0)
        if self._starting_endings and end < len(words):
            word = words[end]
            if len(word) > 5 and word.endswith(self._starting_endings):
                return True
        return any(word in self._starting_point for word in words[max(0, start - 2) : start])

    def _said_after(self, at: int, words: Sequence[str], others: Collection[int]) -> list[int]:
        """The words after a language's name at ``at`` that may deny it: the next two, small
        words passed over ("mein deutsch ist noch schlecht"), never past the next name ("можна
        англійською? німецьку не розумію": the "не" denies German, not English)."""
        after: list[int] = []
        said = 0
        for p in range(at + 1, min(at + 1 + DENIED_AFTER_REACH, len(words))):
            if p in others or said >= DENIED_AFTER:
                break
            after.append(p)
            said += not self._no_request_word(words[p])
        return after

    def _acknowledgements(self, words: Sequence[str]) -> set[int]:
        """Positions of words that say the answer was understood ("ясно", "alles klar"),
        each phrase as its words in a row."""
        found: set[int] = set()
        for phrase in self._acknowledged:
            for start in range(len(words) - len(phrase) + 1):
                if tuple(words[start : start + len(phrase)]) == phrase:
                    found.update(range(start, start + len(phrase)))
        return found

    def _addressed(self, polite: set[int], gaps: set[int], words: Sequence[str]) -> set[int]:
        """The people a greeting, thanks or goodbye is said to, right after it: "salut echipa",
        "Добър вечер на екипа", "danke schön mein Freund". Asked for in a request of their
        own ("vreau sa vorbesc cu cineva din echipa") they are still the person wanted."""
        addressed: set[int] = set()
        if not polite:
            return addressed  # said to nobody: there is no greeting, thanks or goodbye
        exact, stems = self._addressee_words
        for p, word in enumerate(words):
            # The chat greeted in, after the people greeted: "hallo an alle im chat" (not
            # right after the greeting: "hallo, chat?" may ask about the chat).
            place = word in GREETED_IN
            if p in polite or not (word in exact or word.startswith(stems) or place):
                continue
            before = range(max(0, p - ADDRESSEE_REACH), p)
            said_to = [
                q
                for q in before
                if q in polite | addressed
                and (not place or q in addressed or words[q] in exact or words[q].startswith(stems))
            ]
            if said_to and all(q in polite | addressed | gaps for q in range(said_to[-1], p)):
                addressed.add(p)
        return addressed

    def _origin(self, left: set[int], polite: set[int], words: Sequence[str]) -> set[int]:
        """The words saying where a person greeting comes from, when they are all that is left
        beside the greeting: "salam be hame, khaste nabashid az esfahan" (from Isfahan), "az
        mashhad hastam". The place is the one or two words right after "from"."""
        for at, word in enumerate(words):
            if at in polite or word not in self._origin_from:
                continue
            place = set(range(at, min(len(words), at + 1 + ORIGIN_PLACE_WORDS)))
            am = {i for i in left if words[i] in self._origin_am}
            if left and not left - place - am:
                return (place | am) - polite
        return set()

    def _no_request_word(self, word: str) -> bool:
        """A small word or filler, also as Belarusians and migrants spell it ("нада")."""
        if word in self._no_request or slavic_spelling(word) in self._no_request_folded:
            return True
        if (key := typed_key(word)) is not None and key in self._no_request:
            return True  # "trqbva", "tryabva": трябва, by its romanisation key
        if (as_sh := _w_as_sh(word)) is not None:
            return self._no_request_word(as_sh)  # "wte": ще
        if (plain := _umlaut_typed_out(word)) is not None and plain in self._no_request:
            return True  # "moechte": möchte, a small word with its umlaut typed out
        # Arabic "and" typed onto a small word ("وما قصرت", "ولا", "وانا"): still a small word.
        return word.startswith("و") and len(word) > 2 and word[1:] in self._no_request

    def _denies_after(self, word: str) -> bool:
        """A word that denies the language named just before it: "yok", "bilmiyorum"."""
        return any(
            word.startswith(entry) if prefix else word == entry
            for entry, prefix in self._negation_after
        )

    def _polite_words(
        self, found: list[Found], topic: set[int], gaps: set[int], words: Sequence[str]
    ) -> set[int]:
        """Positions of greetings, thanks and goodbyes, to set aside from the request.

        ``gaps``: positions of words that may stand between a formula's words ("danke für
        die hilfe": "danke ... hilfe")."""
        requested, polite, guessed = set[int](), set[int](), set[int]()
        guessed_by_kind: defaultdict[object, list[frozenset[int]]] = defaultdict(list)
        # A one-word formula between the first and last word of a request phrase typed as
        # listed is that phrase's word: in "a chto ty umeesh" (Russian typed in Latin
        # letters: what can you do) "ty" is "you", no English "thank you". So is a formula of
        # at most SHORT_FORMULA letters that is itself a word of such a phrase of two words or
        # more (its words come in any order: "a ty voobshe chto umeesh"), or that stands right
        # before one, not first in the message: the one asked ("chem ty mozhesh pomoch", what
        # can you help with; "hi wo seid ihr" still greets first).
        inside_requests: set[int] = set()
        for hit in found:
            if hit.phrase.key[0] in SOCIAL or not hit.exact or len(hit.positions) < 2:  # type: ignore[index]
                continue
            first, last = min(hit.positions), max(hit.positions)
            inside_requests |= {
                at
                for at in hit.positions
                if first < at < last or (at > 0 and len(words[at]) <= SHORT_FORMULA)
            }
            if first > 1 and len(words[first - 1]) <= SHORT_FORMULA:
                inside_requests.add(first - 1)
        for hit in found:
            if hit.phrase.key[0] in SOCIAL:  # type: ignore[index]
                if self._filler_not_greeting(hit, words):
                    continue
                if len(hit.positions) == 1 and hit.positions <= inside_requests:
                    continue
                if self._cyrillic_read_as_latin_formula(hit, words):
                    continue
                if _said_together(hit, gaps, words, self._intents):
                    # Read by its skeleton, like with a typo: "xaben" (Romani: food) is no
                    # "khubin" (Persian: are you well?) beside another word.
                    # A one-word formula found only in a folded spelling is a guess too:
                    # "мой сосед работает до шести" (six) says no "щасти" (good luck).
                    # A greeting first in the message ("здрастє, я Микола") is sure.
                    folded = (
                        len(hit.phrase.words) == 1
                        and hit.phrase.words[0].text.startswith(SLAVIC_MARK)
                        and min(hit.positions) > 0
                    )
                    sure = hit.exact and not hit.spelled_alike and not folded
                    (polite if sure else guessed).update(hit.positions)
                    if not sure and len(hit.positions) == 1:
                        guessed_by_kind[hit.phrase.key[0]].append(hit.positions)  # type: ignore[index]
            elif hit.exact:
                requested.update(hit.positions)
        for said in guessed_by_kind.values():
            positions = set().union(*said) - requested
            if len(positions) >= 2 and not topic - positions - polite - requested:
                # Two words that each alone say the same formula, each read through its
                # spelling, agree: in "mashkourin wayed, tislamu 3al mosa3ada" both thank.
                polite |= positions
        # The people it is said to are part of it: "salamu 3alekum ya nas al markaz".
        said_to = self._addressed(polite | guessed, gaps, words) if guessed else set()
        if not topic - polite - guessed - said_to:
            # A greeting with a typo is a greeting when it is all there is ("multumesk"); in
            # a longer message it is more likely another word ("yarin hava nasil": "nasil" is
            # "how", one typo from Romani "naisi", thanks), and never a word a request names.
            polite |= guessed - requested
        return polite

    def _cyrillic_read_as_latin_formula(self, hit: Found, words: Sequence[str]) -> bool:
        """A one-word formula listed in Latin letters, found after the first word only through
        the Romani spelling of a word typed otherwise: "искам да шия" and "iskam da shiya"
        (Bulgarian: I want to sew) say no Hungarian "szia" (hello), which folds to the same
        letters. Such a formula is reached through the fold only when it opens the message
        ("shiya" alone, "szia, kaj sen"); typed as listed, it counts anywhere. Romani written
        in Cyrillic greets in its own words first."""
        if len(hit.phrase.words) != 1 or len(hit.positions) != 1 or min(hit.positions) == 0:
            return False
        at = min(hit.positions)
        if at >= len(words) or not hit.phrase.words[0].text.startswith(ROMANI_MARK):
            return False
        if has_cyrillic(hit.phrase.source):
            return False
        return has_cyrillic(words[at]) or words[at] != normalize(hit.phrase.source)

    def _letters_over_consonants(
        self, found: list[Found], words: Sequence[str]
    ) -> tuple[list[Found], set[int]]:
        """A word read as a greeting, thanks or goodbye by its letters (as listed or with one
        typo) and as a request only by its consonants is the formula: "ahlain" is "ahlein"
        (hello) with a typo, and only its skeleton h-l-n is "7allin" (open). Returns the hits
        without those request readings, and the positions of such words."""
        by_letters = {
            min(hit.positions)
            for hit in found
            if hit.phrase.key[0] in SOCIAL  # type: ignore[index]
            and len(hit.positions) == 1
            and not hit.spelled_alike
            and not self._filler_not_greeting(hit, words)
        }
        contested = {
            min(hit.positions)
            for hit in found
            if hit.phrase.key[0] not in SOCIAL  # type: ignore[index]
            and len(hit.positions) == 1
            and hit.positions <= by_letters
        }
        # Only where every request reading of the word is by its consonants.
        won = {
            at
            for at in contested
            if all(
                hit.spelled_alike
                for hit in found
                if hit.phrase.key[0] not in SOCIAL and at in hit.positions  # type: ignore[index]
            )
        }
        if not won:
            return found, set()
        kept = [
            hit
            for hit in found
            if hit.phrase.key[0] in SOCIAL or not hit.positions & won  # type: ignore[index]
        ]
        return kept, won

    def _filler_not_greeting(self, hit: Found, words: Sequence[str]) -> bool:
        """A one-word greeting that is filler in another language, said after the first word:
        "وين اقرب صيدلية مفتوحة هلأ" asks where a pharmacy is open now; "هلا" first greets."""
        return (
            hit.phrase.key[0] is Intent.GREET  # type: ignore[index]
            and len(hit.positions) == 1
            and min(hit.positions) > 0
            and words[min(hit.positions)] in self._filler_words
        )

    def _repeats_once(self, text: str) -> str:
        """A one-word answer said over and over in one word ("dadada", "jajaja", "nunu",
        "takktak" aside): read once. Not laughter ("haha", "hehe", "hihi")."""

        def once(match: re.Match[str]) -> str:
            word, unit = normalize(match.group(0)), normalize(match.group(1))
            known = word in self._beside_answer or self._no_request_word(word)
            if unit in self._one_word_answers and unit not in _LAUGHTER and not known:
                return match.group(1)  # "nene" (Romanian: uncle) is no "ne" (no)
            return match.group(0)

        return _REPEATED.sub(once, text)

    def _settled(self, found: list[Found], words: Sequence[str]) -> list[Found]:
        """The answers found, with the two ways a yes and a no in one message still agree.

        A word that is yes in one language and no in another (Greek "nai", Romani "nai")
        yields to the answers that are not in doubt: "nai nai, genau so, ja" is yes. A yes
        word after a word that denies it is said the other way: "nu e bine asa" (it is not
        good like that), "не то" are no; "da, dar nu asta" (yes, but not this) stays unsure.
        """
        if not found:
            return found
        by_answer: dict[object, set[int]] = defaultdict(set)
        for hit in found:
            by_answer[hit.phrase.key].update(hit.positions)
        doubtful = set.intersection(*by_answer.values()) | {
            i for i, word in enumerate(words) if word in IN_DOUBT
        }
        settled = [hit for hit in found if not hit.positions <= doubtful] or found
        denying = {
            i
            for i, word in enumerate(words)
            if word in self._negation
            or any(i in hit.positions for hit in settled if hit.phrase.key is YesNo.NO)
        }
        answered = {i for hit in found for i in hit.positions}
        # Denied before ("nu e bine", also inside the phrase: "that's not right"), or right
        # after in the languages that deny after ("das stimmt nicht", "doğru değil", "درست نیست").
        return [
            replace(hit, phrase=replace(hit.phrase, key=YesNo.NO))
            if hit.phrase.key is YesNo.YES
            and (
                any(
                    p - DENIED_WITHIN <= i < p and i not in hit.positions
                    for p in hit.positions
                    for i in denying
                )
                or (
                    bool(hit.positions)
                    and (after := max(hit.positions) + 1) < len(words)
                    and after not in answered  # "ok nu?" asks, "da ne" is two answers
                    and self._denies_after(words[after])
                )
            )
            else hit
            for hit in settled
        ]

    def language_named_alone(self, text: str) -> str | None:
        """The language ``text`` is only the name of ("3arabi", "limba romana", "русский"),
        as typed at the language picker; None for a sentence around it ("ich spreche kein
        deutsch" names German, and means another language)."""
        typed = normalize(text)
        found = {code for form, code in self._names_alone if form == typed}
        found |= {
            code
            for form, code in self._names_alone
            if form.endswith("*") and typed.startswith(form[:-1]) and " " not in typed
        }
        return found.pop() if len(found) == 1 else None

    def only_through_a_typo(self, text: str, intent: Intent) -> bool:
        """Whether every phrase of ``intent`` found in ``text`` was read through a typo:
        Ukrainian "буває" (it happens) is one letter from "бувай" (bye); or from two typed
        words read as one: Latin-typed Ukrainian "a de tse" (and where is it) holds no
        "ade" (bye)."""
        hits = [
            hit
            for hit in self._intents.find(text)
            if cast(tuple[Intent, str | None], hit.phrase.key)[0] is intent
        ]
        return bool(hits) and not any(
            hit.exact and len(hit.positions) <= len(hit.phrase.words) for hit in hits
        )

    def yes_no(self, text: str, *, alone: bool = False) -> YesNo | None:
        """A typed yes or no, when that is all the message says ("da", "ok 👍", "نعم").

        Said twice ("ova ova") or with thanks ("nee danke", "نه مرسی") it is still the answer.
        ``alone``: the answer and nothing else, as when nothing was asked: its words typed as
        listed ("nähen" is a word to look for, not "nahin"), beside them only polite, pointing
        or address words, no small words that may ask ("وين هو", "unde trebuie sa merg exact").
        """
        read = self._read_answer(text, alone=alone)
        return read[0] if read is not None else None

    def says_no_in_a_word(self, text: str) -> bool:
        """Whether a word of ``text`` without digits is a no on its own ("telefonum yok", "nu
        am telefon", "no phone"): a step that may be skipped is skipped in words."""
        return not any(char.isdigit() for char in text) and any(
            self.yes_no(word, alone=True) is YesNo.NO for word in text.split()
        )

    def answer_and_rest(
        self, text: str, language: str, *, alone: bool = False
    ) -> tuple[YesNo, str] | None:
        """The answer a message begins with, and what it says after it ("" when nothing):
        "ja, wo ist das?" is yes and "wo ist das?"; "yes thank you so much Anna", "ага, это то
        что нужно", "nu mersi, nu mai am nevoie" are answers with words of their own after.

        People answer first and go on in the same message: with thanks, a name, "that is what
        I need", or a question. A yes with "but", "another", a day or a number in it asks for
        something else than what was offered ("ja, aber lieber morgen", "da, dar alt curs"):
        no answer. Typed without a comma after it, a one-word answer must be one of
        ``language``'s own ("ne zaman" is Turkish "when", "ne puteti" Romanian "can you ... us").
        ``alone``: see :meth:`yes_no`.
        """
        if self._opens_a_question(text, language):
            return None
        corrected = self._corrected_answer(text.split(), alone=alone)
        if corrected is not None:
            return corrected, ""
        return self._first_answer_and_rest(text, language, alone=alone)

    def _opens_a_question(self, text: str, language: str) -> bool:
        """Whether the yes word a message begins with opens a question: a question particle
        after it or before it ("може ли да дойда", "мога ли да", "olur mu", "tamammı"); a yes
        word that says "it is possible" with a word of its own after it and no comma between
        ("mishe ba bacheha biam", "може да дойда"); after a yes, a word asking to be allowed or
        able, in a question ("ok darf ich mein baby mitnehmen?") or after "so" ("ok so can i
        come"). Found in a trial: at the privacy note, "moje li da doida s deca" (may I come
        with the children?) gave consent. A question after a comma stays the answer's own
        ("da, unde e?", "evet, ücretli mi?")."""
        tokens = text.split()
        if not tokens:
            return False
        own = self._asking_particles.get(language, frozenset())
        # A Latin particle only in the languages listing it ("mi" is Romanian "me"); one with
        # letters of its own ("ли", "mı") in every chat.
        particles = own | {
            word
            for listed in self._asking_particles.values()
            for word in listed
            if not word.isascii()
        }
        asks = text.rstrip().endswith(("?", "\u061f"))
        for at, token in enumerate(tokens[:LEADING_ANSWER_WORDS]):
            words = self._answer_words(token)
            if any(word in particles for word in words):
                return True  # before the yes: "мога ли да", "da li"
            if any(
                word in self._asking_words["may"] or (asks and word in self._asking_words["can"])
                for word in words
            ) and not self._read_answer(token):
                return True  # "mishe ba bache ha biam?": "ها" is the plural, no yes
            read = self._read_answer(token)
            if read is None:
                if self._particle_attached(words, particles):
                    return True  # "olurmu", "tamammı"
                continue
            if read[0] is not YesNo.YES or not read[2]:
                return False
            later = [
                (self._answer_words(each), bool(_ANSWER_ENDS.search(each)))
                for each in tokens[at + 1 :]
            ]
            if not later:
                return False
            broken = bool(_ANSWER_ENDS.search(token))
            next_words = later[0][0]
            if not broken and next_words and next_words[0] in particles:
                return True  # "може ли", "olur mu", "tamam mı"
            if self._particle_attached(words, particles):
                return True
            said = words[-1] if words else ""
            if not broken and said in self._asking_words["may"] and next_words:
                # "mishe ba ...", "може да ...": not a polite or address word ("може брат")
                # nor a yes ("може да" is "maybe", its "да" is "to")
                together = self._read_answer(" ".join(tokens[: at + 2]))
                if together is None or next_words[0] in self._one_word_answers:
                    return True
            # "ok so can i", "ok, so can i", "ok darf ich ...?"; not "da moje, zashto ne" (yes,
            # ok, why not), where the word asks nothing before its comma
            rest = [
                (word, ends and i == len(words_of) - 1)
                for words_of, ends in later
                for i, word in enumerate(words_of)
            ]
            then = 0
            while then < len(rest) and rest[then][0] in self._asking_words["then"]:
                then += 1
            if then == len(rest) or (broken and not then):
                return False
            asking, clause_ends = rest[then]
            if clause_ends:
                return False
            if asking in self._asking_words["may"] and then + 1 < len(rest):
                return True
            return asking in self._asking_words["can"] and (asks or then > 0)
        return False

    def _particle_attached(self, words: Sequence[str], particles: Collection[str]) -> bool:
        """Whether a typed word is a yes with a question particle typed onto it ("olurmu",
        "tamammı"): Turkish asks so."""
        if len(words) != 1:
            return False
        word = words[0]
        return any(
            word.endswith(particle)
            and len(word) - len(particle) >= 3
            and (read := self._read_answer(word[: -len(particle)])) is not None
            and read[0] is YesNo.YES
            for particle in particles
            if particle.isalpha() and len(particle) == 2
        )

    def _corrected_answer(self, tokens: Sequence[str], *, alone: bool) -> YesNo | None:
        """The last answer of a message that corrects its first one: "nu, adica da", "nein
        doch ja", "no wait yes", "да, тоест не": the answer it ends with, after a few words at
        most and no "but" ("da, dar nu asta" asks for another one); never a question ("ok nu?")."""
        if not tokens or tokens[-1].endswith(("?", "\u061f")):
            return None
        if len(tokens) > LEADING_ANSWER_WORDS:
            # Two short answers and a few words between them: a longer message is no
            # correction, and reading each of its ends costs the square of its length.
            return None
        last = next(
            (
                (start, read[0])
                for start in range(len(tokens) - 1, 0, -1)
                if (read := self._read_answer(" ".join(tokens[start:]), alone=alone)) is not None
                and read[2]
                # "nu aia", "mesh da", "not that one": a word after a denying one, in one
                # breath, is what is denied ("aia", that, read as a yes), no answer of its own;
                and not self._denies_next(tokens[start - 1])
                # nor a yes that its own words deny: "la ya khalti, mish hada" (no, auntie,
                # not this one) calls the aunt with "ya", it says no yes; nor that call alone.
                and not self._calls(tokens[start:], alone=alone)
                and (
                    read[0] is YesNo.NO
                    or self._rest_agrees(YesNo.YES, " ".join(tokens[start + 1 :]))
                )
            ),
            None,
        )
        if last is None:
            return None
        start, answer = last
        for end in range(1, start + 1):
            first = self._read_answer(" ".join(tokens[:end]), alone=alone)
            if first is None or not first[2]:
                continue
            between = normalized_message(" ".join(tokens[end:start])).split()
            if self._turned(between):
                return None  # "da, dar nu asta": yes, but not this one
            if first[0] is answer or len(between) > CORRECTION_WORDS:
                continue
            # The last answer is a word of its own, not the end of a longer answer ("evet,
            # sorun yok": "no problem" is a yes).
            later = " ".join(tokens[end:])
            at = len(between)
            if any(
                at in hit.positions and min(hit.positions) < at and hit.phrase.key is not answer
                for hit in self._answers.find(later)
            ):
                continue
            # Nor the middle of one longer answer with the first: Darija "la machi hada" (no,
            # not this one) says no once; its "machi" is no Egyptian "ok".
            said_at = len(normalized_message(" ".join(tokens[:start])).split())
            if any(
                hit.exact
                and hit.phrase.key is first[0]
                and said_at in hit.positions
                and min(hit.positions) < said_at
                for hit in self._answers.find(" ".join(tokens))
            ):
                continue
            return answer
        return None

    def _calls(self, tokens: Sequence[str], *, alone: bool = False) -> bool:
        """Whether ``tokens`` begin with the Arabic call "ya" before a word that is no answer
        of its own ("ya akhi", "ya habibi"; not "ya ok", "ya, thats it")."""
        return (
            len(tokens) > 1
            and not _ANSWER_ENDS.search(tokens[0])
            and normalized_message(tokens[0]).split() in ([word] for word in VOCATIVES)
            and self._read_answer(tokens[1], alone=alone) is None
        )

    def _denies_next(self, token: str) -> bool:
        """Whether a typed token is a denying word with no break after it ("nu" in "nu aia",
        not "nu," in "nu, adica da")."""
        if _ANSWER_ENDS.search(token):
            return False
        words = normalized_message(token).split()
        return len(words) == 1 and words[0] in self._negation

    def _first_answer_and_rest(
        self, text: str, language: str, *, alone: bool = False
    ) -> tuple[YesNo, str] | None:
        """:meth:`answer_and_rest` for the answer a message begins with."""
        tokens = text.split()
        for size in range(min(len(tokens), LEADING_ANSWER_WORDS), 0, -1):
            read = self._read_answer(" ".join(tokens[:size]), alone=alone)
            if read is None:
                continue
            answer, words, said = read
            if size == len(tokens) and not said:
                return answer, ""  # only an emoji: "👍"
            if not said:
                continue
            # The answer ends with its last answer or polite word; the rest is what follows.
            counts = [len(self._answer_words(token)) for token in tokens]
            end = next(n + 1 for n in range(len(tokens)) if sum(counts[: n + 1]) > max(said))
            rest = " ".join(tokens[end:])
            rest_words = normalized_message(rest).split()
            if not rest_words:
                if answer is YesNo.YES and self._turned(words, said):
                    return None
                return answer, ""
            lead = normalized_message(" ".join(tokens[:end])).split()
            broken = bool(_ANSWER_ENDS.search(tokens[end - 1]))
            own = self._own_answer_words.get(language, frozenset())
            if not broken and len(lead) == 1 and lead[0] not in own:
                return None
            if not self._rest_agrees(answer, rest):
                return None
            return answer, rest
        return None

    def _answer_words(self, token: str) -> list[str]:
        """The words one typed token makes, as :meth:`_read_answer` reads them."""
        return normalized_message(self._repeats_once(_squeezed(token))).split()

    def _turned(self, words: Sequence[str], polite: Collection[int] = ()) -> bool:
        """Whether a word asks for something else than offered: "but", "another", "tomorrow"
        or a number (not in a greeting or goodbye at ``polite``: "ja, guten morgen", "ok, bis
        morgen"). A small word that Arabizi spells with a digit is no number: "aywa akid
        ya3ni" (yes, sure, I mean) says yes."""
        return any(
            i not in polite
            and (
                word in self._answer_turns
                or slavic_spelling(word) in self._answer_turns_folded
                or (any(c.isdigit() for c in word) and not self._no_request_word(word))
            )
            for i, word in enumerate(words)
        )

    def _polite_positions(self, text: str, words: Sequence[str]) -> set[int]:
        """Where greetings, thanks and goodbyes stand in ``text`` (typed as listed)."""
        gaps = {i for i, w in enumerate(words) if len(w) <= 1 or self._no_request_word(w)}
        return {
            i
            for hit in self._intents.find(text)
            if hit.exact
            and not hit.spelled_alike
            and hit.phrase.key[0] in SOCIAL  # type: ignore[index]
            and _said_together(hit, gaps, words, self._intents)
            for i in hit.positions
        }

    def _rest_agrees(self, answer: YesNo, rest: str) -> bool:
        """Whether what follows an answer leaves it standing.

        A no stays a no ("nein danke, passt schon", "nope, dat nuh right, a di other one"),
        unless a yes begins what follows ("nein... ja doch"). A yes yields to "but", "another",
        a day or a number, to a no, and to a denying word before a word that agrees or points
        ("da, nu asta", "yes, not that one"); not to one before other words ("ja, ich habe
        keine Kinder dabei", Arabic "ما أقصده": what I mean).
        """
        words = normalized_message(rest).split()
        hits = [hit for hit in self._answers.find(rest) if hit.exact]
        hits = [hit for hit in hits if not any(hit.positions < other.positions for other in hits)]
        if answer is YesNo.NO:
            return self._calls(rest.split()) or not any(
                hit.phrase.key is YesNo.YES and 0 in hit.positions for hit in hits
            )
        if any(hit.phrase.key is YesNo.NO for hit in hits):
            return False
        agreeing = {i for hit in hits for i in hit.positions}
        pointing = agreeing | {
            i
            for i, word in enumerate(words)
            if word in self._beside_answer or slavic_spelling(word) in self._beside_answer_folded
        }
        denied = any(
            word in self._negation and i not in agreeing and {i + 1, i + 2} & pointing
            for i, word in enumerate(words)
        )
        return not denied and not self._turned(words, self._polite_positions(rest, words))

    def _read_answer(
        self, text: str, *, alone: bool = False
    ) -> tuple[YesNo, list[str], set[int]] | None:
        """The answer when it is all ``text`` says, with the message's words and the
        positions of the answer's own words (never changed by the callers). The last few
        readings are kept: a message with nothing else found is read for a bare answer
        (:meth:`yes_no`), then for the answer it begins with (:meth:`answer_and_rest`)."""
        memo = self._answer_memo
        key = (text, alone)
        known = memo.get(key, memo)  # the memo itself: not read yet (None is a reading)
        if known is not memo:
            return cast(tuple[YesNo, list[str], set[int]] | None, known)
        if len(memo) >= ANSWER_MEMO_SIZE:
            memo.clear()
        read = memo[key] = self._read_answer_anew(text, alone=alone)
        return read

    def _read_answer_anew(
        self, text: str, *, alone: bool = False
    ) -> tuple[YesNo, list[str], set[int]] | None:
        text = self._latin_typed_in_cyrillic(self._repeats_once(_squeezed(text)))
        words = normalized_message(text).split()
        # An answer of several words in its own order: "nu da" (Russian "well, yes") is not
        # in "da, dar nu asta" (yes, but not this one).
        found = [
            hit
            for hit in self._answers.find(text)
            if (len(hit.phrase.words) == 1 or self._answers.in_listed_order(hit, words))
            # "khala" (aunt, said to a woman) is no typo of "khalas" (enough)
            and (
                hit.exact
                or not (alone or all(words[i] in self._beside_answer for i in hit.positions))
            )
        ]
        # The longer reading wins: "nu da" is Russian "well, yes", though "nu" alone is no.
        found = [
            hit for hit in found if not any(hit.positions < other.positions for other in found)
        ]
        used = set().union(*(hit.positions for hit in found))
        found = self._settled(found, words)
        answers = {hit.phrase.key for hit in found}
        if len(answers) != 1:
            return None
        said = {words[i] for i in used}
        # Words that point or agree do not change the answer: "yep thats it", "nu, nu asta".
        beside = {
            i
            for i, w in enumerate(words)
            if w in self._beside_answer or slavic_spelling(w) in self._beside_answer_folded
        }
        polite = self._polite_positions(text, words)
        first = min(used, default=0)
        if any(
            i not in used | polite | beside
            and w not in said
            and len(w) > 1
            and (alone or not self._no_request_word(w) or self._asks_before(i, w, first))
            for i, w in enumerate(words)
        ):
            return None
        answer = answers.pop()
        assert isinstance(answer, YesNo)
        return answer, words, used | polite

    def _asks_before(self, at: int, word: str, answer_at: int) -> bool:
        """A small word before the answer that is no filler asks: Romani "kana si" (when is
        it) and "sar si" (how is it) are questions, not Spanish "sí" (found in a trial, where
        "kana si" at the privacy note gave consent). After the answer it may stand: "da,
        unde e?"."""
        return at < answer_at and word not in self._filler_words

    def _latin_typed_in_cyrillic(self, text: str) -> str:
        """``text`` with a yes or no of a language written in Latin letters read back from
        the Cyrillic it was typed in: Turks and Roma of Bulgaria type Turkish "evet", "tamam",
        "hayır", "yok" on a Cyrillic keyboard ("евет, да", "тамам", "хайир"). Only a word that
        is no answer and no small word as typed (Russian "на", here, is no Latin "na")."""
        words = normalized_message(text).split()
        if not any(has_cyrillic(word) for word in words):
            return text
        # As typed, where normalising keeps the words apart as they are: "й" is no "и" there
        # ("хайир" is "hayir").
        typed = _LETTERS.findall(text.casefold())
        typed = typed if len(typed) == len(words) else words
        read = [
            latin
            if has_cyrillic(word)
            and len(word) >= CYRILLIC_TYPED_MIN_LETTERS
            and word not in STOP_WORDS
            and not self._answers.find(word)
            and (latin := transliterate_cyrillic(as_typed, CYRILLIC_TYPED_AS))
            and any(hit.exact for hit in self._answers.find(latin))
            else word
            for word, as_typed in zip(words, typed, strict=True)
        ]
        return " ".join(read) if read != words else text


_LETTERS = re.compile(r"[^\W\d_]+")

CYRILLIC_TYPED_MIN_LETTERS = 3
"""A Cyrillic word is read as a Latin answer typed in Cyrillic from this length ("йок", yok)."""

CYRILLIC_TYPED_AS = "bg"
"""The romanisation for reading it: Bulgarian, whose Turkish and Romani speakers type this way
("хайир" -> "hayir")."""


_SPOKEN_INFINITIVE = re.compile(r"^[a-zäöüß]{2,}(?:[bdgkpstfz]n|cha)$")
"""Bavarian and spoken German drop the e of -en ("redn", "absogn", "kriagn") or say -a
after ch ("ausmacha", "suacha"): read as the -en form, found like the listed verb with a
typo ("absogen" ~ "absagen")."""


_SPOKEN_PRESENT = re.compile(r"^[a-zçğıöşü]{2,}[iıuü]yo(m|n|z|nuz|sun|sunuz|)$")
"""Anatolian Turkish drops the r of the present tense and shortens its endings: "bilmiyom"
(bilmiyorum), "görüyon" (görüyorsun), "gidiyoz" (gidiyoruz), "bilmiyo" (bilmiyor); chat
Turkish drops only the r: "yapıyosunuz" (yapıyorsunuz), "biliyosun" (biliyorsun)."""
_PRESENT_ENDINGS = {
    "m": "rum",
    "n": "rsun",
    "z": "ruz",
    "nuz": "rsunuz",
    "sun": "rsun",
    "sunuz": "rsunuz",
    "": "r",
}


_ARABIC_PLURAL_YOU = re.compile(r"^(?P<stem>[\u0600-\u06ff]{3,})و(?P<end>ا|ني|نا|ه|ها)?$")
"""Spoken Arabic says a verb to several people with "و" ("وا") after it, before the person
it is done to: "تقدروا", "تساعدوني" (can you, help me, said to a team) are "تقدر", "تساعدني"."""


def _arabic_plural_you(word: str) -> tuple[str, ...]:
    """An Arabic verb said to several people, as said to one (see _ARABIC_PLURAL_YOU)."""
    found = _ARABIC_PLURAL_YOU.match(word)
    if found is None or found.group("end") is None:
        return ()  # a bare final و is an attached ending the index already takes off
    end = found.group("end")
    return (found.group("stem") + ("" if end == "ا" else end),)


_PERSIAN_SPOKEN_YOU = re.compile(r"^(?P<stem>[\u0600-\u06ff]{2,}|[a-z]{3,})(?P<end>ين|in)$")
"""Spoken Persian ends a verb said to "you" (plural, polite) in "ین" / "-in" where the written
language has "ید" / "-id": "کمک کردین", "mikonin", "hastin" are "کمک کردید", "mikonid",
"hastid"."""


def _persian_formal_you(word: str) -> tuple[str, ...]:
    """A verb in spoken Persian's "you" ending, also in the written one (_PERSIAN_SPOKEN_YOU)."""
    found = _PERSIAN_SPOKEN_YOU.match(word)
    if found is None:
        return ()
    return (found.group("stem") + ("يد" if found.group("end") == "ين" else "id"),)


_LATIN_WITH_W = re.compile(r"[a-z0-9]*w[a-z0-9]*")


def _w_as_sh(word: str) -> str | None:
    """A Latin-typed word with "w" read as Cyrillic typed in the older chat habit, where w is
    ш or щ as 6 is ("wte" ще, "piwa" пиша; "w" for в is read by the romanisation key): the
    word with 6 for w, or None for a word without a w."""
    return word.replace("w", "6") if _LATIN_WITH_W.fullmatch(word) else None


_UMLAUT_TYPED_OUT = re.compile(r"(?<=[bcdfhjklmnprstvwxz])([aou])e")
"""An umlaut typed out as a vowel and "e" after a consonant ("loeschen", "naechste",
"muessen"): the German way to write ä, ö, ü without them on the keyboard. Not after "q" or
"g", where "ue" is Spanish or French ("que", "guerra")."""

UMLAUT_TYPED_OUT_LETTERS = 5
"""Only in words this long or longer: short words with "ae", "oe" or "ue" are more often
words of other languages as they are ("doe", "tue")."""


def _umlaut_typed_out(word: str) -> str | None:
    """A Latin-typed word with its typed-out umlauts read as the plain vowels that ä, ö and ü
    become once normalised ("loeschen" as "löschen", listed "lösch*"), or None."""
    if len(word) < UMLAUT_TYPED_OUT_LETTERS or not (word.isascii() and word.isalpha()):
        return None
    plain = _UMLAUT_TYPED_OUT.sub(r"\1", word)
    return plain if plain != word else None


def _spoken_endings(word: str) -> tuple[str, ...]:
    """A word as written, from how its ending is said in a region (see the patterns)."""
    if _SPOKEN_INFINITIVE.match(word):
        return (word[:-1] + "en",)
    if present := _SPOKEN_PRESENT.match(word):
        ending = present.group(1)
        return (word[: len(word) - len(ending)] + _PRESENT_ENDINGS[ending],)
    return ()


_REASON_WORDS = shared_words().every("reason_words")
"""Words that begin a reason or a purpose after a request ("trebuie sa anulez programarea
ca lucrez", "اريد احول الكتابة للالماني حتى اتعلم", "scrie-mi in germana ca vreau sa
invat"): the reason is a clause of its own, as after a comma, so the request is said whole."""

_AND_A_WISH = shared_words().every("and_a_wish")
""""And" with a wish ("and i want", "si vreau"): a new clause, as after a comma, so that a
request said whole after a story ("i came yesterday with my family and i want to make an
appointment") is read as said whole."""

_CLAUSE_BREAK = re.compile(
    r"\s*(?:(?:(?<!\d)[,.:]|[,.:](?!\d)|[;!?\u2026\u060c\u061f\u061b\n])+|\s-+\s)\s*"
    r"|\s+(?=(?:" + "|".join(map(re.escape, (*_REASON_WORDS, *_AND_A_WISH))) + r")(?![^\W_]))",
    re.IGNORECASE,
)
"""Where one clause ends and the next begins: a comma, a full stop, a question or exclamation
mark (also the Arabic ones), a semicolon, a colon, a dash between spaces, a new line, before a
word giving a reason (``_REASON_WORDS``) and before "and" with a wish (``_AND_A_WISH``); not a
comma, point or colon inside a number ("39,5", "14:00")."""


def _clause_numbers(text: str, count: int) -> list[int] | None:
    """For each of the message's ``count`` words, which clause it is in (by the same breaks
    as :func:`_clauses`); None where the clauses' words do not add up to the message's."""
    numbers: list[int] = []
    for number, part in enumerate(_CLAUSE_BREAK.split(text)):
        numbers += [number] * len(normalized_message(part).split())
    return numbers if len(numbers) == count else None


def _clauses(text: str) -> list[tuple[str, bool]]:
    """The clauses of a message that have a word in them, each with whether it ends in a
    question mark."""
    parts = _CLAUSE_BREAK.split(text)
    breaks = [match.group() for match in _CLAUSE_BREAK.finditer(text)] + [""]
    return [
        (part, "?" in after or "\u061f" in after)
        for part, after in zip(parts, breaks, strict=True)
        if any(c.isalnum() for c in part)
    ]


FOLDED_SMALL_WORD = 4


def _repeats(positions: set[int], words: Sequence[str]) -> set[int]:
    """The positions, and those of the same words said again: in "eu vreau om, un om
    adevarat" both "om" are the person asked for, though a phrase uses one of them."""
    said = {words[i] for i in positions}
    return positions | {i for i, word in enumerate(words) if word in said}


def _latin_too(entry: str, code: str) -> list[str]:
    """``entry`` normalised, and a Cyrillic one also in the Latin letters of ``code``."""
    forms = [normalize(entry)]
    if has_cyrillic(entry):
        forms.append(transliterate_cyrillic(entry, code))
    return forms


def _folded_set(words: Collection[str]) -> frozenset[str]:
    """Cyrillic words in :func:`slavic_spelling`, from four letters folded ("нада", "мяне";
    shorter, "ака" would take in "якій")."""
    return frozenset(
        folded for word in words if len(folded := slavic_spelling(word)) >= FOLDED_SMALL_WORD
    )


def _spellings(word: str) -> list[str]:
    """:func:`spelling_forms`, and Russian as spelled by Belarusians and migrants."""
    return spelling_forms(word) + slavic_forms(word)


def _spoken_forms(source: YamlSource, issues: list[ContentIssue]) -> dict[str, list[str]]:
    """``spoken``: "typed = written" pairs per language, one word each ("dat = das")."""
    pairs: defaultdict[str, list[str]] = defaultdict(list)
    for code, entries in phrase_lists(source, ("spoken",), issues, required=False).items():
        for index, entry in enumerate(entries):
            left, equals, right = entry.partition("=")
            typed, standard = normalize(left), normalize(right)
            if not equals or len(typed.split()) != 1 or len(standard.split()) != 1:
                issues.append(
                    source.issue(
                        ("spoken", code, index), 'expected "typed = written", one word each'
                    )
                )
                continue
            if standard not in pairs[typed]:
                pairs[typed].append(standard)
    return dict(pairs)


def _said_together(hit: Found, gaps: set[int], words: Sequence[str], index: PhraseIndex) -> bool:
    """A polite formula's words stand side by side ("до завтра", see you tomorrow), or thanks
    with only small words between them ("danke für die hilfe"); apart they say something else
    ("запис до лікаря на завтра": an appointment at the doctor's tomorrow)."""
    if not hit.positions:
        return True
    between = set(range(min(hit.positions), max(hit.positions) + 1)) - hit.positions
    # Thanks with small words between, in the listed order: "için ... yardım eden" is no
    # "yardım için", "как да си сменя" is no "как си".
    return not between or (
        hit.phrase.key[0] is Intent.THANKS  # type: ignore[index]
        and between <= gaps
        and index.in_listed_order(hit, words)
    )


def _social_said(
    found: list[Found],
    polite: set[int],
    gaps: set[int],
    words: Sequence[str],
    index: PhraseIndex,
    blesses: Callable[[Found, Sequence[str]], bool] = lambda hit, words: False,
    signs_off: Callable[[Found], bool] = lambda hit: False,
) -> set[Intent]:
    """The greetings, thanks and goodbyes said, each as a whole formula; one inside a longer
    formula of another kind is part of it ("iyi günler" in "iyi günler dilerim"). A blessing
    (``blesses``: a thanks naming God) says what the formula beside it says: "Doamne ajuta, buna
    seara la toti" greets, "Allah razı olsun, hoşçakalın" takes leave; alone it thanks."""
    said = [
        hit
        for hit in found
        if hit.phrase.key[0] in SOCIAL  # type: ignore[index]
        and hit.positions
        and hit.positions <= polite
        and _said_together(hit, gaps, words, index)
    ]
    said = [
        hit
        for hit in said
        if not any(
            hit.positions < other.positions and other.phrase.key[0] != hit.phrase.key[0]  # type: ignore[index]
            for other in said
        )
    ]
    # A word typed as one formula lists it is no other formula read through a typo: in
    # "lačho đes, sar sen" (Romani: good day, how are you) "lačho" greets; it is not "lache"
    # of "lache sen" (you are kind: thanks).
    said = [
        hit
        for hit in said
        if hit.exact
        or not any(
            other.exact
            and other.positions & hit.positions
            and other.phrase.key[0] != hit.phrase.key[0]  # type: ignore[index]
            for other in said
        )
    ]
    # A formula of one short word ("pa", bye) read from a longer word right after a formula
    # of another kind ("medaase paa": Twi "thank you very much") is a word said with that
    # formula, folded to the short one, not a second formula.
    said = [
        hit
        for hit in said
        if not _short_formula_in_longer_word(hit, words)
        or not any(
            other.phrase.key[0] != hit.phrase.key[0]  # type: ignore[index]
            and min(hit.positions) - 1 in other.positions
            and not _short_formula_in_longer_word(other, words)
            for other in said
        )
    ]
    # "ciao", "servus", "salut" say hello and goodbye: the formula beside them tells which
    # ("ciao, buna ziua" greets, "ciao, bis morgen" takes leave).
    by_kind: defaultdict[Intent, list[Found]] = defaultdict(list)
    for hit in said:
        by_kind[cast(Intent, hit.phrase.key[0])].append(hit)  # type: ignore[index]
    greeted = {i for hit in by_kind[Intent.GREET] for i in hit.positions}
    left = {i for hit in by_kind[Intent.BYE] for i in hit.positions}
    either = greeted & left
    if greeted - either and left and left <= either:
        by_kind.pop(Intent.BYE)
    elif left - either and greeted and greeted <= either:
        by_kind.pop(Intent.GREET)
    thanked = by_kind.get(Intent.THANKS)
    if (
        thanked
        and (by_kind.get(Intent.GREET) or by_kind.get(Intent.BYE))
        and all(
            # a thanks read through a typo inside a longer blessing is that blessing's ("multa"
            # of "multa sanatate" read as "multam")
            blesses(hit, words)
            or (
                not hit.exact
                and any(
                    hit.positions < other.positions and blesses(other, words) for other in thanked
                )
            )
            for hit in thanked
        )
    ):
        by_kind.pop(Intent.THANKS)
    left_with = by_kind.get(Intent.BYE)
    if (
        left_with
        and (by_kind.get(Intent.THANKS) or by_kind.get(Intent.GREET))
        and all(signs_off(hit) for hit in left_with)
    ):
        # "ok thanks a lot, kind regards": a sign-off says no more than the formula beside it.
        by_kind.pop(Intent.BYE)
    return {kind for kind, hits in by_kind.items() if hits}


SHORT_FORMULA = 2
"""Letters of a one-word formula ("pa") that must be typed as it is to be read beside
another formula (see :func:`_social_said`)."""


FILLER_BESIDE_WITHOUT = 3
"""Letters of another filler word that tells a "without" is that language's filler ("miyim",
not "mi")."""


def _short_formula_in_longer_word(hit: Found, words: Sequence[str]) -> bool:
    """A one-word formula of at most SHORT_FORMULA letters, found in a longer typed word."""
    if len(hit.phrase.words) != 1 or len(hit.positions) != 1:
        return False
    listed = hit.phrase.words[0].text.lstrip("~=^")
    return len(listed) <= SHORT_FORMULA and len(words[next(iter(hit.positions))]) > len(listed)


def _formulas_not_broken(found: list[Found]) -> list[Found]:
    """The hits without a thanks, greeting or goodbye whose words stand apart around a word of
    a request found: in "tell me what kind of things you can sort out" the words of "kind of
    you" (thanks) stand around "things" of "what kind of things" (what can you do)."""
    requested = {
        i
        for hit in found
        if hit.phrase.key[0] not in SOCIAL  # type: ignore[index]
        and hit.exact
        for i in hit.positions
    }
    if not requested:
        return found
    return [
        hit
        for hit in found
        if hit.phrase.key[0] not in SOCIAL  # type: ignore[index]
        or not hit.positions
        or not (set(range(min(hit.positions), max(hit.positions) + 1)) - hit.positions) & requested
    ]


_FROM_WORDS = frozenset(normalize(word) for word in shared_words().every("from_words"))


def _countries_not_languages(
    found: list[Found], words: Sequence[str]
) -> tuple[list[Found], set[int]]:
    """The hits without a language read through a typo in the word right after "from", and the
    positions of those words: in "i am Elena from Romania", "sunt Ioana din Romania" the country
    says where the person comes from ("romania" is one letter from "romana"); no language is
    asked for."""
    kept: list[Found] = []
    countries: set[int] = set()
    for hit in found:
        after_from = {p for p in hit.positions if p > 0 and words[p - 1] in _FROM_WORDS}
        if hit.phrase.key[0] is Intent.LANGUAGE and not hit.exact and after_from:  # type: ignore[index]
            countries |= after_from
        else:
            kept.append(hit)
    return kept, countries


def _weekday_names(path: Path) -> list[str]:
    """Every weekday name listed in ``path`` (locales/followups.yaml, ``days``), any language."""
    if not path.exists():
        return []
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or {}
    return [
        str(name)
        for by_day in (data.get("days") or {}).values()
        for names in (by_day or {}).values()
        for name in names or ()
    ]


def _first(intents: set[Intent]) -> Intent | None:
    return next((intent for intent in PRIORITY if intent in intents), None)


def _denies_the_next(
    at: int, others: Collection[int], words: Sequence[str], negation: Collection[str]
) -> bool:
    """Whether the denying word at ``at``, said after one language's name, denies the one
    named just after it instead: in "momken bel 3arabi? mesh fahem el almani" (in Arabic?
    I don't understand German) "mesh" denies German, not Arabic."""
    return words[at] in negation and any(at < other <= at + 3 for other in others)


def _best(scores: Mapping[Intent, tuple[float, bool] | tuple[float, bool, bool]]) -> Intent | None:
    if not scores:
        return None
    top = max(scores.values())
    return next(intent for intent in PRIORITY if scores.get(intent) == top)


def _names_alone(language_names: Mapping[str, Sequence[str]]) -> frozenset[tuple[str, str]]:
    """Each listed name of a language as typed alone (normalised; Cyrillic ones also in Latin
    letters), with its code; a name ending in ``*`` stands for every ending."""
    forms: set[tuple[str, str]] = set()
    for code, names in language_names.items():
        for name in map(str, names):
            wild = name.endswith("*")
            bare = name.rstrip("*")
            spelled = [normalize(bare)]
            if has_cyrillic(bare):
                spelled.append(normalize(transliterate_cyrillic(bare, "ru")))
            forms |= {(form + "*" if wild else form, code) for form in spelled if form}
    return frozenset(forms)


def _arabizi_by_a_typo(hit: Found, words: Sequence[str]) -> bool:
    """A language's name found only with a typo in a word written with an Arabizi digit that
    the name has not: "mn el fari2" (from the team) is no "farsi", "3arbi" is "3arabi"."""
    if hit.exact or any(letter.isdigit() for word in hit.phrase.words for letter in word.text):
        return False
    return any(letter.isdigit() for at in hit.positions for letter in words[at])


def _first_names(text: str, words: Sequence[str]) -> tuple[set[int], set[int]]:
    """Positions of ``words`` that may be people's names, and of those surely names. Maybe:
    typed in Cyrillic with a capital and small letters after it ("Ольге", "Богдан"), of four
    letters or more ("Ако", if, begins a sentence), not beside another such word ("Вилкоммен
    Ойропа" names an offer), not the whole message in capitals. Surely: in Latin letters with
    the Turkish apostrophe before an ending ("Mehmet'e") or before "için" ("Hüseyin için").
    German writes every noun with a capital ("Termin für Deutschkurs"): no other Latin word."""
    if text.isupper():
        return set(), set()
    maybe: list[str] = []
    sure: set[str] = set()
    capitals: list[str] = []
    for match in _NAME.finditer(text):
        token, after = match.group(1), match.group(2) or ""
        if len(token) < 3 or not token[1:].islower():
            continue
        capitals.append(normalized_message(token))
        if after.startswith(("'", "’")) or _FOR_TR.match(after):
            sure.add(normalized_message(token))
        elif has_cyrillic(token) and len(token) >= 4:
            maybe.append(normalized_message(token))
    capital = set(capitals)
    named = {
        at
        for at, word in enumerate(words)
        if word in maybe
        and not (at > 0 and words[at - 1] in capital)
        and not (at + 1 < len(words) and words[at + 1] in capital)
    }
    surely = {at for at, word in enumerate(words) if word in sure}
    return named | surely, surely


_NAME = re.compile(r"(?<!\w)([A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЇІЄҐ]\w+)(?=(['’]\w+|\s+\w+)?)", re.UNICODE)
_FOR_TR = re.compile(r"\s+(için|icin)\b", re.IGNORECASE)
