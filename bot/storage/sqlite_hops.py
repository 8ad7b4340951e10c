"""One trip to aiosqlite's thread per SQL statement, instead of four.

aiosqlite runs SQLite on a thread of its own. SQLAlchemy's adapter makes a separate trip
there to open a cursor, to execute, to fetch the rows and to close the cursor: each trip
hands work to the thread and waits for the event loop to be woken, which costs more than a
small statement itself. This cursor does all four in one trip and keeps what SQLAlchemy reads
afterwards (the rows, ``description``, ``rowcount``, ``lastrowid``). The statements, their
order and their transactions are unchanged; only the trips are fewer.

It relies on two internals, both pinned in requirements.lock: aiosqlite's
``Connection._execute`` (queue a function for its thread) and SQLAlchemy's aiosqlite adapter
classes. ``tests/storage`` runs every storage test through it.
"""

from __future__ import annotations

import collections
import sqlite3
from typing import Any

from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
)
from sqlalchemy.util.concurrency import await_


class _Done:
    """What a finished sqlite3 cursor told: read by SQLAlchemy after the statement ran."""

    __slots__ = ("description", "lastrowid", "rowcount")

    def __init__(self, description: Any = None, rowcount: int = -1, lastrowid: Any = None) -> None:
        self.description = description
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def close(self) -> None:
        """Closed already, in the database thread."""


def _run(
    connection: sqlite3.Connection, operation: str, parameters: Any, many: bool
) -> tuple[_Done, list[Any] | None]:
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
        async with self._adapt_connection._execute_mutex:
            done, rows = await driver._execute(_run, driver._conn, operation, parameters, many)
        self._cursor = done  # type: ignore[assignment]
        self._rows = collections.deque(rows or ())


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()
    _cursor_cls = OneTripCursor


def use_one_trip_cursors(dbapi_connection: Any) -> None:
    """Make a new aiosqlite connection (SQLAlchemy's "connect" event) use :class:`OneTripCursor`."""
    if type(dbapi_connection) is AsyncAdapt_aiosqlite_connection:
        dbapi_connection.__class__ = OneTripConnection
