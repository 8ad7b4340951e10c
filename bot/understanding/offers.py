"""Which offer a question is about: the rapidfuzz matcher, and how sure the bot acts on it."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.catalogue.live import Snapshot
from bot.i18n.word_lists import load_word_lists, shared_words
from bot.matching.elsewhere import authority_asked_at, drink_asked_for, names_another_topic
from bot.matching.matcher import Matcher, MatchResult
from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic
from bot.understanding.needs import names_a_need
from bot.understanding.result import ANSWERING, Outcome

MATCH_LIMIT = 3

UNSURE_CARD = 75.0
"""One plausible offer from this score: its card and a "not what you meant?" button, rather
than a "did you mean" with a single option. 76 is a whole keyword with 2 of 5 topic words
explained ("ami za kafeto na roditelite razkaji"); off-topic questions that name no other
topic (bot/matching/elsewhere.py) scored at most 74.7 on the development sets ("how do i send
money to romania"). Measured on dev, dev2, heldout2, heldout3 and the offer probes, without
the model: 80 -> 75 answers 12 more of heldout3's 120 offer questions (67 -> 77 %) and none
of the 284 off-topic lines; at 73, 4 of dev's 43 off-topic lines get a card."""

UNSURE_CARD_FOR_A_NEED = 70.0
"""The same for a question that describes a need (bot/understanding/needs.py: looking for
something, a place where, people to meet): "kade moga da zakusvam s drugi hora i da se
zapoznaya" explains fewer of its words than a question naming the offer, but says it wants to
meet people. Measured without the model on every development set (heldout16 half A, not half B):
between 70 and 75, 10 such needs were right and one question was not ours (a pregnant woman
looking for a doctor: another topic now, bot/matching/elsewhere.py); the off-topic lines
there, about 150, describe no need and keep 75. Only for a message naming no other topic."""

UNSURE_MARGIN = 15.0
"""A runner-up this far behind is not plausible: the top offer is the only one left."""


WORDS_FILE = "offer_words.yaml"
_LISTS = load_word_lists(
    WORDS_FILE,
    (
        "purpose_before",
        "work_as_purpose",
        "reasons",
        "not_knowing_where",
        "origin",
        "naming",
        "for_someone",
        "but_before_a_lack",
        "own_work",
        "look_alikes",
        "not_needed",
    ),
)
"""The words of each list, per language: data in ``locales/offer_words.yaml``, not code."""

_LOOK_ALIKES = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            (re.escape(normalize(phrase)) for phrase in _LISTS.every("look_alikes")),
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
"""Phrases of one language that hold another language's keyword word ("kind of": German
"Kind"); ``locales/offer_words.yaml``, ``look_alikes``."""


def without_look_alikes(text: str) -> str:
    """``text`` normalised, without :data:`_LOOK_ALIKES` ("what kind of course": "course")."""
    return _LOOK_ALIKES.sub(" ", normalize(text))


PURPOSE_BEFORE = frozenset(
    normalize(words)
    for listed in _LISTS.phrases("purpose_before").values()
    for words in listed.split("|")
)
"""Words that begin the reason for a need, said after it: "хочу вивчити мову, щоб знайти
роботу" asks for the German course; the work is why. Not reviewed by native speakers."""

WORK_AS_PURPOSE = frozenset(
    normalize(words)
    for listed in _LISTS.phrases("work_as_purpose").values()
    for words in listed.split("|")
)
"""Work said as what a need is for ("мне нужен немецкий для работы", "iskam nemski za rabotata"):
a purpose like :data:`PURPOSE_BEFORE`, the need is said before it. Not reviewed by native
speakers."""

REASONS_BY_LANGUAGE = _LISTS.phrases("reasons")
"""Words that begin the reason for asking, said after the question: "bei euch ist alles ohne
geld? ich frage weil im moment keine arbeit" asks about the cost; being out of work is why
("trebe sa dau vreun ban pe servicii, ca-s somer acuma", "гроші з мене візьмете чи ні, бо
пенсія копійки"). An offer named only in the reason does not outweigh the staff answer.
Romanian "ca" before "sa" is a purpose ("so that"), not a reason; Bulgarian "заради",
Russian "из-за" (because of) begin one before a noun ("немски ми трябва заради работата").
Not reviewed by native speakers."""

NOT_KNOWING_WHERE_BY_LANGUAGE = _LISTS.phrases("not_knowing_where")
"""Not knowing where, when or how, said beside a need (locales/offer_words.yaml): its "not"
negates the knowing, not the need."""

PURPOSE_AFTER = frozenset(shared_words().every("purpose_after"))
"""The same said before the need: "iş bulabilmek için dili öğrenmem lazım" (Turkish için)."""


def _the_need(text: str) -> str | None:
    """The part of ``text`` that states the need, when a reason is given beside it."""
    words = normalize(text).split()
    for at in range(1, len(words) - 1):
        for length in (3, 2, 1):
            said = " ".join(words[at : at + length])
            if said in PURPOSE_BEFORE or said in WORK_AS_PURPOSE:
                return " ".join(words[:at])
        if words[at] in PURPOSE_AFTER:
            return " ".join(words[at + 1 :])
    return None


REASON_BEFORE = frozenset(
    normalize(words)
    for listed in REASONS_BY_LANGUAGE.values()
    for words in listed.split("|")
    if normalize(words)
)


def _before_the_reason(text: str) -> str | None:
    """The part of ``text`` before the reason why it is asked (:data:`REASONS_BY_LANGUAGE`):
    "baddi et3allam el lugha la2anno ma 3am efham 7ada" (because I understand nobody) says
    its need first; None when no reason follows a need."""
    words = normalize(text).split()
    for at in range(1, len(words) - 1):
        for length in (3, 2, 1):
            if " ".join(words[at : at + length]) in REASON_BEFORE:
                return " ".join(words[:at])
    return None


BUT_BEFORE_A_LACK = frozenset(
    normalize(words)
    for listed in _LISTS.phrases("but_before_a_lack").values()
    for words in listed.split("|")
    if normalize(words)
)
"""Words for "but" before a thing the person has none of: the need is said before them."""

LACKED_THINGS = tuple(
    (normalize(word.rstrip("*")), word.endswith("*"))
    for word in shared_words().every("lacked_things")
)
"""Things a person says they have none of (time, money, a car, papers, work; "*" ends a
stem), in locales/words.yaml. Not reviewed by native speakers."""


LACKING = tuple(
    (normalize(word.rstrip("*")), word.endswith("*")) for word in shared_words().every("lacking")
)
"""Words of lacking ("no", "without", "keine", "nu", "ما", "yok", "ندارم"; "*" ends a stem), in
locales/words.yaml. Not reviewed by native speakers."""


def lacking_at(words: list[str]) -> frozenset[int]:
    """Where ``words`` (normalised) say "no", "not" or "without"."""
    return _listed_at(words, LACKING)


def lacked_things_at(words: list[str]) -> frozenset[int]:
    """Where ``words`` (normalised) name a thing a person may have none of."""
    return _listed_at(words, LACKED_THINGS)


def _listed_at(words: list[str], listed: tuple[tuple[str, bool], ...]) -> frozenset[int]:
    return frozenset(
        at
        for at, word in enumerate(words)
        if any(word.startswith(entry) if stem else word == entry for entry, stem in listed)
    )


OWN_WORK = frozenset(
    normalize(words)
    for listed in _LISTS.phrases("own_work").values()
    for words in listed.split("|")
    if normalize(words)
)
"""Words for working oneself ("ich arbeite", "lucrez", "работаю"), said after "but"."""

OWN_WORK_WORDS = 4
"""The longest phrase of ``own_work``, in words."""


def _own_work_at(words: list[str]) -> frozenset[int]:
    """Where ``words`` (normalised) begin a phrase for working oneself (:data:`OWN_WORK`)."""
    return frozenset(
        at
        for at in range(len(words))
        for length in range(1, OWN_WORK_WORDS + 1)
        if " ".join(words[at : at + length]) in OWN_WORK
    )


def need_before_a_lack(text: str) -> bool:
    """Whether ``text`` says a need before "but" and a lack (:func:`_before_a_lack`)."""
    return _before_a_lack(text) is not None


def _before_a_lack(text: str) -> str | None:
    """The part of ``text`` before "but" and a thing the person has none of: "ich will deutsch
    lernen aber habe morgens keine zeit" asks for the course; no time in the morning is why
    (its words are no other offer's). So is one's own work after "but": "ich möchte deutsch
    lernen aber ich arbeite bis 14 uhr" asks for the course, the working hours are why, no work
    is asked for. None when no such "but" follows a need."""
    words = normalize(text).split()
    working = _own_work_at(words)
    lacked = lacked_things_at(words) | working
    if not lacked:
        return None
    for at in range(1, len(words) - 1):
        for length in (2, 1):
            if " ".join(words[at : at + length]) not in BUT_BEFORE_A_LACK:
                continue
            if max(lacked) > at:
                return " ".join(words[:at])
            if at - 1 in working and at > 1:
                # "ich will deutsch lernen, arbeite aber bis mittags": "but" after the verb
                return " ".join(words[: at - 1])
    return None


LACK_REACH = 2
"""At most this many words from a word of lacking to the thing lacked ("keine zeit", "ما عندي
وقت", "vaktim yok")."""


def _without_a_lack(text: str) -> str | None:
    """``text`` without the lack it tells of, a word of lacking and the thing lacked beside it
    ("ما عندي وقت الصبح، في كورس الماني المسا": no time in the morning; "sonst krieg ich keine
    arbeit"): what is left asks for the offer. None when no lack is told."""
    words = normalize(text).split()
    things = lacked_things_at(words)
    if not things:
        return None
    told: set[int] = set()
    for no in lacking_at(words):
        for thing in things:
            if 0 < abs(thing - no) <= LACK_REACH:
                told.update(range(min(thing, no), max(thing, no) + 1))
    if not told:
        return None
    return " ".join(word for at, word in enumerate(words) if at not in told) or None


def _need_before_reason(text: str, matcher: Matcher, result: MatchResult) -> MatchResult:
    """One offer for the need and perhaps one for the reason: the need's offer answers. The
    need is said before its purpose ("so that", "щоб") or before the reason why it is asked
    ("because", "la2anno", "چون"): an offer the reason's words suggest ("the doctor") or
    words the catalogue does not know there do not make the need unsure. (Only the purpose
    is left out when other topics are looked for: a topic we do not serve in the reason
    still keeps the answer a guess, see :func:`match_offers`.)"""
    found = _part_names_its_offer(_the_need(text), matcher, result)
    if found.confident:
        return found
    found = _part_names_its_offer(_before_the_reason(text), matcher, result)
    if found.confident:
        return found
    found = _part_names_its_offer(_before_a_lack(text), matcher, result)
    if found.confident:
        return found
    return _part_names_its_offer(_without_a_lack(text), matcher, result)


def _part_names_its_offer(part: str | None, matcher: Matcher, result: MatchResult) -> MatchResult:
    """Offers found, and ``part`` of the message (the need) names one of them confidently: that
    one answers. Also when it is the only one: "عايزة أتعلم ألماني عشان أحكي مع الدكتور" (to talk
    with the doctor) explains half its words by the course, its need all of them."""
    if part is None or not result.candidates:
        return result
    focused = matcher.match(part, limit=MATCH_LIMIT)
    if not focused.confident or focused.top is None:
        return result
    wanted = focused.top.offer_id
    ordered = sorted(result.candidates, key=lambda candidate: candidate.offer_id != wanted)
    if ordered[0].offer_id != wanted:
        return result  # the part names an offer the whole question does not: leave it
    return replace(result, candidates=ordered, confident=True)


ORIGIN_BY_LANGUAGE = _LISTS.phrases("origin")
"""Where the person comes from, said in the first person: the country then names who is asking,
not a topic ("caut de lucru, sunt din romania": work is asked for, not the Romanian breakfast).
``*`` is the one word of the place. Not reviewed by native speakers."""


def _origin_patterns() -> tuple[tuple[str, ...], ...]:
    patterns: set[tuple[str, ...]] = set()
    for language, listed in ORIGIN_BY_LANGUAGE.items():
        for pattern in listed.split("|"):
            forms = [pattern]
            if has_cyrillic(pattern):
                # Bulgarian "ъ" typed "a" or "u": "ot bulgaria sam", "ot bulgaria sum"
                spellings = {pattern, pattern.replace("ъ", "у") if language == "bg" else pattern}
                forms.extend(
                    " ".join(
                        word if word == "*" else transliterate_cyrillic(word, language)
                        for word in spelling.split()
                    )
                    for spelling in sorted(spellings)
                )
            for form in forms:
                for glued in (True, False):
                    words = (_origin_word(word, glued=glued) for word in form.split())
                    patterns.add(tuple(part for parts in words for part in parts))
    # Longest first; equal lengths in a fixed order (a set's order changes with the hash seed).
    return tuple(sorted(patterns, key=lambda pattern: (-len(pattern), pattern)))


def _origin_word(word: str, *, glued: bool) -> list[str]:
    """One word of an origin pattern as matched: ``*`` the place; ``*dan`` a case ending written
    onto the place ("romanyadan", glued) or after an apostrophe ("romanya'dan", which
    :func:`normalize` splits: the place, then "dan")."""
    if word == "*":
        return ["*"]
    if word.startswith("*"):
        ending = normalize(word[1:])
        return [f"*{ending}"] if glued else ["*", ending]
    return normalize(word).split()


MIN_PLACE_CHARS = 5
"""The letters a place needs before a case ending written onto it ("*dan", "*liyim"): "bundan"
(from this), "benden" (from me), "buradan" (from here) name no place; "iran", "fas" stay
unread that way (said with an apostrophe they still are: "iran'dan")."""


def _origin_word_matches(want: str, word: str) -> bool:
    if want == "*":
        return word not in _ORIGIN_PATTERN_WORDS
    if want.startswith("*"):
        ending = want[1:]
        return word.endswith(ending) and len(word) - len(ending) >= MIN_PLACE_CHARS
    return word == want


ORIGIN_PATTERNS = _origin_patterns()
_ORIGIN_PATTERN_WORDS = frozenset(
    want for pattern in ORIGIN_PATTERNS for want in pattern if "*" not in want
)
"""The patterns' own words are never the place: in "me sem andar e Rumunia" the article "e"
is not read as the place of "me sem andar *" ("sem andar e *" names Rumunia)."""
_ORIGIN_LITERALS = tuple(
    frozenset(want for want in pattern if not want.startswith("*")) for pattern in ORIGIN_PATTERNS
)
"""Each pattern's own words: one missing from a message, the pattern cannot match there. Read
for every message without an offer, so most patterns are ruled out by one set test."""


def _without_origin(text: str) -> str | None:
    """``text`` without where the person says they come from (:data:`ORIGIN_BY_LANGUAGE`), or
    None when it does not say so (or says nothing else)."""
    return _origin_stripped(text) or None


def _origin_stripped(text: str) -> str | None:
    """``text`` without where the person says they come from, "" when that is all it says, None
    when it does not say so."""
    words = normalize(text).split()
    present = frozenset(words)
    for pattern, literals in zip(ORIGIN_PATTERNS, _ORIGIN_LITERALS, strict=True):
        if not literals <= present:
            continue
        for start in range(len(words) - len(pattern) + 1):
            if all(
                _origin_word_matches(want, word)
                for want, word in zip(pattern, words[start : start + len(pattern)], strict=True)
            ):
                return " ".join(words[:start] + words[start + len(pattern) :])
    return None


NAMING_BY_LANGUAGE = _LISTS.phrases("naming")
"""Words that give the person's name, the name after them: "zdrasti, kazvam se Gergana ot Ruse
sum" greets and introduces Gergana (no "german" read through a typo). Not reviewed by native
speakers."""

NAMING_PATTERNS = tuple(
    sorted(
        {
            tuple(normalize(words).split())
            for listed in NAMING_BY_LANGUAGE.values()
            for words in listed.split("|")
            if normalize(words)
        },
        key=len,
        reverse=True,
    )
)

_BEING = frozenset(
    normalize(word) for name in ("being", "introducing") for word in shared_words().every(name)
)
""""To be" said after the name or the place ("Petya sam", "Reza hastam"), "I" and "came"
("ich bin Ana aus Rumänien", "avilem katar Rumunia")."""


def only_introduces(text: str, *, with_origin: bool = False) -> bool:
    """Whether ``text`` only gives the person's name (:data:`NAMING_BY_LANGUAGE` and the one
    word after it), perhaps where they come from (:data:`ORIGIN_BY_LANGUAGE`) and "to be":
    nothing is asked. ``with_origin``: only when it says where they come from, too ("me sem o
    Marko, avilem katar o Kosovo" introduces; "this is wrong" names no one)."""
    words = normalize(text).split()
    for pattern in NAMING_PATTERNS:
        size = len(pattern)
        for start in range(min(2, len(words) - size) + 1):
            if tuple(words[start : start + size]) != pattern or start + size >= len(words):
                continue
            left, origin = _left_beside_origin(words[:start] + words[start + size + 1 :])
            return not left and (origin or not with_origin)
    return False


def says_where_from(text: str) -> bool:
    """Whether ``text`` says where the person comes from and nothing more than perhaps their
    name, the greeting that named them set aside: "ana aus rumänien" after "hallo, ich heiße"."""
    left, origin = _left_beside_origin(normalize(text).split())
    return origin and len(left) <= 1


def introduces_with_origin(text: str) -> bool:
    """Whether ``text`` says who the person is and where they come from, and nothing more:
    "I" or "to be", one word more (the name) and the place, a name written with a capital:
    "i am Elena from Romania", "sunt Ioana din Romania". Not "breakfast from romania" (no one
    is named) nor "i am sick from yesterday" (no name: "from" is "since")."""
    words = normalize(text).split()
    left, origin = _left_beside_origin(words)
    return (
        origin
        and len(left) <= 1
        and any(word in _BEING for word in words)
        and any(typed[0].isupper() for typed in _TYPED_WORD.findall(text)[1:])
    )


_TYPED_WORD = re.compile(r"[^\W\d_]+")


def _left_beside_origin(rest: list[str]) -> tuple[list[str], bool]:
    """The words of ``rest`` left once where the person comes from and "to be" are set aside,
    and whether it says where they come from."""
    origin = False
    if rest and (without := _origin_stripped(" ".join(rest))) is not None:
        rest, origin = without.split(), True
    left: list[str] = []
    after_from = False
    for word in rest:
        if word in _ORIGIN_WORDS:
            after_from = origin = True  # "ot Sliven", "az Mashhad": the place after it
        elif not after_from and word not in _BEING:
            left.append(word)
        else:
            after_from = False
    return left, origin


_ORIGIN_WORDS = frozenset(normalize(word) for word in shared_words().every("from_words"))


def _need_beside_origin(text: str, matcher: Matcher, result: MatchResult) -> MatchResult:
    """Two offers found, one for the need and one for the country the person comes from ("de
    fapt caut de lucru, sunt din romania"): the need's offer answers when the rest names it.
    So it does when the place's words hid the need from the whole message ("romanyadan geldik,
    is lazim", "bulgaristanliyiz, kocam icin is var mi": the Romanian breakfast or nothing at
    all): where the person comes from says who asks, the rest is the question."""
    rest = _without_origin(text)
    found = _part_names_its_offer(rest, matcher, result)
    if found.confident or rest is None:
        return found
    focused = matcher.match(rest, limit=MATCH_LIMIT)
    return focused if focused.confident else found


FOR_SOMEONE = tuple(
    sorted(
        {
            tuple(normalize(phrase).split())
            for listed in _LISTS.phrases("for_someone").values()
            for phrase in listed.split("|")
            if phrase.strip()
        },
        key=len,
        reverse=True,
    )
)
"""Words for who else a question is for ("for my coworker", "pentru colega mea", "для моей
подруги"), in ``locales/offer_words.yaml``: see :func:`_without_whom_for`."""


def _without_whom_for(text: str) -> str | None:
    """``text`` without the words for who else it is for and the word after them (the person's
    name: "for my coworker Ioana"), or None when it has none of them (or nothing else)."""
    words = normalize(text).split()
    for pattern in FOR_SOMEONE:
        for start in range(len(words) - len(pattern) + 1):
            if tuple(words[start : start + len(pattern)]) == pattern:
                end = start + len(pattern)
                rest = words[:start] + words[end + 1 :]
                return " ".join(rest) or None
    return None


def _for_someone_else(text: str, matcher: Matcher, result: MatchResult) -> MatchResult:
    """The offers found without the words for who else asks (:func:`_without_whom_for`):
    confidently named there, that offer answers; named better there than in the whole ("spune-mi
    despre cafeneaua parintilor pentru colega mea Ana"), the rest's match stands."""
    rest = _without_whom_for(text)
    found = _part_names_its_offer(rest, matcher, result)
    if found.confident or rest is None or result.top is None:
        return found
    focused = matcher.match(rest, limit=MATCH_LIMIT)
    if (
        focused.top is not None
        and focused.top.offer_id == result.top.offer_id
        and focused.top.score > result.top.score
    ):
        return focused
    return found


def offer_named(text: str, snapshot: Snapshot) -> str | None:
    """The offer ``text`` calls by its name or title ("programare pt curs de germana",
    "termin fur deutschkurs"), or None. Words that fit many offers ("termin" is also the office
    hours' own keyword) name none: only the name or a title picks one."""
    result = snapshot.matcher.match(without_look_alikes(text), limit=MATCH_LIMIT)
    if result.top is None or result.another_topic or not (result.named or result.titled):
        return None
    return result.top.offer_id


def match_offers(text: str, snapshot: Snapshot) -> MatchResult:
    """The offers ``text`` may be about, best first.

    With the optional model (``Snapshot.semantic``), rapidfuzz's unsure band is reordered
    by meaning and its best candidate may become a direct answer (bot/matching/semantic.py),
    unless the question also names a topic the centre does not serve.
    """
    if _LOOK_ALIKES.search(normalize(text)):
        text = without_look_alikes(text)
    result = snapshot.matcher.match(text, limit=MATCH_LIMIT)
    if not result.candidates:
        result = _need_beside_origin(text, snapshot.matcher, result)
    if not result.candidates:
        return result
    if not result.confident:
        result = _need_before_reason(text, snapshot.matcher, result)
    if not result.confident:
        result = _need_beside_origin(text, snapshot.matcher, result)
    if not result.confident:
        # "tell me about the romanian breakfast for my coworker Ioana": the coworker (a word
        # of the work counselling) and her name say who else asks; the rest names the offer.
        result = _for_someone_else(text, snapshot.matcher, result)
    if snapshot.semantic is not None and not result.confident:
        reranked = snapshot.semantic.rerank(text, result)
        # An offer's own name in the question outweighs the model's reading of the rest:
        # "nekafe cuma açık mı" read as a café for parents lost the sewing café it names.
        if not result.named or reranked.top == result.top:
            result = reranked
    if names_another_topic(_the_need(text) or _before_a_lack(text) or text):
        # Only the need counts, not the reason given beside it: "хочу вивчити німецьку щоб в
        # магазині говорити" (to talk in the shop) asks for the course, not for a shop; nor
        # a car the person has none of ("i want to learn german but i have no car").
        # "wo kann ich mein handy reparieren lassen": the model would confirm the sewing
        # café from "reparieren"; the phone says the question is about something else. So
        # does buying: "where can I buy a sewing machine" names the sewing café in full,
        # but asks for a shop; the café stays a "did you mean".
        result = replace(result, confident=False, another_topic=True)
    if (office := authority_asked_at(text)) and not result.another_topic:
        # "wen el baladiye bi dortmund": the town hall asked for as a place is another
        # office's address, though the municipality is the office hours' word for who sent a
        # letter. Only when nothing else names an offer: "وين بلاقي حدا يساعدني بورقة البلدية"
        # (help with a paper from it) still asks for the office hours.
        rest = " ".join(w for at, w in enumerate(normalize(text).split()) if at not in office)
        if not (rest and snapshot.matcher.match(rest, limit=MATCH_LIMIT).candidates):
            result = replace(result, confident=False, another_topic=True)
    if (drink := drink_asked_for(text)) and not result.another_topic:
        # "a coffee please", "vreau sa beau o cafea": the drink is asked for, not the parents'
        # café its word names; coffee with other parents is still the café ("kahve içip diğer
        # annelerle konuşmak": the rest names it).
        rest = " ".join(w for at, w in enumerate(normalize(text).split()) if at not in drink)
        if not (rest and snapshot.matcher.match(rest, limit=MATCH_LIMIT).candidates):
            result = replace(result, confident=False, another_topic=True)
    if names_a_need(text) and not names_another_topic(text):
        # The lower bar needs the whole message clean, the reason too: "hamile kadınlar için
        # doktor arıyorum" (a doctor for pregnant women) names its need and another topic.
        result = replace(result, described_need=True)
    return result


def decide(result: MatchResult) -> Outcome:
    """Answer, answer with a doubt button, ask back, or say we do not know."""
    if result.confident:
        return Outcome.ANSWERED
    candidates = result.candidates
    enough = UNSURE_CARD_FOR_A_NEED if result.described_need else UNSURE_CARD
    if candidates and candidates[0].score >= enough and not result.another_topic:
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        # The offer's own name typed in full keeps its card beside another offer's word:
        # "willkommen europa diye bi danışma var" (a counselling, the office hours' word too).
        if candidates[0].score - runner_up >= UNSURE_MARGIN or result.named:
            return Outcome.ANSWERED_UNSURE
    return Outcome.ASKED_BACK if result.candidates else Outcome.UNKNOWN


NOT_NEEDED = tuple(
    sorted(
        {
            tuple(normalize(words).split())
            for listed in _LISTS.phrases("not_needed").values()
            for words in listed.split("|")
            if normalize(words)
        },
        key=len,
        reverse=True,
    )
)
"""Words declining a thing ("brauch ich nicht", "don't need", "не нужен"), in
``locales/offer_words.yaml``: see :func:`declined_for_another`."""

_CLAUSE_BREAK = re.compile(r"[,.;:!?\n]+")


def _says_not_needed(text: str) -> bool:
    words = normalize(text).split()
    return any(
        tuple(words[start : start + len(pattern)]) == pattern
        for pattern in NOT_NEEDED
        for start in range(len(words) - len(pattern) + 1)
    )


def declined_for_another(
    text: str, snapshot: Snapshot, shown: str
) -> tuple[str, MatchResult] | None:
    """Right after the card of ``shown``, the rest of ``text`` and its offers when one clause
    declines the offer shown ("nähen brauch ich nicht, ich will ... deutsch verstehen, gibts
    dafür unterricht", "курс мне не нужен, нужно письмо разобрать"): the rest asks for another
    offer, no question about the one shown (nor "without German" read from "not" and "German"
    across the clauses). None unless the declining clause names the offer shown and the rest
    gets another offer's card."""
    clauses = [clause for clause in _CLAUSE_BREAK.split(text) if normalize(clause)]
    if len(clauses) < 2:
        return None
    for at, clause in enumerate(clauses):
        if not _says_not_needed(clause):
            continue
        declined = match_offers(clause, snapshot)
        if declined.top is None or declined.top.offer_id != shown:
            continue
        rest = " ".join(clauses[:at] + clauses[at + 1 :])
        found = match_offers(rest, snapshot)
        if found.top is not None and found.top.offer_id != shown and decide(found) in ANSWERING:
            return rest, found
    return None
