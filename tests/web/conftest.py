from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.conversation import FixedClock
from tests.support.staff import staff_core
from tests.support.web_desk import RunningDesk, running_desk


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
async def desk(database_url: str, tmp_path: Path, clock: FixedClock) -> AsyncIterator[RunningDesk]:
    """The web desk on a real server, next to a staff core on a copy of ``content/``."""
    async with staff_core(database_url, tmp_path, clock=clock) as setup, running_desk(setup) as on:
        yield on
