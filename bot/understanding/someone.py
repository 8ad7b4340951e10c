"""One reading for messages that ask about a PERSON ("someone", "anyone"), before the phrase
tables decide.

The same few words stand in four different questions, and phrase lists alone kept mixing them
up (round 34: a phrase for the knock also took "is someone there who speaks X?"; "talk with
someone in X" after a card could not be told from the offer's languages):

- ``KNOCK``: "is anyone there?", "hallo, jemand da?", "есть кто?" alone, a knock on the door:
  greeted back (round 34 decided so). Only when every word is a word of the knock (someone,
  being there, a hello): with "today" or "still" it stays the hours question, and a language
  named makes it another question.
- ``TALK``: "I want to talk with someone in Arabic": the person asks to talk WITH someone
  (the comitative "with someone", and a word for their own talking), in a language named: a
  person who speaks it, also right after a card. Not with a word for the offer's place ("is
  someone there..."): that asks about the offer. With no language named only when nothing
  else is said but the wish ("ich will mit irgendwem reden"): a person.
- ``SPEAKER``: no card shown, "someone" as the subject beside a language named and a word of
  someone's speaking or knowing it and one of being there ("kasi unja hast ke torki
  baladeh?", "est li kto znaet ukrainskiy?"): a person who speaks it. Not "کلاس آلمانی برای
  کسی که هیچی بلد نیست" (a class for someone who knows no German). Not with words that ask
  the chat to change ("can someone write to me in arabic").
- ``OFFER_LANGUAGE``: right after a card, "is it also in Arabic?", "und auf türkisch auch?":
  every word a language's name, "also", or the small words of "is it": the languages spoken at
  the offer shown, not the language picker. Not with words that ask the chat itself to change
  ("write to me in arabic too").
- anything else: None; the pipeline reads the message as before ("is there someone who speaks
  Romanian?" right after a card asks about the offer's languages).

Its words are data: ``locales/someone.yaml`` (every list names every language, checked like the
other word lists). Matched as whole words after normalisation, in every language at once.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache

from bot.i18n.word_lists import load_word_lists
from bot.matching.normalize import normalize

WORDS_FILE = "someone.yaml"
WORD_LISTS = (
    "someone",
    "present",
    "filler",
    "with_someone",
    "talk",
    "wish",
    "speaks",
    "there",
    "also",
    "about_it",
    "switch",
)
"""The lists of :data:`WORDS_FILE`."""


class Asked(Enum):
    KNOCK = "knock"
    TALK = "talk"
    SPEAKER = "speaker"
    OFFER_LANGUAGE = "offer_language"


@dataclass(frozen=True)
class SomeoneAsked:
    """What a "someone" message asks: ``asked``, and the language named (None: none, the
    knock or a wish to talk with anyone)."""

    asked: Asked
    language: str | None = None


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]
    prefix: bool  # the last word may go on ("schreib*": "schreibst", "schreibt")


def _phrases(entries: Iterable[str]) -> tuple[_Phrase, ...]:
    phrases = set()
    for entry in entries:
        prefix = entry.endswith("*")
        words = tuple(normalize(entry.rstrip("*")).split())
        if words:
            phrases.add(_Phrase(words, prefix))
    return tuple(sorted(phrases, key=lambda p: -len(p.words)))


def _at(phrases: Sequence[_Phrase], words: Sequence[str]) -> frozenset[int]:
    """The positions of ``words`` that some phrase covers."""
    found: set[int] = set()
    for start in range(len(words)):
        for phrase in phrases:
            end = start + len(phrase.words)
            if end > len(words):
                continue
            last = len(phrase.words) - 1
            if all(
                words[start + i] == w
                or (i == last and phrase.prefix and words[start + i].startswith(w))
                for i, w in enumerate(phrase.words)
            ):
                found.update(range(start, end))
    return frozenset(found)


class SomeoneReading:
    def __init__(self, lists: Mapping[str, Iterable[str]]) -> None:
        self._lists = {name: _phrases(entries) for name, entries in lists.items()}

    @classmethod
    def load(cls) -> SomeoneReading:
        return _shipped()

    def _find(self, name: str, words: Sequence[str]) -> frozenset[int]:
        return _at(self._lists[name], words)

    def read(
        self,
        words: Sequence[str],
        named: Mapping[str, Collection[int]],
        *,
        card_shown: bool,
        denied: Collection[str] = (),
    ) -> SomeoneAsked | None:
        """``words``: the message's normalised words; ``named``: each language named in it and
        the positions of its name; ``denied``: the languages the person says they lack;
        ``card_shown``: an offer's card was shown just before."""
        if not words:
            return None
        every = frozenset(range(len(words)))
        names = frozenset(p for at in named.values() for p in at)
        someone = self._find("someone", words)
        there = self._find("there", words)
        languages = [code for code in named if code not in denied]
        if not named:
            present = self._find("present", words)
            filler = self._find("filler", words)
            if (
                someone
                and present - someone
                and someone | present | filler == every
                and not (card_shown and there)
            ):
                return SomeoneAsked(Asked.KNOCK)
            with_someone = self._find("with_someone", words)
            talk = self._find("talk", words)
            if (
                with_someone
                and talk
                and with_someone | talk | self._find("wish", words) | self._find("filler", words)
                == every
            ):
                return SomeoneAsked(Asked.TALK)
            return None
        if len(languages) != 1:
            return None
        language = languages[0]
        with_someone = self._find("with_someone", words)
        talk = self._find("talk", words)
        if with_someone and talk and not there:
            return SomeoneAsked(Asked.TALK, language)
        if (
            not card_shown
            and someone - with_someone
            and self._find("speaks", words) - someone
            and self._find("present", words) - someone
            and not self._find("switch", words)
        ):
            return SomeoneAsked(Asked.SPEAKER, language)
        if (
            card_shown
            and not someone
            and self._find("also", words)
            and not self._find("switch", words)
            and names
            | self._find("also", words)
            | self._find("about_it", words)
            | self._find("filler", words)
            | self._find("present", words)
            == every
        ):
            return SomeoneAsked(Asked.OFFER_LANGUAGE, language)
        return None


@cache
def _shipped() -> SomeoneReading:
    lists = load_word_lists(WORDS_FILE, WORD_LISTS)
    return SomeoneReading({name: lists.every(name) for name in WORD_LISTS})
