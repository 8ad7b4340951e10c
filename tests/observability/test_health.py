"""/healthz names what is wrong: a background loop that died, a refused webhook is counted."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import aiohttp
import pytest
from telegram import Bot, Update

from bot.app import CoreApp, open_core
from bot.channels.telegram_webhook import SECRET_HEADER, webhook_handler
from bot.channels.web import WebServer
from bot.channels.whatsapp_webhook import updates_handler, verification_handler
from bot.config import Settings
from bot.observability import routes
from tests.observability.http import get, health_until, sample


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[tuple[CoreApp, str]]:
    """A core with its background loops and the health routes on a free port."""
    settings = replace(
        Settings(),
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        reminder_tick_seconds=0.05,
        watch_content=False,
    )
    async with open_core(settings, detect_languages=False) as core:
        server = WebServer("127.0.0.1", 0)
        routes.add_routes(server, core)
        async with server.serving():
            yield core, f"http://127.0.0.1:{server.port}"


async def test_a_dead_reminder_loop_turns_healthz_red_and_is_named(
    served: tuple[CoreApp, str],
) -> None:
    core, base = served
    core.loops.grace = 0.3  # production waits minutes before calling a loop stuck
    await health_until(
        base,
        lambda s, r: (
            s == 200 and r["loops"]["booking reminders"]["last_round_seconds_ago"] is not None
        ),
        within=10,
    )

    (reminders,) = [t for t in asyncio.all_tasks() if t.get_name() == "booking reminders"]
    reminders.cancel()  # the loop is gone, as after an unexpected error

    _status, report = await health_until(base, lambda s, _r: s == 503, within=10)
    assert report["ok"] is False and report["database"] == "ok"
    assert [p.split(":")[0] for p in report["problems"]] == ["booking reminders"]
    assert report["loops"]["retention purge"]["ok"]


async def test_a_library_loop_that_stopped_is_named(served: tuple[CoreApp, str]) -> None:
    core, base = served
    polling = {"running": True}
    core.loops.watch("telegram polling", lambda: None if polling["running"] else "stopped")
    await health_until(base, lambda s, r: s == 200 and "telegram polling" in r["loops"], within=10)

    polling["running"] = False

    _status, report = await health_until(base, lambda s, _r: s == 503, within=10)
    assert report["problems"] == ["telegram polling: stopped"]
    assert report["loops"]["telegram polling"] == {"ok": False, "problem": "stopped"}


async def test_a_webhook_call_without_the_secret_is_refused_and_counted(
    served: tuple[CoreApp, str],
) -> None:
    _core, base = served
    processed: list[Update] = []

    async def process(update: Update) -> bool:
        processed.append(update)
        return True  # handled: Telegram gets its 200

    server = WebServer("127.0.0.1", 0)
    server.add_route("POST", "/telegram", webhook_handler(Bot("1:x"), "right", process))
    before = sample((await get(f"{base}/metrics"))[1], "erstkontakt_webhook_refused_total",
                    channel="telegram", reason="secret")  # fmt: skip
    async with server.serving(), aiohttp.ClientSession() as session:
        url = f"http://127.0.0.1:{server.port}/telegram"
        async with session.post(url, json={"update_id": 1}, headers={SECRET_HEADER: "wrong"}) as r:
            assert r.status == 403
    after = sample((await get(f"{base}/metrics"))[1], "erstkontakt_webhook_refused_total",
                   channel="telegram", reason="secret")  # fmt: skip
    assert after == before + 1
    assert processed == []


async def test_unsigned_whatsapp_posts_and_wrong_verify_tokens_are_counted(
    served: tuple[CoreApp, str],
) -> None:
    _core, base = served
    accepted: list[object] = []

    async def accept(payload: object) -> bool:
        accepted.append(payload)
        return True

    def refused(reason: str) -> float:
        return sample(text, "erstkontakt_webhook_refused_total", channel="whatsapp", reason=reason)

    server = WebServer("127.0.0.1", 0)
    server.add_route("POST", "/whatsapp", updates_handler("app-secret", accept))
    server.add_route("GET", "/whatsapp", verification_handler("verify-token"))
    text = (await get(f"{base}/metrics"))[1]
    before = refused("signature"), refused("verify_token")
    async with server.serving(), aiohttp.ClientSession() as session:
        url = f"http://127.0.0.1:{server.port}/whatsapp"
        async with session.post(url, data=b'{"entry": []}') as answer:
            assert answer.status == 403
        query = {"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1"}
        async with session.get(url, params=query) as answer:
            assert answer.status == 403
    text = (await get(f"{base}/metrics"))[1]

    assert (refused("signature"), refused("verify_token")) == (before[0] + 1, before[1] + 1)
    assert accepted == []
