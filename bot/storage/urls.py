"""Database URLs as hosting platforms hand them out, turned into the async drivers we ship.

Platforms set ``DATABASE_URL=postgres://user:pass@host/db?sslmode=require``; SQLAlchemy knows
no ``postgres`` scheme, and ``postgresql://`` would look for psycopg2, which we do not ship.
Both become ``postgresql+asyncpg://``, and libpq's ``sslmode`` becomes asyncpg's ``ssl``.
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

ASYNC_DRIVERS = {"postgresql": "postgresql+asyncpg", "sqlite": "sqlite+aiosqlite"}
"""Each supported database and the one driver we install for it."""

_SCHEME_ALIASES = {
    "postgres": "postgresql",
    "postgresql": "postgresql",
    "postgresql+asyncpg": "postgresql",
    "sqlite": "sqlite",
    "sqlite+aiosqlite": "sqlite",
}

SUPPORTED = "postgres://, postgresql://, postgresql+asyncpg://, sqlite:///, sqlite+aiosqlite:///"


def normalise_database_url(raw: str) -> str:
    """``raw`` with the async driver we ship; ValueError (naming the scheme) for anything else.

    The password stays in the returned URL; error messages never show it.
    """
    scheme = raw.split("://", 1)[0].strip().lower() if "://" in raw else ""
    database = _SCHEME_ALIASES.get(scheme)
    if database is None:
        shown = f"unsupported database {scheme}://" if scheme else "not a URL"  # no password
        raise ValueError(
            f"DATABASE_URL: {shown}; use one of {SUPPORTED}"
            " (e.g. postgresql://user:password@host:5432/erstkontakt)"
        )
    rest = raw.split("://", 1)[1]
    try:
        url = make_url(f"{ASYNC_DRIVERS[database]}://{rest}")
    except ArgumentError:
        raise ValueError(f"DATABASE_URL is not a valid {scheme}:// URL") from None
    if database == "postgresql":
        url = _asyncpg_ssl(url)
    return url.render_as_string(hide_password=False)


def _asyncpg_ssl(url: URL) -> URL:
    """libpq's ``sslmode=require`` (what platforms append) is asyncpg's ``ssl=require``."""
    query = dict(url.query)
    mode = query.pop("sslmode", None)
    if mode is not None and "ssl" not in query:
        query["ssl"] = mode
    return url.set(query=query)


def backend(database_url: str) -> str:
    """``sqlite`` or ``postgresql``."""
    return make_url(normalise_database_url(database_url)).get_backend_name()
