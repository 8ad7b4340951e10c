"""Two processes on one database behave as one: one turn per chat at a time, each update
once, each relayed message once and in order. A second core (its own engine and connection
pool) stands in for a second process; the real two-process run is in
tests/telegram/test_e2e_scale_out.py."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import CoreApp
from bot.dialogue.actions import Action
from bot.dialogue.turn import Turn
from bot.messages import ChannelName, ChatId, Inbound, InboundKind, Reply
from bot.privacy.retention import purge
from bot.storage import ledger, users
from bot.storage.database import Database
from bot.storage.models import OfferView, TurnLedger, User
from tests.support.conversation import Chat, FixedClock, running_core
from tests.support.handover import Person, RecordingChannel, deliver_all, handover_core

TURNS = 16
WAIT_SECONDS = 10.0


@asynccontextmanager
async def two_cores(database_url: str) -> AsyncIterator[tuple[CoreApp, CoreApp]]:
    clock = FixedClock()
    async with running_core(database_url, clock) as one, running_core(database_url, clock) as two:
        yield one, two


async def misses_of(core: CoreApp, chat_id: str) -> int:
    async with core.database.session() as session:
        user = await users.find(session, "console", chat_id)
        assert user is not None
        return int(user.state_data.get("misses", 0))


async def test_turns_of_one_chat_on_two_processes_never_overlap(database_url: str) -> None:
    """Each question the bot cannot answer counts a miss in the person's state: two turns
    running side by side would both read n and both write n + 1, losing one."""
    async with two_cores(database_url) as (one, two):
        on_one, on_two = Chat(one, "ana"), Chat(two, "ana")
        await on_one.send("/start")
        await on_two.press("lang:en")
        await on_one.press("consent:yes")

        await asyncio.gather(
            *((on_one if n % 2 else on_two).send(f"xq{n} zzv wpk") for n in range(TURNS))
        )

        assert await misses_of(one, "ana") == TURNS


async def test_an_update_delivered_to_both_processes_at_once_is_processed_once(
    database_url: str,
) -> None:
    async with two_cores(database_url) as (one, two):
        ana = Chat(one, "ana")
        await ana.send("/start")
        await ana.press("lang:en")
        await ana.press("consent:yes")
        tap = Inbound(
            ChannelName("console"), ChatId("ana"), InboundKind.ACTION, action="offer:sewing-cafe",
            update_id="4711",
        )  # fmt: skip

        answers = await asyncio.gather(one.handle(tap), two.handle(tap), one.handle(tap))

        # Not yet reported sent, so the two redeliveries get the stored replies (see
        # test_deliveries.py); the turn itself ran once.
        assert answers[0] == answers[1] == answers[2]
        assert any(reply.venue for reply in answers[0]), "answered"
        async with one.database.session() as session:
            assert await session.scalar(select(func.count()).select_from(TurnLedger)) == 1
            assert list(await session.scalars(select(OfferView.count))) == [1]


async def test_a_failed_turn_leaves_its_update_for_the_redelivery(database_url: str) -> None:
    async with running_core(database_url) as core:
        ana = Chat(core, "ana")
        await ana.send("/start")
        await ana.press("lang:en")
        await ana.press("consent:yes")
        attempts: list[Action] = []

        async def flaky(turn: Turn, tapped: Action) -> list[Reply]:
            attempts.append(tapped)
            if len(attempts) == 1:
                raise ConnectionError("the database went away mid-turn")
            return [Reply(text="done")]

        core.dialogue.on_action("flaky", flaky)
        tap = Inbound(
            ChannelName("console"), ChatId("ana"), InboundKind.ACTION, action="flaky", update_id="7"
        )
        t = core.texts.translator(core.settings.default_language)  # no hint, no database
        apology = t._("Sorry, something went wrong. Please try again.")

        assert [reply.text for reply in await core.handle(tap)] == ["😕 " + apology]
        assert await core.handle(tap) == [Reply(text="done")], "the failed turn left no record"
        await core.delivered(tap)
        assert await core.handle(tap) == [], "now it is stored"
        assert len(attempts) == 2


@pytest.mark.parametrize("known", [False, True], ids=["new person", "known person"])
async def test_the_row_lock_makes_a_second_process_wait_even_for_a_new_person(
    database_url: str, known: bool
) -> None:
    """PostgreSQL: the first turn of a new person inserts their row (ON CONFLICT DO NOTHING).
    A second process meeting them at the same moment waits on that insert, then sees the row as
    the first turn left it."""
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite runs one writer at a time (BEGIN IMMEDIATE): one process only")
    first, second, observer = Database(database_url), Database(database_url), Database(database_url)
    await first.start()
    clock = FixedClock()
    try:
        if known:
            async with first.session() as session:
                await users.load_for_update(session, "telegram", "ana", clock())

        async def second_turn() -> dict[str, object]:
            async with second.session() as session:
                user = await users.load_for_update(session, "telegram", "ana", clock())
                return dict(user.state_data)

        async with first.session() as session:
            user = await users.load_for_update(session, "telegram", "ana", clock())
            user.state_data = {"turn": "first"}
            waiting = asyncio.create_task(second_turn())
            await until_a_backend_waits_for_a_lock(observer)
            assert not waiting.done()
        assert await asyncio.wait_for(waiting, WAIT_SECONDS) == {"turn": "first"}
        async with first.session() as session:
            assert await session.scalar(select(func.count()).select_from(User)) == 1
    finally:
        for database in (first, second, observer):
            await database.close()


async def until_a_backend_waits_for_a_lock(observer: Database) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        async with observer.engine.connect() as connection:
            waiting = await connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if waiting.scalar_one():
                return
        await asyncio.sleep(0.02)
    raise AssertionError(f"no second turn waited for the lock within {WAIT_SECONDS}s")


async def test_two_processes_relay_each_message_once_and_in_order(
    database_url: str, tmp_path: Path
) -> None:
    """Both processes deliver the relay outbox; one Telegram (the shared recording) sees it."""
    telegram = RecordingChannel()
    async with (
        handover_core(database_url, tmp_path) as (one, relay_one),
        handover_core(database_url, tmp_path / "second", content_dir=one.settings.content_dir) as (
            two,
            relay_two,
        ),
    ):
        for core in (one, two):
            core.register_sender(ChannelName("telegram"), telegram)
            core.register_desk(ChannelName("telegram"), telegram)
        person = Person(one, "4001")
        await person.onboard("Deutsch")
        await person.ask_for_a_person()
        await deliver_all(relay_one)
        (thread,) = telegram.topics

        sent = [await person.send(f"Nachricht {n}") for n in range(12)]
        rounds = 0
        while any(await asyncio.gather(relay_one.tick(), relay_two.tick(), relay_one.tick())):
            rounds += 1
            assert rounds < 50, "the outbox kept moving"

        copied = [entry.copied[1] for entry in telegram.in_topic(thread) if entry.copied]
        assert len(sent) == 12
        assert copied == [str(ref) for ref in range(5, 17)], "each once, in the order written"


async def test_ids_of_processed_updates_are_forgotten_after_a_few_days(database_url: str) -> None:
    clock = FixedClock()
    async with running_core(database_url, clock) as core:

        def start(update_id: str) -> Inbound:
            return Inbound(ChannelName("console"), ChatId("ana"), text="hi", update_id=update_id)

        await core.handle(start("1"))
        clock.now += ledger.KEEP_IDS
        await core.handle(start("2"))

        await purge(core.database, core.dialogue.eraser, clock.now + timedelta(seconds=1),
                    retention_days=180, question_log_days=180)  # fmt: skip

        async with core.database.session() as session:
            kept = list(await session.scalars(select(TurnLedger.update_id)))
        assert kept == ["2"]
