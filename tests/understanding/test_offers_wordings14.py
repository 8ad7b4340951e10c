"""Offers and topic switches in the forms the fourteenth offers round fixed (issue 11): "actually
..." right after a card, then a need of another offer, is a new topic when its only follow-up
cue is a word read through a typo, or when the model reads the whole as another offer. Lines
here are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import LiveCatalogue, Snapshot
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.matching.semantic import load_model
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome


@pytest.mark.parametrize(
    ("message", "language", "after"),
    [
        # "benim" (my) is read as a children's cue only through a typo
        ("aslında benim eve bir mektup geldi, okuyamadım", "tr", "sewing-cafe"),
        ("aslında benim elimde bir kağıt var okuyamıyorum", "tr", "german-course"),
    ],
)
def test_actually_and_a_cue_read_through_a_typo_is_a_new_topic(
    understander: Understander, snapshot: Snapshot, message: str, language: str, after: str
) -> None:
    # Before: a question about the card's children.
    understood = understander.understand(message, snapshot, Context(language, after))
    assert understood.outcome is not Outcome.FOLLOW_UP
    assert understood.candidates[0].offer_id == "office-hours"


@pytest.mark.parametrize(
    ("message", "language", "after", "topic"),
    [
        ("aslında çocuğumu da getirebilir miyim", "tr", "german-course", "children"),
        ("eigentlich: was kostet das", "de", "german-course", "cost"),
    ],
)
def test_actually_and_a_cue_typed_as_listed_still_asks_about_the_card(
    understander: Understander,
    snapshot: Snapshot,
    message: str,
    language: str,
    after: str,
    topic: str,
) -> None:
    understood = understander.understand(message, snapshot, Context(language, after))
    assert understood.follow_up is not None
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == (after, topic)


def test_actually_and_another_offer_the_model_is_sure_of_is_a_new_topic(
    understander: Understander,
) -> None:
    model = load_model()
    if model is None:
        pytest.skip("the optional model is not installed")
    with_model = LiveCatalogue(PROJECT_ROOT / "content", load_languages().codes, model).current
    # Before: when the sewing café is open ("ne zaman gelebilirim"), the letter left aside.
    understood = understander.understand(
        "aslında bir mektup var okuyamadım, ne zaman gelebilirim",
        with_model,
        Context("tr", "sewing-cafe"),
    )
    assert understood.outcome is not Outcome.FOLLOW_UP


def test_a_need_beside_a_staff_answers_word_gets_the_needs_card(
    understander: Understander, snapshot: Snapshot
) -> None:
    # Before: the staff answer on papers; work is the need, the papers what it needs help with.
    understood = understander.understand(
        "ищу работу в германии, я болгарка, кто поможет с документами", snapshot, Context("ru")
    )
    assert (understood.outcome, understood.answer) == (Outcome.ANSWERED_UNSURE, "welcome-europe")


def test_papers_for_what_a_staff_answer_names_keep_that_answer(
    understander: Understander, snapshot: Snapshot
) -> None:
    # The kindergarten is the school answer's own word: no need of an offer is left beside it.
    understood = understander.understand(
        "кой ще ми помогне с документите за детската градина", snapshot, Context("bg")
    )
    assert (understood.outcome, understood.faq) == (Outcome.FAQ, "school")
