"""What the end-to-end tests share: the bot's environment and the check of its output."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tests.support.fake_bot_api import TEST_TOKEN, FakeBotApi

STARTUP_SECONDS = 60.0
"""Generous: a cold start imports everything and migrates a new database."""


def telegram_env(fake: FakeBotApi, workdir: Path) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{workdir / 'bot.sqlite3'}",
        # health and metrics listen in polling mode too: on a free port, never a shared one
        "PORT": "0",
        "WEBHOOK_LISTEN": "127.0.0.1",
    }


def assert_clean(output: str, *, private: Iterable[str]) -> None:
    """No traceback, nothing people wrote (``private``), no token in the bot's output."""
    assert "Traceback" not in output, output
    leaked = [word for word in private if word.casefold() in output.casefold()]
    assert not leaked, f"the log shows what people wrote: {leaked}"
    assert TEST_TOKEN not in output, "the log shows the bot token"
