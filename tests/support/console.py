"""Replay a terminal session against the core, as `python -m bot` would read piped input."""

from __future__ import annotations

import io

from bot.app import CoreApp
from bot.channels.console import run_console


async def console(core: CoreApp, script: str, chat_id: str = "person-1") -> str:
    """The transcript of one terminal session replaying ``script`` (one message per line)."""
    out = io.StringIO()
    await run_console(core, source=io.StringIO(script), out=out, chat_id=chat_id)
    return out.getvalue()
