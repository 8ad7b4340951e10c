"""Logs carry event names and error types, never what people wrote, unless LOG_MESSAGE_TEXT."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import open_core
from bot.config import Settings
from tests.support.conversation import Chat, FixedClock

SECRET = "ich heiße Mirela und wohne in der Mallinckrodtstraße"


@pytest.mark.parametrize("log_text", [False, True])
async def test_what_people_write_reaches_the_log_only_when_asked_for(
    log_text: bool, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = replace(
        Settings(),
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        log_message_text=log_text,
        watch_content=False,
    )
    caplog.set_level(logging.DEBUG)
    async with open_core(settings, clock=FixedClock(), detect_languages=False) as core:
        chat = Chat(core, "person-1")
        await chat.send("/start")
        await chat.tap("Deutsch")
        await chat.press("consent:yes")
        await chat.send(SECRET)

    assert (SECRET in caplog.text) is log_text
