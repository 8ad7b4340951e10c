"""Command-line side of running the bot on a server.

python -m bot init DIR         a content folder with the example catalogue, for staff to edit
python -m bot migrate          bring the database to the newest schema (the bot does it at start)
python -m bot backup FILE      one archive with the database and the content folder
python -m bot restore FILE     put an archive back into an empty database and content folder
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any

from bot.config import Settings

COMMANDS = ("init", "migrate", "backup", "restore")


def add_commands(commands: Any) -> None:
    """Add the operations subcommands to ``python -m bot``'s subparsers."""
    init = commands.add_parser("init", help="create a content folder with the example catalogue")
    init.add_argument(
        "directory", type=Path, help="the new folder, e.g. /var/lib/erstkontakt/content"
    )
    commands.add_parser("migrate", help="bring the database to the newest schema")
    backup = commands.add_parser("backup", help="database and content folder in one archive")
    backup.add_argument("file", type=Path, help="the archive to write, e.g. backup.tar.gz")
    restore = commands.add_parser(
        "restore", help="put an archive back into an empty database and content folder"
    )
    restore.add_argument("file", type=Path, help="an archive written by backup")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "init":
        return _init(args.directory)
    if args.command == "migrate":
        return asyncio.run(_migrate(settings))
    return _backup_or_restore(args.command, args.file, settings)


def _backup_or_restore(command: str, archive: Path, settings: Settings) -> int:
    from bot.operations.backup import BackupError, backup, restore

    started = time.monotonic()
    work = backup if command == "backup" else restore
    try:
        manifest = asyncio.run(work(settings.database_url, settings.content_dir, archive))
    except BackupError as error:
        print(f"{command}: {error}", file=sys.stderr)
        return 1
    seconds = time.monotonic() - started
    done = "written" if command == "backup" else "restored"
    print(
        f"{archive}: {done} in {seconds:.1f} s ({manifest.database} database, schema"
        f" {manifest.schema}, content folder {settings.content_dir}; taken {manifest.created_at})"
    )
    return 0


def _init(directory: Path) -> int:
    from bot.operations.content_folder import FolderNotEmpty, create_content_folder

    try:
        files = create_content_folder(directory)
    except (FolderNotEmpty, OSError) as error:
        print(f"init: {error}", file=sys.stderr)
        return 1
    print(f"{len(files)} files in {directory.resolve()}: {', '.join(files)}")
    print(f"Next: export CONTENT_DIR={directory.resolve()}  (and: erstkontakt catalogue check)")
    return 0


async def _migrate(settings: Settings) -> int:
    from bot.storage.database import Database, schema_revision

    database = Database(settings.database_url)
    try:
        before = await schema_revision(database.engine)
        await database.start()
        after = await schema_revision(database.engine)
    except Exception as error:  # a clear line for the admin, not a stack trace
        print(f"migrate: the database cannot be reached or migrated: {error}", file=sys.stderr)
        return 1
    finally:
        await database.close()
    print(f"database schema: {before or 'empty'} -> {after}")
    return 0
