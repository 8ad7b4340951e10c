"""Shared fixtures: every storage-backed test runs on SQLite and, when reachable, PostgreSQL.

PostgreSQL tests get a database of their own per test session (created from the server named
by TEST_POSTGRES_URL, dropped at the end), so two test runs on one server never collide.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

import bot.config
from tests.support.databases import (
    postgres_unavailable_reason,
    private_postgres_database,
    reset_postgres,
)

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "")


@pytest.fixture(scope="session", autouse=True)
def phrase_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One phrase cache (PHRASE_CACHE_DIR) for the whole test session, inherited by every bot a
    test starts as a process: the phrase tables are built once for the session, not once per
    process, and never into the checkout's data/. The cache is keyed by its inputs, so a test
    that edits a locales copy gets tables of its own, whatever ran before it."""
    folder = tmp_path_factory.mktemp("phrase-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PHRASE_CACHE_DIR", str(folder))
        patch.setattr(bot.config, "PHRASE_CACHE_DIR", folder)  # Settings(...) made in a test
        yield folder


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str | None]:
    """This run's own PostgreSQL database URL, or None (with the reason kept for skipping)."""
    with private_postgres_database(POSTGRES_URL) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
async def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_url: str | None
) -> AsyncIterator[str]:
    """A clean, empty database URL: a SQLite file, or this run's PostgreSQL database wiped."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
        return
    if postgres_url is None:
        pytest.skip(await postgres_unavailable_reason(POSTGRES_URL) or "PostgreSQL unavailable")
    await reset_postgres(postgres_url)
    yield postgres_url
