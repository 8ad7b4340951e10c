"""The database: one async engine for SQLite (default) or PostgreSQL, migrated at start."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Table, event
from sqlalchemy.dialects.postgresql import Insert as PgInsert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.storage.sqlite_hops import OneTripConnection, use_one_trip_cursors
from bot.storage.urls import normalise_database_url
from bot.storage.writer_gate import WriterGate, gate_for

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# aiosqlite's DEBUG lines print every SQL parameter, i.e. what people wrote: never log them.
logging.getLogger("aiosqlite").setLevel(logging.INFO)


class _CancelledResetFilter(logging.Filter):
    """Drops the pool's traceback for a rollback cut short by shutdown (task cancelled).

    SQLAlchemy logs "Exception during reset" with a traceback when the rollback that returns a
    connection to the pool is cancelled, e.g. a job loop stopped by SIGTERM inside a session.
    The pool then discards that connection, and the database rolls the open transaction back
    when the connection closes: nothing is written or lost, so it is no error for an admin.
    Every other reset failure is still logged.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, asyncio.CancelledError)


# A filter sits on the logger that logs (not its parent): the pool class's own logger.
for _pool_logger in ("sqlalchemy.pool.impl.AsyncAdaptedQueuePool", "sqlalchemy.pool.base"):
    logging.getLogger(_pool_logger).addFilter(_CancelledResetFilter())


BUSY_TIMEOUT_SECONDS = 30
"""How long a transaction waits for another's write lock before it fails. 30 s: a turn that
loads the language model while holding the write lock can take long on a busy machine, and a
mediator's /queue next to it must wait, not fail."""


def _sqlite_pragmas(dbapi_connection: Any, gate: WriterGate | None) -> None:
    use_one_trip_cursors(dbapi_connection, gate)
    cursor = dbapi_connection.cursor()
    # WAL lets readers go on while one writer writes; the timeout makes writers of other
    # processes queue, not fail (this process's writers queue on the gate first).
    # The timeout first: switching to WAL itself waits for a lock another process may hold.
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    if gate is not None:  # its gate checkpoints, off the event loop (writer_gate.py)
        cursor.execute("PRAGMA wal_autocheckpoint=0")
    cursor.close()
    # We issue BEGIN ourselves (see _sqlite_begin_immediate); the driver must not.
    dbapi_connection.isolation_level = None


def _sqlite_begin_immediate(connection: Connection) -> None:
    """Take SQLite's write lock when a transaction starts, not at its first write.

    A turn reads the person's row and then writes it. Under WAL, a read transaction that
    later wants to write fails at once (no waiting) if another connection wrote meanwhile;
    starting with the write lock makes concurrent turns queue instead: on this process's
    writer gate (bot/storage/writer_gate.py), then on busy_timeout for other processes.
    It is sent with the transaction's first statement (bot/storage/sqlite_hops.py).
    """
    driver = connection.connection.dbapi_connection
    if isinstance(driver, OneTripConnection):
        driver.defer_begin("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine(database_url: str) -> AsyncEngine:
    """An engine for ``database_url``; a SQLite file's folder is created if needed."""
    url = make_url(normalise_database_url(database_url))
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url)
        gate = gate_for(url.database, patience=BUSY_TIMEOUT_SECONDS)

        def on_connect(dbapi_connection: Any, _record: Any) -> None:
            _sqlite_pragmas(dbapi_connection, gate)

        event.listen(engine.sync_engine, "connect", on_connect)
        event.listen(engine.sync_engine, "begin", _sqlite_begin_immediate)
        return engine
    return create_async_engine(url, pool_pre_ping=True)


def _upgrade(connection: Connection) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema to the newest migration (idempotent)."""
    async with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Two processes starting together must not both run a migration.
            await connection.exec_driver_sql("SELECT pg_advisory_xact_lock(4711001)")
        await connection.run_sync(_upgrade)


async def schema_revision(engine: AsyncEngine) -> str | None:
    """The newest migration applied to the database, or None for an empty one."""

    def read(connection: Connection) -> str | None:
        return MigrationContext.configure(connection).get_current_revision()

    async with engine.connect() as connection:
        return await connection.run_sync(read)


class Database:
    """The engine and a session factory; ``session()`` commits on success, rolls back on error."""

    def __init__(self, database_url: str) -> None:
        self.url = database_url
        self.engine = create_engine(database_url)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    async def start(self) -> None:
        await migrate(self.engine)

    async def close(self) -> None:
        await self.engine.dispose()

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session, session.begin():
            yield session


def upsert(session: AsyncSession, table: type[Any] | Table) -> PgInsert | SqliteInsert:
    """An INSERT with ``on_conflict_do_*`` for the session's database (SQLite or PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        return pg_insert(table)
    return sqlite_insert(table)
