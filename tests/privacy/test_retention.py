"""Automatic deletion of people silent for RETENTION_DAYS and of old questions; nothing newer."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.app import CoreApp, open_core
from bot.privacy.retention import purge
from bot.storage.models import QuestionLog, Subscription, User
from tests.support.conversation import FixedClock
from tests.support.staff import staff_core


async def people(core: CoreApp) -> list[str]:
    async with core.database.session() as session:
        return sorted((await session.execute(select(User.external_id))).scalars())


async def counts(core: CoreApp) -> tuple[int, int]:
    async with core.database.session() as session:
        questions = await session.scalar(select(func.count()).select_from(QuestionLog))
        subscriptions = await session.scalar(select(func.count()).select_from(Subscription))
    return int(questions or 0), int(subscriptions or 0)


async def test_retention_deletes_only_what_is_old(database_url: str, tmp_path: Path) -> None:
    clock = FixedClock()
    async with staff_core(database_url, tmp_path, clock=clock) as setup:
        silent = await setup.person("silent", "Română")
        await silent.send("nähcafe")
        await silent.tap("🔔")
        clock.now += timedelta(days=100)
        recent = await setup.person("recent", "Deutsch")
        await recent.send("wo ist das jobcenter")
        clock.now += timedelta(days=81)  # "silent": 181 days; "recent": 81 days; questions the same

        report = await purge(
            setup.core.database,
            setup.core.dialogue.eraser,
            clock.now,
            retention_days=180,
            question_log_days=90,
        )

        assert (report.people, report.questions) == (1, 1)
        assert await people(setup.core) == ["recent"]
        assert await counts(setup.core) == (
            1,
            0,
        )  # recent's question; silent's consent went with them


async def test_a_running_bot_purges_by_itself(database_url: str, tmp_path: Path) -> None:
    clock = FixedClock()
    async with staff_core(database_url, tmp_path, clock=clock) as setup:
        await setup.person("silent", "Deutsch")
        settings = setup.core.settings

    clock.now += timedelta(days=settings.retention_days + 1)
    async with open_core(
        replace(settings, watch_content=False), clock=clock, detect_languages=False
    ) as core:
        # The purge runs as the bot starts (then daily); it announces nothing, so poll the table.
        async with asyncio.timeout(10):
            while await people(core):  # noqa: ASYNC110
                await asyncio.sleep(0.02)
