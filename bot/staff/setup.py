"""Staff and privacy as a feature: the staff group's commands, announcements, and two background
tasks (the content watcher and the daily retention purge) that stop when the core closes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.background import Job, running_jobs
from bot.core import CoreApp, FeatureContext
from bot.privacy.retention import PURGE_EVERY, purge_daily
from bot.rates import FailOpen
from bot.staff.announce import AnnouncementJobs
from bot.staff.commands import StaffCommands
from bot.staff.rate_limit import RateLimiter
from bot.staff.reload import WATCH_BEAT_SECONDS, CatalogueReloader


def announcement_jobs(core: CoreApp | FeatureContext) -> AnnouncementJobs:
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
async def install(ctx: FeatureContext) -> AsyncIterator[None]:
    settings, background = ctx.settings, ctx.background
    reloader = CatalogueReloader(ctx.catalogue, ctx.notify_staff)
    ctx.provide(reloader)
    StaffCommands(ctx, reloader).register(ctx.desk)
    ctx.job_runner.register(announcement_jobs(ctx))
    jobs: dict[str, Job] = {}
    if background:
        purged = ctx.loops.heartbeat("retention purge", every=PURGE_EVERY.total_seconds())
        jobs["retention purge"] = purge_daily(
            ctx.database,
            ctx.dialogue.eraser,
            ctx.clock,
            retention_days=settings.retention_days,
            question_log_days=settings.question_log_days,
            on_round=purged.beat,
        )
    if background and settings.watch_content:
        watching = ctx.loops.heartbeat("content watcher", every=WATCH_BEAT_SECONDS)
        jobs["content watcher"] = reloader.watch(on_round=watching.beat)
    async with running_jobs(jobs):
        yield
