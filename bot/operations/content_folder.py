"""The staff's content folder, kept apart from the code that deployments replace.

``erstkontakt init DIR`` copies the example catalogue that ships inside the package; staff edit
the copy (``CONTENT_DIR``), and an upgrade of the package never touches it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.config import PROJECT_ROOT, running_from_checkout, shipped

LEFT_OUT = shutil.ignore_patterns(".history", "__pycache__")


class FolderNotEmpty(Exception):
    """The target already holds files: nothing is overwritten."""


def create_content_folder(target: Path) -> list[str]:
    """Copy the example catalogue to ``target`` (new or empty); returns the files written."""
    if target.exists() and any(target.iterdir()):
        raise FolderNotEmpty(f"{target} is not empty; nothing was changed")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(shipped("content"), target, ignore=LEFT_OUT, dirs_exist_ok=True)
    return sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())


def missing_content_message(content_dir: Path) -> str | None:
    """Why the bot cannot start with ``content_dir``, or None when it has an offer file."""
    if (content_dir / "offers.yaml").is_file():
        return None
    return (
        f"no catalogue in {content_dir.resolve()} (offers.yaml is missing).\n"
        "Create the staff's content folder once, then point CONTENT_DIR at it:\n"
        "  erstkontakt init /var/lib/erstkontakt/content\n"
        "  export CONTENT_DIR=/var/lib/erstkontakt/content"
    )


def inside_code_checkout(content_dir: Path) -> bool:
    """True when staff edits would land in files that ``git pull`` also changes."""
    if not running_from_checkout() or not (PROJECT_ROOT / ".git").exists():
        return False
    return content_dir.resolve().is_relative_to(PROJECT_ROOT)


SHARED_WITH_CODE_WARNING = (
    "content folder %s is inside the code checkout: staff uploads and a git pull change the"
    " same files; give staff their own folder (erstkontakt init DIR, then CONTENT_DIR=DIR;"
    " docs/betrieb.md)"
)
