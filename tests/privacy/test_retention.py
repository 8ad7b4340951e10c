"""Automatic deletion of people silent for RETENTION_DAYS and of old questions; nothing newer."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from sqlalchemy import event, func, select

from bot.app import CoreApp, open_core
from bot.privacy.retention import (
    KEEP_WITHOUT_CONSENT,
    PURGE_BATCH,
    PURGE_EVERY,
    PurgeReport,
    purge,
)
from bot.storage.models import Base, QuestionLog, Subscription, User
from tests.support.conversation import Chat, FixedClock
from tests.support.staff import StaffSetup, staff_core


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

        # silent's question went with silent (the eraser), so the log purge found none older.
        assert (report.people, report.questions) == (1, 0)
        assert await people(setup.core) == ["recent"]
        assert await counts(setup.core) == (
            1,
            0,
        )  # recent's question; silent's consent went with them


async def test_people_who_never_agree_are_deleted_within_a_day(
    database_url: str, tmp_path: Path
) -> None:
    clock = FixedClock()
    async with staff_core(database_url, tmp_path, clock=clock) as setup:
        only_start = Chat(setup.core, "only-start", channel="telegram")
        await only_start.send("/start")
        chose_a_language = Chat(setup.core, "chose-a-language", channel="telegram")
        await chose_a_language.send("/start")
        await chose_a_language.tap("Română")
        await setup.person("agreed", "Deutsch")
        clock.now += KEEP_WITHOUT_CONSENT - timedelta(minutes=1)
        await purge_now(setup)
        assert await people(setup.core) == ["agreed", "chose-a-language", "only-start"]

        clock.now += timedelta(minutes=2) + PURGE_EVERY  # the next hourly run at the latest

        report = await purge_now(setup)
        assert report.people == 2
        assert await people(setup.core) == ["agreed"]
        assert timedelta(days=1) >= KEEP_WITHOUT_CONSENT + PURGE_EVERY


async def tables_holding(core: CoreApp, typed: str) -> list[str]:
    """The tables with a row in which any column holds ``typed``."""
    found = []
    async with core.database.session() as session:
        for table in Base.metadata.sorted_tables:
            rows = (await session.execute(select(table))).mappings()
            if any(typed in str(value) for row in rows for value in row.values()):
                found.append(table.name)
    return found


async def test_what_is_typed_before_agreeing_is_kept_only_until_then(
    database_url: str, tmp_path: Path
) -> None:
    # The note promises: until you agree, only your language, your first message and at most
    # three more are kept, and all of it goes after 13 hours at the latest.
    clock = FixedClock()
    async with staff_core(database_url, tmp_path, clock=clock) as setup:
        chat = Chat(setup.core, "typed-first", channel="telegram")
        first, *more = ["cand e cursul de germana", "si cat costa?", "e si sambata?"]
        more += ["pot cu copiii?", "unde sunteti?"]
        typed = [first, *more]
        for text in typed:
            await chat.send(text)
        assert await tables_holding(setup.core, first) == [User.__tablename__]
        kept = [await tables_holding(setup.core, text) for text in more]
        assert sorted(kept) == [[], *[[User.__tablename__]] * 3], "at most three more"

        clock.now += KEEP_WITHOUT_CONSENT + PURGE_EVERY
        await purge_now(setup)
        assert await people(setup.core) == []
        assert [await tables_holding(setup.core, text) for text in typed] == [[]] * len(typed)


async def test_a_question_typed_at_the_romani_dates_question_is_kept_only_until_then(
    database_url: str, tmp_path: Path
) -> None:
    # The note also names the question about the dates' language (Romani): a question typed
    # there waits in the person's row for the answer after the note, and goes with the rest.
    clock = FixedClock()
    async with staff_core(database_url, tmp_path, clock=clock) as setup:
        chat = Chat(setup.core, "romani-dates", channel="telegram")
        await chat.send("/start")
        await chat.tap("Romanes")
        asked = "kana si o kurso nemcitska chib"
        await chat.send(asked)
        assert await tables_holding(setup.core, asked) == [User.__tablename__]

        clock.now += KEEP_WITHOUT_CONSENT + PURGE_EVERY
        await purge_now(setup)
        assert await people(setup.core) == []
        assert await tables_holding(setup.core, asked) == []


async def purge_now(setup: StaffSetup) -> PurgeReport:
    settings = setup.core.settings
    return await purge(
        setup.core.database,
        setup.core.dialogue.eraser,
        setup.core.dialogue.clock(),
        retention_days=settings.retention_days,
        question_log_days=settings.question_log_days,
    )


async def test_a_large_backlog_is_purged_in_batches(database_url: str, tmp_path: Path) -> None:
    clock = FixedClock()
    async with staff_core(database_url, tmp_path, clock=clock) as setup:
        async with setup.core.database.session() as session:
            session.add_all(
                QuestionLog(
                    asked_at=clock.now,
                    language="de",
                    question=f"frage {n}",
                    outcome="unknown",
                )
                for n in range(PURGE_BATCH * 10 * 2 + 7)
            )
        statements: list[str] = []
        engine = setup.core.database.engine.sync_engine
        listen = "before_cursor_execute"

        def record(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(engine, listen, record)
        clock.now += timedelta(days=setup.core.settings.question_log_days + 1)
        try:
            report = await purge_now(setup)
        finally:
            event.remove(engine, listen, record)

        assert report.questions == PURGE_BATCH * 10 * 2 + 7
        assert sum(s.startswith("DELETE FROM question_log") for s in statements) == 3


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
