"""GET /healthz and /metrics from a running bot, with bounded waits for a wanted answer."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import aiohttp


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


async def health(base: str) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as session, session.get(f"{base}/healthz") as response:
        return response.status, await response.json()


async def health_until(
    base: str, wanted: Callable[[int, dict[str, Any]], bool], *, within: float
) -> tuple[int, dict[str, Any]]:
    """Ask /healthz until ``wanted(status, report)``; fails with the last answer after
    ``within`` seconds."""
    deadline = time.monotonic() + within
    while True:
        status, report = await health(base)
        if wanted(status, report) or time.monotonic() > deadline:
            assert wanted(status, report), f"after {within} s: {status} {report}"
            return status, report
        await asyncio.sleep(0.1)


def sample(exposition: str, name: str, **labels: str) -> float:
    """One sample's value from Prometheus text (0 when absent)."""
    wanted = ",".join(f'{key}="{value}"' for key, value in sorted(labels.items()))
    for line in exposition.splitlines():
        if line.startswith("#"):
            continue
        key, _, value = line.rpartition(" ")
        metric, _, rest = key.partition("{")
        found = ",".join(sorted(rest.rstrip("}").split(","))) if rest else ""
        if metric == name and found == wanted:
            return float(value)
    return 0.0
