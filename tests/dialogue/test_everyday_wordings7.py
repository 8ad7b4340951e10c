"""Everyday requests and typed answers in the forms the seventh round added (issue 11), played
in the terminal channel the way a person types them: Russian as Belarusians and labour
migrants spell it, Ukrainian on a Russian keyboard, Bavarian German, a person asked for as
"not a machine", and a typed yes or no with "this one" or an address word. Each shape in at
least three languages; none of the lines is in an evaluation set."""

from __future__ import annotations

import pytest

from bot.app import CoreApp
from tests.support.conversation import (
    OPEN_OFFICE_HOURS,
    at_booking_confirmation,
    onboarded,
)


@pytest.mark.parametrize(
    ("label", "code", "day", "typed"),
    [
        ("Română", "ro", "joi", "da bre, asta"),
        ("Русский", "ru", "четверг", "так, вось гэта"),  # Belarusian: yes, this one
        ("Türkçe", "tr", "perşembe", "he abi, o"),  # Anatolian "he", an address word
        ("English", "en", "thursday", "yeah bruv that one"),
        # eighth round: a yes said as "as you wish" or "let's go"
        ("Русский", "ru", "четверг", "ну как скажете"),
        ("Deutsch", "de", "donnerstag", "abgemacht"),
        ("Türkçe", "tr", "perşembe", "tamam hadi"),
    ],
)
async def test_a_yes_with_this_one_or_an_address_word_books(
    core: CoreApp, label: str, code: str, day: str, typed: str
) -> None:
    chat = await at_booking_confirmation(core, label, code, day)

    await chat.send(typed)

    assert core.texts.translator(code)._("Your appointment is booked.") in chat.text


@pytest.mark.parametrize(
    ("label", "code", "day", "typed"),
    [
        ("Română", "ro", "joi", "nu frate, nu asta"),
        ("Русский", "ru", "четверг", "не, не гэта"),
        ("Türkçe", "tr", "perşembe", "yok bu değil"),
        # eighth round: a no said as "forget it"
        ("English", "en", "thursday", "nah, forget it"),
        ("Українська", "uk", "четвер", "ні, проїхали"),
        ("Română", "ro", "joi", "nu, las asa"),
    ],
)
async def test_a_no_with_not_this_one_books_nothing(
    core: CoreApp, label: str, code: str, day: str, typed: str
) -> None:
    chat = await at_booking_confirmation(core, label, code, day)

    await chat.send(typed)

    assert core.texts.translator(code)._("Your appointment is booked.") not in chat.text


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Deutsch", "de", "bitte mensch schreiben, keine maschine"),
        ("Română", "ro", "nu cu masina, vreau om"),
        ("Türkçe", "tr", "makine değil, insan lazım"),
        ("Русский", "ru", "мне чалавек нада, не машина"),  # akanye and "нада"
    ],
)
async def test_a_person_asked_for_as_not_a_machine(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert core.texts.translator(code)._(OPEN_OFFICE_HOURS) in chat.text


@pytest.mark.parametrize(
    ("label", "typed"),
    [
        ("Русский", "дзе вы знаходзіцеся?"),  # Belarusian: where are you
        ("Українська", "де ви знаходитесь, яка адреса"),
        ("Deutsch", "wo is eier büro"),  # Bavarian
    ],
)
async def test_where_are_you_in_dialect_gives_the_addresses(
    core: CoreApp, label: str, typed: str
) -> None:
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert chat.venues == ["Raum vor Ort", "Willkommen Europa"]


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Русский", "ru", "дзякуй, вы мне дапамаглі"),
        ("Українська", "uk", "дякую, ви мени допомогли"),  # и for і: a Russian keyboard
        ("Deutsch", "de", "vergelts gott"),
    ],
)
async def test_thanks_in_dialect_gets_you_are_welcome(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert core.texts.translator(code)._("You are welcome! Write to me any time.") in chat.text
