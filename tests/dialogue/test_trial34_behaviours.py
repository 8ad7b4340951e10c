"""Behaviours found in the lead's trial of round 34 (issue 11), played the way a person types
them: saying one has no money, with no card shown, is answered as at the counter (our offers
are free), also with a course named as what the money is for; right after a card it still asks
that offer's cost. "I need a person who speaks <language>" brings the team, not the language
picker. A wish to learn German with one's own working hours beside it shows the course."""

from __future__ import annotations

import pytest

from bot.app import CoreApp
from tests.support.conversation import OPEN_OFFICE_HOURS, offer_title, onboarded


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("English", "en", "and if i have no money?"),
        ("English", "en", "i dont have money for that"),
        ("Română", "ro", "si daca nu am bani?"),
        ("Română", "ro", "nu am bani de curs"),
        ("Deutsch", "de", "hab kein geld für nen kurs"),
        ("Türkçe", "tr", "ama param yok"),
        ("Українська", "uk", "а якщо в мене немає грошей"),
        ("العربية", "ar", "و اذا ما عندي مصاري"),
        ("Русский", "ru", "a esli deneg net?"),
        ("Русский", "ru", "у меня денег нет"),
        ("Romanes", "rom", "nai man love"),
        ("Български", "bg", "nyamam pari"),
    ],
)
async def test_no_money_without_a_card_is_told_our_offers_are_free(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    chat = await onboarded(core, label)

    await chat.send(typed)

    free = core.dialogue.catalogue.current.catalogue.faq["free"]
    assert free.answer(code) in chat.text
    assert offer_title(core, "german-course", code) not in chat.text, "no course's card"


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Türkçe", "tr", "hiç param yok"),
        ("Русский", "ru", "у меня денег нет"),
        ("English", "en", "i dont have money for that"),
    ],
)
async def test_no_money_right_after_a_card_asks_its_cost(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    chat = await onboarded(core, label)
    await chat.send("deutschkurs")

    await chat.send(typed)

    assert core.texts.translator(code)._("Cost:") in chat.text


async def test_no_money_beside_a_need_of_its_own_shows_the_need(core: CoreApp) -> None:
    """Not every "no money" is the worry about our cost: "i have no money, i need a job" asks
    for work (the words beside the lack are no purpose of the money)."""
    chat = await onboarded(core, "English")

    await chat.send("i have no money, i need a job")

    assert offer_title(core, "welcome-europe", "en") in chat.text
    free = core.dialogue.catalogue.current.catalogue.faq["free"]
    assert free.answer("en") not in chat.text


@pytest.mark.parametrize(
    ("label", "code", "typed", "named"),
    [
        ("Русский", "ru", "мне нужен человек который говорит по русски", None),
        ("Русский", "ru", "mne nuzhen chelovek kotoryj govorit po russki", None),
        ("Русский", "ru", "мне нужна женщина, которая говорит по-арабски", "ar"),
        ("Türkçe", "tr", "türkçe bilen birine ihtiyacım var", None),
        ("Română", "ro", "am nevoie de un om care vorbeste romaneste", None),
        ("Deutsch", "de", "ich brauche einen menschen der türkisch spricht", "tr"),
    ],
)
async def test_a_person_who_speaks_a_language_brings_the_team(
    core: CoreApp, label: str, code: str, typed: str, named: str | None
) -> None:
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert core.texts.translator(code)._(OPEN_OFFICE_HOURS) in chat.text
    actions = [b.action for b in chat.buttons]
    if named is not None:
        assert f"switch:{named}" in actions, "the language named is offered beside the person"


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Deutsch", "de", "ich möchte deutsch lernen aber ich arbeite bis 14 uhr"),
        ("Română", "ro", "as vrea sa invat germana dar lucrez pana la 3"),
        ("Русский", "ru", "хочу выучить немецкий, но работаю до трёх"),
    ],
)
async def test_learning_german_beside_ones_working_hours_shows_the_course(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert offer_title(core, "german-course", code) in chat.text
    assert offer_title(core, "welcome-europe", code) not in chat.text, "no choice of two"
