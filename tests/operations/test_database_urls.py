"""DATABASE_URL as hosting platforms give it: postgres://, postgresql://, sslmode=..."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from bot.__main__ import main
from bot.config import Settings
from bot.storage.database import Database, schema_revision
from bot.storage.urls import normalise_database_url


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@db.example:5432/bot", "postgresql+asyncpg://u:p@db.example:5432/bot"),
        ("postgresql://u:p@db.example/bot", "postgresql+asyncpg://u:p@db.example/bot"),
        ("postgresql+asyncpg://u@h/bot", "postgresql+asyncpg://u@h/bot"),
        ("postgres://u:p@h/bot?sslmode=require", "postgresql+asyncpg://u:p@h/bot?ssl=require"),
        ("sqlite:///data/bot.sqlite3", "sqlite+aiosqlite:///data/bot.sqlite3"),
        ("sqlite+aiosqlite:////abs/bot.sqlite3", "sqlite+aiosqlite:////abs/bot.sqlite3"),
    ],
)
def test_platform_urls_get_the_async_driver(given: str, expected: str) -> None:
    assert normalise_database_url(given) == expected
    assert Settings.from_env({"DATABASE_URL": given}).database_url == expected


@pytest.mark.parametrize(
    "given",
    ["mysql://bot:secret-pw@h/bot", "postgresql+psycopg2://bot:secret-pw@h/bot", "secret-pw"],
)
def test_unsupported_urls_are_a_clear_configuration_error_without_the_password(
    given: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", given)

    assert main(["migrate"]) == 2

    error = capsys.readouterr().err
    assert error.startswith("configuration error: DATABASE_URL")
    assert "postgresql://" in error  # says what works
    assert "secret-pw" not in error


async def test_a_postgres_url_from_a_platform_reaches_the_server(database_url: str) -> None:
    """On PostgreSQL: the postgres:// form migrates the real database."""
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        url = url.set(drivername="sqlite")  # the plain form of the other database
    else:
        url = url.set(drivername="postgres")
    database = Database(
        Settings.from_env({"DATABASE_URL": url.render_as_string(False)}).database_url
    )
    try:
        await database.start()
        assert await schema_revision(database.engine) is not None
    finally:
        await database.close()
