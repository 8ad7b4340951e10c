"""The running core the conversation tests of this folder talk to (SQLite, and PostgreSQL when
``.ci/run`` finds it)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.app import CoreApp
from tests.support.conversation import running_core


@pytest.fixture
async def core(database_url: str) -> AsyncIterator[CoreApp]:
    async with running_core(database_url) as running:
        yield running
