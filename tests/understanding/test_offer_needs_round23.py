"""Offers and staff answers (issue 11, offers round 23) in wordings people type: post from the
city or an office (the office hours), Arabic dialect forms of "with me", "they have",
"something", "nothing" and "what" around a need, a job with a passport typed "basbor", Persian
"nini" (baby), the booking asked about beside just
coming; and what must stay without a card: a sewing machine for sale, recipes, films, wrestling,
an Arabic market word with its article. None of the rows is a line of the evaluation sets or
the probes."""

from __future__ import annotations

import pytest

from bot.catalogue.live import LiveCatalogue, Snapshot
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.matching.semantic import load_model
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome
from tests.understanding.answers import card, staff_answer, sure_card

CARDS = [
    # post from the city, the council, an office: the office hours
    pytest.param(
        "die stadt hat uns was geschickt, keine ahnung was", "de", "office-hours", id="de-stadt"
    ),
    pytest.param("the council sent me this and i am lost", "en", "office-hours", id="en-council"),
    pytest.param("el baladia ba3tetli gawab mesh fahmo", "ar", "office-hours", id="ar-baladia"),
    pytest.param(
        "lbaladia sifto li wra9a ma fhemt walo", "ar", "office-hours", id="ar-maghrebi-walo"
    ),
    pytest.param("shahrdari baramun name dade", "fa", "office-hours", id="fa-shahrdari"),
    pytest.param(
        "belediyeden bize bir şey göndermişler, anlamadık", "tr", "office-hours", id="tr-belediye"
    ),
    # Arabic dialect small words around the need no longer count against it
    pytest.param("3ayza ashoof ommahat 3andohom bebe zayi", "ar", "parents-cafe", id="ar-3andohom"),
    pytest.param(
        "ana m3ay basbor bolgari w bdawwer 3al shoghl", "ar", "welcome-europe", id="ar-basbor"
    ),
    # Persian "nini" (baby) and mothers; "start" is no word of the topic
    pytest.param("ye ja baraye mamana ba nini", "fa", "parents-cafe", id="fa-nini"),
    pytest.param("almani bekhunam az koja shuru konam", "fa", "german-course", id="fa-shuru"),
    pytest.param("romanian brekky, is it for everyone", "en", "romanian-breakfast", id="en-brekky"),
]


@pytest.mark.parametrize(("text", "language", "offer"), CARDS)
def test_a_need_in_dialect_or_learner_words_gets_its_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert card(understander, snapshot, text, language) == offer


@pytest.mark.parametrize(
    ("text", "language", "offer"),
    [
        # Iraqi "ويا" (with) and "عدهم" (they have): a card without a doubt button now
        pytest.param("اريد اكعد ويا امهات عدهم اطفال", "ar", "parents-cafe", id="ar-iraqi-wiya"),
        # Egyptian "ma2tou3" (torn), "makana" (a place)
        pytest.param(
            "el bantalon ma2tou3, 3ayez a5ayyato fi makana", "ar", "sewing-cafe", id="ar-ma2tou3"
        ),
    ],
)
def test_dialect_small_words_leave_the_need_sure(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert sure_card(understander, snapshot, text, language) == offer


STAFF_ANSWERS = [
    pytest.param("gali gawab mn el jobcenter", "ar", "jobcenter-letters", id="ar-gawab"),
    pytest.param("nameye jobcenter ro nemifahmam", "fa", "jobcenter-letters", id="fa-nameye"),
    pytest.param("a2dar ajib wladi ma3aya?", "ar", "children", id="ar-awladi"),
    pytest.param("ma fi ta2meen 3andi", "ar", "health-insurance", id="ar-ta2meen"),
    pytest.param("lazem akoun ba3ref almani?", "ar", "without-german", id="ar-lazim-ba3ref"),
    pytest.param(
        "brauch ich termin machen oder einfach kommen?",
        "de",
        "just-come",
        id="de-termin-oder-einfach",
    ),
    pytest.param("se poate fara termin la voi", "ro", "just-come", id="ro-termin"),
]


@pytest.mark.parametrize(("text", "language", "faq"), STAFF_ANSWERS)
def test_a_staff_question_in_dialect_or_beside_booking_gets_the_staff_answer(
    understander: Understander, snapshot: Snapshot, text: str, language: str, faq: str
) -> None:
    assert staff_answer(understander, snapshot, text, language) == faq


NO_CARD = [
    pytest.param("للبيع مكنة خياطة جديدة", "ar", id="ar-for-sale"),
    pytest.param("charkh khayati mifrusham arzun", "fa", id="fa-selling"),
    pytest.param("any good recipe for a romanian breakfast", "en", id="en-recipe"),
    pytest.param("ein deutscher film zum deutsch üben, welcher ist gut", "de", id="de-film"),
    pytest.param("koja mishe kushti yad begiram", "fa", id="fa-wrestling"),
    pytest.param("سعر البنطلون الجينز بالسوق كم", "ar", id="ar-market-article"),
]


@pytest.mark.parametrize(("text", "language"), NO_CARD)
def test_something_we_do_not_serve_gets_no_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.outcome not in (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE, Outcome.FAQ)


def test_a_need_read_beside_where_one_comes_from_beats_a_request_for_help_with_the_model(
    understander: Understander,
) -> None:
    model = load_model()
    if model is None:
        pytest.skip("the optional model is not installed")
    with_model = LiveCatalogue(PROJECT_ROOT / "content", load_languages().codes, model).current
    # Before: the help request; without the model the job counselling's card already.
    understood = understander.understand(
        "sunt din bulgaria, vreau sa lucrez, ma ajutati va rog", with_model, Context("ro")
    )
    assert understood.outcome is Outcome.ANSWERED
    assert understood.answer == "welcome-europe"
