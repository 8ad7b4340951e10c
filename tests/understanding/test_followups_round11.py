"""Follow-ups after a card in the forms the eleventh round added (issue 11): the street or the
way asked in words the cues lacked, a fee beside registering, Romani plural cases of old and
young people, Latin-typed Arabic "this" that names no other offer. Lines here
are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Understander
from tests.support.follow_ups import follow_up


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("شو اسم الشارع؟", "ar"),
        ("sokağın adı ne?", "tr"),
        ("яка вулиця?", "uk"),
        ("اسم خیابونش چیه؟", "fa"),
        ("shu esm el share3?", "ar"),
    ],
)
def test_the_street_asked_after_a_card_is_where_that_offer_is(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert follow_up(understander, snapshot, text, language, "sewing-cafe") == "where"


@pytest.mark.parametrize(
    ("text", "language"),
    [("في رسوم على التسجيل؟", "ar"), ("а вступительный взнос есть?", "ru")],
)
def test_a_fee_beside_registering_asks_what_it_costs(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert follow_up(understander, snapshot, text, language, "german-course") == "cost"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("si vi ternenge?", "audience"),  # for young people too
        ("hatha lel niswan bas?", "audience"),  # ar: only for women? ("hatha" is "this")
    ],
)
def test_plural_cases_and_this_in_latin_letters(
    understander: Understander, snapshot: Snapshot, text: str, topic: str
) -> None:
    assert follow_up(understander, snapshot, text, "rom", "parents-cafe") == topic
