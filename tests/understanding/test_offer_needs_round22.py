"""Offers and staff answers (issue 11, offers round 22) in wordings people type: a need said
with what it is for ("for the work", "so that I can", Levantine "kermal", Romani "vaš e buti",
Bulgarian "че"), a Spanish passport in Maghrebi Arabizi, the Nähcafé's name as heard in
Cyrillic, Finglish vowel variants; and a message of nothing but "I am" gets no card. None of
the rows is a line of the evaluation sets or the probes."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Understander
from tests.understanding.answers import card, staff_answer

CARDS = [
    # the need, then what it is for: the work is why, not the job counselling
    pytest.param("ich brauche deutsch fuer den job", "de", "german-course", id="de-fuer-den-job"),
    pytest.param(
        "will deutsch lernen um eine arbeit zu kriegen", "de", "german-course", id="de-um-arbeit"
    ),
    pytest.param(
        "baddi et3allam almani kermal la2i shighle", "ar", "german-course", id="ar-kermal"
    ),
    pytest.param("ana abi at3allam almani hatta alga shoghl", "ar", "german-course", id="ar-hatta"),
    pytest.param(
        "mikham almani yad begiram baraye kar dar anbar", "fa", "german-course", id="fa-baraye-kar"
    ),
    pytest.param(
        "kamav te sikljovav nemcicka vaš e buti ande fabrika",
        "rom",
        "german-course",
        id="rom-vas-e-buti",
    ),
    pytest.param(
        "искам да уча немски, че на строежа никой не ме разбира",
        "bg",
        "german-course",
        id="bg-che-because",
    ),
    # a Spanish passport in Maghrebi Arabizi ("spanyoli") is an EU passport, no papers question
    pytest.param(
        "3andi jawaz spanyoli w kan9elleb 3la khedma",
        "ar",
        "welcome-europe",
        id="ar-spanyoli-passport",
    ),
    # the Nähcafé as heard, in Cyrillic with "а"
    pytest.param("нахкафе кога е отворено", "bg", "sewing-cafe", id="bg-nahkafe"),
]


@pytest.mark.parametrize(("text", "language", "offer"), CARDS)
def test_a_need_said_with_its_purpose_gets_its_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert card(understander, snapshot, text, language) == offer


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("madarak lazeme?", "fa", id="fa-madarak"),
        pytest.param("madraki lazem daram?", "fa", id="fa-madraki"),
    ],
)
def test_finglish_vowel_variants_of_documents_get_the_papers_answer(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert staff_answer(understander, snapshot, text, language) == "papers"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("sam", "rom", id="rom-sam"),
        pytest.param("sem", "rom", id="rom-sem"),
        pytest.param("sam", "ro", id="ro-sam"),
    ],
)
def test_i_am_alone_gets_no_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    """Romani and Romanian "sam" (I am) is a stop word one letter from "seam": no sewing café."""
    assert card(understander, snapshot, text, language) is None


def test_a_keyword_of_stop_words_alone_still_finds_its_offer(snapshot: Snapshot) -> None:
    """ "eu" is a stop word (Romanian "I") and the job counselling's keyword: typed alone, as
    listed, it still suggests the counselling."""
    result = snapshot.matcher.match("eu")
    assert result.top is not None and result.top.offer_id == "welcome-europe"
    assert not snapshot.matcher.match("sam").candidates
