"""The explicit end of a run: the bot process has nothing left to send.

A "nobody got a reply twice" check must not wait for a quiet second and hope: a late
duplicate can come after any pause. Instead it waits until the bot's own queues are empty
(``erstkontakt_queue_depth`` on /metrics: turns stored but not answered, relayed messages,
due reminders, jobs). A reply is recorded by the fake server before the bot marks it sent,
and nothing marked sent is sent again, so once every queue is empty, every reply the bot
will ever send for this run has arrived.
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import TYPE_CHECKING

import aiohttp

from bot.observability.queues import DEPTH_PROBES

if TYPE_CHECKING:
    from bot.app import CoreApp

DEPTH = re.compile(r'^erstkontakt_queue_depth\{queue="(\w+)"\} (\S+)$', re.MULTILINE)
SETTLE_SECONDS = 60.0


async def queue_depths(base_url: str) -> dict[str, float]:
    """Every queue's depth as the bot reports it now."""
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{base_url}/metrics") as response,
    ):
        response.raise_for_status()
        text = await response.text()
    return {queue: float(depth) for queue, depth in DEPTH.findall(text)}


async def until_settled(base_url: str, *, within: float = SETTLE_SECONDS) -> None:
    """Until every queue of the bot at ``base_url`` is empty; fails after ``within`` seconds."""
    deadline = time.monotonic() + within
    depths: dict[str, float] = {}
    while time.monotonic() < deadline:
        depths = await queue_depths(base_url)
        if depths and not any(depths.values()):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"the bot still has work queued after {within}s: {depths}")


async def until_core_settled(core: CoreApp, *, within: float = SETTLE_SECONDS) -> None:
    """The same end for a core running inside the test: its queues read straight from the
    database, as /metrics would."""
    deadline = time.monotonic() + within
    depths: dict[str, int] = {}
    while time.monotonic() < deadline:
        async with core.database.session() as session:
            now = core.dialogue.clock()
            depths = {name: await probe(session, now) for name, probe in DEPTH_PROBES.items()}
        if not any(depths.values()):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"the core still has work queued after {within}s: {depths}")
