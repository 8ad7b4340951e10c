"""The catalogue the bot serves right now, with its matcher, swapped as one piece on reload.

A reload that fails validation leaves the last good catalogue in place: a bad edit never
takes the bot down.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.catalogue.centre_calendar import DEFAULT_CALENDAR, CentreCalendar
from bot.catalogue.loader import CatalogueError, LoadResult, load_catalogue, paused_gc
from bot.catalogue.model import Catalogue
from bot.catalogue.texts import SOURCE_LANGUAGE
from bot.matching.matcher import MatchEntry, Matcher
from bot.matching.semantic import Embedder, SemanticIndex
from bot.matching.stopwords import FUNCTION_WORDS, OFFER_STOP_WORDS


def match_entries(catalogue: Catalogue) -> Iterator[MatchEntry]:
    """Titles and keywords of every language: people mix languages, so all of them count.

    The German title and the ``names`` are the offer's own name: the centre, its signs and the
    Jobcenter call it "Deutschkurs" or "Nähcafé" whatever language a person speaks, so people
    type that name in their own script ("шпрехштунде") beside words of their own.
    """
    for offer in catalogue.offers.values():
        for language, title in offer.titles.items():
            yield MatchEntry(
                offer.id, language, title, name=language == SOURCE_LANGUAGE, title=True
            )
        for language, words in offer.keywords.items():
            for word in words:
                yield MatchEntry(offer.id, language, word)
        for name in offer.names:
            yield MatchEntry(offer.id, SOURCE_LANGUAGE, name, name=True)


CONCEPT_MARKS = frozenset("+|*")
"""A FAQ question with one of these is written as concepts (``bot/understanding/faq.py``):
word groups found in any order, not a whole question for the matcher."""


def is_concept_question(question: str) -> bool:
    return not CONCEPT_MARKS.isdisjoint(question)


def faq_entries(catalogue: Catalogue) -> Iterator[MatchEntry]:
    """The ways people ask each staff-written question as a whole, in every language."""
    for entry in catalogue.faq.values():
        for language, questions in entry.questions.items():
            for question in questions:
                if not is_concept_question(question):
                    yield MatchEntry(entry.id, language, question)


@dataclass(frozen=True)
class Snapshot:
    catalogue: Catalogue
    matcher: Matcher
    warnings: tuple[str, ...]
    faq_matcher: Matcher  # "is it free?" is a whole question here: see stopwords
    semantic: SemanticIndex | None = None  # with the optional model: reranks unsure matches


def build_snapshot(
    result: LoadResult, model: Embedder | None = None, previous: Snapshot | None = None
) -> Snapshot:
    """The catalogue with its matchers; a matcher whose words did not change since
    ``previous`` is kept (most edits change times and texts, not what people type)."""
    catalogue = result.catalogue
    offers = tuple(match_entries(catalogue))
    faq = tuple(faq_entries(catalogue))
    return Snapshot(
        catalogue,
        _reused(previous.matcher if previous else None, offers) or _built(offers, OFFER_STOP_WORDS),
        tuple(map(str, result.warnings)),
        _reused(previous.faq_matcher if previous else None, faq) or _built(faq, FUNCTION_WORDS),
        SemanticIndex.build(model, catalogue) if model is not None else None,
    )


def _reused(matcher: Matcher | None, entries: tuple[MatchEntry, ...]) -> Matcher | None:
    return matcher if matcher is not None and matcher.entries == entries else None


RECENT_MATCHERS = 4
_recent: list[tuple[tuple[MatchEntry, ...], frozenset[str], Matcher]] = []
"""The last few matchers built in this process, with what they index. A matcher is read-only
once built, so a second catalogue of the same words in one process (a terminal beside the
bot, every core a test opens on the shipped content) shares one instead of indexing the same
words again (~0.15 s CPU each). Bounded: an edited catalogue's old matchers drop out."""


def _built(entries: tuple[MatchEntry, ...], stop_words: frozenset[str]) -> Matcher:
    for indexed, words, matcher in _recent:
        if words == stop_words and indexed == entries:
            return matcher
    matcher = Matcher.build(entries, stop_words=stop_words)
    _recent.insert(0, (entries, stop_words, matcher))
    del _recent[RECENT_MATCHERS:]
    return matcher


class LiveCatalogue:
    """Holds the current snapshot; ``reload`` swaps it only when the new content is valid."""

    def __init__(
        self,
        content_dir: Path,
        languages: Sequence[str],
        model: Embedder | None = None,
        calendar: CentreCalendar = DEFAULT_CALENDAR,
    ) -> None:
        self.content_dir = content_dir
        self.languages = tuple(languages)
        self.model = model
        self.calendar = calendar
        with paused_gc():  # the matchers' index too: see paused_gc
            self.current = build_snapshot(self._load(), model)

    def _load(self) -> LoadResult:
        return load_catalogue(self.content_dir, self.languages, calendar=self.calendar)

    def reload(self) -> Snapshot:
        """Load again; raises CatalogueError (and keeps serving the old one) when invalid."""
        with paused_gc():
            result = self._load()
            self.current = build_snapshot(result, self.model, self.current)
        return self.current


__all__ = [
    "CatalogueError",
    "LiveCatalogue",
    "Snapshot",
    "faq_entries",
    "is_concept_question",
    "match_entries",
]
