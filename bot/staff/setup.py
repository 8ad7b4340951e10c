"""Staff and privacy features in a running core: commands, news buttons, and two background
tasks (the content watcher and the daily retention purge) that stop when the core closes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from bot.background import Job, running_jobs
from bot.dialogue import news
from bot.privacy.retention import PURGE_EVERY, purge_daily
from bot.rates import FailOpen
from bot.staff.announce import AnnouncementJobs
from bot.staff.commands import StaffCommands
from bot.staff.rate_limit import RateLimiter
from bot.staff.reload import WATCH_BEAT_SECONDS, CatalogueReloader

if TYPE_CHECKING:
    from bot.app import CoreApp


def announcement_jobs(core: CoreApp) -> AnnouncementJobs:
    """Announcements go out in the background at ``ANNOUNCE_MESSAGES_PER_SECOND``."""
    per_second = core.settings.announce_messages_per_second
    limiter = RateLimiter(per_second) if per_second > 0 else None
    shared, store = core.rates, FailOpen("announcement pace")

    async def pace(key: str) -> None:
        """All processes together keep to the pace when they share a store."""
        if limiter is None:
            return
        if shared is not None:
            try:
                delay = await shared.reserve(key, limiter.interval, 0.0)
            except Exception as error:  # the store is down: this process paces alone
                store.failed(error)
            else:
                await asyncio.sleep(delay)
                return
        await limiter.wait()

    return AnnouncementJobs(
        database=core.database,
        texts=core.texts,
        catalogue=core.dialogue.catalogue,
        senders=core.senders,
        default_language=core.settings.default_language,
        pace=pace,
        notify_staff=core.notify_staff,
    )


@asynccontextmanager
async def running(core: CoreApp, *, background: bool = True) -> AsyncIterator[CatalogueReloader]:
    settings = core.settings
    reloader = CatalogueReloader(core.dialogue.catalogue, core.notify_staff)
    news.install(core.dialogue)
    StaffCommands(core, reloader).register(core.desk)
    core.job_runner.register(announcement_jobs(core))
    jobs: dict[str, Job] = {}
    if background:
        purged = core.loops.heartbeat("retention purge", every=PURGE_EVERY.total_seconds())
        jobs["retention purge"] = purge_daily(
            core.database,
            core.dialogue.eraser,
            core.dialogue.clock,
            retention_days=settings.retention_days,
            question_log_days=settings.question_log_days,
            on_round=purged.beat,
        )
    if background and settings.watch_content:
        watching = core.loops.heartbeat("content watcher", every=WATCH_BEAT_SECONDS)
        jobs["content watcher"] = reloader.watch(on_round=watching.beat)
    async with running_jobs(jobs):
        yield reloader
