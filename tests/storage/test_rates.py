"""Limits shared between processes (bot/rates.py), on PostgreSQL and on Redis: two stores
opened separately (as two processes would) keep one schedule per key between them."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from bot.rates import PostgresRates, RedisRates, SharedRates, Verdict
from bot.storage.models import RateSlot
from tests.support.databases import (
    postgres_unavailable_reason,
    redis_unavailable_reason,
    started_database,
)

REDIS_URL = os.environ.get("TEST_REDIS_URL", "")


@pytest.fixture(params=["postgres", "redis"])
async def stores(
    request: pytest.FixtureRequest, postgres_url: str | None
) -> AsyncIterator[tuple[SharedRates, SharedRates]]:
    """Two stores on one server, as two processes have them."""
    if request.param == "redis":
        if reason := await redis_unavailable_reason(REDIS_URL):
            pytest.skip(reason)
        one, two = RedisRates(REDIS_URL), RedisRates(REDIS_URL)
        yield one, two
        await one.close()
        await two.close()
        return
    if postgres_url is None:
        url = os.environ.get("TEST_POSTGRES_URL", "")
        pytest.skip(await postgres_unavailable_reason(url) or "PostgreSQL unavailable")
    async with started_database(postgres_url) as first, started_database(postgres_url) as second:
        yield PostgresRates(first.engine), PostgresRates(second.engine)


def fresh_key() -> str:
    return f"person:telegram:{uuid.uuid4().hex}"


async def test_a_burst_passes_then_one_notice_then_silence_across_both_stores(
    stores: tuple[SharedRates, SharedRates],
) -> None:
    one, two = stores
    key, other = fresh_key(), fresh_key()
    interval = 60.0  # nothing refills during the test

    verdicts = [await (one if n % 2 else two).take(key, interval, 2 * interval) for n in range(6)]

    assert verdicts == [Verdict.PASS] * 3 + [Verdict.NOTICE, Verdict.DROP, Verdict.DROP]
    assert await one.take(other, interval, 0.0) is Verdict.PASS, "another key has its own"


async def test_two_processes_reserving_at_once_get_slots_one_interval_apart(
    stores: tuple[SharedRates, SharedRates],
) -> None:
    one, two = stores
    key, interval = fresh_key(), 0.2

    delays = await asyncio.gather(*(s.reserve(key, interval, 0.0) for s in (one, two) * 5))

    # Ten messages at five a second take two seconds, whichever process sends them.
    assert sorted(delays)[-1] == pytest.approx(9 * interval, abs=0.15)
    gaps = [b - a for a, b in zip(sorted(delays), sorted(delays)[1:], strict=False)]
    assert min(gaps) > interval / 2, "no two got the same slot"


async def test_no_chat_id_is_stored(postgres_url: str | None) -> None:
    if postgres_url is None:
        pytest.skip(
            await postgres_unavailable_reason(os.environ.get("TEST_POSTGRES_URL", "")) or ""
        )
    async with started_database(postgres_url) as db:
        await PostgresRates(db.engine).take("person:telegram:4917612345678", 1.0, 0.0)
        async with db.session() as session:
            keys = list(await session.scalars(select(RateSlot.key)))
    assert keys and not any("4917612345678" in key for key in keys)
