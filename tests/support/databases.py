"""Reaching the local PostgreSQL for tests: a private database per run, wiped between tests."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage.database import Database

_reachable: dict[str, str | None] = {}


async def postgres_unavailable_reason(url: str) -> str | None:
    """None when PostgreSQL at ``url`` answers; else why its tests are skipped."""
    if not url:
        return (
            "PostgreSQL tests skipped: TEST_POSTGRES_URL is not set"
            " (.ci/run sets it when the server answers)"
        )
    if url not in _reachable:
        engine = create_async_engine(url)
        try:
            async with asyncio.timeout(5), engine.connect() as connection:
                await connection.exec_driver_sql("SELECT 1")
            _reachable[url] = None
        except Exception as error:  # any failure means: skip, and say why
            _reachable[url] = (
                f"PostgreSQL tests skipped: {url} unreachable ({type(error).__name__})"
            )
        finally:
            await engine.dispose()
    return _reachable[url]


async def _admin(url: str, statement: str) -> None:
    # CREATE/DROP DATABASE cannot run inside a transaction block.
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.exec_driver_sql(statement)
    finally:
        await engine.dispose()


@contextmanager
def private_postgres_database(url: str) -> Iterator[str | None]:
    """A fresh database on the server of ``url`` for this test run; dropped afterwards."""
    if asyncio.run(postgres_unavailable_reason(url)) is not None:
        yield None
        return
    name = f"erstkontakt_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    asyncio.run(_admin(url, f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(_admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def reset_postgres(url: str) -> None:
    """Drop every table, so each test starts from an empty, unmigrated database."""
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.exec_driver_sql("DROP SCHEMA public CASCADE")
            await connection.exec_driver_sql("CREATE SCHEMA public")
    finally:
        await engine.dispose()


async def redis_unavailable_reason(url: str) -> str | None:
    """None when Redis at ``url`` answers; else why its tests are skipped."""
    if not url:
        return "Redis tests skipped: TEST_REDIS_URL is not set (.ci/run sets it when Redis answers)"
    from redis.asyncio import Redis

    client = Redis.from_url(url, socket_connect_timeout=2)
    try:
        await client.ping()
    except Exception as error:  # any failure means: skip, and say why
        return f"Redis tests skipped: {url} unreachable ({type(error).__name__})"
    finally:
        await client.aclose()
    return None


@asynccontextmanager
async def another_postgres_database(url: str) -> AsyncIterator[str]:
    """One more fresh database on the server of ``url`` for the block (e.g. a restore target)."""
    name = f"erstkontakt_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    await _admin(url, f'CREATE DATABASE "{name}"')
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        await _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@asynccontextmanager
async def started_database(url: str) -> AsyncIterator[Database]:
    """The bot's database at ``url``, migrated, for the block (as one process opens it)."""
    database = Database(url)
    await database.start()
    try:
        yield database
    finally:
        await database.close()
