"""Everyday requests, typed answers and follow-ups (issue 11) played in the terminal channel
the way a person types them: Russian as Belarusians and labour migrants spell it, Ukrainian on
a Russian keyboard, Bavarian German, a person asked for as "not a machine" or beside other
words, a language asked for beside one read badly, greetings of other regions, "explain what
you do", a typed yes or no with "this one" or an address word, a part of the day after a card.
The rows come from rounds 7 and 8; each shape in at least three languages, none of the lines
in an evaluation set. One row a wording: its id names the language and the form it shows."""

from __future__ import annotations

from datetime import time

import pytest

from bot.app import CoreApp
from tests.support.conversation import (
    OPEN_OFFICE_HOURS,
    at_booking_confirmation,
    onboarded,
)

WELCOME = "You are welcome! Write to me any time."
WHAT_I_CAN_DO = "I can book an appointment for you."


# (language label, language code, what is typed, the reply it gets: its English source)
REPLIES = [
    # a person asked for as "not a machine"
    pytest.param(
        "Deutsch",
        "de",
        "bitte mensch schreiben, keine maschine",
        OPEN_OFFICE_HOURS,
        id="de-person-not-a-machine",
    ),
    pytest.param(
        "Română", "ro", "nu cu masina, vreau om", OPEN_OFFICE_HOURS, id="ro-person-not-a-machine"
    ),
    pytest.param(
        "Türkçe",
        "tr",
        "makine değil, insan lazım",
        OPEN_OFFICE_HOURS,
        id="tr-person-not-a-machine",
    ),
    pytest.param(
        "Русский",
        "ru",
        "мне чалавек нада, не машина",
        OPEN_OFFICE_HOURS,
        id="ru-person-not-a-machine-akanye",
    ),  # akanye and "нада"
    # a person asked for beside other words
    pytest.param(
        "Română",
        "ro",
        "as vrea sa scriu cu cineva din echipa, nu cu programul",
        OPEN_OFFICE_HOURS,
        id="ro-person-beside-other-words",
    ),
    pytest.param(
        "Türkçe",
        "tr",
        "bi yetkiliyle görüşmek istiyorum, makineyle değil",
        OPEN_OFFICE_HOURS,
        id="tr-person-beside-other-words",
    ),
    pytest.param(
        "Deutsch",
        "de",
        "kann isch mit einer richtigen frau schreiben, keine maschine",
        OPEN_OFFICE_HOURS,
        id="de-person-beside-other-words",
    ),
    # thanks in dialect gets "you are welcome"
    pytest.param("Русский", "ru", "дзякуй, вы мне дапамаглі", WELCOME, id="ru-belarusian-thanks"),
    pytest.param(
        "Українська",
        "uk",
        "дякую, ви мени допомогли",
        WELCOME,
        id="uk-thanks-russian-keyboard",
    ),  # и for і: a Russian keyboard
    pytest.param("Deutsch", "de", "vergelts gott", WELCOME, id="de-bavarian-thanks"),
    # "explain to me" / "what do you help with" gets what the bot can do
    pytest.param(
        "Українська",
        "uk",
        "поясніть, з чим ви допомагаєте",
        WHAT_I_CAN_DO,
        id="uk-explain-what-you-help-with",
    ),
    pytest.param(
        "Български", "bg", "обяснете ми какво правите", WHAT_I_CAN_DO, id="bg-explain-what-you-do"
    ),
    pytest.param(
        "Romanes", "rom", "sikav mange so keren", WHAT_I_CAN_DO, id="rom-show-me-what-you-do"
    ),
]


@pytest.mark.parametrize(("label", "code", "typed", "reply"), REPLIES)
async def test_a_request_typed_gets_its_reply(
    core: CoreApp, label: str, code: str, typed: str, reply: str
) -> None:
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert core.texts.translator(code)._(reply) in chat.text


@pytest.mark.parametrize(
    ("label", "code", "day", "typed"),
    [
        pytest.param("Română", "ro", "joi", "da bre, asta", id="ro-yes-this-one"),
        pytest.param(
            "Русский", "ru", "четверг", "так, вось гэта", id="ru-belarusian-yes-this-one"
        ),  # Belarusian: yes, this one
        pytest.param(
            "Türkçe", "tr", "perşembe", "he abi, o", id="tr-anatolian-he-address-word"
        ),  # Anatolian "he", an address word
        pytest.param("English", "en", "thursday", "yeah bruv that one", id="en-yes-this-one"),
        # eighth round: a yes said as "as you wish" or "let's go"
        pytest.param("Русский", "ru", "четверг", "ну как скажете", id="ru-as-you-wish"),
        pytest.param("Deutsch", "de", "donnerstag", "abgemacht", id="de-deal"),
        pytest.param("Türkçe", "tr", "perşembe", "tamam hadi", id="tr-lets-go"),
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
        pytest.param("Română", "ro", "joi", "nu frate, nu asta", id="ro-no-not-this-one"),
        pytest.param("Русский", "ru", "четверг", "не, не гэта", id="ru-belarusian-not-this"),
        pytest.param("Türkçe", "tr", "perşembe", "yok bu değil", id="tr-no-not-this-one"),
        # eighth round: a no said as "forget it"
        pytest.param("English", "en", "thursday", "nah, forget it", id="en-forget-it"),
        pytest.param("Українська", "uk", "четвер", "ні, проїхали", id="uk-forget-it"),
        pytest.param("Română", "ro", "joi", "nu, las asa", id="ro-leave-it"),
    ],
)
async def test_a_no_with_not_this_one_books_nothing(
    core: CoreApp, label: str, code: str, day: str, typed: str
) -> None:
    chat = await at_booking_confirmation(core, label, code, day)

    await chat.send(typed)

    assert core.texts.translator(code)._("Your appointment is booked.") not in chat.text


@pytest.mark.parametrize(
    ("label", "typed"),
    [
        pytest.param(
            "Русский", "дзе вы знаходзіцеся?", id="ru-belarusian-where"
        ),  # Belarusian: where are you
        pytest.param("Українська", "де ви знаходитесь, яка адреса", id="uk-where-address"),
        pytest.param("Deutsch", "wo is eier büro", id="de-bavarian-where"),  # Bavarian
    ],
)
async def test_where_are_you_in_dialect_gives_the_addresses(
    core: CoreApp, label: str, typed: str
) -> None:
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert chat.venues == ["Raum vor Ort", "Willkommen Europa"]


@pytest.mark.parametrize(
    ("label", "typed", "wanted"),
    [
        pytest.param(
            "Deutsch", "my german is bad so english please", "English", id="en-german-bad"
        ),
        pytest.param(
            "Română", "romana mea nu e buna, pe rusa va rog", "Русский", id="ro-romanian-bad"
        ),
        pytest.param(
            "Русский",
            "немецкий плохо знаю, пишите по-английски",
            "English",
            id="ru-german-bad",
        ),
    ],
)
async def test_the_language_asked_for_comes_first_not_the_one_read_badly(
    core: CoreApp, label: str, typed: str, wanted: str
) -> None:
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert chat.labels[0].endswith(wanted)


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        pytest.param("العربية", "ar", "يسعد مساكم", id="ar-levantine-evening-greeting"),
        pytest.param("Romanes", "rom", "te aven baxtale, lačho dives", id="rom-greeting-good-day"),
        pytest.param(
            "English", "en", "assalamualaikum, hope you are doing well", id="en-assalamualaikum"
        ),
    ],
)
async def test_greetings_of_other_regions_are_greeted_back(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    t = core.texts.translator(code)
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert t._("Sorry, I do not know about that yet.") not in chat.text
    assert "112" not in chat.text


async def test_a_part_of_the_day_after_a_card_is_answered_from_its_schedule(
    core: CoreApp,
) -> None:
    chat = await onboarded(core, "Română")
    await chat.press("offer:sewing-cafe")

    await chat.send("si dupa masa e deschis?")  # "in the afternoon too?"

    t = core.texts.translator("ro")
    # it meets on Fridays 14:00-17:00: yes, with the times then (u-trial32)
    assert t._("Yes, in the afternoon:") in chat.text
    assert t.weekly(4, time(14), time(17)) in chat.text, "the weekly times"
    assert "Pentru cine" not in chat.text, "not the whole card again"
