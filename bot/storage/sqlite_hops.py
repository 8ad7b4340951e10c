"""One trip to aiosqlite's thread per SQL statement, instead of four; none for BEGIN.

aiosqlite runs SQLite on a thread of its own. SQLAlchemy's adapter makes a separate trip
there to open a cursor, to execute, to fetch the rows and to close the cursor: each trip
hands work to the thread and waits for the event loop to be woken, which costs more than a
small statement itself. This cursor does all four in one trip and keeps what SQLAlchemy reads
afterwards (the rows, ``description``, ``rowcount``, ``lastrowid``).

Two more trips per transaction are saved the same way:

- ``BEGIN IMMEDIATE`` travels with the transaction's first statement (:meth:`OneTripConnection.
  defer_begin`): SQLite runs it right before that statement, on the same thread, so the
  transaction and its write lock start exactly as before; a BEGIN that cannot get the lock
  raises from that first statement, inside the same ``session()`` block.
- A COMMIT or ROLLBACK with nothing run since the last one (the pool's ROLLBACK when a
  connection comes back after a COMMIT; a transaction that ran no statement) has nothing to
  end: it is not sent.

The statements, their order and their transactions are unchanged; only the trips are fewer.

A turn's statements (:func:`run_together`: BEGIN IMMEDIATE, the person's row and the ledger
claim; then the writes nobody reads back and COMMIT) make no trip at all: they run on the
event loop's thread, where a trip cost more than the statements (each trip wakes two threads;
end to end that was most of the bot's context switches per update). Only where nothing can
wait or be big:

- this process's writer gate is held (no other transaction of this process is open);
- ``BEGIN IMMEDIATE`` is tried there with SQLite's busy timeout at zero; if another process
  (a staff command) holds the write lock, it fails at once and the statements go to
  aiosqlite's thread, which waits on ``busy_timeout`` as before;
- once the write lock is held nothing can make these statements wait under WAL, and they are
  a few rows of one person;
- under WAL with ``synchronous=NORMAL`` a COMMIT only appends to the WAL: this process's
  connections leave checkpoints (writing and syncing the file) to the writer gate, which runs
  them on a worker thread (``writer_gate.py``).

Every other transaction (a feature's ORM session, jobs, announcements, backups, migrations,
the web desk) runs on aiosqlite's thread; a statement there never blocks the event loop.

It relies on two internals, both pinned in requirements.lock: aiosqlite's
``Connection._execute`` (queue a function for its thread) and SQLAlchemy's aiosqlite adapter
classes. ``tests/storage`` runs every storage test through it.
"""

from __future__ import annotations

import asyncio
import collections
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
)
from sqlalchemy.util.concurrency import await_

from bot.storage.writer_gate import WriterGate


class _Done:
    """What a finished sqlite3 cursor told: read by SQLAlchemy after the statement ran."""

    __slots__ = ("description", "lastrowid", "rowcount")

    def __init__(self, description: Any = None, rowcount: int = -1, lastrowid: Any = None) -> None:
        self.description = description
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def close(self) -> None:
        """Closed already, in the database thread."""


class _Trips:
    """Per connection: a BEGIN waiting for the next statement, whether anything was sent
    since the last COMMIT or ROLLBACK (a transaction may be open), and the file's writer gate
    with the lock this connection holds while its transaction runs."""

    __slots__ = ("begin", "gate", "held", "sent")

    def __init__(self) -> None:
        self.begin: str | None = None
        self.sent = True  # not known at first: end it for real
        self.gate: WriterGate | None = None
        self.held: asyncio.Lock | None = None

    def let_go(self) -> None:
        """The transaction ended (or its connection closed): the next writer may start."""
        held, self.held = self.held, None
        WriterGate.leave(held)


def _trips(driver: Any) -> _Trips:
    # Kept on aiosqlite's connection: SQLAlchemy's adapter has __slots__ and no room.
    trips: _Trips | None = getattr(driver, "_one_trip_state", None)
    if trips is None:
        trips = driver._one_trip_state = _Trips()
    return trips


def _run(
    connection: sqlite3.Connection,
    begin: str | None,
    operation: str,
    parameters: Any,
    many: bool,
) -> tuple[_Done, list[Any] | None]:
    if begin is not None:
        connection.execute(begin)
    cursor = connection.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        rows = cursor.fetchall() if cursor.description else None
        return _Done(cursor.description, cursor.rowcount, cursor.lastrowid), rows
    finally:
        cursor.close()


def _run_together(
    connection: sqlite3.Connection,
    begin: str | None,
    statements: Sequence[tuple[str, Sequence[Any]]],
    commit: bool,
) -> list[list[Any] | None]:
    if begin is not None:
        connection.execute(begin)
    results: list[list[Any] | None] = []
    for operation, parameters in statements:
        cursor = connection.execute(operation, parameters)
        try:
            results.append(cursor.fetchall() if cursor.description else None)
        finally:
            cursor.close()
    if commit:
        connection.commit()
    return results


def _begin_without_waiting(
    connection: sqlite3.Connection, begin: str, busy_timeout_ms: int
) -> bool:
    """Run ``begin`` if SQLite's write lock is free now; False (nothing begun) if another
    connection holds it. The connection's busy timeout is restored either way."""
    connection.execute("PRAGMA busy_timeout=0")
    try:
        connection.execute(begin)
    except sqlite3.OperationalError as error:
        if error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY:
            return False
        raise
    finally:
        connection.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
    return True


def _here(trips: _Trips, connection: sqlite3.Connection, begin: str | None) -> bool:
    """Whether a turn's statements may run on the event loop's thread now (see the module's
    docstring); if so, ``begin`` has run."""
    if trips.held is None or trips.gate is None:
        return False  # no gate (in-memory database) or it stayed shut: SQLite's lock decides
    if begin is None:
        return True  # this transaction holds the write lock already
    return _begin_without_waiting(connection, begin, int(trips.gate.patience * 1000))


async def run_together(
    adapted: OneTripConnection,
    statements: Sequence[tuple[str, Sequence[Any]]],
    *,
    commit: bool = False,
) -> list[list[Any] | None]:
    """Run ``statements`` (SQL, positional parameters) in one trip to aiosqlite's thread, with
    a BEGIN waiting for them before and, with ``commit``, COMMIT after: the rows of each
    (None for one that returns none). A statement that fails raises before COMMIT, leaving the
    transaction for the caller to roll back, as when they are sent one by one. Used by a turn's
    transaction (``bot/storage/turn_transaction.py``), which runs SQLAlchemy's compiled SQL
    without its execution machinery. They run on the event loop's thread once the write lock
    is held (see the module's docstring)."""
    driver = adapted._connection
    trips = _trips(driver)
    if not statements and (trips.begin is not None or not trips.sent):
        return []  # no transaction began, or it ended: nothing to send
    if trips.begin is not None and trips.gate is not None and trips.held is None:
        trips.held = await trips.gate.enter()
    async with adapted._execute_mutex:
        begin, trips.begin = trips.begin, None
        trips.sent = True
        results: list[list[Any] | None]
        if _here(trips, driver._conn, begin):
            results = _run_together(driver._conn, None, statements, commit)
        else:
            results = await driver._execute(_run_together, driver._conn, begin, statements, commit)
        if commit:
            trips.sent = False  # ended: SQLAlchemy's COMMIT after this has nothing to send
            if trips.gate is not None:
                trips.gate.committed()
    return results


class OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    __slots__ = ()
    _awaitable_cursor_close = False  # nothing left to close: _Done.close is a no-op

    def _make_new_cursor(self, connection: Any) -> Any:
        return _Done()  # the real cursor lives for one trip only (see _run)

    def _aenter_cursor(self, cursor: Any) -> Any:
        return cursor

    def execute(self, operation: Any, parameters: Any = None) -> Any:
        try:
            return await_(self._one_trip(operation, parameters, many=False))
        except Exception as error:
            self._adapt_connection._handle_exception(error)

    def executemany(self, operation: Any, seq_of_parameters: Any) -> Any:
        try:
            return await_(self._one_trip(operation, seq_of_parameters, many=True))
        except Exception as error:
            self._adapt_connection._handle_exception(error)

    async def _one_trip(self, operation: Any, parameters: Any, *, many: bool) -> None:
        driver = self._connection
        trips = _trips(driver)
        if trips.begin is not None and trips.gate is not None and trips.held is None:
            trips.held = await trips.gate.enter()
        async with self._adapt_connection._execute_mutex:
            begin, trips.begin = trips.begin, None
            trips.sent = True
            done, rows = await driver._execute(
                _run, driver._conn, begin, operation, parameters, many
            )
        self._cursor = done  # type: ignore[assignment]
        self._rows = collections.deque(rows or ())


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()
    _cursor_cls = OneTripCursor

    def defer_begin(self, statement: str) -> None:
        """Send ``statement`` (BEGIN ...) with the next one, in the same trip."""
        _trips(self._connection).begin = statement

    def commit(self) -> None:
        self._end(super().commit, committing=True)

    def rollback(self) -> None:
        self._end(super().rollback)

    def _end(self, send: Callable[[], None], *, committing: bool = False) -> None:
        """COMMIT or ROLLBACK, only when a statement went since the last one ended."""
        trips = _trips(self._connection)
        trips.begin = None
        try:
            if trips.sent:
                send()
                trips.sent = False
                if committing and trips.gate is not None:
                    trips.gate.committed()
        finally:
            trips.let_go()

    def close(self) -> None:
        try:
            super().close()
        finally:
            _trips(self._connection).let_go()

    def terminate(self) -> None:
        try:
            super().terminate()
        finally:
            _trips(self._connection).let_go()


def use_one_trip_cursors(dbapi_connection: Any, gate: WriterGate | None = None) -> None:
    """Make a new aiosqlite connection (SQLAlchemy's "connect" event) use :class:`OneTripCursor`,
    its transactions queued on ``gate`` (see ``writer_gate.py``)."""
    if type(dbapi_connection) is AsyncAdapt_aiosqlite_connection:
        dbapi_connection.__class__ = OneTripConnection
        _trips(dbapi_connection._connection).gate = gate
