"""The adapter with a stub core: order per person, people in parallel, a bounded queue."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.channels.whatsapp import MAX_PENDING_MESSAGES, WhatsAppAdapter
from bot.channels.whatsapp_client import WhatsAppClient
from bot.channels.whatsapp_pacing import Pacer
from bot.channels.whatsapp_send import WhatsAppSender
from bot.channels.whatsapp_window import Templates
from bot.dialogue.messages import Inbound, Reply
from bot.storage.database import Database
from tests.support.fake_graph_api import ACCESS_TOKEN, PHONE_NUMBER_ID, FakeGraphApi
from tests.support.whatsapp_scenario import envelope, text_message

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


class StubCore:
    """Echoes every text; "slow" takes a while, so order and parallelism show."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.release = asyncio.Event()

    async def handle(self, inbound: Inbound) -> list[Reply]:
        if inbound.text == "slow":
            await self.release.wait()
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
    max_pending: int = MAX_PENDING_MESSAGES,
) -> WhatsAppAdapter:
    database, _, sender = parts
    return WhatsAppAdapter(
        core.handle, sender, database, lambda: NOW, PHONE_NUMBER_ID, max_pending=max_pending
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
    await adapter.drain(5)

    assert core.seen == ["402:quick", "401:slow", "401:after"]
    assert [call.visible_text for call in graph.sent("401")] == ["echo slow", "echo after"]


async def test_too_much_waiting_asks_meta_to_deliver_later_and_takes_nothing(
    parts: tuple[Database, FakeGraphApi, WhatsAppSender],
) -> None:
    core = StubCore()
    adapter = adapter_for(parts, core, max_pending=2)

    assert await adapter.accept(
        envelope(messages=[text_message("401", "slow"), text_message("401", "b")])
    )
    refused = envelope(messages=[text_message("401", "c")])
    assert not await adapter.accept(refused)

    core.release.set()
    await adapter.drain(5)
    assert await adapter.accept(refused)  # Meta's retry, once there is room: taken, not dropped
    await adapter.drain(5)
    assert core.seen == ["401:slow", "401:b", "401:c"]


async def test_shutdown_waits_for_messages_taken_in_but_not_for_ever(
    parts: tuple[Database, FakeGraphApi, WhatsAppSender],
) -> None:
    core = StubCore()
    adapter = adapter_for(parts, core)

    await adapter.accept(envelope(messages=[text_message("401", "slow")]))
    await adapter.drain(0.2)

    assert core.seen == []  # cut off after the deadline, nothing hangs
