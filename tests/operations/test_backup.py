"""Backup and restore: every table and every content file comes back, on SQLite and PostgreSQL.

The database gets one row in every table (also tables added later: the rows are made from the
schema), with text in several scripts; the archive is restored into a new, empty database and
folder, and the two are compared table by table and file by file.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection, make_url

from bot.__main__ import main
from bot.config import PROJECT_ROOT
from bot.operations.backup import BackupError, backup, restore
from bot.storage.database import MIGRATIONS_DIR, create_engine, schema_revision
from tests.support.databases import another_postgres_database
from tests.support.every_table import every_row, fill_every_table


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
async def restore_target(database_url: str, tmp_path: Path) -> AsyncIterator[str]:
    """A second, empty database of the same kind as ``database_url``."""
    if make_url(database_url).get_backend_name() == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'restored' / 'bot.sqlite3'}"
        return
    async with another_postgres_database(database_url) as url:
        yield url


async def test_round_trip_brings_back_every_table_and_content_file(
    database_url: str, restore_target: str, tmp_path: Path
) -> None:
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    (content / ".history").mkdir()
    (content / ".history" / "20261201T100000000000Z--offers.yaml").write_text("offers: []\n")
    await fill_every_table(database_url, rows=3)
    before = await every_row(database_url)
    assert all(before.values()), f"empty tables prove nothing: {before}"
    archive = tmp_path / "backups" / "nightly.tar.gz"

    taken = await backup(database_url, content, archive)
    assert archive.stat().st_mode & 0o077 == 0, "the archive is for its owner only"
    restored_content = tmp_path / "restored-content"
    back = await restore(restore_target, restored_content, archive)

    assert taken.schema == back.schema is not None
    after = await every_row(restore_target)
    for table, rows in before.items():
        assert after[table] == rows, table
    assert files(restored_content) == files(content)


async def test_restore_refuses_a_database_in_use(database_url: str, tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    await fill_every_table(database_url)
    archive = tmp_path / "backup.tar.gz"
    await backup(database_url, content, archive)
    rows = await every_row(database_url)

    with pytest.raises(BackupError, match="not empty"):
        await restore(database_url, tmp_path / "new-content", archive)

    assert await every_row(database_url) == rows
    assert not (tmp_path / "new-content").exists()
    with pytest.raises(BackupError, match="outside the content folder"):
        await backup(database_url, content, content / "backup.tar.gz")


def test_the_commands_say_what_they_did_and_what_is_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    monkeypatch.setenv("CONTENT_DIR", str(content))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    assert main(["migrate"]) == 0
    archive = tmp_path / "b.tar.gz"

    assert main(["backup", str(archive)]) == 0
    assert "written" in capsys.readouterr().out

    monkeypatch.setenv("CONTENT_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'other.sqlite3'}")
    (tmp_path / "not-a-backup.tar.gz").write_bytes(b"hello")
    assert main(["restore", str(tmp_path / "not-a-backup.tar.gz")]) == 1
    assert "is not a backup archive" in capsys.readouterr().err
    assert main(["restore", str(archive)]) == 0
    assert "restored" in capsys.readouterr().out
    assert (tmp_path / "elsewhere" / "offers.yaml").is_file()


async def test_an_archive_from_an_older_version_gets_this_versions_schema(
    database_url: str, restore_target: str, tmp_path: Path
) -> None:
    """The upgrade path's fallback: last night's archive, restored by the new version."""

    def upgrade_to_0005(connection: Connection) -> None:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")

    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(upgrade_to_0005)
        assert await schema_revision(engine) == "0005"
    finally:
        await engine.dispose()
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    archive = tmp_path / "old.tar.gz"

    taken = await backup(database_url, content, archive)
    await restore(restore_target, tmp_path / "restored-content", archive)

    assert taken.schema == "0005"
    restored = create_engine(restore_target)
    try:
        head = await schema_revision(restored)
    finally:
        await restored.dispose()
    assert head is not None and head > "0005"
    assert head == sorted(p.name[:4] for p in (MIGRATIONS_DIR / "versions").glob("0*.py"))[-1]


async def test_an_archive_reaching_outside_its_folder_is_refused(tmp_path: Path) -> None:
    import io
    import tarfile

    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        data = b"pwned"
        entry = tarfile.TarInfo("../../outside.txt")
        entry.size = len(data)
        tar.addfile(entry, io.BytesIO(data))
    url = f"sqlite+aiosqlite:///{tmp_path / 'new.sqlite3'}"

    with pytest.raises(BackupError, match="not a backup archive"):
        await restore(url, tmp_path / "content", archive)

    assert not list(tmp_path.parent.glob("outside.txt"))
    assert not (tmp_path / "new.sqlite3").exists()
