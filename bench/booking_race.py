"""Booking race: 200 people tap "book" on the last seat at once, through two cores (two
processes' worth of connection pools) on one database. Correct = exactly one booking.

The baseline is the same number of bare "INSERT ... ON CONFLICT DO NOTHING" seat claims,
without the conversation around them.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from itertools import cycle
from pathlib import Path

from sqlalchemy import delete, func, select

from bench.report import Figure
from bot.booking.slots import Slot
from bot.booking.store import Answers, take_seat
from bot.messages import ChannelName, ChatId, Inbound, InboundKind
from bot.storage.models import Booking, User
from tests.booking.test_race import LAST_SEAT, PEOPLE, seat_people_at_the_confirm_screen
from tests.support.conversation import FixedClock, running_core
from tests.support.databases import private_postgres_database, reset_postgres


async def _race(database_url: str) -> tuple[float, float, int]:
    clock = FixedClock()
    async with running_core(database_url, clock) as one, running_core(database_url, clock) as two:
        await seat_people_at_the_confirm_screen(one, clock)
        taps = [
            core.handle(
                Inbound(
                    ChannelName("console"), ChatId(f"racer-{n}"), InboundKind.ACTION, action="bok"
                )
            )
            for n, core in zip(range(PEOPLE), cycle([one, two]), strict=False)
        ]
        started = time.perf_counter()
        await asyncio.gather(*taps)
        ours = PEOPLE / (time.perf_counter() - started)
        async with one.database.session() as session:
            booked = (await session.execute(select(func.count()).select_from(Booking))).scalar_one()
            await session.execute(delete(Booking))
            users = (await session.execute(select(User.id))).scalars().all()

        slot = Slot(LAST_SEAT, LAST_SEAT.replace(minute=30), "office-hours")

        async def bare(user_id: int, core: object) -> None:
            async with core.database.session() as session:  # type: ignore[attr-defined]
                await take_seat(
                    session,
                    user_id=user_id,
                    slot=slot,
                    seats=1,
                    answers=Answers("x", None, None),
                    now=clock.now,
                )

        started = time.perf_counter()
        await asyncio.gather(*(bare(u, c) for u, c in zip(users, cycle([one, two]), strict=False)))
        baseline = PEOPLE / (time.perf_counter() - started)
        return ours, baseline, booked


async def _fresh_postgres(url: str) -> tuple[float, float, int]:
    await reset_postgres(url)
    return await _race(url)


def run() -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        ours, bare, booked = asyncio.run(
            _race(f"sqlite+aiosqlite:///{Path(folder) / 'race.sqlite3'}")
        )
        figures.append(
            Figure(
                "booking race, SQLite",
                "attempts/s",
                ours,
                bare,
                "bare seat claims",
                "exactly 1 of 200",
                f"{booked} booked of {PEOPLE}",
            )
        )
    url = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    with private_postgres_database(url) as private:
        if private is None:
            figures.append(
                Figure("booking race, PostgreSQL", "attempts/s", 0, note="PostgreSQL unreachable")
            )
        else:
            ours, bare, booked = asyncio.run(_fresh_postgres(private))
            figures.append(
                Figure(
                    "booking race, PostgreSQL",
                    "attempts/s",
                    ours,
                    bare,
                    "bare seat claims",
                    "exactly 1 of 200",
                    f"{booked} booked of {PEOPLE}",
                )
            )
    return figures
