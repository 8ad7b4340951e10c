"""Scale-out: two webhook processes on one PostgreSQL database against one, in updates/s.

N people at once each post their updates one after another (the next once the webhook answered,
as Telegram does): onboarding, then offer cards. With two processes a person's updates
alternate between them. Needs PostgreSQL (TEST_POSTGRES_URL or the local default).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path

from bench.report import Figure
from tests.support.databases import private_postgres_database, reset_postgres
from tests.support.fake_bot_api import FakeBotApi
from tests.support.telegram_scenario import callback_update, text_update, user_json
from tests.support.webhook_bot import WebhookBot, start_webhook_bot

PEOPLE = 50
OFFERS = ("german-course", "parents-cafe", "sewing-cafe", "office-hours", "romanian-breakfast")
TAPS = 10


async def _serve(database_url: str, processes: int, folder: Path) -> float:
    await reset_postgres(database_url)
    async with FakeBotApi() as fake:
        env = {
            "DATABASE_URL": database_url,
            "TELEGRAM_MAX_SEND_RATE": "0",  # as in the Telegram figure: the bots, not the cap
            "PERSON_MESSAGES_PER_MINUTE": "0",  # a person here taps faster than anyone can
        }
        bots = [
            await start_webhook_bot(fake, folder / f"{processes}-{n}", **env)
            for n in range(processes)
        ]
        try:
            started = time.monotonic()
            counts = await asyncio.gather(*(_person(n, bots, fake) for n in range(PEOPLE)))
            return sum(counts) / (time.monotonic() - started)
        finally:
            for bot in bots:
                await bot.process.stop()


async def _person(number: int, bots: list[WebhookBot], fake: FakeBotApi) -> int:
    user = user_json(900_000 + number, f"Person {number}", "en")
    updates = [
        text_update(user, "/start"),
        callback_update(user, "lang:en", None),
        callback_update(user, "consent:yes", None),
        *(
            callback_update(user, f"offer:{OFFERS[(number + n) % len(OFFERS)]}", None)
            for n in range(TAPS)
        ),
    ]
    for n, update in enumerate(updates):
        update["update_id"] = fake.next_update_id()
        await bots[(number + n) % len(bots)].post(update)
    return len(updates)


def run() -> list[Figure]:
    url = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    with private_postgres_database(url) as private:
        if private is None:
            return [Figure("scale-out, 2 processes", "updates/s", 0, note="PostgreSQL unreachable")]
        with tempfile.TemporaryDirectory() as folder:
            one = asyncio.run(_serve(private, 1, Path(folder)))
            two = asyncio.run(_serve(private, 2, Path(folder)))
    note = f"{PEOPLE} people x {3 + TAPS} updates, webhook, PostgreSQL, cores: {os.cpu_count()}"
    return [
        Figure("scale-out, 2 processes", "updates/s", two, one, "1 process", "> 1 process", note)
    ]
