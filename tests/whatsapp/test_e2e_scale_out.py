"""Two WhatsApp bot processes on one PostgreSQL database keep Meta's pair rate together.

Meta lets a business write to one person about once per interval; two processes each pacing
alone would write to them twice as often (both answering at the same moment). With the
pacing shared through PostgreSQL (or Redis with ``REDIS_URL``), the replies to one person
arrive one interval apart, whichever process sends them.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import pytest

from tests.support.bot_process import BotProcess, webhook_process
from tests.support.databases import (
    postgres_unavailable_reason,
    redis_unavailable_reason,
    reset_postgres,
)
from tests.support.fake_graph_api import ACCESS_TOKEN, PHONE_NUMBER_ID, FakeGraphApi
from tests.support.settled import until_settled
from tests.support.whatsapp_scenario import APP_SECRET, VERIFY_TOKEN, WhatsAppUser
from tests.whatsapp.conftest import TEMPLATES

pytestmark = pytest.mark.postgres

INTERVAL = 1.0  # one message per second to one person, no burst
MESSAGES = 6
SLACK = 0.05
"""Rounding in the shared schedule; a busy machine only delays replies, which the bound allows."""


@pytest.fixture
async def graph() -> AsyncIterator[FakeGraphApi]:
    async with FakeGraphApi() as api:
        yield api


@pytest.mark.parametrize("store", ["postgres", "redis"])
async def test_two_processes_write_to_one_person_no_faster_than_the_pair_rate(
    graph: FakeGraphApi, tmp_path: Path, postgres_url: str | None, store: str
) -> None:
    if postgres_url is None:
        url = os.environ.get("TEST_POSTGRES_URL", "")
        pytest.skip(await postgres_unavailable_reason(url) or "PostgreSQL unavailable")
    await reset_postgres(postgres_url)
    extra = {}
    if store == "redis":
        redis_url = os.environ.get("TEST_REDIS_URL", "")
        if reason := await redis_unavailable_reason(redis_url):
            pytest.skip(reason)
        extra["REDIS_URL"] = redis_url
    bots: list[BotProcess] = []
    async with AsyncExitStack() as processes:
        for n in range(2):
            env = {
                "DATABASE_URL": postgres_url,
                "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
                "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
                "WHATSAPP_APP_SECRET": APP_SECRET,
                "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
                "WHATSAPP_API_BASE_URL": graph.base_url,
                "WHATSAPP_TEMPLATES": json.dumps(TEMPLATES),
                "WHATSAPP_RECIPIENT_INTERVAL_SECONDS": str(INTERVAL),
                "WHATSAPP_RECIPIENT_BURST": "1",
                "PERSON_MESSAGES_PER_MINUTE": "0",
                "WEBHOOK_LISTEN": "127.0.0.1",
                "WATCH_CONTENT": "off",
                **extra,
            }
            workdir = tmp_path / f"bot-{n}"
            workdir.mkdir()
            bots.append(await processes.enter_async_context(webhook_process(env, workdir)))
        wa_id = str(40_799_000_000 + os.getpid() % 1_000_000)  # fresh per run (Redis keeps keys)
        people = [WhatsAppUser(graph, f"{bot.base_url}/whatsapp", wa_id=wa_id) for bot in bots]

        # Warm both processes up (first contact, connections), so that the burst below is
        # answered at once and two processes pacing alone would show at once.
        for person in people:
            await person.send("hallo")
        await until_settled(bots[0].base_url)  # one database: both have answered
        warm_up = len(graph.sent(wa_id))

        # The person's messages reach both processes at once, as Meta spreads deliveries.
        started = time.monotonic()  # the fake Graph API stamps arrivals with this clock
        await asyncio.gather(*(people[n % 2].send(f"hallo {n}") for n in range(MESSAGES)))
        await until_settled(bots[0].base_url, within=MESSAGES * INTERVAL + 30)

    # Counted, not timed against a tolerance: no reply can be sent before its place in the
    # shared schedule, and a loaded machine only makes replies later. So the k-th reply
    # arrives no earlier than k intervals after the messages went in; two processes pacing
    # alone would send two replies in each interval.
    arrivals = sorted(call.at - started for call in graph.sent(wa_id)[warm_up:])
    assert len(arrivals) >= MESSAGES, f"only {len(arrivals)} replies to {MESSAGES} messages"
    early = [(k, round(at, 2)) for k, at in enumerate(arrivals) if at < k * INTERVAL - SLACK]
    assert not early, f"replies ahead of the pair rate (k, seconds after sending): {early}"
