"""Behaviours people hit in the lead's trials (issue 11), played the way a person types them:
asking to talk to someone who speaks a language right after an offer's card; a typed answer
that corrects itself. None of the lines is in an evaluation set."""

from __future__ import annotations

import pytest

from bot.app import CoreApp
from tests.support.conversation import (
    OPEN_OFFICE_HOURS,
    at_booking_confirmation,
    offer_title,
    onboarded,
)


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Română", "ro", "vreau sa vorbesc cu cineva care vorbeste romana"),
        ("Deutsch", "de", "ich will mit jemandem sprechen der arabisch spricht"),
        ("English", "en", "i want to talk to someone who speaks arabic"),
        ("Türkçe", "tr", "arapça bilen biriyle konuşmak istiyorum"),
        ("Русский", "ru", "хочу поговорить с кем-то кто говорит по-русски"),
        ("Български", "bg", "искам да говоря с някой който говори български"),
    ],
)
async def test_asking_for_someone_who_speaks_a_language_after_a_card_brings_the_team(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    chat = await onboarded(core, label)
    await chat.send("deutschkurs")
    assert offer_title(core, "german-course", code) in chat.text

    await chat.send(typed)

    assert core.texts.translator(code)._(OPEN_OFFICE_HOURS) in chat.text
    assert offer_title(core, "german-course", code) not in chat.text, "no answer about the course"


async def test_asking_whether_someone_there_speaks_it_is_still_about_the_offer(
    core: CoreApp,
) -> None:
    chat = await onboarded(core, "English")
    await chat.send("deutschkurs")

    await chat.send("is there someone there who speaks arabic")

    assert offer_title(core, "german-course", "en") in chat.text
    assert core.texts.translator("en")._(OPEN_OFFICE_HOURS) not in chat.text


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Türkçe", "tr", "kursta turkce konusan var mi"),
        ("Română", "ro", "ce limbi se vorbesc acolo"),
        ("العربية", "ar", "شو اللغات يلي بيحكوها هناك"),
    ],
)
async def test_the_languages_spoken_are_named_in_the_readers_language(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    """Found in the lead's trial: the follow-up said "Deutsch" where the card says "Almanca"."""
    chat = await onboarded(core, label)
    await chat.send("deutschkurs")

    await chat.send(typed)

    assert core.dialogue.languages.name_in("de", code) in chat.text
    assert "Deutsch" not in chat.text


@pytest.mark.parametrize(
    ("label", "code", "day", "typed", "booked"),
    [
        ("Română", "ro", "joi", "nu, adica da", True),
        ("Deutsch", "de", "donnerstag", "nein doch ja", True),
        ("English", "en", "thursday", "no wait yes", True),
        ("Русский", "ru", "четверг", "нет, то есть да", True),
        ("English", "en", "thursday", "yes, sorry, no", False),
    ],
)
async def test_an_answer_that_corrects_itself_counts_as_its_last_word(
    core: CoreApp, label: str, code: str, day: str, typed: str, booked: bool
) -> None:
    chat = await at_booking_confirmation(core, label, code, day)

    await chat.send(typed)

    assert (core.texts.translator(code)._("Your appointment is booked.") in chat.text) is booked
