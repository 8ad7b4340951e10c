"""Offers and staff answers of the thirty-fifth round (u-offers35), in the forms people type:
Arabic "how" and "will it be" words (شلون, بتكون) beside an offer's name; a letter from the
landlord or the property management and someone to read it; breakfast "with one's own people";
work asked for by its kind (steady, permanent); Romani "nemsko čhib" and "siklav" (I learn) in
Cyrillic letters; money named in a dialect or standard Arabic word ("قروش", "نقود") in the cost
question; right after a card, the offer shown declined and another asked for. None is a line of
the evaluation sets or the probes (written by a non-native author, not reviewed by native
speakers)."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from tests.support.follow_ups import follow_up
from tests.understanding.answers import CARD, by_form, card, staff_answer

CARDS = [
    *by_form(
        "arabic-how-words-beside-a-name",
        ("الاستشارة المفتوحة شلون بتكون", "ar", "office-hours"),
    ),
    *by_form(
        "a-letter-from-the-landlord-to-read",
        ("хозяин прислал письмо, не могу прочитать", "ru", "office-hours"),
        ("лист від орендодавця, хто прочитає", "uk", "office-hours"),
        ("am o scrisoare de la proprietar, cine ma ajuta sa o citesc", "ro", "office-hours"),
    ),
    *by_form(
        "breakfast-with-ones-own-people",
        ("где можно посидеть со своими утром", "ru", "romanian-breakfast"),
        ("де поснідати зі своїми", "uk", "romanian-breakfast"),
    ),
    *by_form(
        "work-by-its-kind",
        ("ich will eine feste stelle, wer hilft", "de", "welcome-europe"),
    ),
    *by_form(
        "romani-nemsko-chhib-and-siklav",
        ("мангав те сиклав немско чхиб", "rom", "german-course"),
    ),
]


@pytest.mark.parametrize(("text", "language", "offer"), CARDS)
def test_the_need_gets_its_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert card(understander, snapshot, text, language) == offer


NO_CARD = [
    *by_form(
        "the-landlord-without-a-letter",
        ("my landlord wants to put the rent up", "en"),
    ),
]


@pytest.mark.parametrize(("text", "language"), NO_CARD)
def test_the_landlord_alone_is_not_the_office_hours(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert card(understander, snapshot, text, language) is None


STAFF_ANSWERS = [
    *by_form(
        "money-in-a-dialect-or-standard-word",
        ("هل يجب دفع نقود", "ar", "free"),
    ),
]


@pytest.mark.parametrize(("text", "language", "faq"), STAFF_ANSWERS)
def test_the_staff_answer(
    understander: Understander, snapshot: Snapshot, text: str, language: str, faq: str
) -> None:
    assert staff_answer(understander, snapshot, text, language) == faq


DECLINED_FOR_ANOTHER = [
    *by_form(
        "the-card-shown-declined-another-asked-for",
        (
            "I don't need the breakfast, I need help with a letter",
            "en",
            "romanian-breakfast",
            "office-hours",
        ),
        (
            "nähcafe brauch ich nicht, ich möchte deutsch lernen",
            "de",
            "sewing-cafe",
            "german-course",
        ),
    ),
]


@pytest.mark.parametrize(("text", "language", "after", "offer"), DECLINED_FOR_ANOTHER)
def test_the_card_shown_declined_gets_the_other_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str, after: str, offer: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language, after))
    assert understood.outcome in CARD
    assert understood.answer == offer


def test_an_appointment_not_needed_is_still_a_question_about_the_card(
    understander: Understander, snapshot: Snapshot
) -> None:
    """Declining words about a thing that is no offer ("termin brauch ich nicht") ask about
    the card shown: whether it needs a booking."""
    assert (
        follow_up(understander, snapshot, "termin brauch ich nicht, oder", "de", "german-course")
        == "booking"
    )
