"""Offers and follow-ups of the thirty-first offers round (u-offers31, session 31), in the forms
people type: the parents' café named by its people ("cafeneaua mamicilor", "кафе для мам"),
Romani German learning spelt "nemcicanes" with work as its purpose ("te lav buti"), breakfast
with Romanians in the instrumental ("с румынами"), Romani breakfast said with the Romanian
"dimineata" beside making friends ("neve amala"), Persian mothers typed in Latin letters
("maman haye dige"); after a card, who it is for ("за какви хора", "кому этот"), Romani
"katar si" (where) and Persian "وقت لازم" (is an appointment needed). None is a line of the
evaluation sets or the probes."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Understander
from tests.support.follow_ups import follow_up
from tests.understanding.answers import by_form, card

CARDS = [
    *by_form(
        "parents-cafe-by-its-people",
        ("unde se tine cafeneaua mamicilor, si cand", "ro", "parents-cafe"),
        ("cafeneaua taticilor e si sambata?", "ro", "parents-cafe"),
        ("ваше кафе для мам работает в пятницу?", "ru", "parents-cafe"),
        ("is the mums and dads cafe open today", "en", "parents-cafe"),
    ),
    *by_form(
        "romani-nemcicanes-for-work",
        ("kamav te sikljovav nemcicanes te lav buti ko foro", "rom", "german-course"),
    ),
    *by_form(
        "breakfast-with-romanians-instrumental",
        ("сестра из кишинёва хочет позавтракать с румынами, куда", "ru", "romanian-breakfast"),
    ),
    *by_form(
        "romani-breakfast-dimineata-friends",
        (
            "dimineata kamav te xav e rumunencar thaj te arakhav neve amala",
            "rom",
            "romanian-breakfast",
        ),
    ),
    *by_form(
        "finglish-other-mothers",
        ("ba pesare kuchikam donbale maman haye dige hastam", "fa", "parents-cafe"),
    ),
]


@pytest.mark.parametrize(("text", "language", "offer"), CARDS)
def test_the_need_gets_its_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert card(understander, snapshot, text, language) == offer


FOLLOW_UPS = [
    *by_form(
        "who-it-is-for-kind-of-people",
        ("кафето за какви хора е всъщност", "bg", "parents-cafe", "audience"),
        ("кому эти занятия вообще", "ru", "german-course", "audience"),
        ("для яких людей ця кавʼярня", "uk", "sewing-cafe", "audience"),
        ("what kind of people go there", "en", "romanian-breakfast", "audience"),
    ),
    *by_form("romani-katar-si-where", ("а катар си кодо кафе?", "rom", "sewing-cafe", "where")),
    *by_form(
        "persian-appointment-needed-or-just-go",
        ("وقت لازمه یا همینطور برم اونجا", "fa", "german-course", "booking"),
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
