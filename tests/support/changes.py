"""Waiting for a fake server to record something: bounded waits, never sleep-and-hope."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Changes:
    """Wakes waiters whenever the fake records a call; every wait has a deadline."""

    def __init__(self) -> None:
        self._changed = asyncio.Condition()

    async def notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, probe: Callable[[], T], *, timeout: float) -> T | None:  # noqa: ASYNC109
        """Re-run ``probe`` after every change until it returns something truthy, or None."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not (found := probe()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                try:
                    await asyncio.wait_for(self._changed.wait(), remaining)
                except TimeoutError:
                    return None
            return found

    async def wait_quiet(self, seconds: float, *, timeout: float) -> None:  # noqa: ASYNC109
        """Return once nothing was recorded for ``seconds`` (or ``timeout`` passed)."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while (remaining := deadline - time.monotonic()) > 0:
                try:
                    await asyncio.wait_for(self._changed.wait(), min(seconds, remaining))
                except TimeoutError:
                    return
