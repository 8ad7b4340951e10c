"""One archive with everything the bot keeps: the database and the staff's content folder.

``erstkontakt backup FILE`` writes ``FILE`` (a ``.tar.gz``, readable by its owner only):

    manifest.json        what is inside: database kind, schema revision, time, version
    database.sqlite3     SQLite: a consistent copy by SQLite's online backup API
    database.dump        PostgreSQL: ``pg_dump --format=custom``
    content/             the content folder, with its upload history

It runs next to a running bot: both copies are consistent snapshots. ``erstkontakt restore
FILE`` puts an archive back, only into an empty database and an empty (or missing) content
folder, then migrates the database to this version's schema.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.engine import URL, make_url

from bot.storage.database import Database, schema_revision
from bot.storage.urls import normalise_database_url

FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite3"
POSTGRES_FILE = "database.dump"
CONTENT = "content"
TOOL_SECONDS = 3600  # pg_dump / pg_restore of a small NGO's database takes seconds


class BackupError(Exception):
    """Backup or restore cannot go on; the message says why and what to do."""


@dataclass(frozen=True)
class Manifest:
    database: str  # sqlite | postgresql
    schema: str | None
    created_at: str
    app_version: str
    format: int = FORMAT


def _app_version() -> str:
    try:
        return version("erstkontakt")
    except PackageNotFoundError:
        return "unknown"


# -- backup -------------------------------------------------------------------------------------


async def backup(database_url: str, content_dir: Path, target: Path) -> Manifest:
    """Write the archive ``target`` (replaced in one step; never half-written)."""
    url = make_url(normalise_database_url(database_url))
    _check_backup_paths(content_dir, target)
    manifest = Manifest(
        database=url.get_backend_name(),
        schema=await _revision(url),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        app_version=_app_version(),
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=target.parent) as work:
        folder = Path(work)
        if manifest.database == "sqlite":
            _sqlite_copy(_sqlite_path(url), folder / SQLITE_FILE)
        else:
            _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges",
                  f"--file={folder / POSTGRES_FILE}"], url)  # fmt: skip
        shutil.copytree(content_dir, folder / CONTENT, symlinks=False)
        (folder / MANIFEST).write_text(json.dumps(manifest.__dict__, indent=2), encoding="utf-8")
        partial = folder / "archive.partial"
        with _private_file(partial) as handle, tarfile.open(fileobj=handle, mode="w:gz") as tar:
            for name in sorted(os.listdir(folder)):
                if name != partial.name:
                    tar.add(folder / name, arcname=name)
        os.replace(partial, target)
    return manifest


def _check_backup_paths(content_dir: Path, target: Path) -> None:
    if not (content_dir / "offers.yaml").is_file():
        raise BackupError(f"no content folder at {content_dir} (CONTENT_DIR)")
    if target.resolve().is_relative_to(content_dir.resolve()):
        raise BackupError(f"write the archive outside the content folder {content_dir}")


async def _revision(url: URL) -> str | None:
    if url.get_backend_name() == "sqlite" and not _sqlite_path(url).is_file():
        raise BackupError(f"no database file at {_sqlite_path(url)} (DATABASE_URL)")
    database = Database(url.render_as_string(hide_password=False))
    try:
        return await schema_revision(database.engine)
    except Exception as error:
        raise BackupError(f"the database cannot be reached: {type(error).__name__}") from None
    finally:
        await database.close()


def _sqlite_path(url: URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise BackupError("DATABASE_URL names no SQLite file")
    return Path(url.database)


def _sqlite_copy(source: Path, target: Path) -> None:
    """SQLite's online backup: a consistent copy even while the bot writes."""
    with (
        _closing(sqlite3.connect(source)) as src,
        _closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


@contextmanager
def _closing(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield connection
    finally:
        connection.close()


@contextmanager
def _private_file(path: Path) -> Iterator[Any]:
    """A new file only its owner can read: the archive holds personal data."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        yield handle


# -- restore ------------------------------------------------------------------------------------


async def restore(database_url: str, content_dir: Path, source: Path) -> Manifest:
    """Put the archive ``source`` back into an empty database and content folder, migrate."""
    url = make_url(normalise_database_url(database_url))
    _require_no_content(content_dir)
    with tempfile.TemporaryDirectory(prefix="erstkontakt-restore-") as work:
        folder = Path(work)
        manifest = _unpack(source, folder)
        if manifest.database != url.get_backend_name():
            raise BackupError(
                f"the archive holds a {manifest.database} database, DATABASE_URL names"
                f" {url.get_backend_name()}: restore into the same kind of database"
            )
        await _require_empty(url)
        if manifest.database == "sqlite":
            target = _sqlite_path(url)
            target.parent.mkdir(parents=True, exist_ok=True)
            _sqlite_copy(folder / SQLITE_FILE, target)
        else:
            _run(["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
                  "--single-transaction", f"--dbname={_libpq_url(url)}",
                  str(folder / POSTGRES_FILE)], url)  # fmt: skip
        content_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(folder / CONTENT, content_dir, dirs_exist_ok=True)
    database = Database(url.render_as_string(hide_password=False))
    try:
        await database.start()  # an archive of an older version gets this version's schema
    finally:
        await database.close()
    return manifest


def _require_no_content(content_dir: Path) -> None:
    if content_dir.exists() and any(content_dir.iterdir()):
        raise BackupError(
            f"the content folder {content_dir} is not empty: restore into a new folder"
            " (CONTENT_DIR) or move this one aside first"
        )


def _unpack(source: Path, folder: Path) -> Manifest:
    try:
        with tarfile.open(source, mode="r:gz") as tar:
            _extract_plain_files(tar, folder)
        fields = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        manifest = Manifest(**fields)
    except (OSError, tarfile.TarError, ValueError, TypeError) as error:
        raise BackupError(f"{source} is not a backup archive ({type(error).__name__})") from None
    if manifest.format != FORMAT:
        raise BackupError(f"{source}: archive format {manifest.format} is unknown here")
    return manifest


def _extract_plain_files(tar: tarfile.TarFile, folder: Path) -> None:
    """Only files and folders below ``folder``: no absolute paths, no ``..``, no links or
    devices. (Python 3.11.2, Debian 12's, has no ``extractall(filter=...)`` yet.)"""
    members = tar.getmembers()
    for member in members:
        parts = Path(member.name).parts
        if member.name.startswith("/") or ".." in parts or not (member.isfile() or member.isdir()):
            raise ValueError(f"unexpected entry {member.name[:80]!r}")
        member.mode = 0o700 if member.isdir() else 0o600
    tar.extractall(folder, members=members)  # every member checked above


async def _require_empty(url: URL) -> None:
    if url.get_backend_name() == "sqlite" and not _sqlite_path(url).exists():
        return
    database = Database(url.render_as_string(hide_password=False))
    try:
        async with database.engine.connect() as connection:
            tables = await connection.run_sync(lambda c: inspect(c).get_table_names())
    except Exception as error:
        raise BackupError(f"the database cannot be reached: {type(error).__name__}") from None
    finally:
        await database.close()
    if tables:
        raise BackupError(
            f"the database is not empty ({len(tables)} tables): restore only into an empty"
            " database, e.g. a new one (createdb) or a new SQLite file"
        )


# -- PostgreSQL tools ---------------------------------------------------------------------------


def _libpq_url(url: URL) -> str:
    """The libpq form of ``url`` without the password (that goes in PGPASSWORD)."""
    plain = url.set(drivername="postgresql", password=None, query={})
    return plain.render_as_string(hide_password=False)


def _run(command: list[str], url: URL) -> None:
    """Run pg_dump or pg_restore against ``url``; the password goes by environment only."""
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"{command[0]} is not installed: apt install postgresql-client (same major"
            " version as the server, or newer)"
        )
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    ssl = url.query.get("ssl")
    if isinstance(ssl, str):
        env["PGSSLMODE"] = ssl
    if command[0] == "pg_dump":
        command = [*command, f"--dbname={_libpq_url(url)}"]
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TOOL_SECONDS, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-800:]}")
