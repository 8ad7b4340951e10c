"""Announcements as durable jobs: how fast one process gets 1,000 people their news when no pace
holds it back, against the bare sends (PTB, four at a time) to the same fake Bot API.

The difference is the job bookkeeping: a claim per batch, a read of the person and their
consent, and a recorded outcome per message (SQLite). In production the pace
(``ANNOUNCE_MESSAGES_PER_SECOND``, 25) is the limit, far below either figure.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from telegram import Bot

from bench.report import Figure
from tests.support.announce_trial import NAME, announce_env, news_per_chat, seed_subscribers
from tests.support.bot_process import BotProcess
from tests.support.fake_bot_api import TEST_TOKEN, FakeBotApi
from tests.support.handover import TEST_TEAM

PEOPLE = 1000
PARALLEL = 4  # as AnnouncementJobs.parallel


async def _jobs(folder: Path) -> float:
    async with FakeBotApi() as fake:
        env = announce_env(
            fake, folder, TEST_TEAM, ANNOUNCE_MESSAGES_PER_SECOND="0", TELEGRAM_MAX_SEND_RATE="0"
        )
        chats = await seed_subscribers(env["DATABASE_URL"], PEOPLE)
        file = Path(env["CONTENT_DIR"]) / "announcements" / f"{NAME}.yaml"
        process = BotProcess(["announce", str(file), "--send"], env, folder / "announce.log")
        await process.start()
        code = await process.wait(600)
        assert code == 0, process.output
        assert sum(news_per_chat(fake, chats).values()) == PEOPLE, process.output
        times = [call.received_at for call in fake.calls if call.method == "sendMessage"]
        return PEOPLE / (max(times) - min(times))


async def _bare() -> float:
    async with FakeBotApi() as fake, Bot(TEST_TOKEN, base_url=fake.base_url) as bot:
        slots = asyncio.Semaphore(PARALLEL)

        async def send(n: int) -> None:
            async with slots:
                await bot.send_message(7_000_000 + n, "Das Nähcafé fällt am Freitag aus.")

        started = time.monotonic()
        await asyncio.gather(*(send(n) for n in range(PEOPLE)))
        return PEOPLE / (time.monotonic() - started)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-announce-") as folder:
        ours = asyncio.run(_jobs(Path(folder)))
    baseline = asyncio.run(_bare())
    return [
        Figure(
            f"announcement to {PEOPLE:,} people, no pace (SQLite)",
            "msg/s",
            ours,
            baseline,
            "bare PTB sends",
            "≥ 25 (the pace)",
            "one durable job per person; paced at 25/s in production",
        )
    ]


if __name__ == "__main__":
    from bench.report import table

    print(table(run()))
