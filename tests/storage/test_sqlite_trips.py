"""SQLite's BEGIN goes with a transaction's first statement, and a chat's turn runs its small
statements on the event loop's thread (bot/storage/sqlite_hops.py): the transactions must
behave exactly as before, and nothing that can wait or be big may block the event loop."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, insert, select, text, update

from bot.storage import writer_gate
from bot.storage.database import Database
from bot.storage.models import User


@pytest.fixture
def thread_names(tmp_path: Path) -> Iterator[Database]:
    """A database whose SQL can ask ``thread_name()``: which thread runs the statement."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.create_function("thread_name", 0, lambda: threading.current_thread().name)

    event.listen(database.engine.sync_engine, "connect", on_connect)
    yield database


async def _runs_on(session: Any) -> str:
    return str((await session.execute(text("SELECT thread_name()"))).scalar_one())


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


@pytest.mark.parametrize("small", [False, True], ids=["on the thread", "on the loop"])
async def test_turns_reading_then_writing_one_row_at_once_lose_no_update(
    tmp_path: Path, small: bool
) -> None:
    """Read, pause, write: only a write lock taken at BEGIN keeps two of these from failing
    (WAL refuses a reader's later write) or one from overwriting the other."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    await database.start()
    try:
        await _person(database)

        async def count_one_more() -> None:
            async with database.session(small=small) as session:
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


@pytest.mark.parametrize("small", [False, True], ids=["on the thread", "on the loop"])
async def test_a_turn_cancelled_inside_its_transaction_lets_the_next_one_write(
    tmp_path: Path, small: bool
) -> None:
    """This process's transactions queue on the writer gate (bot/storage/writer_gate.py): one
    cancelled half-way (a stop, a timeout) must free it, or every later turn would wait."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    await database.start()
    try:
        await _person(database)
        inside = asyncio.Event()

        async def stuck_turn() -> None:
            async with database.session(small=small) as session:
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


@pytest.mark.parametrize("small", [False, True], ids=["on the thread", "on the loop"])
async def test_many_turns_at_once_each_write_in_turn(tmp_path: Path, small: bool) -> None:
    """Fifty read-then-write transactions started together all commit, none lost."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    await database.start()
    try:
        await _person(database)

        async def append(number: int) -> None:
            async with database.session(small=small) as session:
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


async def test_only_a_small_transaction_runs_on_the_event_loops_thread(
    thread_names: Database,
) -> None:
    """A chat's turn (``small=True``) runs on the loop's thread; every other transaction, and
    a bulk write even inside a small one, goes to aiosqlite's thread, where a big statement
    cannot block the other chats."""
    database = thread_names
    await database.start()
    try:
        loop_thread = threading.current_thread().name
        async with database.session(small=True) as session:
            assert await _runs_on(session) == loop_thread
            assert await _runs_on(session) == loop_thread
        async with database.session() as session:
            assert await _runs_on(session) != loop_thread
        async with database.session(small=True) as session:
            rows = [{"channel": "telegram", "external_id": f"p{n}"} for n in range(3)]
            now = datetime(2026, 12, 3, tzinfo=UTC)
            await session.execute(
                insert(User).values(
                    created_at=now, last_seen_at=now, state=func.thread_name(), state_data={}
                ),
                rows,  # executemany: bulk writes stay off the loop
            )
        async with database.session() as session:
            written_on = (await session.execute(select(User.state))).scalars().all()
        assert len(written_on) == 3
        assert loop_thread not in written_on
    finally:
        await database.close()


async def test_a_write_lock_held_elsewhere_does_not_freeze_the_other_chats(
    thread_names: Database, tmp_path: Path
) -> None:
    """Another process (here a plain connection, e.g. a staff command) holds SQLite's write
    lock. A turn that starts then waits for it on aiosqlite's thread, not on the loop: the
    loop goes on serving other chats meanwhile, and the turn writes once the lock is free."""
    database = thread_names
    await database.start()
    await _person(database)
    other_process = sqlite3.connect(
        tmp_path / "bot.sqlite3", isolation_level=None, check_same_thread=False
    )
    try:
        other_process.execute("BEGIN IMMEDIATE")
        loop_thread = threading.current_thread().name
        loop = asyncio.get_running_loop()
        # Another chat's update arrives from another thread (as PTB's network does) just as
        # the turn asks for the lock, and must be handled while the lock is still held
        # elsewhere. Were the loop stuck in SQLite's busy handler, it could not be: after 10 s
        # (a watchdog, not a measurement) the other process gives its lock up to unstick the
        # loop, and the test fails.
        other_chat = asyncio.Event()
        handled = threading.Event()
        frozen = threading.Event()

        def handle_other_chat() -> None:
            other_chat.set()
            handled.set()

        def network() -> None:
            loop.call_soon_threadsafe(handle_other_chat)
            if not handled.wait(10):
                frozen.set()
                other_process.commit()

        @event.listens_for(database.engine.sync_engine, "before_cursor_execute")
        def on_statement(*_args: Any) -> None:
            if not other_chat.is_set():
                threading.Thread(target=network).start()

        threads: list[str] = []

        async def turn() -> None:
            async with database.session(small=True) as session:
                threads.append(await _runs_on(session))  # waits here for the lock
                await session.execute(
                    update(User).where(User.external_id == "ana").values(state="menu")
                )
                threads.append(await _runs_on(session))

        waiting = asyncio.create_task(turn())
        await other_chat.wait()
        assert not frozen.is_set(), "the event loop waited for another process's write lock"
        assert not waiting.done()  # still waiting for the lock: neither failed nor written
        other_process.commit()
        await asyncio.wait_for(waiting, 30)
        # It waited on the thread; once it held the lock, the rest ran on the loop.
        assert threads[0] != loop_thread
        assert threads[1] == loop_thread
        async with database.session() as session:
            query = select(User.state).where(User.external_id == "ana")
            assert (await session.execute(query)).scalar_one() == "menu"
    finally:
        other_process.close()
        await database.close()


async def test_the_wal_is_checkpointed_on_a_worker_thread_not_by_a_turns_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A turn commits on the event loop's thread, so SQLite's automatic checkpoint (which
    writes and syncs the database file) is off for this process; the writer gate checkpoints
    on a worker thread instead, and what turns wrote reaches the database file."""
    monkeypatch.setattr(writer_gate, "CHECKPOINT_EVERY", 5)
    path = tmp_path / "bot.sqlite3"
    database = Database(f"sqlite+aiosqlite:///{path}")
    await database.start()
    try:
        async with database.session(small=True) as session:
            automatic = await session.execute(text("PRAGMA wal_autocheckpoint"))
            assert automatic.scalar_one() == 0
        gate = writer_gate.gate_for(str(path), patience=1)
        assert gate is not None
        now = datetime(2026, 12, 3, tzinfo=UTC)
        for number in range(7):
            async with database.session(small=True) as session:
                session.add(
                    User(
                        channel="telegram",
                        external_id=f"p{number}",
                        created_at=now,
                        last_seen_at=now,
                        state="new",
                        state_data={},
                    )
                )
        # Commit on until a checkpoint starts after all seven were written.
        before = gate.checkpointing
        if before is not None:
            await before
        for _ in range(2 * writer_gate.CHECKPOINT_EVERY):
            if gate.checkpointing is not before:
                break
            async with database.session(small=True) as session:
                await session.execute(
                    update(User).where(User.external_id == "p0").values(state="menu")
                )
        assert gate.checkpointing is not before
        assert gate.checkpointing is not None
        await gate.checkpointing

        # The database file alone (the WAL ignored) holds them now.
        file_alone = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        try:
            (count,) = file_alone.execute("SELECT count(*) FROM users").fetchone()
        finally:
            file_alone.close()
        assert count == 7
    finally:
        await database.close()
