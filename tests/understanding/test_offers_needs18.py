"""Offers, staff answers and near topics as the eighteenth offers round fixed them by form
(issue 11). Lines here are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome


@pytest.mark.parametrize(
    ("message", "language", "faq"),
    [
        # the reason for asking, after the question, names an offer (work): the cost is asked
        ("ist das alles ohne geld bei euch, weil ich hab grad keine arbeit", "de", "free"),
        ("trebe sa dau vreun ban, ca sunt fara serviciu", "ro", "free"),
        ("гроші з мене візьмете, бо роботи нема", "uk", "free"),
        ("а денег не берёте с пенсионеров?", "ru", "free"),
        # the children may come ("sa vina", "e voie", "مسموح")
        ("au voie si copiii la voi?", "ro", "children"),
        ("الاطفال مسموحين عندكم؟", "ar", "children"),
        # the German word for the health insurance in Arabic letters
        ("ما عندي كرانكن كاسه شو بعمل", "ar", "health-insurance"),
        ("як реєструвати нове житло в дортмунді", "uk", "anmeldung"),
        # an interpreter at an appointment: the appointment says when, not which offer
        ("kann mir jemand beim termin übersetzen", "de", "interpreter"),
        ("am nevoie de un translator la programare", "ro", "interpreter"),
    ],
)
def test_a_staff_answer_found_by_its_form(
    understander: Understander, snapshot: Snapshot, message: str, language: str, faq: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome is Outcome.FAQ
    assert understood.faq == faq


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        # loneliness, knowing nobody: people to have breakfast with
        ("de cand am venit nu cunosc pe nimeni aici", "ro", "romanian-breakfast"),
        ("inja tanham, hich kas ro nemishnasam", "fa", "romanian-breakfast"),
        # Romanian papers beside work: an EU citizen looking for work
        ("am doar buletin romanesc si caut de lucru", "ro", "welcome-europe"),
        # coffee and something to eat in the morning with other Romanians: the breakfast
        (
            "unde ma pot intalni cu alti romani la o cafea si ceva de mancare",
            "ro",
            "romanian-breakfast",
        ),
    ],
)
def test_a_need_described_gets_its_offer(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome in (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)
    assert understood.answer == offer


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        # "with people" is a need for people to meet
        ("نحب نفطر مع ناس ونتعارفو", "ar", "romanian-breakfast"),
    ],
)
def test_people_to_meet_make_a_weaker_match_a_card(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome in (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)
    assert understood.answer == offer


@pytest.mark.parametrize(
    ("message", "language"),
    [
        # an English course is not the German course
        ("vreau un curs de engleza", "ro"),
        ("хочу учить английский, есть курсы?", "ru"),
        # the post office, by its office, hours or the nearest one
        ("where is the nearest post office", "en"),
        ("where is the post office, i have to send a letter home", "en"),
        # breakfast in a restaurant or a hotel
        ("restoran cu mic dejun bun in centru", "ro"),
    ],
)
def test_a_near_topic_we_do_not_serve_gets_no_card(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome not in (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE, Outcome.FAQ)


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        ("ich will deutsch lernen, englisch kann ich schon", "de", "german-course"),
        ("am primit o scrisoare prin posta de la jobcenter si nu inteleg", "ro", "office-hours"),
    ],
)
def test_english_beside_german_or_a_letter_by_post_still_gets_the_offer(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.answer == offer or (
        understood.outcome is Outcome.FAQ and understood.faq == "jobcenter-letters"
    )
