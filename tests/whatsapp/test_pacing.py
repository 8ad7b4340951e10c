"""Pacing: Meta's pair rate per person and the number's throughput, on a clock we move."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Awaitable

from bot.channels.whatsapp_pacing import Pacer


class FakeTime:
    """Virtual time: ``sleep`` waits until :meth:`run` moves the clock to its wake-up time.

    :meth:`run` lets every task go as far as it can, then jumps to the earliest wake-up; so
    pacing tests take no real time and see exact, repeatable instants.
    """

    SETTLE_STEPS = 50  # event-loop turns for every task to reach its next sleep (no real I/O here)

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        woken: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._order), woken))
        await woken

    async def run(self, work: Awaitable[object]) -> None:
        task = asyncio.ensure_future(work)
        while not task.done():
            for _ in range(self.SETTLE_STEPS):
                await asyncio.sleep(0)
            if self._sleepers and not task.done():
                at, _, woken = heapq.heappop(self._sleepers)
                self.now = max(self.now, at)
                woken.set_result(None)
        await task


def pacer(
    time: FakeTime, *, per_second: float = 0.0, interval: float = 6.0, burst: int = 1
) -> Pacer:
    return Pacer(per_second, interval, burst, clock=time.clock, sleep=time.sleep)


async def send_times(
    pace: Pacer, time: FakeTime, recipient: str, count: int, log: list[tuple[str, float]]
) -> None:
    async with pace.conversation(recipient) as turn:
        for _ in range(count):
            await turn()
            log.append((recipient, time.now))


async def test_one_person_gets_one_message_every_six_seconds() -> None:
    time = FakeTime()
    log: list[tuple[str, float]] = []

    await time.run(send_times(pacer(time), time, "ana", 4, log))

    assert [at - 1000 for _, at in log] == [0, 6, 12, 18]


async def test_a_burst_goes_out_at_once_then_the_pacing_holds() -> None:
    time = FakeTime()
    log: list[tuple[str, float]] = []

    await time.run(send_times(pacer(time, burst=3), time, "ana", 5, log))

    assert [at - 1000 for _, at in log] == [0, 0, 0, 6, 12]


async def test_the_burst_comes_back_after_a_quiet_spell() -> None:
    time = FakeTime()
    pace = pacer(time, burst=2)
    log: list[tuple[str, float]] = []
    await time.run(send_times(pace, time, "ana", 2, log))

    time.now += 60  # a minute without messages
    await time.run(send_times(pace, time, "ana", 2, log))

    assert [at - 1000 for _, at in log] == [0, 0, 60, 60]


async def test_people_are_paced_independently() -> None:
    time = FakeTime()
    pace = pacer(time)
    log: list[tuple[str, float]] = []

    await time.run(
        asyncio.gather(*(send_times(pace, time, name, 2, log) for name in ("ana", "ion", "maria")))
    )

    for name in ("ana", "ion", "maria"):
        assert [at - 1000 for who, at in log if who == name] == [0, 6]


async def test_the_number_throughput_spaces_messages_to_everyone() -> None:
    time = FakeTime()
    pace = pacer(time, per_second=2.0, interval=0.0)
    log: list[tuple[str, float]] = []

    await time.run(
        asyncio.gather(*(send_times(pace, time, f"person-{n}", 1, log) for n in range(5)))
    )

    assert sorted(at - 1000 for _, at in log) == [0, 0.5, 1.0, 1.5, 2.0]


async def test_replies_to_one_person_are_not_interleaved_and_none_is_dropped() -> None:
    time = FakeTime()
    pace = pacer(time, interval=0.5, burst=2)
    sent: list[str] = []

    async def reply(name: str, parts: int) -> None:
        async with pace.conversation("ana") as turn:
            for part in range(parts):
                await turn()
                sent.append(f"{name}{part}")

    await time.run(asyncio.gather(*(reply(name, 3) for name in "abcdefghij")))

    assert sent == [f"{name}{part}" for name in "abcdefghij" for part in range(3)]


async def test_no_pacing_when_switched_off() -> None:
    time = FakeTime()
    log: list[tuple[str, float]] = []

    await time.run(send_times(pacer(time, per_second=0, interval=0), time, "ana", 20, log))

    assert time.sleeps == []
