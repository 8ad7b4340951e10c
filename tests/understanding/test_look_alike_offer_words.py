"""English "kind of" holds German "Kind" (child), a word of the parents' café: "what kind of
course is it" got the café's card (found in a trial). Such phrases are set aside before the
offers are matched (locales/offer_words.yaml, look_alikes); a child typed so still counts."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Understander
from tests.understanding.answers import by_form, card

NOT_THE_PARENTS_CAFE = by_form(
    "kind-of-is-no-child",
    ("what kind of course is it", "en"),
    ("what kind of folks go there", "en"),
    ("kinda confused, is there a class for sewing", "en"),
)


@pytest.mark.parametrize(("text", "language"), NOT_THE_PARENTS_CAFE)
def test_kind_of_names_no_parents_cafe(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert card(understander, snapshot, text, language) != "parents-cafe"


def test_what_kind_of_course_gets_the_course(
    understander: Understander, snapshot: Snapshot
) -> None:
    assert card(understander, snapshot, "what kind of course is it", "en") == "german-course"


@pytest.mark.parametrize(
    ("text", "language"),
    [("wo ist das café für eltern mit kind", "de"), ("where can i play with my kid", "en")],
)
def test_a_child_typed_as_such_still_finds_the_parents_cafe(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert card(understander, snapshot, text, language) == "parents-cafe"
