"""A letter or papers said to be in German (u-letter31, session 31): the language's name right
beside a noun of a letter or a paper (words.yaml papers), or with a preposition between, is the
paper's language, so the line asks for help with the letter (the office hours, where letters
are read together: their card, or a staff answer with their button under it), neither for the
chat in German nor for the course, nor the staff answer on coming without German. Asking to be
written to in German, learning German and not speaking it stay as they were. None is a line of
the evaluation sets or the probes."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome
from tests.understanding.answers import by_form, card, language_asked, staff_answer

LETTERS = by_form(
    "papers-language",
    ("die schule hat uns einen zettel auf deutsch mitgegeben, keine ahnung was da steht", "de"),
    ("they gave me papers in german at the town hall and i cant read them", "en"),
    ("am o scrisoare in germana de la asigurare, nu stiu ce vor", "ro"),
    ("дадоха ми документи на немски в общината, не ги разбирам", "bg"),
    ("пришли бумаги на немецком из садика, ничего не понятно", "ru"),
    ("отримала папери німецькою від школи, що там написано", "uk"),
    ("almanca mektup aldım okuyamıyorum ne yapmam lazım", "tr"),
    ("وصلتني رسالة بالالماني وما فهمت شي", "ar"),
)


def _help_offered(understander: Understander, snapshot: Snapshot, text: str, language: str) -> str:
    """The offer whose card the line gets, or whose button is under its staff answer."""
    understood = understander.understand(text, snapshot, Context(language))
    if understood.outcome is Outcome.FAQ:
        linked = snapshot.catalogue.faq.get(understood.faq or "")
        return f"faq:{understood.faq}" if linked is None else f"{linked.offer_id}"
    return str(card(understander, snapshot, text, language) or understood.outcome.value)


@pytest.mark.parametrize(("text", "language"), LETTERS)
def test_a_letter_in_german_gets_the_office_hours(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert _help_offered(understander, snapshot, text, language) == "office-hours"


def test_asking_the_chat_in_german_still_switches(
    understander: Understander, snapshot: Snapshot
) -> None:
    assert language_asked(
        understander, snapshot, "could you write to me in german", "en", sure=True
    ) == (Intent.LANGUAGE, "de")


def test_learning_german_still_gets_the_course(
    understander: Understander, snapshot: Snapshot
) -> None:
    assert card(understander, snapshot, "möchte gern deutsch lernen, wo geht das", "de") == (
        "german-course"
    )


def test_not_speaking_german_still_gets_the_staff_answer(
    understander: Understander, snapshot: Snapshot
) -> None:
    assert (
        staff_answer(understander, snapshot, "i speak no german, is it ok to come by", "en")
        == "without-german"
    )
