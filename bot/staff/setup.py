"""Staff and privacy features in a running core: commands, news buttons, and two background
tasks (the content watcher and the daily retention purge) that stop when the core closes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager, suppress
from typing import TYPE_CHECKING, Any

from bot.dialogue import news
from bot.privacy.retention import purge_daily
from bot.staff.commands import StaffCommands
from bot.staff.reload import CatalogueReloader

if TYPE_CHECKING:
    from bot.app import CoreApp

log = logging.getLogger(__name__)


@asynccontextmanager
async def running(core: CoreApp, *, background: bool = True) -> AsyncIterator[CatalogueReloader]:
    settings = core.settings
    reloader = CatalogueReloader(core.dialogue.catalogue, core.notify_staff)
    news.install(core.dialogue)
    StaffCommands(core, reloader).register(core.desk)
    jobs: list[Coroutine[Any, Any, None]] = []
    if background:
        jobs.append(
            purge_daily(
                core.database,
                core.dialogue.eraser,
                core.dialogue.clock,
                retention_days=settings.retention_days,
                question_log_days=settings.question_log_days,
            )
        )
    if background and settings.watch_content:
        jobs.append(_logged(reloader.watch(), "content watcher"))
    tasks = [asyncio.create_task(job) for job in jobs]
    try:
        yield reloader
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with suppress(asyncio.CancelledError):
                await task


async def _logged(job: Coroutine[Any, Any, None], name: str) -> None:
    """A background job that dies says so in the log; the bot goes on serving."""
    try:
        await job
    except Exception as error:
        log.error("%s stopped: %s", name, type(error).__name__)
