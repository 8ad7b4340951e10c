"""A request to book that names the offer goes to that offer's days, in the terminal chat
(found in a trial: "vreau sa fac o programare pt curs de germana" got the list of bookable
offers, to choose the course the person had just named). The clock: Monday 30 November 2026,
09:00; the placement talk of the German course has times on Tuesday 1 December (tomorrow)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.app import CoreApp
from tests.support.conversation import onboarded

TOMORROW = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Română", "ro", "vreau sa fac o programare pt curs de germana"),
        ("English", "en", "I want to book an appointment for the german course"),
        ("Română", "ro", "vreau sa ma programez la cursul de germana"),
        ("Türkçe", "tr", "almanca kursu icin randevu alabilir miyim"),
    ],
)
async def test_a_request_to_book_naming_the_course_shows_the_courses_days(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    t = core.texts.translator(code)
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert t._("Which day suits you?") in chat.text
    assert t.day(TOMORROW) in chat.labels
    assert not any(button.action == "book:office-hours" for button in chat.buttons), (
        "the course was named: no list of offers to choose from"
    )
    assert t._("Please book an appointment for this first.") not in chat.text


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Türkçe", "tr", "almanca kursu icin yarin randevu alabilir miyim"),
        ("Română", "ro", "vreau sa ma programez maine la cursul de germana"),
    ],
)
async def test_a_request_to_book_naming_the_course_and_a_day_shows_that_days_times(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    t = core.texts.translator(code)
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert t._("Which time suits you?") in chat.text
    assert t.day(TOMORROW) in chat.text


@pytest.mark.parametrize(
    ("label", "typed"),
    [
        ("Deutsch", "ich brauche einen termin"),
        ("Română", "vreau o programare"),
        ("English", "can i book an appointment please"),
    ],
)
async def test_a_request_to_book_naming_no_offer_still_lists_the_bookable_offers(
    core: CoreApp, label: str, typed: str
) -> None:
    """ "termin" is also a word of the office hours: it names no offer by itself."""
    chat = await onboarded(core, label)

    await chat.send(typed)

    actions = {button.action for button in chat.buttons}
    assert {"book:german-course", "book:office-hours"} <= actions
