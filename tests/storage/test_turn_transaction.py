"""A turn's transaction (bot/storage/turn_transaction.py): the person's row, the ledger claim
and the writes nobody reads back run as Core statements, an ORM session only when a feature
asks for one. It must keep every guarantee the ORM session per turn gave."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite.core
import pytest
from sqlalchemy import delete, func, select, text, update

from bot.messages import Reply
from bot.storage import ledger, writer_gate
from bot.storage.database import Database
from bot.storage.models import QuestionLog, TurnLedger, User
from bot.storage.turn_transaction import turn_transaction

NOW = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
_COLUMNS = [column.key for column in User.__table__.c]


async def _open(database: Database) -> Database:
    await database.start()
    return database


async def test_a_person_is_read_as_the_orm_reads_them(database_url: str) -> None:
    database = await _open(Database(database_url))
    try:
        async with turn_transaction(database) as transaction:
            user, claimed = await transaction.open("telegram", "ana", "1", "ana", NOW)
            assert claimed
            user.language = "ro"
            user.consent_at = NOW - timedelta(days=1)
            user.state_data = {"seen_offers": ["sewing-cafe"]}
        async with turn_transaction(database) as transaction:
            user, _ = await transaction.open("telegram", "ana", "2", "ana", NOW)
            ours = {column: getattr(user, column) for column in _COLUMNS}
        async with database.session() as session:
            stored = (await session.scalars(select(User))).one()
            orm = {column: getattr(stored, column) for column in _COLUMNS}
        assert ours == orm
        assert ours["consent_at"] == NOW - timedelta(days=1)
        assert ours["consent_at"].tzinfo is not None
        assert ours["state_data"] == {"seen_offers": ["sewing-cafe"]}
    finally:
        await database.close()


async def test_turns_of_one_person_at_once_lose_no_change(database_url: str) -> None:
    """Each turn reads the person, waits, writes: the lock taken with the row makes the others
    wait, so no turn overwrites another's count."""
    database = await _open(Database(database_url))
    try:

        async def one_more(number: int) -> None:
            async with turn_transaction(database) as transaction:
                user, _ = await transaction.open("telegram", "ana", str(number), "ana", NOW)
                count = user.state_data.get("count", 0)
                await asyncio.sleep(0.01)  # the others get every chance to start
                user.state_data = {**user.state_data, "count": count + 1}

        await asyncio.gather(*(one_more(number) for number in range(8)))
        async with database.session() as session:
            query = select(User.state_data).where(User.external_id == "ana")
            assert (await session.execute(query)).scalar_one() == {"count": 8}
    finally:
        await database.close()


async def test_a_failed_turn_leaves_nothing_and_may_run_again(database_url: str) -> None:
    database = await _open(Database(database_url))
    try:
        async with turn_transaction(database) as transaction:
            await transaction.open("telegram", "ana", "1", "ana", NOW)
        with pytest.raises(RuntimeError):
            async with turn_transaction(database) as transaction:
                user, _ = await transaction.open("telegram", "ana", "2", "ana", NOW)
                user.state = "serving"
                transaction.keep_replies("telegram", "2", [Reply(text="hello")])
                transaction.log_question(_question())
                transaction.count_views(NOW.date(), "en", ["sewing-cafe"])
                raise RuntimeError("the turn failed")
        async with turn_transaction(database) as transaction:
            user, claimed = await transaction.open("telegram", "ana", "2", "ana", NOW)
            assert claimed  # the failed turn's claim was rolled back with it
            assert user.state == "new"
        async with database.session() as session:
            assert await session.scalar(select(func.count()).select_from(QuestionLog)) == 0
            assert await ledger.owed(session, "telegram", "2") == []
    finally:
        await database.close()


async def test_a_redelivered_update_is_not_claimed_again_and_its_replies_are_owed(
    database_url: str,
) -> None:
    database = await _open(Database(database_url))
    try:
        async with turn_transaction(database) as transaction:
            await transaction.open("telegram", "ana", "7", "ana", NOW)
            transaction.keep_replies("telegram", "7", [Reply(text="hello")])
        async with turn_transaction(database) as transaction:
            _, claimed = await transaction.open("telegram", "ana", "7", "ana", NOW)
            assert not claimed
            owed = await ledger.owed(transaction.session, "telegram", "7")
        assert [reply.text for reply in owed or []] == ["hello"]
    finally:
        await database.close()


async def test_a_feature_session_sees_what_the_turn_did_before_it(database_url: str) -> None:
    """Writes waiting for COMMIT go first when a feature's session runs a statement, and the
    person's changes are the session's: "delete my data" in the turn that logged a question
    erases that question too, and a person deleted in the session is not written back."""
    database = await _open(Database(database_url))
    try:
        async with turn_transaction(database) as transaction:
            await transaction.open("telegram", "ana", "1", "ana", NOW)
        async with turn_transaction(database) as transaction:
            user, _ = await transaction.open("telegram", "ana", "2", "ana", NOW)
            user.state = "serving"
            transaction.log_question(_question())
            session = transaction.session
            logged = await session.scalar(select(func.count()).select_from(QuestionLog))
            state = await session.scalar(select(User.state).where(User.external_id == "ana"))
            assert (logged, state) == (1, "serving")
            await session.execute(delete(QuestionLog))
            await session.delete(user)
            transaction.keep_replies("telegram", "2", [Reply(text="gone")])
        async with database.session() as session:
            assert await session.scalar(select(func.count()).select_from(QuestionLog)) == 0
            assert await session.scalar(select(func.count()).select_from(User)) == 0
            rows = await session.scalar(select(func.count()).select_from(TurnLedger))
            assert rows == 2
    finally:
        await database.close()


async def test_a_turn_makes_no_trip_to_the_sqlite_thread(tmp_path: Path) -> None:
    """With the write lock free, BEGIN, the person and the claim, then the person's changes,
    the replies, the question log, the views and COMMIT run on the event loop's thread
    (before: a trip per statement, and more for the session's own work; then two trips)."""
    database = await _open(Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"))
    trips = 0
    original = aiosqlite.core.Connection._execute

    async def counted(self: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal trips
        trips += 1
        return await original(self, fn, *args, **kwargs)

    try:
        async with turn_transaction(database) as transaction:
            await transaction.open("telegram", "ana", "1", "ana", NOW)
        aiosqlite.core.Connection._execute = counted  # type: ignore[method-assign]
        async with turn_transaction(database) as transaction:
            user, _ = await transaction.open("telegram", "ana", "2", "ana", NOW)
            user.state = "serving"
            transaction.log_question(_question())
            transaction.count_views(NOW.date(), "en", ["sewing-cafe", "sewing-cafe", "cafe"])
            transaction.keep_replies("telegram", "2", [Reply(text="hello")])
        aiosqlite.core.Connection._execute = original  # type: ignore[method-assign]
        assert trips == 0
        async with database.session() as session:
            assert await session.scalar(select(User.state)) == "serving"
            assert await session.scalar(select(func.count()).select_from(QuestionLog)) == 1
    finally:
        aiosqlite.core.Connection._execute = original  # type: ignore[method-assign]
        await database.close()


def _question() -> dict[str, object]:
    return {
        "person_key": "k" * 64,
        "asked_at": NOW,
        "language": "en",
        "detected_language": None,
        "question": "where can I learn german",
        "outcome": "answered",
        "offer_id": "german-course",
        "score": 91.5,
    }


async def test_a_write_lock_held_elsewhere_does_not_freeze_the_other_chats(
    tmp_path: Path,
) -> None:
    """Another process (here a plain connection, e.g. a staff command) holds SQLite's write
    lock. A turn that starts then waits for it on aiosqlite's thread, not on the event loop's
    (where its first statements run when the lock is free): the loop goes on serving other
    chats meanwhile, and the turn writes once the lock is free."""
    path = tmp_path / "bot.sqlite3"
    database = await _open(Database(f"sqlite+aiosqlite:///{path}"))
    other_process = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        async with turn_transaction(database) as transaction:
            await transaction.open("telegram", "ana", "1", "ana", NOW)
        other_process.execute("BEGIN IMMEDIATE")
        loop = asyncio.get_running_loop()
        # Another chat's update arrives from another thread (as PTB's network does) while
        # the turn waits for the lock, and must be handled while the lock is still held
        # elsewhere. Were the loop stuck in SQLite's busy handler it could not be: after 10 s
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

        async def turn() -> None:
            async with turn_transaction(database) as transaction:
                threading.Thread(target=network).start()
                user, claimed = await transaction.open("telegram", "ana", "2", "ana", NOW)
                assert claimed
                user.state = "menu"

        waiting = asyncio.create_task(turn())
        await other_chat.wait()
        assert not frozen.is_set(), "the event loop waited for another process's write lock"
        assert not waiting.done()  # still waiting for the lock: neither failed nor written
        other_process.commit()
        await asyncio.wait_for(waiting, 30)
        async with database.session() as session:
            assert await session.scalar(select(User.state)) == "menu"
    finally:
        other_process.close()
        await database.close()


async def test_the_wal_is_checkpointed_on_a_worker_thread_not_by_a_turns_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A turn commits on the event loop's thread, so SQLite's automatic checkpoint (which
    writes and syncs the database file) is off for this process; the writer gate checkpoints
    on a worker thread instead, started by the commit of a turn or of any other transaction,
    and what they wrote reaches the database file."""
    monkeypatch.setattr(writer_gate, "CHECKPOINT_EVERY", 10**9)  # none while setting up
    path = tmp_path / "bot.sqlite3"
    database = await _open(Database(f"sqlite+aiosqlite:///{path}"))
    try:
        async with database.session() as session:
            automatic = await session.execute(text("PRAGMA wal_autocheckpoint"))
            assert automatic.scalar_one() == 0
        gate = writer_gate.gate_for(str(path), patience=1)
        assert gate is not None and gate.checkpointing is None
        for number in range(3):
            async with turn_transaction(database) as transaction:
                await transaction.open("telegram", f"p{number}", "1", f"p{number}", NOW)
        assert gate.checkpointing is None
        monkeypatch.setattr(writer_gate, "CHECKPOINT_EVERY", 1)  # the next commit starts one
        async with turn_transaction(database) as transaction:
            await transaction.open("telegram", "p3", "1", "p3", NOW)
        after_a_turn = gate.checkpointing
        assert after_a_turn is not None
        await after_a_turn
        async with database.session() as session:  # a commit on aiosqlite's thread counts too
            await session.execute(update(User).where(User.external_id == "p0").values(state="menu"))
        checkpoint = gate.checkpointing
        assert checkpoint is not None and checkpoint is not after_a_turn
        await checkpoint
        # The database file alone, its WAL ignored, while the bot still runs (closing the
        # last connection would checkpoint anyway): every person is there.
        alone = tmp_path / "alone.sqlite3"
        alone.write_bytes(path.read_bytes())
    finally:
        await database.close()
    copy = sqlite3.connect(alone)
    try:
        stored = dict(copy.execute("SELECT external_id, state FROM users").fetchall())
    finally:
        copy.close()
    assert set(stored) == {"p0", "p1", "p2", "p3"}
    assert stored["p0"] == "menu"
