"""Background loops (reminders, the relay, the content watcher) that live as long as the core."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager, suppress
from typing import Any

log = logging.getLogger(__name__)

Job = Coroutine[Any, Any, None]


async def woken(event: asyncio.Event, within: float) -> bool:
    """Wait until ``event`` is set, at most ``within`` seconds; True when it was set.

    For a loop that sleeps until woken: not ``asyncio.wait_for(event.wait(), within)``. On
    Python 3.11, ``wait_for`` loses a cancel that comes just as the event is set (it returns
    the event's result instead of raising), so the loop goes round again and never stops: the
    shutdown (``running_jobs``, SIGTERM) then waits for it forever. ``asyncio.timeout`` around
    the event itself lets every cancel through.
    """
    try:
        async with asyncio.timeout(within):
            return await event.wait()
    except TimeoutError:
        return False


async def _logged(job: Job, name: str) -> None:
    """A loop that dies says so in the log (error type only); the bot goes on serving."""
    try:
        await job
    except Exception as error:
        log.error("%s stopped: %s", name, type(error).__name__)


@asynccontextmanager
async def running_jobs(jobs: dict[str, Job]) -> AsyncIterator[None]:
    """Run each named job as a task inside the block; cancel and await them all after it."""
    tasks = [asyncio.create_task(_logged(job, name), name=name) for name, job in jobs.items()]
    await asyncio.sleep(0)  # let each start: one cancelled before its first step warns on exit
    try:
        yield
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with suppress(asyncio.CancelledError):
                await task
