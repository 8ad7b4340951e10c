"""Error reports to Sentry carry no message text, no names and no tokens.

The real sentry-sdk runs in a child process (its hooks are process-wide) with a transport that
writes each envelope to a file instead of the network; the bot's logging and an exception
carrying what a person wrote go through it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT

pytest.importorskip("sentry_sdk", reason="the sentry extra is not installed")

WROTE = "cand e cursul de germana"
NAME = "Zamfira"
TOKEN = "123456:AAE-secret-bot-token"

REPORTING = f"""
import logging, sys
from sentry_sdk.transport import Transport
from bot.observability.sentry import init_sentry

class ToFile(Transport):
    def capture_envelope(self, envelope):
        with open(sys.argv[1], "ab") as out:
            out.write(envelope.serialize() + b"\\n")

init_sentry("https://public@sentry.invalid/1", secrets=[{TOKEN!r}], transport=ToFile)
logging.basicConfig(level=logging.INFO)
log = logging.getLogger("bot.handover.relay")
log.info("relayed for %s: %s", {NAME!r}, {WROTE!r})
log.info("calling https://api.telegram.org/bot{TOKEN}/sendMessage")
try:
    raise ValueError("could not answer " + {NAME!r} + ": " + {WROTE!r})
except ValueError:
    text, person = {WROTE!r}, {NAME!r}  # local variables a report could show
    log.exception("turn failed for %s", person)
log.error("relay round failed: %s", "ValueError")
import sentry_sdk
sentry_sdk.flush(timeout=5)
"""


def test_reports_keep_types_and_places_but_not_what_people_wrote(tmp_path: Path) -> None:
    envelopes = tmp_path / "envelopes"
    result = subprocess.run(
        [sys.executable, "-c", REPORTING, str(envelopes)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    sent = envelopes.read_text(encoding="utf-8")
    events = [
        json.loads(line)
        for line in sent.splitlines()
        if line.startswith("{") and '"level"' in line and '"event_id"' in line
    ]

    assert len(events) == 2, sent  # the exception and the error line, nothing else
    for leaked in (WROTE, NAME, TOKEN, "AAE-secret"):
        assert leaked not in sent, f"the report shows {leaked!r}"
    crash = next(e for e in events if e.get("exception"))
    (error,) = crash["exception"]["values"]
    assert error["type"] == "ValueError"
    assert error["stacktrace"]["frames"], "where it happened stays"
    assert crash["logentry"]["message"] == "turn failed for %s"
    crumbs = [c.get("message") for c in crash["breadcrumbs"]["values"]]
    assert "relayed for %s: %s" in crumbs


def test_a_dsn_without_the_sentry_extra_stops_the_start_with_a_clear_line() -> None:
    without_sentry = (
        "import sys; sys.modules['sentry_sdk'] = None\n"
        "from bot.__main__ import main\n"
        "sys.exit(main(['run']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", without_sentry],
        cwd=PROJECT_ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "SENTRY_DSN": "https://public@sentry.invalid/1",
            "TELEGRAM_BOT_TOKEN": TOKEN,
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 2
    assert "sentry-sdk is not installed" in result.stderr
    assert "erstkontakt[sentry]" in result.stderr and "Traceback" not in result.stderr
