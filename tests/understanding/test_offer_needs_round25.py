"""Offers (issue 11, offers round 25) in wordings people type, weighted to Bulgarian: -ия typed
with q for я in Latin letters ("konsultaciq", "u6iq"), read as the Cyrillic word; sewing
machines in the plural; Turkish work that someone else cannot find; Persian mothers and getting
to know them as written; "is there anything for ..." asked right after another offer's card, a
need for another offer and no question about the card shown. None of the rows is a line of the
evaluation sets or the probes."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome
from tests.understanding.answers import by_form, card

CARDS = [
    # -ия typed "iq": the Latin letters of the Cyrillic keyword ("отворени консултации", "ушия")
    *by_form(
        "q-for-ya",
        ("kade e otvorenata konsultaciq", "bg", "office-hours"),
        ("trqbva mi da si u6iq roklqta", "bg", "sewing-cafe"),
    ),
    # sewing machines in the plural ("шевни машини"), not only the one machine of the keyword
    *by_form(
        "machines",
        ("имате ли шевни машини за ползване", "bg", "sewing-cafe"),
        ("imate li 6evni ma6ini", "bg", "sewing-cafe"),
    ),
    # Turkish "cannot find work" said of someone else ("bulamıyor"), as "iş arıyor" is
    *by_form(
        "someone-else-cannot-find-work",
        ("kocam bir turlu is bulamiyor", "tr", "welcome-europe"),
        ("kizim is bulamiyor", "tr", "welcome-europe"),
    ),
    # Persian: mothers in the written plural ("مادران"), "to get to know" as written ("آشنا شوم")
    *by_form(
        "written-persian",
        ("میخواهم با مادران دیگر آشنا شوم، جایی هست", "fa", "parents-cafe"),
        ("مادران دیگر کجا جمع میشوند", "fa", "parents-cafe"),
    ),
]


@pytest.mark.parametrize(("text", "language", "offer"), CARDS)
def test_a_need_in_a_wording_people_type_gets_its_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert card(understander, snapshot, text, language) == offer


AFTER_ANOTHER_CARD = [
    # "is there anything for ...": another offer asked for, not who may come to the one shown
    *by_form(
        "anything-for",
        ("а имате ли нещо за майки с малки деца", "bg", "sewing-cafe", "parents-cafe"),
        ("a ima li ne6to za maiki s deca", "bg", "german-course", "parents-cafe"),
    ),
]


@pytest.mark.parametrize(("text", "language", "shown", "offer"), AFTER_ANOTHER_CARD)
def test_anything_for_someone_after_a_card_asks_for_another_offer(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    language: str,
    shown: str,
    offer: str,
) -> None:
    understood = understander.understand(text, snapshot, Context(language, offer=shown))
    assert understood.outcome in (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)
    assert understood.answer == offer
