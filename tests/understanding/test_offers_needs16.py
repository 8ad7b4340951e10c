"""Offers by need in the forms the sixteenth offers round fixed (issue 11): right after a card, a
need for another offer (a place where mothers meet, looking for something) is a new topic; a
reason given after the need ("... so I can talk in the shop") does not make the need another
topic's; sending money home is no question about our cost. Lines here are none of the
evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import ANSWERING, Outcome


@pytest.mark.parametrize(
    ("message", "language", "shown", "wanted"),
    [
        (
            "a ima li kade da se sabirat maikite s malkite deca",
            "bg",
            "german-course",
            "parents-cafe",
        ),
        ("а де збираються мами з малюками?", "uk", "german-course", "parents-cafe"),
        (
            "gibt es irgendwo einen ort wo sich mamas mit babys treffen",
            "de",
            "sewing-cafe",
            "parents-cafe",
        ),
        ("is there somewhere mothers with babies meet up", "en", "office-hours", "parents-cafe"),
    ],
)
def test_a_need_for_another_offer_after_a_card_is_a_new_topic(
    understander: Understander,
    snapshot: Snapshot,
    message: str,
    language: str,
    shown: str,
    wanted: str,
) -> None:
    # Before: a follow-up about the card shown ("where is it", "who may come"), read from
    # "where" or the word for mothers.
    understood = understander.understand(message, snapshot, Context(language, offer=shown))
    assert understood.outcome in ANSWERING
    assert understood.follow_up is None
    assert understood.candidates[0].offer_id == wanted


@pytest.mark.parametrize(
    ("message", "language", "shown"),
    [
        ("can i come with my baby", "en", "office-hours"),
        ("pot sa vin cu copilul?", "ro", "german-course"),
    ],
)
def test_coming_with_a_child_stays_a_question_about_the_offer_shown(
    understander: Understander, snapshot: Snapshot, message: str, language: str, shown: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language, offer=shown))
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None and understood.follow_up.topic == "children"


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("хочу вивчити німецьку щоб у магазині говорити", "uk"),
        ("i want to learn german so that i can talk in the shop", "en"),
    ],
)
def test_a_shop_named_as_the_reason_leaves_the_need_answered(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    # Before: "did you mean" (the shop read as a topic we do not serve).
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome is Outcome.ANSWERED
    assert understood.candidates[0].offer_id == "german-course"


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("как перевести деньги родителям", "ru"),
        ("anneme para gondermem lazim", "tr"),
        ("بدي ابعت مصاري لاهلي", "ar"),
        ("wie kann ich geld in die türkei überweisen", "de"),
    ],
)
def test_sending_money_home_gets_no_staff_answer_and_no_card(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    # Before: the staff answer "our offers are free" (a word of money) or on interpreters
    # (Russian "перевести" also means to translate).
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.faq is None
    assert understood.outcome not in ANSWERING
    assert understood.outcome is not Outcome.FOLLOW_UP


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("ich komme aus rumänien und suche arbeit", "de"),
        ("caut de munca, sunt din romania, ma poate ajuta cineva cu asta", "ro"),
    ],
)
def test_the_country_a_person_comes_from_is_no_topic_beside_the_need(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    # Before: "did you mean" the work counselling or the Romanian breakfast ("rumänien").
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome in ANSWERING
    assert understood.candidates[0].offer_id == "welcome-europe"


def test_saying_where_one_comes_from_still_finds_the_breakfast_asked_for(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand(
        "sunt din romania, unde e micul dejun", snapshot, Context("ro")
    )
    assert understood.outcome in ANSWERING
    assert understood.candidates[0].offer_id == "romanian-breakfast"


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        ("bghit nkhayet lhwayj dyal bnti", "ar", "sewing-cafe"),  # Maghrebi: I sew, the clothes
        ("avile mange duj lila, na hajvav khanci", "rom", "office-hours"),  # "hajvav": understand
    ],
)
def test_spoken_forms_of_a_need_find_its_offer(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome in ANSWERING
    assert understood.candidates[0].offer_id == offer
