"""End to end: the real bot process on PTB against the fake Bot API, beside a bare echo bot.

N chats at once each send messages one after another (waiting for the answer, as a person
does). Latency runs from putting the update into getUpdates to the bot's first send for it.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.report import Figure
from bot.config import PROJECT_ROOT
from tests.support.fake_bot_api import TEST_TOKEN, ApiCall, FakeBotApi
from tests.support.telegram_scenario import callback_update, text_update, user_json

MESSAGES_PER_CHAT = 6
MIN_MESSAGES = 300
"""At least this many measured messages per run: 6 at one chat made p50 a matter of luck."""


def messages_per_chat(chats: int) -> int:
    return max(MESSAGES_PER_CHAT, -(-MIN_MESSAGES // chats))


ANSWER_TIMEOUT = 60.0
WARM_TIMEOUT = 600.0
MODEL_ON = b"semantic reranking on"
MODEL_WARM = (b"semantic reranking ready", b"everyday requests by meaning ")
"""Both warm-ups end with these lines: the offers', then the everyday requests' examples
("... ready" or "... off")."""


async def _warm(log: Path) -> None:
    """Wait until the bot has embedded its offers and the everyday requests' examples, when it
    runs the optional model: it does so once after starting, on a thread that takes one of the
    machine's two cores for seconds to minutes. Measured during it, the figure says how fast
    the bot starts, not how fast it serves (the echo bot has nothing to warm)."""
    deadline = time.monotonic() + WARM_TIMEOUT
    while True:
        said = await asyncio.to_thread(log.read_bytes)
        if MODEL_ON not in said or all(line in said for line in MODEL_WARM):
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"the bot did not finish warming up in {WARM_TIMEOUT} s")
        await asyncio.sleep(0.1)


class Harness:
    def __init__(self, fake: FakeBotApi) -> None:
        self.fake = fake
        self.waiting: dict[str, asyncio.Future[ApiCall]] = {}
        fake.observers.append(self._seen)

    def _seen(self, call: ApiCall) -> None:
        if call.method.startswith("send") and call.chat_id in self.waiting:
            future = self.waiting.pop(call.chat_id)
            if not future.done():
                future.set_result(call)

    async def ask(self, chat: str, update: object) -> float:
        future: asyncio.Future[ApiCall] = asyncio.get_running_loop().create_future()
        self.waiting[chat] = future
        sent = time.monotonic()
        await self.fake.enqueue_update(update)  # type: ignore[arg-type]
        call = await asyncio.wait_for(future, ANSWER_TIMEOUT)
        return call.received_at - sent


async def _run_bot(
    args: list[str], chats: int, onboard: bool, folder: Path, per_chat: int | None = None
) -> tuple[float, list[float]]:
    """Serve ``chats`` people with the bot ``args`` start; ``per_chat`` messages each (by
    default :func:`messages_per_chat`). Returns updates/s and each message's latency."""
    per_chat = per_chat or messages_per_chat(chats)
    async with FakeBotApi() as fake:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{folder / f'e2e-{chats}-{len(args)}.sqlite3'}",
            "PYTHONPATH": str(PROJECT_ROOT),
            # The echo bot has no rate limiter; ours runs without Telegram's 30/s broadcast cap
            # here so the figure compares the bots, not the cap (README: Performance).
            "TELEGRAM_MAX_SEND_RATE": "0",
            # One person sends 300 messages in a row here; the per-person limit still runs
            # (its cost is measured) but its burst is wide enough never to trip.
            "PERSON_MESSAGE_BURST": "100000",
            "PORT": "0",  # health and metrics: a free port, never a shared one
            "WEBHOOK_LISTEN": "127.0.0.1",
        }
        log = (folder / "bot.log").open("wb")
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            *args,
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log,
            stderr=log,
            stdin=asyncio.subprocess.DEVNULL,
        )
        try:
            # Generous: start-up under cProfile (telegram_profile) on a busy machine is slow.
            await fake.wait_for("getUpdates", arrived=True, timeout=180)
            if os.environ.get("BENCH_COLD") != "1":
                await _warm(folder / "bot.log")
            harness = Harness(fake)
            users = [user_json(10_000 + n, f"Person {n}", "ro") for n in range(chats)]
            if onboard:  # not measured: every chat first picks Romanian and accepts privacy

                async def setup(user: dict[str, object]) -> None:
                    chat = str(user["id"])
                    await harness.ask(chat, text_update(user, "/start"))
                    await harness.ask(chat, callback_update(user, "lang:ro", None))
                    await harness.ask(chat, callback_update(user, "consent:yes", None))

                await asyncio.gather(*(setup(u) for u in users))

            latencies: list[float] = []

            async def converse(user: dict[str, object]) -> None:
                chat = str(user["id"])
                for turn in range(per_chat):
                    text = "/menu" if turn % 2 else "/help"
                    latencies.append(await harness.ask(chat, text_update(user, text)))

            started = time.monotonic()
            await asyncio.gather(*(converse(u) for u in users))
            return len(latencies) / (time.monotonic() - started), latencies
        finally:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), 15)
            except TimeoutError:
                process.kill()
            log.close()


def _p(values: list[float], quantile: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(quantile * len(ordered)))] * 1000


async def _measure(sizes: tuple[int, ...]) -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for chats in sizes:
            echo_rate, echo_lat = await _run_bot(
                ["-m", "bench.echo_bot"], chats, False, Path(folder)
            )
            ours_rate, ours_lat = await _run_bot(["-m", "bot", "run"], chats, True, Path(folder))
            note = f"{chats} chats x {messages_per_chat(chats)} messages, SQLite"
            figures += [
                Figure(
                    f"e2e telegram, {chats} chats",
                    "updates/s",
                    ours_rate,
                    echo_rate,
                    "echo bot",
                    ">= 0.6 of echo" if chats <= 50 else "",
                    note,
                ),
                Figure(
                    f"e2e p50 latency, {chats} chats",
                    "ms",
                    _p(ours_lat, 0.5),
                    _p(echo_lat, 0.5),
                    "echo bot",
                    "<= echo + 3 ms" if chats == 1 else "",
                ),
                Figure(
                    f"e2e p99 latency, {chats} chats",
                    "ms",
                    _p(ours_lat, 0.99),
                    _p(echo_lat, 0.99),
                    "echo bot",
                    "< 50 ms at 50 chats" if chats == 50 else "",
                    f"median of {len(ours_lat)}: {statistics.median(ours_lat) * 1000:.1f} ms",
                ),
            ]
    return figures


def run(sizes: tuple[int, ...] = (1, 50, 500)) -> list[Figure]:
    return asyncio.run(_measure(sizes))
