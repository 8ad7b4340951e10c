"""A long-polling bot serves /healthz and /metrics on $PORT, like a webhook bot does.

The real ``python -m bot run`` process against the fake Bot API; a Romanian speaker asks a
question typed without diacritics, and the admin's scrape shows it counted, without any trace
of who asked or what.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.conftest import POSTGRES_URL
from tests.observability.http import get, health, health_until, sample
from tests.support.bot_process import running_bot
from tests.support.databases import postgres_unavailable_reason, reset_postgres
from tests.support.fake_bot_api import FakeBotApi
from tests.support.tcp_proxy import TcpProxy
from tests.support.telegram_scenario import TelegramUser
from tests.telegram.e2e import STARTUP_SECONDS, telegram_env

QUESTION = "cand e cursul de germana"


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


async def test_polling_bot_reports_health_and_counts_a_conversation(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    env = {**telegram_env(fake, tmp_path), "REMINDER_TICK_SECONDS": "0.2"}
    async with running_bot(["run"], env, tmp_path, listening=True) as bot:
        base = bot.base_url
        status, report = await health_until(base, lambda s, _r: s == 200, within=STARTUP_SECONDS)
        assert report["ok"] and report["database"] == "ok" and report["problems"] == []
        loops = report["loops"]
        assert {"booking reminders", "retention purge", "content watcher"} <= set(loops)
        assert loops["telegram polling"] == {"ok": True}

        zamfira = TelegramUser(fake, first_name="Zamfira", language_code="ro")
        await zamfira.onboard("Română")
        await zamfira.send(QUESTION)
        answer = await zamfira.next_replies()
        assert any("germană" in reply.visible_text for reply in answer)

        status, text = await get(f"{base}/metrics")
        assert status == 200
        assert sample(text, "erstkontakt_updates_total", channel="telegram") >= 4
        assert sample(text, "erstkontakt_replies_total", channel="telegram") >= 4
        assert sample(text, "erstkontakt_turn_seconds_count", channel="telegram") >= 4
        assert sample(text, "erstkontakt_understanding_total", outcome="answered") == 1
        assert "erstkontakt_queue_depth" in text and "erstkontakt_reminder_lag_seconds" in text
        for private in (QUESTION, "Zamfira", zamfira.chat_id):
            assert private not in text, f"/metrics shows {private!r}"
        assert QUESTION not in bot.output
        # run from the checkout's content/: the admin hears that staff edits and git pull collide
        assert "inside the code checkout" in bot.output


@pytest.mark.postgres
async def test_healthz_names_the_database_while_it_is_cut_off_and_recovers(
    fake: FakeBotApi, tmp_path: Path, postgres_url: str | None
) -> None:
    if postgres_url is None:
        pytest.skip(await postgres_unavailable_reason(POSTGRES_URL) or "PostgreSQL unavailable")
    await reset_postgres(postgres_url)
    server = make_url(postgres_url)
    proxy = TcpProxy(server.host or "127.0.0.1", server.port or 5432)
    await proxy.open()
    through_proxy = server.set(host="127.0.0.1", port=proxy.port)
    env = {
        **telegram_env(fake, tmp_path),
        # as a hosting platform hands it out: postgres://, no driver named
        "DATABASE_URL": through_proxy.set(drivername="postgres").render_as_string(False),
    }
    try:
        async with running_bot(["run"], env, tmp_path, listening=True) as bot:
            base = bot.base_url
            await health_until(base, lambda s, _r: s == 200, within=STARTUP_SECONDS)
            await proxy.cut()
            _status, report = await health_until(base, lambda s, _r: s == 503, within=30)
            assert report["ok"] is False
            assert any(problem.startswith("database:") for problem in report["problems"])
            assert report["database"] != "ok"
            await proxy.restore()
            _status, report = await health_until(base, lambda s, _r: s == 200, within=30)
            assert report["database"] == "ok"
            assert (await health(base))[0] == 200
    finally:
        await proxy.close()
