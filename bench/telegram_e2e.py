"""End to end: the real bot process on PTB against the fake Bot API, beside a bare echo bot.

N chats at once each send messages one after another (waiting for the answer, as a person
does). Latency runs from putting the update into getUpdates to the bot's first send for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.report import Figure
from bot.config import PROJECT_ROOT
from tests.support.fake_bot_api import TEST_TOKEN, ApiCall, FakeBotApi
from tests.support.telegram_scenario import callback_update, text_update, user_json

MESSAGES_PER_CHAT = 6
MIN_MESSAGES = 1_000
"""At least this many measured messages per run: 6 at one chat made p50 a matter of luck, and
300 (about 0.6 s at one chat, 2 s at 50) let a background loop's wake-up or the moment the
first taps' connections closed swing the figure between runs (1 chat 0.45-0.74, 50 chats
0.26-0.92 of the echo bot on an idle machine, 2026-12-04)."""


def messages_per_chat(chats: int) -> int:
    return max(MESSAGES_PER_CHAT, -(-MIN_MESSAGES // chats))


ANSWER_TIMEOUT = 60.0
WARM_TIMEOUT = 600.0
MODEL_ON = b"understanding model: on"
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


WARM_UP_ASKS = 3
"""Unmeasured messages per chat before the measured ones, for both bots: ours spends them on
choosing a language and accepting privacy, the echo bot echoes them. Before, only ours had
them, so the echo bot's figure included opening its connections and first code paths."""

CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class Machine:
    """CPU ticks counted at one moment (Linux /proc): the whole machine, the bot, this harness."""

    busy: int  # every core's non-idle ticks, steal included
    steal: int  # ticks the hypervisor gave to other guests
    total: int  # every core's ticks, idle included
    bot: int  # the bot process, all its threads
    harness: int  # this process: the fake Bot API and the load generator
    switches: int  # the bot's voluntary context switches (a thread waits: a hop to or from it)
    threads: int


@dataclass(frozen=True)
class Conditions:
    """What else used the machine while a bot answered its measured messages, counted.

    A timed figure from a shared machine means little; these say how shared it was: the share
    of all cores that went to other processes (``others``) or to other guests of the
    hypervisor (``steal``), and how often the bot's threads handed over to each other."""

    others: float
    steal: float
    bot_cpu_ms: float  # per update, all the bot's threads
    harness_cpu_ms: float  # per update
    switches_per_update: float
    threads: int

    def __str__(self) -> str:
        return (
            f"others {self.others:.0%} CPU, steal {self.steal:.0%}; per update: bot CPU "
            f"{self.bot_cpu_ms:.1f} ms, harness {self.harness_cpu_ms:.1f} ms, "
            f"{self.switches_per_update:.1f} switches; {self.threads} threads"
        )


def _ticks(stat_line: str) -> tuple[int, int]:
    """utime + stime of a /proc/<pid>/stat line; the command name may hold spaces."""
    fields = stat_line[stat_line.rindex(")") + 2 :].split()
    return int(fields[11]) + int(fields[12]), int(fields[17])


def machine_now(pid: int) -> Machine | None:
    """The counters now, or None where /proc cannot tell (not Linux, the bot has exited)."""
    try:
        cpu = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
        bot, threads = _ticks(Path(f"/proc/{pid}/stat").read_text())
        harness, _ = _ticks(Path("/proc/self/stat").read_text())
        switches = 0
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError):  # a thread may end meanwhile
                for line in (task / "status").read_text().splitlines():
                    if line.startswith("voluntary_ctxt_switches:"):
                        switches += int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    # user nice system idle iowait irq softirq steal (guest time is inside user and nice)
    ticks = [int(value) for value in cpu[:8]]
    idle = ticks[3] + ticks[4]
    return Machine(sum(ticks) - idle, ticks[7], sum(ticks), bot, harness, switches, threads)


def conditions(before: Machine | None, after: Machine | None, updates: int) -> Conditions | None:
    if before is None or after is None or after.total <= before.total:
        return None
    total = after.total - before.total
    bot, harness = after.bot - before.bot, after.harness - before.harness
    steal = after.steal - before.steal
    others = max(0, after.busy - before.busy - bot - harness - steal)
    per_update = 1000 / CLOCK_TICKS / max(1, updates)
    return Conditions(
        others / total,
        steal / total,
        bot * per_update,
        harness * per_update,
        (after.switches - before.switches) / max(1, updates),
        after.threads,
    )


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
) -> tuple[float, list[float], Conditions | None]:
    """Serve ``chats`` people with the bot ``args`` start; ``per_chat`` messages each (by
    default :func:`messages_per_chat`), after :data:`WARM_UP_ASKS` unmeasured ones (``onboard``:
    choosing a language and accepting privacy; else plain texts). Returns updates/s, each
    message's latency, and what else used the machine meanwhile."""
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
            # One person sends 1,000 messages in a row here; the per-person limit still runs
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

            async def setup(user: dict[str, object]) -> None:
                """Not measured: ours picks Romanian and accepts privacy; the echo bot echoes."""
                chat = str(user["id"])
                if onboard:
                    await harness.ask(chat, text_update(user, "/start"))
                    await harness.ask(chat, callback_update(user, "lang:ro", None))
                    await harness.ask(chat, callback_update(user, "consent:yes", None))
                else:
                    for _ in range(WARM_UP_ASKS):
                        await harness.ask(chat, text_update(user, "/start"))

            await asyncio.gather(*(setup(u) for u in users))

            latencies: list[float] = []

            async def converse(user: dict[str, object]) -> None:
                chat = str(user["id"])
                for turn in range(per_chat):
                    text = "/menu" if turn % 2 else "/help"
                    latencies.append(await harness.ask(chat, text_update(user, text)))

            before = machine_now(process.pid)
            started = time.monotonic()
            await asyncio.gather(*(converse(u) for u in users))
            rate = len(latencies) / (time.monotonic() - started)
            return rate, latencies, conditions(before, machine_now(process.pid), len(latencies))
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
            echo_rate, echo_lat, echo_had = await _run_bot(
                ["-m", "bench.echo_bot"], chats, False, Path(folder)
            )
            ours_rate, ours_lat, ours_had = await _run_bot(
                ["-m", "bot", "run"], chats, True, Path(folder)
            )
            note = (
                f"{chats} chats x {messages_per_chat(chats)} messages, SQLite; "
                f"ours: {ours_had or 'not counted'}; echo: {echo_had or 'not counted'}"
            )
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
