"""When the next message may go out: the number's throughput, and Meta's pair rate per person.

Meta allows a business number a number of messages per second, and one person about one
message every 6 seconds with short bursts. Both are modelled as a virtual schedule (GCRA): no
timers, no background task, and nothing is ever dropped; a sender waits its turn instead. One
person's messages keep their order, and one reply is never interleaved with another.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from bot.rates import FailOpen, SharedRates

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
Turn = Callable[[], Awaitable[None]]

IDLE_PEOPLE_KEPT = 1000
"""Pacing states of people nobody writes to right now, kept before the recovered ones go."""


@dataclass
class _Person:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # FIFO: replies keep their order
    next_at: float = 0.0  # when a message could go out if the burst were used up
    users: int = 0


class Pacer:
    """Paces messages per number (``messages_per_second``) and per person (one each
    ``recipient_interval`` seconds, up to ``recipient_burst`` at once after a quiet spell)."""

    def __init__(
        self,
        messages_per_second: float,
        recipient_interval: float,
        recipient_burst: int,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        shared: SharedRates | None = None,
    ) -> None:
        self._spacing = 1 / messages_per_second if messages_per_second > 0 else 0.0
        self._interval = max(recipient_interval, 0.0)
        self._tolerance = self._interval * (max(recipient_burst, 1) - 1)
        self._clock = clock
        self._sleep = sleep
        self._number_next_at = 0.0
        self._people: dict[str, _Person] = {}
        self._shared = shared
        self._store = FailOpen("WhatsApp pacing")

    @asynccontextmanager
    async def conversation(self, recipient: str) -> AsyncIterator[Turn]:
        """Hold ``recipient``'s turn; await the yielded function before each message."""
        person = self._people.setdefault(recipient, _Person())
        person.users += 1
        try:
            async with person.lock:
                yield lambda: self._wait(person, recipient)
        finally:
            person.users -= 1
            if len(self._people) > IDLE_PEOPLE_KEPT:
                self._forget_recovered()

    async def _wait(self, person: _Person, recipient: str) -> None:
        if self._shared is not None:
            try:
                await self._wait_shared(self._shared, recipient)
                return
            except Exception as error:  # the store is down: pace in this process
                self._store.failed(error)
        delay = person.next_at - self._tolerance - self._clock()
        if delay > 0:
            await self._sleep(delay)
        now = self._clock()
        person.next_at = max(person.next_at, now) + self._interval
        # The number's slot is reserved without awaiting in between: no two sends share it.
        slot = max(self._number_next_at, now)
        self._number_next_at = slot + self._spacing
        if slot > now:
            await self._sleep(slot - now)

    async def _wait_shared(self, shared: SharedRates, recipient: str) -> None:
        delay = await shared.reserve(f"wa-person:{recipient}", self._interval, self._tolerance)
        if delay > 0:
            await self._sleep(delay)
        if self._spacing > 0:
            delay = await shared.reserve("wa-number", self._spacing, 0.0)
            if delay > 0:
                await self._sleep(delay)

    def _forget_recovered(self) -> None:
        now = self._clock()
        for recipient, person in list(self._people.items()):
            if person.users == 0 and person.next_at <= now:
                del self._people[recipient]
