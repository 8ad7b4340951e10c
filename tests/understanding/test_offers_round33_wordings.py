"""Follow-ups of the thirty-third offers round (u-offers33, session 33), in the forms people
type: what to bring asked as what to pack or put in the bag ("ce sa pun in rucsac"); a cue word
inside a phrase of the offer's own words ("приемните часове", the office hours; "закуската с
румънците", the breakfast with the Romanians) yields to another topic's cue beside it; a word
both the offer shown and another offer list (counselling) names no other offer; work asked for
with someone to guide or where to start, a need described (the card with "not what you
meant?" at the lower bar). None is a line of the evaluation sets or the probes."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Understander
from tests.support.follow_ups import follow_up
from tests.understanding.answers import by_form, card

CARDS = [
    *by_form(
        "work-with-someone-to-guide",
        (
            "we are from belgium and want to work here, is there anyone to guide me",
            "en",
            "welcome-europe",
        ),
        ("sunt din grecia si vreau de lucru aici, de unde sa incep", "ro", "welcome-europe"),
        ("كنت بفرنسا وبدي اشتغل هون، مين يوجهني", "ar", "welcome-europe"),
    ),
]


@pytest.mark.parametrize(("text", "language", "offer"), CARDS)
def test_the_need_gets_its_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert card(understander, snapshot, text, language) == offer


FOLLOW_UPS = [
    *by_form(
        "what-to-pack-or-put-in-the-bag",
        ("ce trebuie sa pun in rucsac pentru curs", "ro", "german-course", "bring"),
        ("какво да сложа в чантата за курса", "bg", "german-course", "bring"),
        ("что положить в сумку на курс", "ru", "german-course", "bring"),
        ("was kommt in meinen rucksack", "de", "german-course", "bring"),
        ("what do i pack for it", "en", "sewing-cafe", "bring"),
        ("kursa çantama ne koyayım", "tr", "german-course", "bring"),
    ),
    *by_form(
        "a-cue-inside-the-offers-own-phrase",
        ("приемни часове в коя сграда", "bg", "office-hours", "where"),
        ("закуска с румънци, трябва ли записване", "bg", "romanian-breakfast", "booking"),
        (
            "frühstück mit den rumänen, muss man sich eintragen",
            "de",
            "romanian-breakfast",
            "booking",
        ),
        # Alone, the cue still asks: nothing else is asked.
        ("приемни часове кога", "bg", "office-hours", "when"),
    ),
    *by_form(
        "a-word-both-offers-list",
        ("برای مشوره چی بیارم", "fa", "welcome-europe", "bring"),
        ("للاستشارة شو لازم جيب", "ar", "welcome-europe", "bring"),
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
