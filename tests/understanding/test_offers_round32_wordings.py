"""Offers, follow-ups and staff answers of the thirty-second offers round (u-offers32, session
32), in the forms people type: an offer named "for my coworker" and her name; the Romanian
breakfast as a breakfast with countrymen ("с земляками", "with compatriots"); an offer named
by its own name and asked where beside a word that alone asks to book ("wo ist die beratung");
after a card, what to bring asked while a child comes along ("що брати, я з донькою"), where
asked while a pram comes along, a carrying verb for bringing ("schleppen", "тащить"); coming
without calling first, and "how does it work" beside a staff answer's words (no job asked
for). None is a line of the evaluation sets or the probes."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Understander
from tests.support.follow_ups import follow_up
from tests.understanding.answers import by_form, card, staff_answer

CARDS = [
    *by_form(
        "offer-for-someone-named",
        (
            "info about the romanian breakfast for my friend Sorin please",
            "en",
            "romanian-breakfast",
        ),
        ("spuneti-mi de cafeneaua parintilor pentru colega mea Irina", "ro", "parents-cafe"),
    ),
    *by_form(
        "breakfast-with-countrymen",
        ("моя свекровь из Ясс хочет позавтракать с земляками", "ru", "romanian-breakfast"),
        ("искам да закусвам със сънародниците си", "bg", "romanian-breakfast"),
    ),
    *by_form(
        "named-offer-asked-where-beside-a-booking-word",
        ("wir suchen willkommen europa, wo ist eure beratung", "de", "welcome-europe"),
    ),
]


@pytest.mark.parametrize(("text", "language", "offer"), CARDS)
def test_the_need_gets_its_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert card(understander, snapshot, text, language) == offer


FOLLOW_UPS = [
    *by_form(
        "what-to-bring-a-child-along",
        ("що з собою брати, я буду з донькою", "uk", "parents-cafe", "bring"),
        ("что туда брать, приду с внуком", "ru", "parents-cafe", "bring"),
        (
            "welche sachen soll ich mitnehmen, ich komme mit meinem sohn",
            "de",
            "parents-cafe",
            "bring",
        ),
        ("what should i take along, coming with my daughter", "en", "parents-cafe", "bring"),
    ),
    *by_form(
        "where-a-pram-along",
        ("in welcher straße genau, ich bin mit dem kinderwagen", "de", "parents-cafe", "where"),
        ("на какой улице точно, я буду с коляской", "ru", "parents-cafe", "where"),
        (
            "pe ce strada e exact, vin cu caruciorul",
            "ro",
            "parents-cafe",
            "where",
        ),
    ),
    *by_form(
        # No word asks what: coming along with the children is what is asked.
        "children-come-along-nothing-else-asked",
        ("can we come along with our little ones", "en", "parents-cafe", "children"),
        # English "was" is German "what": no question word of the bring cue's language.
        ("i was hoping to bring my son, is that ok", "en", "parents-cafe", "children"),
    ),
    *by_form(
        "carrying-verb-for-bringing",
        ("was soll ich dahin schleppen", "de", "german-course", "bring"),
        ("что туда тащить на занятие", "ru", "german-course", "bring"),
    ),
]


@pytest.mark.parametrize(("text", "language", "after", "topic"), FOLLOW_UPS)
def test_the_follow_up_is_read_as_its_topic(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    language: str,
    after: str,
    topic: str,
) -> None:
    assert follow_up(understander, snapshot, text, language, after) == topic


STAFF_ANSWERS = [
    *by_form(
        "without-calling-first",
        ("darf ich kommen ohne vorher anzurufen", "de", "just-come"),
        ("можно ли прийти без звонка заранее", "ru", "just-come"),
        ("can we come by without phoning ahead", "en", "just-come"),
        ("приходити без попереднього дзвінка можна?", "uk", "just-come"),
    ),
    *by_form(
        "how-it-works-beside-a-staff-answer",
        ("registering the flat, how does it work", "en", "anmeldung"),
    ),
]


@pytest.mark.parametrize(("text", "language", "faq"), STAFF_ANSWERS)
def test_the_staff_answer_is_given(
    understander: Understander, snapshot: Snapshot, text: str, language: str, faq: str
) -> None:
    assert staff_answer(understander, snapshot, text, language) == faq
