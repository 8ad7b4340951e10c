"""Staff-written answers (``content/faq.yaml``): what the catalogue has no field for.

The pipeline calls :func:`find_faq` after follow-ups and before offers. A FAQ question is
written in one of two ways (see the header of ``content/faq.yaml``):

- as concepts: ``papiere|ausweis*|dokument* + brauch*|ohne|keine`` is found when one word of
  every group is in the message, in any order and form (``*``: any ending), with typos and
  Cyrillic typed in Latin letters, like the phrases of ``locales/``. "Papiere hab ich keine",
  "brauch ich einen Ausweis" and "ohne Dokumente?" are all the papers entry. These are the
  words people really use, whatever they say around them.
- as a whole question ("ist das kostenlos?"), the way staff add one from the unanswered
  report: matched by the offers' matcher with only function words set aside
  (``Snapshot.faq_matcher``), and answered only when the match is confident.

Either way an offer wins when it is what the message asks for: the words left once the FAQ's
words are set aside name an offer ("ohne Anmeldung zum Deutschkurs?"), or, for a whole
question, the offer matches better ("Deutschkurs anmelden" is the course).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import product

from bot.catalogue.live import Snapshot, is_concept_question
from bot.catalogue.model import FaqEntry
from bot.i18n.word_lists import shared_words
from bot.matching.loanwords import eu_passports
from bot.matching.matcher import MatchResult
from bot.matching.stopwords import OFFER_STOP_WORDS, STOP_WORDS
from bot.understanding.offers import (
    NOT_KNOWING_WHERE_BY_LANGUAGE,
    REASONS_BY_LANGUAGE,
    UNSURE_CARD,
    lacked_things_at,
    lacking_at,
)
from bot.understanding.phrases import (
    PhraseIndex,
    normalized_message,
    parse,
    side_by_side,
    spoken_arabic_forms,
)

EU_PASSPORT_CARD = 75.0
"""An EU passport beside a need the rest of the message names ("ya rabotu ishu, u menya
bolgarskiy pasport, kto pomojet") is no question about papers when the whole names that need's
offer well enough for its card (bot/understanding/offers.py, ``UNSURE_CARD``) and the rest,
without the passport, still names it at all (60: "rabotu ishu bolgarskiy pomojet" 68)."""

REST_NAMES_IT = 70.0
"""When the whole message names an offer for sure, the FAQ's answer gives way if the words
it leaves name the same offer from this score: a whole keyword among up to four words
("actually italian job helps": 73). A stem alone does not ("dau copilul" after "la gradinita"
took the school answer's words: 63), so "vreau sa dau copilul la gradinita" keeps it."""

NEED_CARD = UNSURE_CARD
"""The need beside a staff answer's word wins when the whole message names its offer well
enough for its card ("not what you meant?" at least) and the words the answer leaves name it
better still."""

APPOINTMENT_WORDS = frozenset(
    normalized_message(word) for word in shared_words().every("appointments")
)
"""An appointment beside a staff answer's words says when the answer's matter comes up, not
which offer is asked for: "can i get a translator for my appointment" asks for an interpreter,
though "appointment" alone is a word of the office hours. Only words of one meaning ("час",
"وقت", "запис" are also an hour, time, a recording). Not reviewed by native speakers."""

GROUPS = "+"
ALTERNATIVES = "|"

LACKED_REACH = 2
"""Things a person has none of (time, money, a car: ``lacked_things`` in locales/words.yaml)
bind a "no" or "without" at most this far (in words) from them: "no time", "nu am timp",
"ما معي وقت", "vaktim yok" (see :func:`_bound`)."""


@dataclass(frozen=True)
class _Hit:
    faq_id: str
    positions: frozenset[int]
    letters: int  # letters of the message the entry's phrases used: more is a closer fit
    # words of an entry this one wins over (``wins_over``), said beside it: the reason
    reason: frozenset[int] = frozenset()


class FaqConcepts:
    """The concept questions of every FAQ entry, as phrases found in any order and form."""

    def __init__(self, entries: Iterable[FaqEntry]) -> None:
        entries = tuple(entries)
        # A staff answer asked for by name beats the one its reason names, however many words
        # the reason takes (``wins_over`` in faq.yaml): "нужен переводчик, по-немецки говорю
        # плохо" asks for an interpreter, and weak German is why.
        self._beaten_by: dict[str, set[str]] = {}
        self._beats: dict[str, set[str]] = {}
        for entry in entries:
            for other in entry.wins_over:
                self._beaten_by.setdefault(other, set()).add(entry.id)
                self._beats.setdefault(entry.id, set()).add(other)
        self._index = PhraseIndex(
            (
                phrase
                for entry in entries
                for language, questions in entry.questions.items()
                for question in questions
                if is_concept_question(question)
                for wording in expand(question)
                for phrase in parse(wording, entry.id, language)
            ),
            # "ابني لازم يروح عالمدرسة": spoken "on the" typed onto "school", as the everyday
            # requests read it; not Latin letters by their consonants, which read Romanian
            # "scoala" and "baiatul" as other entries' Arabizi.
            forms=spoken_arabic_forms,
        )

    def find(self, text: str, without_at: frozenset[int] = frozenset()) -> _Hit | None:
        """The entry whose concepts explain most of ``text``; None when none is found, or
        when two entries explain the same amount (no guessing between two answers).
        ``without_at``: where ``text`` says "without" (``IntentPhrases.without_at``)."""
        words = normalized_message(text).split()
        lacked = lacked_things_at(words)
        lacking = lacking_at(words) if lacked else frozenset()
        by_entry: dict[str, set[int]] = {}
        for found in self._index.find(text):
            if len(found.phrase.words) == 1 and not found.exact:
                continue  # one word with a typo is too little: "iskam" is no "ikame"
            if lacked and _bound(found.positions & lacking, lacked, found.positions):
                # "i want to learn german but i have no time in the morning": the "no" is the
                # time's, not the German's (no coming without German).
                continue
            by_entry.setdefault(str(found.phrase.key), set()).update(found.positions)
        hits = sorted(
            (
                _Hit(faq_id, frozenset(used), sum(len(words[i]) for i in used))
                for faq_id, used in by_entry.items()
            ),
            key=lambda hit: (-len(hit.positions), -hit.letters, hit.faq_id),
        )
        if not hits:
            return None
        hits = _shared_word_to_its_neighbour(hits)
        # "bez prevodach moga li da doida": the interpreter named only as what the person would
        # come without asks whether their German is enough (the answer it wins over, found too).
        # So does "ممكن اجي بدون مترجم": the entry's word of asking ("ممكن", may I) stands
        # before the "without", its interpreter after it, and the answer it wins over reads
        # the interpreter as what the person would come without.
        after_without = _after_without(words, without_at)
        hits = [
            hit
            for hit in hits
            if not (
                hit.positions & after_without
                and all(at in after_without or at < min(without_at) for at in hit.positions)
                and any(
                    other.faq_id in self._beats.get(hit.faq_id, ())
                    and hit.positions & after_without <= other.positions
                    for other in hits
                )
            )
        ]
        entries = {hit.faq_id for hit in hits}
        asked_for = set().union(*(self._beaten_by.get(faq_id, ()) for faq_id in entries))
        for hit in hits:
            if hit.faq_id in asked_for:
                # beside the reason that named another entry: its words, and those between
                # them ("slabo rozumiyu nimetsku": understand), are the reason too
                beaten = self._beats.get(hit.faq_id, set())
                said = {at for other in hits if other.faq_id in beaten for at in other.positions}
                reason = set(range(min(said), max(said) + 1)) if said else set()
                return replace(hit, reason=frozenset(reason - hit.positions))
        if len(hits) > 1 and (len(hits[1].positions), hits[1].letters) == (
            len(hits[0].positions),
            hits[0].letters,
        ):
            return None
        return hits[0]


def _bound(said: frozenset[int], lacked: frozenset[int], positions: frozenset[int]) -> bool:
    """Whether a word of lacking of a concept found at ``positions`` (at ``said``: "no",
    "keine", "nu", "ما") is bound to a lacked thing beside it (at ``lacked``, not one of the
    concept's own words): the thing stands at most :data:`LACKED_REACH` words from it, and no
    farther than the concept's other words (its words of lacking aside). In "ich will deutsch
    lernen aber habe morgens keine zeit" the "keine" is the time's; in "kein deutsch, keine
    zeit" the first "kein" still is the German's."""
    # the concept's own noun ("german"), not the words of lacking nor those right beside one
    # ("n am", "don t"): "kein deutsch" stays the German's
    rest = {at for at in positions - said if not any(abs(at - no) == 1 for no in said)}
    if not rest:
        return False
    for at in said:
        others = min(abs(other - at) for other in rest)
        if any(
            thing not in positions and abs(thing - at) <= min(LACKED_REACH, others)
            for thing in lacked
        ):
            return True
    return False


def _after_without(words: list[str], without_at: frozenset[int]) -> set[int]:
    """Positions of the words right after a word for "without" (at ``without_at``), small
    words between them skipped ("without an interpreter", "ohne einen Dolmetscher")."""
    after: set[int] = set()
    for at in sorted(without_at):
        for later in range(at + 1, len(words)):
            after.add(later)
            if words[later] not in STOP_WORDS:
                break
    return after


def _shared_word_to_its_neighbour(hits: list[_Hit]) -> list[_Hit]:
    """The best two entries, when they use as many words and share one: the entry whose words
    stand together first. A word like "ohne" belongs to the word right beside it: in "wo kann
    ich deutsch lernen ohne geld" it binds to the money (a cost question about the course),
    not to the German further off (coming without German)."""
    if len(hits) < 2:
        return hits
    first, second = hits[0], hits[1]
    if len(first.positions) != len(second.positions) or not first.positions & second.positions:
        return hits
    if side_by_side(second.positions) and not side_by_side(first.positions):
        return [second, first, *hits[2:]]
    return hits


def expand(question: str) -> list[str]:
    """``a|b + c`` as the phrases it stands for: ``a c`` and ``b c``."""
    groups = [
        [word.strip() for word in group.split(ALTERNATIVES) if word.strip()]
        for group in question.split(GROUPS)
    ]
    groups = [group for group in groups if group]
    return [" ".join(words) for words in product(*groups)] if groups else []


_concepts: dict[int, tuple[object, FaqConcepts]] = {}
_by_wording: dict[tuple[object, ...], FaqConcepts] = {}


def _wording(entries: Iterable[FaqEntry]) -> tuple[object, ...]:
    """All that :class:`FaqConcepts` is built from: equal for two readings of one faq.yaml."""
    return tuple(
        (
            entry.id,
            entry.wins_over,
            tuple((code, tuple(asked)) for code, asked in entry.questions.items()),
        )
        for entry in entries
    )


def concepts_of(snapshot: Snapshot) -> FaqConcepts:
    """Built once per wording of the FAQ's questions (building takes about half a second): a
    reload that left them as they were, or a second core in one process (a terminal next to
    its mediator, each test), shares them; a handful kept at most."""
    faq = snapshot.catalogue.faq
    cached = _concepts.get(id(faq))
    if cached is None or cached[0] is not faq:
        wording = _wording(faq.values())
        concepts = _by_wording.get(wording)
        if concepts is None:
            if len(_by_wording) >= 4:
                _by_wording.clear()
            concepts = _by_wording[wording] = FaqConcepts(faq.values())
        if len(_concepts) >= 4:
            _concepts.clear()
        cached = (faq, concepts)
        _concepts[id(faq)] = cached
    return cached[1]


def faq_words(text: str, snapshot: Snapshot) -> frozenset[int]:
    """Where the words of the FAQ entry found in ``text`` are: "acte" in "ce acte trebuie sa
    aduc" asks about papers, it does not name the office hours (whose keyword it also is)."""
    hit = concepts_of(snapshot).find(text)
    return hit.positions if hit is not None else frozenset()


def words_beside_faq(text: str, snapshot: Snapshot) -> str:
    """The words of ``text`` outside the FAQ entry's own words found in it (all of them for a
    whole question): what else the message is about."""
    used = faq_words(text, snapshot)
    return " ".join(w for at, w in enumerate(normalized_message(text).split()) if at not in used)


def find_faq(
    text: str, snapshot: Snapshot, offers: MatchResult, without_at: frozenset[int] = frozenset()
) -> str | None:
    """The id of the FAQ entry that answers ``text`` confidently, or None.

    ``offers`` is the offer matcher's result for the same text: an offer wins when it is
    confident both for the whole text and for the words the FAQ leaves; for a whole-question
    match, when it matches better. ``without_at``: where ``text`` says "without".
    """
    hit = concepts_of(snapshot).find(text, without_at)
    if hit is not None and offers.confident and _across_a_reason(text, hit.positions):
        # "بدي اتعلم الماني لانو ما بفهم على الدكتور": German in the need, "not" in the reason
        # (because I do not understand the doctor); no staff question is said in one clause,
        # and the need names its offer for sure.
        return None
    if hit is not None and offers.top is not None and _not_knowing_where(text, hit.positions):
        # "as vrea sa invat germana da nu stiu unde" (found in a trial): "not" is in "I don't
        # know where", the course is asked for and where it is; no lack of German is told.
        return None
    if hit is not None:
        # "ohne Anmeldung zum Deutschkurs?": the rest names the course, and the whole does too.
        # "jobcenterdan mektup geldi yardim eder misiniz": "help" alone names no offer.
        # "у меня латвийский паспорт ищу работу": the passport is the papers entry's word,
        # but the rest names work for sure, and the whole does too, if less surely.
        # The words of a staff question the found one wins over are the reason, no offer's
        # name: in "i dont speak german, is there someone to translate" German is the language
        # the person lacks (the answer on coming without German), not the course asked for.
        used = hit.positions | hit.reason | _how_it_works_at(text)
        rest = _words_left(text, used, _reason_start(text, hit.positions))
        other = snapshot.matcher.match(rest) if rest else None
        # Sure by the words themselves, not only by the optional model's reading: with it,
        # "как да запиша детето на училище" made the parents' café sure and lost the school.
        # (The need before a reason counts as words: "عايزة أتعلم ألماني عشان أحكي مع المدرسين"
        # names the course for sure before its reason, the teachers.)
        # Nor by the staff answer's own words when they are the offer's keyword too: in
        # "детето ми още няма място в детска градина" the kindergarten is the school answer's
        # word and one of the parents' café's; a kindergarten place is asked for.
        sure_by_words = (
            offers.confident
            and not offers.by_meaning
            and not _named_by_its_words(text, hit.positions, snapshot, offers)
        )
        named = (
            other is not None
            and other.top is not None
            # "i got an italian passport and need a job": the whole names work for sure (an EU
            # passport beside a work need), the rest less surely, but the same offer
            and (
                other.confident
                or (sure_by_words and other.top.score >= REST_NAMES_IT)
                # "търся работа ..., кой ще ми помогне с документите": the need (work) names
                # its offer well enough for its card in the whole and better still in the
                # rest; the papers add nothing to it, they are what the person needs help
                # with there. ("mein kind braucht einen kitaplatz": the kita place is the
                # parents' café's topic too, and the school answer stays.)
                or (
                    offers.top is not None
                    and offers.top.score >= NEED_CARD
                    and other.top.score > offers.top.score
                    and not offers.another_topic
                )
                or (
                    _an_eu_passport(text, hit.positions)
                    and offers.top is not None
                    and offers.top.score >= EU_PASSPORT_CARD
                )
            )
            and offers.top is not None
            # A tie at the top of the rest counts: "macar pasaportum var, iş lazım, kim yardım
            # eder" leaves work and help, the job counselling's and the office hours' words.
            and _first_or_tied(other, offers.top.offer_id)
            # The answer's own offer is a button under it: "писмо от jobcenter не разбирам"
            and offers.top.offer_id != snapshot.catalogue.faq[hit.faq_id].offer_id
        )
        return None if named else hit.faq_id
    if offers.another_topic:
        # "where is the post office to send a letter": a whole question like a staff answer's
        # ("letter"), but about a place we are not
        return None
    found = snapshot.faq_matcher.match(text)
    if not found.confident or found.top is None:
        return None
    if offers.confident and offers.top is not None and offers.top.score > found.top.score:
        return None
    return found.top.offer_id


HOW_IT_WORKS = tuple(
    sorted(
        {
            tuple(normalized_message(phrase).split())
            for phrase in shared_words().every("how_it_works")
        },
        key=len,
        reverse=True,
    )
)
""""How does it work" and its like (``locales/words.yaml``, ``how_it_works``): the work there is
how a thing goes, no job. Not reviewed by native speakers."""


def _how_it_works_at(text: str) -> frozenset[int]:
    """Where ``text`` asks how a thing works (:data:`HOW_IT_WORKS`), as word positions."""
    words = normalized_message(text).split()
    for pattern in HOW_IT_WORKS:
        for start in range(len(words) - len(pattern) + 1):
            if tuple(words[start : start + len(pattern)]) == pattern:
                return frozenset(range(start, start + len(pattern)))
    return frozenset()


def _first_or_tied(result: MatchResult, offer_id: str) -> bool:
    """Whether ``offer_id`` is ``result``'s best offer, alone or tied with another."""
    top = result.top
    return top is not None and any(
        candidate.offer_id == offer_id and candidate.score >= top.score
        for candidate in result.candidates
    )


def _an_eu_passport(text: str, used: frozenset[int]) -> bool:
    """Whether a word at ``used`` is a passport read as an EU passport (beside an EU country's
    adjective: bot/matching/loanwords.py), as the offers' matcher reads it."""
    words = normalized_message(text).split()
    kept = [at for at, word in enumerate(words) if word not in OFFER_STOP_WORDS]
    read = eu_passports([words[at] for at in kept])
    # The passport word itself may stay as it was ("passport" is already the keywords' word);
    # its country beside it is what changed ("suedi" read as "european").
    return any(
        at in used
        and any(
            read[near] != words[kept[near]] for near in range(i - 2, i + 3) if 0 <= near < len(kept)
        )
        for i, at in enumerate(kept)
    )


def _word_runs(by_language: dict[str, str]) -> set[tuple[str, ...]]:
    """Each listed phrase (``" | "``-separated per language) as its normalized words."""
    return {
        tuple(normalized_message(words).split())
        for listed in by_language.values()
        for words in listed.split("|")
        if normalized_message(words).split()
    }


_REASONS = tuple(sorted(_word_runs(REASONS_BY_LANGUAGE), key=len, reverse=True))


def _reason_start(text: str, used: frozenset[int]) -> int | None:
    """Where the reason for asking begins (:data:`REASONS_BY_LANGUAGE`), when it follows every
    word of the FAQ's question; None when there is none."""
    words = normalized_message(text).split()
    after = max(used, default=-1) + 1
    for at in range(max(after, 1), len(words)):
        for reason in _REASONS:
            if tuple(words[at : at + len(reason)]) != reason:
                continue
            if reason == ("ca",) and words[at + 1 : at + 2] == ["sa"]:
                continue  # "ca sa": so that ("ca-s", because I am, is a reason)
            return at
    return None


def _named_by_its_words(
    text: str, used: frozenset[int], snapshot: Snapshot, offers: MatchResult
) -> bool:
    """Whether the words at ``used`` (a staff answer's) alone name the offer ``offers`` is sure
    of, for sure: the whole is then sure of it by the answer's own words."""
    if offers.top is None:
        return False
    words = normalized_message(text).split()
    own = snapshot.matcher.match(" ".join(words[at] for at in sorted(used) if at < len(words)))
    return own.confident and own.top is not None and own.top.offer_id == offers.top.offer_id


def _across_a_reason(text: str, used: frozenset[int]) -> bool:
    """Whether the words at ``used`` stand on both sides of a word that begins the reason for
    asking (:data:`REASONS_BY_LANGUAGE`): some in the question, some in the reason."""
    words = normalized_message(text).split()
    first, last = min(used, default=0), max(used, default=0)
    for at in range(first + 1, last):
        for reason in _REASONS:
            if tuple(words[at : at + len(reason)]) != reason:
                continue
            if reason == ("ca",) and words[at + 1 : at + 2] == ["sa"]:
                continue  # "ca sa": so that
            return True
    return False


_NOT_KNOWING = tuple(_word_runs(NOT_KNOWING_WHERE_BY_LANGUAGE))


def _not_knowing_where(text: str, used: frozenset[int]) -> bool:
    """Whether a word at ``used`` is part of "I don't know where (when, how)"
    (:data:`NOT_KNOWING_WHERE_BY_LANGUAGE`)."""
    words = normalized_message(text).split()
    return any(
        tuple(words[at : at + len(said)]) == said and used & set(range(at, at + len(said)))
        for at in range(len(words))
        for said in _NOT_KNOWING
    )


def _words_left(text: str, used: frozenset[int], until: int | None = None) -> str:
    """The message without the FAQ's words and without the words that name no offer (an
    appointment neither); only the words before ``until`` (the reason for asking) when given."""
    return " ".join(
        word
        for position, word in enumerate(normalized_message(text).split())
        if position not in used
        and word not in STOP_WORDS
        and word not in APPOINTMENT_WORDS
        and (until is None or position < until)
    )


__all__ = ["FaqConcepts", "expand", "faq_words", "find_faq"]
