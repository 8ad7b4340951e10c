"""A mediator answers while the database is briefly unreachable: the real bot (webhook) on
PostgreSQL behind a TCP proxy that cuts every connection for a few seconds.

An update the bot could not store gets no 200, so Telegram posts it again; every message
reaches the person once (the full-size trial: ``python -m bench.crash_trials``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.databases import postgres_unavailable_reason
from tests.support.staff_outage import mediator_writes_through_a_database_outage


@pytest.mark.postgres
async def test_a_mediators_messages_during_a_database_outage_reach_the_person_once(
    tmp_path: Path, postgres_url: str | None
) -> None:
    if postgres_url is None:
        url = os.environ.get("TEST_POSTGRES_URL", "")
        pytest.skip(await postgres_unavailable_reason(url) or "PostgreSQL unavailable")

    counts = await mediator_writes_through_a_database_outage(
        tmp_path, postgres_url, messages=6, outage_seconds=3.0
    )

    assert (counts.sent, counts.answered, counts.lost, counts.doubled) == (6, 6, 0, 0), counts
