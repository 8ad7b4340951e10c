"""Offers reached by a described need and near topics we do not serve, as the seventeenth offers
round fixed them (issue 11). Lines here are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        # "kennenlernen" (get to know): a need for people, matched only in part by the breakfast
        (
            "wo kann ich morgens mit anderen leuten zusammen sitzen und kennenlernen",
            "de",
            "romanian-breakfast",
        ),
    ],
)
def test_a_described_need_with_a_weaker_match_gets_the_card_with_a_doubt_button(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome is Outcome.ANSWERED_UNSURE
    assert understood.answer == offer


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("meine waschmaschine ist kaputt wer repariert sie", "de"),  # no sewing machine
        ("bicicleta mi s-a stricat unde o repar", "ro"),
        ("hamile kadinlar icin doktor ariyorum", "tr"),  # a doctor in pregnancy, a need word
        ("hamileyim doktor ariyorum", "tr"),
    ],
)
def test_a_near_topic_we_do_not_serve_gets_no_card(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome not in (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)


def test_a_dialect_das_is_no_latin_typed_somewhere(
    understander: Understander, snapshot: Snapshot
) -> None:
    # "des" is Bavarian "das", not "десь" (Ukrainian "somewhere") typed in Latin letters: a
    # question about the card shown, not a need for another offer.
    understood = understander.understand("und wo is des?", snapshot, Context("de", "sewing-cafe"))
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None and understood.follow_up.topic == "where"


def test_the_need_before_its_reason_names_the_only_offer_found_for_sure(
    understander: Understander, snapshot: Snapshot
) -> None:
    # "I want to learn German so that I can talk with the doctor": the reason halves the whole
    # message's score; the need before it names the course alone.
    understood = understander.understand(
        "عايزة أتعلم ألماني عشان أحكي مع الدكتور", snapshot, Context("ar")
    )
    assert understood.outcome is Outcome.ANSWERED
    assert understood.answer == "german-course"


def test_an_eu_passport_beside_a_need_whose_rest_ties_two_offers_gets_the_need(
    understander: Understander, snapshot: Snapshot
) -> None:
    # The rest without the passport names work and help: the job counselling and the office
    # hours tie, and the job counselling is the whole message's offer. Not the papers answer.
    understood = understander.understand(
        "macar pasaportum var, iş lazım, kim yardım eder bana", snapshot, Context("tr")
    )
    assert understood.faq is None
    assert understood.answer == "welcome-europe"


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        ("nameh omade, nemifahmam chi neveshte", "fa", "office-hours"),  # Finglish
        ("jatni wara2a w mish fahem shi", "ar", "office-hours"),  # Arabizi "I don't understand"
    ],
)
def test_a_need_in_latin_typed_persian_or_arabic_finds_its_offer(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome is Outcome.ANSWERED
    assert understood.answer == offer


@pytest.mark.parametrize(
    ("message", "faq"),
    [
        ("bedoon almani mishe umad?", "without-german"),  # Finglish "without"
        ("az jobcenter khat gereftam, komak mikonid?", "jobcenter-letters"),  # Dari "khat"
    ],
)
def test_a_question_in_latin_typed_persian_gets_the_staff_answer(
    understander: Understander, snapshot: Snapshot, message: str, faq: str
) -> None:
    assert understander.understand(message, snapshot, Context("fa")).faq == faq
