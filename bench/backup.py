"""Backup and restore of a year's data (every table filled), beside the bare copy tools.

SQLite: ``backup`` (online backup API + tar.gz with the content folder) beside copying the
database file; ``restore`` beside copying it back. PostgreSQL (when TEST_POSTGRES_URL
answers): beside ``pg_dump -Fc`` and ``pg_restore`` alone.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from sqlalchemy.engine import make_url

from bench.report import Figure
from bot.config import PROJECT_ROOT
from bot.operations.backup import backup, restore
from tests.support.databases import (
    another_postgres_database,
    postgres_unavailable_reason,
    private_postgres_database,
)
from tests.support.every_table import fill_every_table

ROWS = 5_000  # per table: a busy year for one drop-in centre


def _timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


async def _timed_async(work: object) -> float:
    started = time.perf_counter()
    await work  # type: ignore[misc]
    return time.perf_counter() - started


def _sqlite(folder: Path) -> list[Figure]:
    source = folder / "live.sqlite3"
    url = f"sqlite+aiosqlite:///{source}"
    asyncio.run(fill_every_table(url, ROWS))
    archive = folder / "backup.tar.gz"
    ours = asyncio.run(_timed_async(backup(url, PROJECT_ROOT / "content", archive)))
    bare = _timed(lambda: shutil.copyfile(source, folder / "copy.sqlite3"))
    restored = f"sqlite+aiosqlite:///{folder / 'restored.sqlite3'}"
    back = asyncio.run(_timed_async(restore(restored, folder / "content", archive)))
    bare_back = _timed(lambda: shutil.copyfile(folder / "copy.sqlite3", folder / "back.sqlite3"))
    kib = source.stat().st_size // 1024, archive.stat().st_size // 1024
    size = f"{kib[0]} KiB database, archive {kib[1]} KiB"
    return [
        Figure(f"backup, SQLite, {ROWS:,} rows per table", "s", ours, bare, "file copy",
               note=size),
        Figure(f"restore, SQLite, {ROWS:,} rows per table", "s", back, bare_back, "file copy",
               note="includes migrate check"),
    ]  # fmt: skip


def _postgres(server: str, folder: Path) -> list[Figure]:
    with private_postgres_database(server) as url:
        assert url is not None
        asyncio.run(fill_every_table(url, ROWS))
        archive = folder / "pg.tar.gz"
        ours = asyncio.run(_timed_async(backup(url, PROJECT_ROOT / "content", archive)))
        libpq = make_url(url).set(drivername="postgresql").render_as_string(False)
        dump = folder / "bare.dump"
        bare = _timed(lambda: subprocess.run(
            ["pg_dump", "-Fc", f"--file={dump}", f"--dbname={libpq}"], check=True))  # fmt: skip

        async def both_restores() -> tuple[float, float]:
            async with another_postgres_database(url) as target:
                back = await _timed_async(restore(target, folder / "pg-content", archive))
            async with another_postgres_database(url) as target:
                plain = make_url(target).set(drivername="postgresql").render_as_string(False)
                started = time.perf_counter()
                await asyncio.to_thread(subprocess.run, ["pg_restore", f"--dbname={plain}",
                                        str(dump)], check=True)  # fmt: skip
                return back, time.perf_counter() - started

        back, bare_back = asyncio.run(both_restores())
    return [
        Figure(f"backup, PostgreSQL, {ROWS:,} rows per table", "s", ours, bare, "pg_dump -Fc",
               note=f"archive {archive.stat().st_size // 1024} KiB"),
        Figure(f"restore, PostgreSQL, {ROWS:,} rows per table", "s", back, bare_back,
               "pg_restore", note="single transaction, then migrate check"),
    ]  # fmt: skip


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as work:
        figures = _sqlite(Path(work))
        server = os.environ.get("TEST_POSTGRES_URL", "")
        if asyncio.run(postgres_unavailable_reason(server)) is None:
            figures += _postgres(server, Path(work))
        return figures
