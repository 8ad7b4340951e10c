"""Shared fixtures: every storage-backed test runs on SQLite and, when reachable, PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.databases import postgres_unavailable_reason, reset_postgres

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "")


@pytest.fixture(params=["sqlite", "postgres"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A clean, empty database URL: a SQLite file, or the local PostgreSQL wiped for this test."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
        return
    reason = await postgres_unavailable_reason(POSTGRES_URL)
    if reason:
        pytest.skip(reason)
    await reset_postgres(POSTGRES_URL)
    yield POSTGRES_URL
