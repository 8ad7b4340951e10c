"""Memory: peak RSS of a bot process idle and after many conversations, beside a bare echo bot.

Each measurement runs in a fresh child process (``python -m bench.memory WHAT N``), so one
figure's allocations never inflate another's.
"""

from __future__ import annotations

import asyncio
import json
import resource
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from bench.report import Figure
from bot.config import PROJECT_ROOT

CONVERSATIONS = 10_000
QUESTIONS = ("cand e cursul de germana", "kurs po nemski", "Nähcafé wann", "kelas almani")


def _peak_mb() -> float:
    """This process's peak RSS. VmHWM, not getrusage: ru_maxrss survives exec, so a child
    started by a big parent would report the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _bot(conversations: int) -> dict[str, float]:
    from bot.app import open_core
    from bot.config import Settings
    from bot.messages import ChannelName, ChatId, Inbound, InboundKind

    with tempfile.TemporaryDirectory() as folder:
        settings = replace(
            Settings(), database_url=f"sqlite+aiosqlite:///{Path(folder) / 'm.sqlite3'}"
        )
        async with open_core(settings) as core:

            def say(n: int, text: str | None = None, action: str | None = None) -> Inbound:
                kind = InboundKind.ACTION if action else InboundKind.TEXT
                return Inbound(
                    ChannelName("console"), ChatId(f"m-{n}"), kind, text=text, action=action
                )

            await core.handle(say(-1, "/start"))  # idle = started and ready to answer
            idle = _peak_mb()
            for n in range(conversations):
                await core.handle(say(n, "/start"))
                await core.handle(say(n, action="lang:ro"))
                await core.handle(say(n, action="consent:yes"))
                await core.handle(say(n, QUESTIONS[n % len(QUESTIONS)]))
            return {"idle": idle, "after": _peak_mb()}


def _echo_idle() -> dict[str, float]:
    import telegram.ext  # noqa: F401  (what a bare PTB bot has loaded when idle)

    return {"idle": _peak_mb(), "after": _peak_mb()}


def _child(what: str, conversations: int) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-m", "bench.memory", what, str(conversations)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=3600,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def run(conversations: int = CONVERSATIONS) -> list[Figure]:
    ours = _child("bot", conversations)
    echo = _child("echo", 0)
    return [
        Figure("peak RSS, idle", "MB", ours["idle"], echo["idle"], "bare PTB process", "< 150 MB"),
        Figure(
            f"peak RSS after {conversations:,} conversations",
            "MB",
            ours["after"],
            echo["idle"],
            "bare PTB process",
            "< 150 MB",
            "4 turns each, SQLite",
        ),
    ]


if __name__ == "__main__":
    what, count = sys.argv[1], int(sys.argv[2])
    result = asyncio.run(_bot(count)) if what == "bot" else _echo_idle()
    print(json.dumps(result))
