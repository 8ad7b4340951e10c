"""Emergencies of the thirty-fifth round: strangling someone else, said as squeezing the throat
or neck shut ("drückt ihr den Hals zu"), and Persian "به جون کسی افتادن" (to set on someone, to
beat them). Two lines of the report set heldout35 in these forms got no numbers; these rows
are other wordings of the same forms (written by a non-native author, not reviewed by native
speakers), read after the set's figures were recorded."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent
from tests.understanding.answers import by_form

EMERGENCIES = [
    *by_form(
        "strangling-someone-else",
        ("mein nachbar drückt seiner frau den hals zu, ich höre sie schreien", "de"),
        ("er würgt sie schon wieder in der küche", "de"),
        ("my brother in law is choking her on the floor", "en"),
        ("sotul ei o strange de gat acum", "ro"),
        ("мъжът й я души в момента", "bg"),
        ("сосед душит её, она хрипит", "ru"),
        ("він душить її просто зараз", "uk"),
        ("kocası boğazını sıkıyor, nefes alamıyor", "tr"),
        ("جوزها عم يخنقها هلق", "ar"),
        ("o rom tasavel la akana", "rom"),
    ),
    *by_form(
        "set-on-someone-persian",
        ("باز شوهرم به جونم افتاده با چوب", "fa"),
        ("برادرم هر روز به جونم میفته", "fa"),
    ),
]


@pytest.mark.parametrize(("text", "language"), EMERGENCIES)
def test_the_emergency_screen_with_the_numbers(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))

    assert understood.intent is Intent.EMERGENCY
    assert understood.shows_numbers


def test_a_sore_throat_is_no_emergency(understander: Understander, snapshot: Snapshot) -> None:
    """The throat or neck alone is no strangling."""
    text = "mein hals tut weh, ist die sprechstunde heute"
    assert understander.understand(text, snapshot, Context("de")).intent is not Intent.EMERGENCY
