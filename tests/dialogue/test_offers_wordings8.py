"""Typed answers in the forms the eighth round added (issue 11), played in the terminal
channel at a booking confirmation: a yes said as "as you say" or "let's go" books, a no said
as "forget it" books nothing. None of the lines is in an evaluation set."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.app import CoreApp
from tests.support.conversation import at_booking_confirmation, onboarded, running_core


@pytest.fixture
async def core(database_url: str) -> AsyncIterator[CoreApp]:
    async with running_core(database_url) as running:
        yield running


@pytest.mark.parametrize(
    ("label", "code", "day", "typed"),
    [
        ("Русский", "ru", "четверг", "ну как скажете"),
        ("Deutsch", "de", "donnerstag", "abgemacht"),
        ("Türkçe", "tr", "perşembe", "tamam hadi"),
    ],
)
async def test_a_yes_said_as_you_wish_or_lets_go_books(
    core: CoreApp, label: str, code: str, day: str, typed: str
) -> None:
    chat = await at_booking_confirmation(core, label, code, day)

    await chat.send(typed)

    assert core.texts.translator(code)._("Your appointment is booked.") in chat.text


@pytest.mark.parametrize(
    ("label", "code", "day", "typed"),
    [
        ("English", "en", "thursday", "nah, forget it"),
        ("Українська", "uk", "четвер", "ні, проїхали"),
        ("Română", "ro", "joi", "nu, las asa"),
    ],
)
async def test_a_no_said_as_forget_it_books_nothing(
    core: CoreApp, label: str, code: str, day: str, typed: str
) -> None:
    chat = await at_booking_confirmation(core, label, code, day)

    await chat.send(typed)

    assert core.texts.translator(code)._("Your appointment is booked.") not in chat.text


async def test_a_part_of_the_day_after_a_card_is_answered_from_its_schedule(
    core: CoreApp,
) -> None:
    chat = await onboarded(core, "Română")
    await chat.press("offer:sewing-cafe")

    await chat.send("si dupa masa e deschis?")  # "in the afternoon too?"

    t = core.texts.translator("ro")
    assert t._("Every week:") in chat.text, "the weekly times"
    assert "Pentru cine" not in chat.text, "not the whole card again"
