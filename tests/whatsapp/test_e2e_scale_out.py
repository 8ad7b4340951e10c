"""Two WhatsApp bot processes on one PostgreSQL database keep Meta's pair rate together.

Meta lets a business write to one person about once per interval; two processes each pacing
alone would write to them twice as often (both answering at the same moment). With the
pacing shared through PostgreSQL (or Redis with ``REDIS_URL``), the replies to one person
arrive one interval apart, whichever process sends them.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import pytest

from tests.support.bot_process import free_port, webhook_process
from tests.support.databases import (
    postgres_unavailable_reason,
    redis_unavailable_reason,
    reset_postgres,
)
from tests.support.fake_graph_api import ACCESS_TOKEN, PHONE_NUMBER_ID, FakeGraphApi
from tests.support.whatsapp_scenario import APP_SECRET, VERIFY_TOKEN, WhatsAppUser
from tests.whatsapp.conftest import TEMPLATES

pytestmark = pytest.mark.postgres

INTERVAL = 1.0  # one message per second to one person, no burst
MESSAGES = 6
JITTER = 0.3
"""How much the arrivals may run short of the schedule: the HTTP hop after each wait varies
on a busy machine (the schedule itself is exact; each process alone gives gaps of 0.2 s)."""


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
    ports = [free_port(), free_port()]
    async with AsyncExitStack() as processes:
        for n, port in enumerate(ports):
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
                "PORT": str(port),
                "WATCH_CONTENT": "off",
                **extra,
            }
            workdir = tmp_path / f"bot-{n}"
            workdir.mkdir()
            await processes.enter_async_context(webhook_process(env, workdir, port))
        wa_id = str(40_799_000_000 + os.getpid() % 1_000_000)  # fresh per run (Redis keeps keys)
        people = [
            WhatsAppUser(graph, f"http://127.0.0.1:{port}/whatsapp", wa_id=wa_id) for port in ports
        ]

        # The person's messages reach both processes at once, as Meta spreads deliveries.
        await asyncio.gather(*(people[n % 2].send(f"hallo {n}") for n in range(MESSAGES)))
        replies = await graph.wait_until(
            lambda: len(graph.sent(wa_id)) >= MESSAGES or None, timeout=MESSAGES * INTERVAL + 30
        )
        assert replies, f"only {len(graph.sent(wa_id))} replies arrived"

    arrivals = sorted(call.at for call in graph.sent(wa_id))
    gaps = [later - earlier for earlier, later in itertools.pairwise(arrivals)]
    shown = [round(gap, 2) for gap in gaps]
    assert min(gaps) > INTERVAL / 2, f"two replies at once: {shown}"
    assert arrivals[-1] - arrivals[0] >= (MESSAGES - 1) * INTERVAL - JITTER, shown
