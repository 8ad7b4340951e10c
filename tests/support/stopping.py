"""Stopping a background loop just as it is woken: the stop must not be lost.

The shutdown (``bot.background.running_jobs``, on SIGTERM) cancels each loop and waits for
it. A loop that swallows that cancel goes round again and again, and the shutdown waits
forever: on Python 3.11, ``asyncio.wait_for(event.wait(), ...)`` did so when the event was set
in the same few steps of the event loop as the cancel came.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from contextlib import suppress
from typing import Any

Loop = Callable[[Callable[[], None]], Coroutine[Any, Any, None]]
"""Starts a loop with its ``on_round`` (called after each round)."""


async def went_round_after_a_stop(loop: Loop, wake: Callable[[], None], *, steps: int) -> bool:
    """Start ``loop``; after its first round, ``wake`` it and cancel it ``steps`` steps of the
    event loop later. True when it did another round after the cancel (the stop was lost);
    False when it stopped. No waiting on time: either it ends, or it reports another round."""
    rounds = asyncio.Event()
    task = asyncio.create_task(loop(rounds.set))
    await rounds.wait()  # the first round is done: the loop waits to be woken now
    wake()
    for _ in range(steps):
        await asyncio.sleep(0)
    rounds.clear()
    task.cancel()
    another = asyncio.create_task(rounds.wait())
    await asyncio.wait({task, another}, return_when=asyncio.FIRST_COMPLETED)
    another.cancel()
    with suppress(asyncio.CancelledError):
        await another
    lost = not task.done()
    while not task.done():  # it lost the stop: end it for this test (it may lose one again)
        task.cancel()
        await asyncio.wait({task}, timeout=0.1)
    with suppress(asyncio.CancelledError):
        await task
    return lost
