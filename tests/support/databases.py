"""Reaching the local PostgreSQL for tests, and wiping it between them."""

from __future__ import annotations

import asyncio

from sqlalchemy.ext.asyncio import create_async_engine

_reachable: dict[str, str | None] = {}


async def postgres_unavailable_reason(url: str) -> str | None:
    """None when PostgreSQL at ``url`` answers; else why its tests are skipped."""
    if not url:
        return "PostgreSQL tests skipped: TEST_POSTGRES_URL is not set (.ci/run sets it when the server answers)"
    if url not in _reachable:
        engine = create_async_engine(url)
        try:
            async with asyncio.timeout(5), engine.connect() as connection:
                await connection.exec_driver_sql("SELECT 1")
            _reachable[url] = None
        except Exception as error:  # any failure means: skip, and say why
            _reachable[url] = f"PostgreSQL tests skipped: {url} unreachable ({type(error).__name__})"
        finally:
            await engine.dispose()
    return _reachable[url]


async def reset_postgres(url: str) -> None:
    """Drop every table, so each test starts from an empty, unmigrated database."""
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.exec_driver_sql("DROP SCHEMA public CASCADE")
            await connection.exec_driver_sql("CREATE SCHEMA public")
    finally:
        await engine.dispose()
