"""LOG_FORMAT: plain lines by default, one JSON object per line for log collectors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bot.__main__ import main
from bot.config import PROJECT_ROOT

LOGGING = """
import logging, sys
from bot.config import Settings
from bot.observability.logs import configure_logging
configure_logging(logging.INFO, Settings.from_env().log_format)
log = logging.getLogger("bot.handover.relay")
log.info("relay retention: %d messages deleted", 3)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("relay round failed")
"""


def _log_lines(log_format: str | None) -> list[str]:
    env = {"PATH": "/usr/bin:/bin", **({"LOG_FORMAT": log_format} if log_format else {})}
    result = subprocess.run(
        [sys.executable, "-c", LOGGING],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stderr.splitlines()


def test_json_lines_for_a_log_collector() -> None:
    lines = _log_lines("json")
    records = [json.loads(line) for line in lines if line.startswith("{")]

    assert len(records) == 2 == len([line for line in lines if line.startswith("{")])
    first, failure = records
    assert first["level"] == "INFO" and first["logger"] == "bot.handover.relay"
    assert first["message"] == "relay retention: 3 messages deleted"
    assert first["time"].endswith("+00:00")
    assert failure["error"] == "ZeroDivisionError" and "Traceback" in failure["traceback"]


def test_plain_lines_by_default() -> None:
    lines = _log_lines(None)

    assert " INFO bot.handover.relay: relay retention: 3 messages deleted" in lines[0]
    assert not any(line.startswith("{") for line in lines)


def test_an_unknown_log_format_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LOG_FORMAT", "xml")

    assert main(["migrate"]) == 2

    assert "LOG_FORMAT must be one of plain, json" in capsys.readouterr().err
