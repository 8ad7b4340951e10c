"""Behaviours people hit in the lead's trials (issue 11), played the way a person types them:
asking to talk to someone who speaks a language right after an offer's card; a typed answer
that corrects itself; Arabizi "how much" and "Saturday" after a card; which languages are
spoken in the course. None of the lines is in an evaluation set."""

from __future__ import annotations

from datetime import time

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


@pytest.mark.parametrize("typed", ["ade ha2o?", "be2addesh?"])
async def test_arabizi_how_much_after_a_card_is_its_cost_not_a_goodbye(
    core: CoreApp, typed: str
) -> None:
    """Found in a trial: "ade ha2o?" (how much is it) was read as German "ade" (bye), and
    "be2addesh?" was not understood."""
    t = core.texts.translator("ar")
    chat = await onboarded(core, "العربية")
    await chat.send("deutschkurs")

    await chat.send(typed)

    assert t._("Cost:") in chat.text
    assert t._("Goodbye! Write to me any time.") not in chat.text


async def test_arabizi_how_much_without_a_card_is_the_staff_answer_on_costs(
    core: CoreApp,
) -> None:
    chat = await onboarded(core, "العربية")

    await chat.send("be2addesh?")

    free = core.dialogue.catalogue.current.catalogue.faq["free"]
    assert free.answer("ar") in chat.text


async def test_an_arabizi_saturday_after_a_card_asks_when(core: CoreApp) -> None:
    """Found in a trial: "w yom el sabt fi?" (and on Saturday, is there?) got the booking
    answer: Tajik "сабт" (registration) typed in Latin letters is "sabt" too."""
    t = core.texts.translator("ar")
    chat = await onboarded(core, "العربية")
    await chat.send("deutschkurs")

    await chat.send("w yom el sabt fi?")

    assert t._("Every week:") in chat.text
    assert t._("Please book an appointment for this first.") not in chat.text


async def test_which_languages_are_spoken_in_the_course_is_no_language_picker(
    core: CoreApp,
) -> None:
    """Found in a trial: "kursta hangi diller konusuluyor" got the language picker."""
    t = core.texts.translator("tr")
    chat = await onboarded(core, "Türkçe")
    await chat.send("deutschkurs")

    await chat.send("kursta hangi diller konusuluyor")

    assert t._("Languages spoken:") in chat.text
    assert core.dialogue.languages.name_in("de", "tr") in chat.text


async def test_asking_at_length_for_someone_who_speaks_a_language_brings_the_team(
    core: CoreApp,
) -> None:
    """Found in a trial: with words around it, the request was answered with the card's
    languages."""
    chat = await onboarded(core, "Türkçe")
    await chat.send("deutschkurs")

    await chat.send(
        "merhaba, ben Ayse, annem icin soruyorum, turkce konusan biriyle konusmak istiyorum lutfen"
    )

    assert core.texts.translator("tr")._(OPEN_OFFICE_HOURS) in chat.text


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Română", "ro", "da, sterge"),
        ("Deutsch", "de", "ja löschen"),
        ("English", "en", "yes delete"),
    ],
)
async def test_a_typed_yes_that_repeats_the_delete_button_only_deletes(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    """Found in a trial: "da, sterge" to "✅ Da, ștergeți" deleted the data and then read
    "sterge" as cancelling an appointment, showing "you have no appointments"."""
    t = core.texts.translator(code)
    chat = await onboarded(core, label)
    await chat.send("/delete")

    await chat.send(typed)

    assert chat.text == "✅ " + t._(
        "Done. I have deleted your data. Write to me again at any time."
    )


@pytest.mark.parametrize(
    ("language_label", "code", "typed", "part", "said"),
    [
        # the German course meets Tuesday and Thursday 10:00-12:00
        ("Deutsch", "de", "gibt es das auch abends?", "evening", False),
        ("Română", "ro", "e si seara?", "evening", False),
        ("Türkçe", "tr", "aksam var mi", "evening", False),
        ("Русский", "ru", "а вечером есть?", "evening", False),
        ("العربية", "ar", "في شي بالمسا؟", "evening", False),
        ("English", "en", "only mornings?", "morning", True),
        ("Deutsch", "de", "nachmittags auch?", "afternoon", False),
        ("Български", "bg", "а сутрин има ли?", "morning", True),
    ],
)
async def test_a_part_of_the_day_after_a_card_is_answered_yes_or_no(
    core: CoreApp, language_label: str, code: str, typed: str, part: str, said: bool
) -> None:
    """Found in a trial: "في شي بالمسا؟" (is there something in the evening?) after the German
    course showed the whole schedule, with no word on the evening."""
    t = core.texts.translator(code)
    chat = await onboarded(core, language_label)
    await chat.send("deutschkurs")

    await chat.send(typed)

    yes = {
        "morning": t._("Yes, in the morning:"),
        "afternoon": t._("Yes, in the afternoon:"),
        "evening": t._("Yes, in the evening:"),
    }[part]
    no = {
        "morning": t._("No, not in the morning."),
        "afternoon": t._("No, not in the afternoon."),
        "evening": t._("No, not in the evening."),
    }[part]
    assert (yes in chat.text, no in chat.text) == (said, not said)
    assert t.weekly(1, time(10), time(12)) in chat.text  # the times it does meet


async def test_a_part_of_the_day_when_the_offer_meets_then(core: CoreApp) -> None:
    """The sewing café meets on Fridays 14:00-17:00: in the afternoon, not in the evening."""
    t = core.texts.translator("ro")
    chat = await onboarded(core, "Română")
    await chat.send("cafeneaua de cusut")

    await chat.send("si dupa amiaza?")
    assert t._("Yes, in the afternoon:") in chat.text
    assert t.weekly(4, time(14), time(17)) in chat.text

    await chat.send("dar seara?")
    assert t._("No, not in the evening.") in chat.text


async def test_a_part_of_the_day_while_a_booking_asks_for_a_day_stays_the_bookings(
    core: CoreApp,
) -> None:
    """ "nachmittags" typed while the booking asks for a day is no yes or no about the course's
    meetings (the appointments have times of their own); the day question stays open."""
    t = core.texts.translator("de")
    chat = await onboarded(core)
    await chat.send("deutschkurs")
    await chat.send("termin buchen")

    await chat.send("nachmittags")

    assert t._("No, not in the afternoon.") not in chat.text
    assert t._("Yes, in the afternoon:") not in chat.text
    assert t._("Which day suits you?") in chat.text
