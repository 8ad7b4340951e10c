"""Everyday requests in the forms the eighth round added (issue 11), played in the terminal
channel the way a person types them: a request beside words that only guess an offer, a
language asked for beside one the person reads badly, Levantine and Romani greetings, and
"explain to me" / "what do you help with". Each shape in at least three languages; none of
the lines is in an evaluation set."""

from __future__ import annotations

import pytest

from bot.app import CoreApp
from tests.support.conversation import OPEN_OFFICE_HOURS, onboarded


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Română", "ro", "as vrea sa scriu cu cineva din echipa, nu cu programul"),
        ("Türkçe", "tr", "bi yetkiliyle görüşmek istiyorum, makineyle değil"),
        ("Deutsch", "de", "kann isch mit einer richtigen frau schreiben, keine maschine"),
    ],
)
async def test_a_person_asked_for_beside_other_words_gets_the_team(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert core.texts.translator(code)._(OPEN_OFFICE_HOURS) in chat.text


@pytest.mark.parametrize(
    ("label", "typed", "wanted"),
    [
        ("Deutsch", "my german is bad so english please", "English"),
        ("Română", "romana mea nu e buna, pe rusa va rog", "Русский"),
        ("Русский", "немецкий плохо знаю, пишите по-английски", "English"),
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
        ("العربية", "ar", "يسعد مساكم"),
        ("Romanes", "rom", "te aven baxtale, lačho dives"),
        ("English", "en", "assalamualaikum, hope you are doing well"),
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


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Українська", "uk", "поясніть, з чим ви допомагаєте"),
        ("Български", "bg", "обяснете ми какво правите"),
        ("Romanes", "rom", "sikav mange so keren"),
    ],
)
async def test_explain_what_you_do_gets_what_the_bot_can_do(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    chat = await onboarded(core, label)

    await chat.send(typed)

    assert core.texts.translator(code)._("I can book an appointment for you.") in chat.text
