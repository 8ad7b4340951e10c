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
