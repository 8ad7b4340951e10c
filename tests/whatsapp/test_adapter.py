"""The adapter with a stub core: stored before the 200, order per person, people in parallel,
retries, and what a stopped process left answered by the next."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot import intake
from bot.channels.whatsapp import WhatsAppAdapter
from bot.channels.whatsapp_client import WhatsAppClient
from bot.channels.whatsapp_pacing import Pacer
from bot.channels.whatsapp_send import WhatsAppSender
from bot.channels.whatsapp_window import Templates
from bot.intake import MAX_QUEUED
from bot.messages import Inbound, Reply
from bot.storage.database import Database
from tests.support.fake_graph_api import ACCESS_TOKEN, PHONE_NUMBER_ID, FakeGraphApi
from tests.support.whatsapp_scenario import envelope, text_message

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


class StubCore:
    """Echoes every text; "slow" takes a while, so order and parallelism show."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.release = asyncio.Event()

    failures = 0

    async def handle(self, inbound: Inbound, *, apologise: bool = True) -> list[Reply]:
        if inbound.text == "slow":
            await self.release.wait()
        if self.failures:
            self.failures -= 1
            raise ConnectionRefusedError
        self.seen.append(f"{inbound.chat_id}:{inbound.text}")
        return [Reply(text=f"echo {inbound.text}")]


@pytest.fixture
async def parts(database_url: str) -> AsyncIterator[tuple[Database, FakeGraphApi, WhatsAppSender]]:
    database = Database(database_url)
    await database.start()
    async with FakeGraphApi() as graph:
        client = WhatsAppClient(graph.base_url, PHONE_NUMBER_ID, ACCESS_TOKEN)
        sender = WhatsAppSender(
            client,
            Pacer(0, 0, 1),
            database,
            Templates({}),
            languages=lambda *_: ("de",),
            clock=lambda: NOW,
        )
        yield database, graph, sender
        await sender.aclose()
    await database.close()


def adapter_for(
    parts: tuple[Database, FakeGraphApi, WhatsAppSender],
    core: StubCore,
    max_pending: int = MAX_QUEUED,
    instance: str = "this-process",
) -> WhatsAppAdapter:
    database, _, sender = parts
    return WhatsAppAdapter(
        core.handle,
        sender,
        database,
        lambda: NOW,
        PHONE_NUMBER_ID,
        max_pending=max_pending,
        instance=instance,
    )


async def test_one_persons_messages_in_order_while_others_are_answered(
    parts: tuple[Database, FakeGraphApi, WhatsAppSender],
) -> None:
    core = StubCore()
    adapter = adapter_for(parts, core)
    graph = parts[1]

    await adapter.accept(
        envelope(messages=[text_message("401", "slow"), text_message("401", "after")])
    )
    await adapter.accept(envelope(messages=[text_message("402", "quick")]))
    assert await graph.wait_until(lambda: graph.sent("402"))
    assert core.seen == ["402:quick"]  # the slow one holds only its own chat

    core.release.set()
    await adapter.intake.idle(5)

    assert core.seen == ["402:quick", "401:slow", "401:after"]
    assert [call.visible_text for call in graph.sent("401")] == ["echo slow", "echo after"]


async def test_beyond_the_memory_cap_messages_wait_in_the_ledger_and_are_answered(
    parts: tuple[Database, FakeGraphApi, WhatsAppSender],
) -> None:
    core = StubCore()
    adapter = adapter_for(parts, core, max_pending=2)
    await adapter.intake.start()

    taken = envelope(messages=[text_message("401", "slow"), text_message("401", "b")])
    assert await adapter.accept(taken)
    assert await adapter.accept(envelope(messages=[text_message("401", "c")])), "stored: 200"

    core.release.set()
    await parts[1].wait_until(lambda: len(parts[1].sent("401")) == 3)
    await adapter.intake.stop(5)
    assert core.seen == ["401:slow", "401:b", "401:c"]


async def test_stopping_leaves_what_is_not_answered_for_the_next_start(
    parts: tuple[Database, FakeGraphApi, WhatsAppSender],
) -> None:
    core = StubCore()
    first = adapter_for(parts, core)
    await first.accept(envelope(messages=[text_message("401", "slow"), text_message("401", "b")]))
    await first.intake.stop(0.2)  # "slow" never finishes: cut off, nothing hangs
    assert core.seen == []

    core.release.set()
    second = adapter_for(parts, core, instance="another-process")
    await second.intake.start()  # the first released its claims: taken over at once
    await parts[1].wait_until(lambda: len(parts[1].sent("401")) == 2)
    await second.intake.stop(5)
    assert core.seen == ["401:slow", "401:b"], "each once, in order"


async def test_a_failed_turn_is_tried_again_and_the_person_waits_behind_it(
    parts: tuple[Database, FakeGraphApi, WhatsAppSender], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(intake, "RETRY_SECONDS", (0.05, 0.05, 0.05, 0.05))
    core = StubCore()
    core.failures = 2  # the database is away for two attempts
    adapter = adapter_for(parts, core)
    await adapter.intake.start()

    await adapter.accept(envelope(messages=[text_message("401", "a"), text_message("401", "b")]))
    await parts[1].wait_until(lambda: len(parts[1].sent("401")) == 2)
    await adapter.intake.stop(5)

    assert [call.visible_text for call in parts[1].sent("401")] == ["echo a", "echo b"]


async def test_a_message_older_than_the_id_memory_is_refused(
    parts: tuple[Database, FakeGraphApi, WhatsAppSender],
) -> None:
    """A captured signed body replayed after its id was forgotten must not act again."""
    core = StubCore()
    adapter = adapter_for(parts, core)
    await adapter.intake.start()
    old = text_message("401", "stop news")
    old["timestamp"] = str(int((NOW - timedelta(days=8, minutes=1)).timestamp()))
    fresh = text_message("401", "hello")
    fresh["timestamp"] = str(int((NOW - timedelta(days=7)).timestamp()))  # Meta retries 7 days

    assert await adapter.accept(envelope(messages=[old, fresh]))
    await parts[1].wait_until(lambda: parts[1].sent("401"))
    await adapter.intake.stop(5)

    assert core.seen == ["401:hello"]
