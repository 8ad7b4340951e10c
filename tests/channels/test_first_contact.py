"""Issue 14: first contact without dead ends, tried in the terminal channel as people type.

Each test replays a script through the console channel (the same code `python -m bot` runs)
and reads the transcript, in the language where the problem was found.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import CoreApp, open_core
from bot.channels.console import run_console
from bot.config import Settings


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[CoreApp]:
    settings = replace(Settings(), database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    async with open_core(settings, background=False) as running:
        yield running


async def console(core: CoreApp, script: str, chat_id: str = "person-1") -> str:
    """The transcript of one terminal session replaying ``script`` (one message per line)."""
    out = io.StringIO()
    await run_console(core, source=io.StringIO(script), out=out, chat_id=chat_id)
    return out.getvalue()


def button(transcript: str, label: str) -> str:
    """The number the terminal shows for the last button whose label ends with ``label``."""
    for line in reversed(transcript.splitlines()):
        for part in line.split("[")[1:]:
            number, _, rest = part.partition("]")
            if number.isdigit() and rest.split("   ")[0].strip().endswith(label):
                return number
    raise AssertionError(f"no button {label!r} in:\n{transcript}")


async def onboard(core: CoreApp, code: str, chat_id: str) -> str:
    """Choose ``code`` from the picker (and Romanian dates for Romani), then accept privacy."""
    number = core.dialogue.languages.codes.index(code) + 1
    format_choice = "1\n" if core.dialogue.languages[code].format_choices else ""
    return await console(core, f"/start\n{number}\n{format_choice}1\n", chat_id)


SWITCH_QUESTION = "Do you want to continue in another language?"


def ui(core: CoreApp, language: str, message: str) -> str:
    return core.texts.translator(language, None)._(message)


def title(core: CoreApp, offer_id: str, language: str) -> str:
    offer = core.dialogue.catalogue.current.catalogue.offer(offer_id)
    assert offer is not None
    return offer.text("title", language)


async def test_russian_is_a_tenth_language_and_finds_the_german_course(core: CoreApp) -> None:
    picker = await console(core, "/start\n", chat_id="ru-1")
    number = button(picker, "Русский")
    transcript = await console(core, f"{number}\n1\nкогда курсы немецкого\n", chat_id="ru-1")
    assert ui(core, "ru", "Before we start: your privacy.") in transcript
    assert title(core, "german-course", "ru") == "Курс немецкого языка"
    assert "Курс немецкого языка" in transcript
    assert ui(core, "ru", "Next dates:") in transcript


@pytest.mark.parametrize(
    ("code", "question"),
    [
        ("rom", "kana si o kurso nemcikanes"),  # Romani: the detector cannot know it
        ("rom", "na zhanav nemcikanes shaj avav"),
        ("bg", "iskam da ucha nemski"),  # Bulgarian in Latin letters heard as German
        ("bg", "willkommen europa"),  # a German name inside another language
        ("ro", "buna vreau la deutschkurs"),
        ("fa", "میتونم بچمو بیارم"),  # Persian heard as Arabic
        ("ar", "wen fini ro7 ma3 ebni l zghir w et3araf 3a emmahat"),
    ],
)
async def test_no_language_switch_is_offered_when_the_guess_is_unsure(
    core: CoreApp, code: str, question: str
) -> None:
    await onboard(core, code, chat_id=f"switch-{code}")
    answer = await console(core, question + "\n", chat_id=f"switch-{code}")
    assert ui(core, code, SWITCH_QUESTION) not in answer
    assert "Traceback" not in answer


async def test_a_clear_sentence_in_another_language_still_offers_the_switch(
    core: CoreApp,
) -> None:
    await onboard(core, "de", chat_id="switch-de")
    answer = await console(
        core, "Unde pot să învăț limba germană împreună cu copiii mei?\n", chat_id="switch-de"
    )
    assert ui(core, "de", SWITCH_QUESTION) in answer
    assert "Română" in answer


async def test_arabic_letters_from_a_german_reader_offer_every_language_of_that_script(
    core: CoreApp,
) -> None:
    await onboard(core, "de", chat_id="switch-de-ar")
    answer = await console(core, "میتونم بچمو بیارم به کافه والدین\n", chat_id="switch-de-ar")
    question = next(line for line in answer.splitlines() if ui(core, "de", SWITCH_QUESTION) in line)
    buttons = answer[answer.index(question) :]
    assert "العربية" in buttons and "فارسی" in buttons, "Arabic and Persian look alike"
