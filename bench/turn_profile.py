"""Where the time of one turn goes, counted rather than timed: ``--only turn-profile``.

Wall-clock figures on a shared 2-core machine move with whatever else runs; these do not.
The core handles Telegram-shaped turns (an update id, so the turn ledger is used) in one
process on SQLite, and after each turn reports it delivered, exactly as the Telegram adapter
does, and renders the replies for the Bot API. Counted per turn:

- SQL statements (BEGIN and COMMIT included) and transactions;
- round trips to the database driver: each one is a hop to aiosqlite's thread and back;
- Python function calls (cProfile), and which parts of the code they are spent in.

The "sent" marks are written in batches (``ledger.DeliveryMarks``): how many turns share a
batch depends on speed, so here they share one per kind of turn (60 turns), written at the
end of the counted block. In the end-to-end benchmark a batch (every 0.2 s) holds 25-80.
"""

from __future__ import annotations

import asyncio
import cProfile
import pstats
import tempfile
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench.report import Figure
from bot.app import CoreApp, open_core
from bot.channels.telegram_render import render_reply
from bot.config import Settings
from bot.messages import ChannelName, ChatId, Inbound, InboundKind
from bot.storage import ledger, sqlite_hops

TURNS = 60
AREAS = (
    # (label, path fragment of the code file): the first that matches a frame counts.
    ("sqlalchemy", "/sqlalchemy/"),
    ("aiosqlite / asyncpg", "/aiosqlite/"),
    ("aiosqlite / asyncpg", "/asyncpg/"),
    ("asyncio (event loop, threads)", "/asyncio/"),
    ("asyncio (event loop, threads)", "/concurrent/"),
    ("asyncio (event loop, threads)", "/threading.py"),
    ("understanding + matching", "/bot/understanding/"),
    ("understanding + matching", "/bot/matching/"),
    ("understanding + matching", "/rapidfuzz/"),
    ("texts (gettext, babel)", "/bot/i18n/"),
    ("texts (gettext, babel)", "/babel/"),
    ("texts (gettext, babel)", "/gettext.py"),
    ("dialogue + views", "/bot/dialogue/"),
    ("storage + ledger", "/bot/storage/"),
    ("privacy", "/bot/privacy/"),
    ("telegram rendering", "/bot/channels/"),
    ("telegram rendering", "/telegram/"),
    ("features (booking, handover, staff)", "/bot/booking/"),
    ("features (booking, handover, staff)", "/bot/handover/"),
    ("features (booking, handover, staff)", "/bot/staff/"),
    ("core (app, metrics)", "/bot/"),
    ("prometheus_client", "/prometheus_client/"),
    ("json", "/json/"),
)


@dataclass
class Counts:
    statements: int = 0
    transactions: int = 0
    round_trips: int = 0


@contextmanager
def counting(core: CoreApp) -> Iterator[Counts]:
    """Count statements, commits and driver round trips while the block runs."""
    counts = Counts()
    engine = core.database.engine.sync_engine

    def statement(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        if not sql.startswith("BEGIN"):  # counted at "begin", wherever it is sent
            counts.statements += 1

    def begin(*_: Any) -> None:
        # BEGIN IMMEDIATE: on SQLite sent with the next statement, without a cursor of its own
        counts.statements += 1

    def commit(*_: Any) -> None:
        counts.transactions += 1
        counts.statements += 1  # COMMIT is a statement too, sent without a cursor

    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "begin", begin)
    event.listen(engine, "commit", commit)
    import aiosqlite.core

    original = aiosqlite.core.Connection._execute

    async def hop(self: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
        counts.round_trips += 1
        return await original(self, fn, *args, **kwargs)

    aiosqlite.core.Connection._execute = hop  # type: ignore[method-assign]
    # A turn's own statements go to SQLite without a cursor of SQLAlchemy's, several in one
    # trip (bot/storage/turn_transaction.py); BEGIN and COMMIT are counted above.
    together = sqlite_hops._run_together

    def run_together(connection: Any, begin: Any, statements: Any, commit: bool) -> Any:
        counts.statements += len(statements)
        return together(connection, begin, statements, commit)

    sqlite_hops._run_together = run_together
    try:
        yield counts
    finally:
        sqlite_hops._run_together = together
        aiosqlite.core.Connection._execute = original  # type: ignore[method-assign]
        event.remove(engine, "before_cursor_execute", statement)
        event.remove(engine, "begin", begin)
        event.remove(engine, "commit", commit)


def _inbound(chat: str, number: int, **fields: Any) -> Inbound:
    kind = InboundKind.ACTION if "action" in fields else InboundKind.TEXT
    return Inbound(ChannelName("telegram"), ChatId(chat), kind, update_id=str(number), **fields)


TURN_KINDS: dict[str, list[dict[str, str]]] = {
    # What the end-to-end benchmark sends: typed commands.
    "/help and /menu": [{"text": "/help"}, {"text": "/menu"}],
    # A typed question (understanding, the question log) and a card tap (a view counted).
    "question, card tap": [
        {"text": "where can I learn german"},
        {"action": "offer:sewing-cafe"},
    ],
}


async def _telegram_turn(core: CoreApp, inbound: Inbound) -> None:
    """What the Telegram adapter does, minus the network: handle, render, report delivered."""
    replies = await core.handle(inbound)
    for reply in replies:
        render_reply(reply)
    await core.delivered(inbound)


def _areas(stats: pstats.Stats) -> Counter[str]:
    """Calls per part of the code: deterministic, unlike time on a shared machine."""
    spent: Counter[str] = Counter()
    for (filename, _line, _function), row in stats.stats.items():  # type: ignore[attr-defined]
        own = row[1]
        label = next(
            (label for label, part in AREAS if part in filename),
            "built-ins (len, dict.get, ...)" if filename == "~" else "other",
        )
        spent[label] += own
    return spent


async def _profile(
    core: CoreApp,
    turn: Callable[[CoreApp, Inbound], Awaitable[None]],
    steps: list[dict[str, str]],
    first: int,
) -> tuple[Counts, int, Counter[str]]:
    chat = "900001"
    inbounds = [_inbound(chat, first + n, **steps[n % len(steps)]) for n in range(TURNS)]
    for inbound in inbounds[:4]:  # warm: caches, prepared statements, lazy imports
        await turn(core, replace(inbound, update_id=f"warm-{inbound.update_id}"))
    await core.dialogue.deliveries.close()  # the warm-up's marks: not counted
    profiler = cProfile.Profile()
    with counting(core) as counts:
        profiler.enable()
        for inbound in inbounds:
            await turn(core, inbound)
        await core.dialogue.deliveries.close()  # this block's marks, one batch
        profiler.disable()
    stats = pstats.Stats(profiler)
    calls = sum(row[1] for row in stats.stats.values())  # type: ignore[attr-defined]
    return counts, calls, _areas(stats)


async def _measure() -> tuple[list[Figure], list[str]]:
    figures: list[Figure] = []
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        settings = replace(
            Settings(),
            database_url=f"sqlite+aiosqlite:///{Path(folder) / 'profile.sqlite3'}",
            person_messages_per_minute=0,
        )
        async with open_core(settings, background=False) as core:
            # Marks wait for :meth:`DeliveryMarks.close`, not for a timer (see above).
            core.dialogue.deliveries = ledger.DeliveryMarks(core.database, delay=3600)
            for number, step in enumerate(
                ({"text": "/start"}, {"action": "lang:en"}, {"action": "consent:yes"})
            ):
                await _telegram_turn(core, _inbound("900001", number, **step))
            for index, (label, steps) in enumerate(TURN_KINDS.items()):
                counts, calls, areas = await _profile(
                    core, _telegram_turn, steps, 100_000 * (index + 1)
                )
                per_turn = {
                    "statements": counts.statements / TURNS,
                    "transactions": counts.transactions / TURNS,
                    "round trips": counts.round_trips / TURNS,
                }
                for name, value in per_turn.items():
                    figures.append(Figure(f"turn profile, {label}: {name}", "per turn", value))
                figures.append(
                    Figure(f"turn profile, {label}: Python calls", "per turn", calls / TURNS)
                )
                total = sum(areas.values()) or 1
                lines.append(f"Python calls per turn by part of the code, {label}:")
                lines += [
                    f"  {calls / TURNS:7.0f}  {calls / total:6.1%}  {area}"
                    for area, calls in areas.most_common(10)
                ]
    return figures, lines


def run() -> list[Figure]:
    figures, lines = asyncio.run(_measure())
    print("\n".join(lines))
    return figures
