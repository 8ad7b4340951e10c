"""SQLite's BEGIN goes with a transaction's first statement (bot/storage/sqlite_hops.py): the
transactions must behave exactly as if it were sent on its own."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from bot.storage.database import Database
from bot.storage.models import User


async def _person(database: Database) -> None:
    async with database.session() as session:
        now = datetime(2026, 12, 3, tzinfo=UTC)
        session.add(
            User(
                channel="telegram",
                external_id="ana",
                created_at=now,
                last_seen_at=now,
                state="new",
                state_data={},
            )
        )


async def test_turns_reading_then_writing_one_row_at_once_lose_no_update(tmp_path: Path) -> None:
    """Read, pause, write: only a write lock taken at BEGIN keeps two of these from failing
    (WAL refuses a reader's later write) or one from overwriting the other."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    await database.start()
    try:
        await _person(database)

        async def count_one_more() -> None:
            async with database.session() as session:
                query = select(User.state_data).where(User.external_id == "ana")
                data = (await session.execute(query)).scalar_one()
                await asyncio.sleep(0.01)  # the other transaction gets every chance to start
                await session.execute(
                    update(User)
                    .where(User.external_id == "ana")
                    .values(state_data={"count": data.get("count", 0) + 1})
                )

        await asyncio.gather(*(count_one_more() for _ in range(8)))
        async with database.session() as session:
            query = select(User.state_data).where(User.external_id == "ana")
            assert (await session.execute(query)).scalar_one() == {"count": 8}
    finally:
        await database.close()


async def test_a_failed_transaction_leaves_nothing_and_the_next_one_works(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    await database.start()
    try:
        await _person(database)
        with pytest.raises(RuntimeError):
            async with database.session() as session:
                await session.execute(
                    update(User).where(User.external_id == "ana").values(state="menu")
                )
                raise RuntimeError("the turn failed")
        async with database.session() as session:  # nothing run: no BEGIN ever sent
            pass
        async with database.session() as session:
            query = select(User.state).where(User.external_id == "ana")
            assert (await session.execute(query)).scalar_one() == "new"
    finally:
        await database.close()


async def test_a_turn_cancelled_inside_its_transaction_lets_the_next_one_write(
    tmp_path: Path,
) -> None:
    """This process's transactions queue on the writer gate (bot/storage/writer_gate.py): one
    cancelled half-way (a stop, a timeout) must free it, or every later turn would wait."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    await database.start()
    try:
        await _person(database)
        inside = asyncio.Event()

        async def stuck_turn() -> None:
            async with database.session() as session:
                await session.execute(
                    update(User).where(User.external_id == "ana").values(state="menu")
                )
                inside.set()
                await asyncio.Event().wait()  # never set: only cancelling ends it

        stuck = asyncio.create_task(stuck_turn())
        await inside.wait()
        waiting = asyncio.create_task(_set_state(database, "booking"))
        await asyncio.sleep(0)
        assert not waiting.done()  # queued behind the open transaction
        stuck.cancel()
        await asyncio.wait_for(waiting, 10)  # a hang would be the bug
        async with database.session() as session:
            query = select(User.state).where(User.external_id == "ana")
            assert (await session.execute(query)).scalar_one() == "booking"
    finally:
        await database.close()


async def test_many_turns_at_once_each_write_in_turn(tmp_path: Path) -> None:
    """Fifty read-then-write transactions started together all commit, none lost."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    await database.start()
    try:
        await _person(database)

        async def append(number: int) -> None:
            async with database.session() as session:
                query = select(User.state_data).where(User.external_id == "ana")
                data = (await session.execute(query)).scalar_one()
                await session.execute(
                    update(User)
                    .where(User.external_id == "ana")
                    .values(state_data={"seen": [*data.get("seen", []), number]})
                )

        await asyncio.gather(*(append(number) for number in range(50)))
        async with database.session() as session:
            query = select(User.state_data).where(User.external_id == "ana")
            seen = (await session.execute(query)).scalar_one()["seen"]
        assert sorted(seen) == list(range(50))
    finally:
        await database.close()


async def _set_state(database: Database, state: str) -> None:
    async with database.session() as session:
        await session.execute(update(User).where(User.external_id == "ana").values(state=state))
