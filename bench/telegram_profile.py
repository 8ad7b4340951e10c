"""The whole bot process per Telegram update, counted: ``--only telegram-profile``.

The turn profile (bench/turn_profile.py) counts the core's turn; this counts everything the
process does for an update end to end, beside the bare echo bot: PTB taking the update in,
our adapter, the turn, rendering, sending, the "sent" mark. Each bot runs twice under
cProfile at one chat, with 100 and with 400 messages (/help and /menu, as the end-to-end
benchmark sends); the difference divided by 300 leaves start-up and shutdown out.

Counts, not times, with one caveat: background loops that poll every second (durable jobs,
the relay, the "sent" marks' timer) are counted too, and cost more per update when updates
come slower, as on a loaded machine. Compare runs taken at similar speeds.
"""

from __future__ import annotations

import asyncio
import pstats
import tempfile
from collections import Counter
from pathlib import Path

from bench.report import Figure
from bench.telegram_e2e import _run_bot
from bench.turn_profile import _areas

FEW, MANY = 100, 400
LOOP_ROUND = ("base_events.py", "_run_once")
"""One round of the event loop: a wake-up from epoll, e.g. after each hop to a thread."""


async def _profile(args: list[str], onboard: bool, messages: int, folder: Path) -> pstats.Stats:
    run = folder / f"run-{messages}"
    run.mkdir()
    output = run / "profile.out"
    await _run_bot(["-m", "cProfile", "-o", str(output), *args], 1, onboard, run, messages)
    for _ in range(100):  # written as the process exits
        if output.exists():
            break
        await asyncio.sleep(0.1)
    return pstats.Stats(str(output))


def _calls(stats: pstats.Stats) -> Counter[tuple[str, int, str]]:
    return Counter({key: row[1] for key, row in stats.stats.items()})  # type: ignore[attr-defined]


async def _per_update(args: list[str], onboard: bool) -> tuple[float, float, Counter[str]]:
    with tempfile.TemporaryDirectory() as folder:
        few = await _profile(args, onboard, FEW, Path(folder))
        many = await _profile(args, onboard, MANY, Path(folder))
    spent = _calls(many)
    spent.subtract(_calls(few))
    updates = MANY - FEW
    rounds = sum(
        n
        for (file, _, name), n in spent.items()
        if (file.endswith(LOOP_ROUND[0]) and name == LOOP_ROUND[1])
    )
    areas = _areas(many)
    areas.subtract(_areas(few))
    return sum(spent.values()) / updates, rounds / updates, areas


async def _measure() -> tuple[list[Figure], list[str]]:
    ours_calls, ours_rounds, ours_areas = await _per_update(["-m", "bot", "run"], True)
    echo_calls, echo_rounds, echo_areas = await _per_update(["-m", "bench.echo_bot"], False)
    updates = MANY - FEW
    lines = ["Python calls per update, whole process, ours (echo bot):"]
    lines += [
        f"  {calls / updates:7.0f} ({echo_areas.get(area, 0) / updates:5.0f})  {area}"
        for area, calls in ours_areas.most_common(10)
    ]
    figures = [
        Figure(
            "telegram profile: Python calls per update", "calls", ours_calls, echo_calls, "echo bot"
        ),
        Figure(
            "telegram profile: event loop rounds per update",
            "rounds",
            ours_rounds,
            echo_rounds,
            "echo bot",
        ),
    ]
    return figures, lines


def run() -> list[Figure]:
    figures, lines = asyncio.run(_measure())
    print("\n".join(lines))
    return figures
