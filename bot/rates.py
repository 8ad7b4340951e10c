"""Rate limits shared by several processes: one person's message limit, WhatsApp's pacing and
the announcements' pace hold for all processes together, not for each one.

Every limit here is one "virtual schedule" per key (GCRA): ``next_at`` is when the key's next
message would be due if its burst were used up. A message may go at
``max(next_at - tolerance, now)``, and moves ``next_at`` on by ``interval``; ``tolerance`` is
``interval * (burst - 1)``. One atomic step per message, on the server's clock:

- **Redis** (``REDIS_URL``): a Lua script; keys expire once their schedule has caught up.
- **PostgreSQL** (``DATABASE_URL``): one ``INSERT … ON CONFLICT DO UPDATE`` on ``rate_slots``
  in its own short transaction; rows that caught up are deleted now and then.

Keys are hashed: no chat id is stored. With SQLite (one process) the limits stay in memory
(``bot/dialogue/throttle.py``, ``bot/channels/whatsapp_pacing.py``). A shared store that
fails lets the message through (the limit is a protection, not a reason to lose a message)
and says so in the log.
"""

from __future__ import annotations

import hashlib
import logging
import time
from enum import Enum
from typing import Protocol

from sqlalchemy import delete, text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage.models import RateSlot

log = logging.getLogger(__name__)

SWEEP_EVERY = 1000
"""PostgreSQL: after this many calls, rows whose schedule caught up are deleted."""
IDLE_SECONDS = 60.0
WARN_EVERY_SECONDS = 60.0


class Verdict(Enum):
    PASS = "pass"
    NOTICE = "notice"  # the first message over the limit: say "slow down" once
    DROP = "drop"  # further ones until a message fits again: silence


def hashed(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:40]


class SharedRates(Protocol):
    """A schedule per key, shared by every process that uses the same store."""

    name: str

    async def reserve(self, key: str, interval: float, tolerance: float) -> float:
        """Book ``key``'s next slot; the seconds to wait for it (0: now). Never refuses."""
        ...

    async def take(self, key: str, interval: float, tolerance: float) -> Verdict:
        """Book a slot only if one is free now; else NOTICE the first time, DROP after."""
        ...

    async def close(self) -> None: ...


_PG_STEP = text(
    """
    WITH step AS (
      SELECT CAST(EXTRACT(EPOCH FROM now()) AS double precision) AS now,
             CAST(:interval AS double precision) AS interval,
             CAST(:tolerance AS double precision) AS tolerance,
             CAST(:reserve AS boolean) AS reserve
    )
    INSERT INTO rate_slots AS r (key, next_at, noticed, slot, verdict)
    SELECT :key, step.now + step.interval, false, step.now, 'pass' FROM step
    ON CONFLICT (key) DO UPDATE SET
      slot = GREATEST(r.next_at - (SELECT tolerance FROM step), EXCLUDED.slot),
      next_at = CASE
        WHEN (SELECT reserve FROM step) OR r.next_at - (SELECT tolerance FROM step) <= EXCLUDED.slot
        THEN GREATEST(r.next_at, EXCLUDED.slot) + (SELECT interval FROM step)
        ELSE r.next_at END,
      verdict = CASE
        WHEN (SELECT reserve FROM step) OR r.next_at - (SELECT tolerance FROM step) <= EXCLUDED.slot
        THEN 'pass' WHEN r.noticed THEN 'drop' ELSE 'notice' END,
      noticed = NOT ((SELECT reserve FROM step)
                     OR r.next_at - (SELECT tolerance FROM step) <= EXCLUDED.slot)
    RETURNING GREATEST(r.slot - CAST(EXTRACT(EPOCH FROM now()) AS double precision), 0), r.verdict
    """
)
"""In ``DO UPDATE SET`` every expression sees the row as it was; ``EXCLUDED.slot`` is now
(``now()`` is fixed within the statement's own transaction)."""


class _Schedules:
    """``reserve`` and ``take`` over one atomic ``_step`` (delay, verdict) per store."""

    async def _step(
        self, key: str, interval: float, tolerance: float, reserve: bool
    ) -> tuple[float, str]:
        raise NotImplementedError

    async def reserve(self, key: str, interval: float, tolerance: float) -> float:
        delay, _ = await self._step(key, interval, tolerance, True)
        return delay

    async def take(self, key: str, interval: float, tolerance: float) -> Verdict:
        _, verdict = await self._step(key, interval, tolerance, False)
        return Verdict(verdict)


class PostgresRates(_Schedules):
    name = "PostgreSQL"

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._calls = 0

    async def _step(
        self, key: str, interval: float, tolerance: float, reserve: bool
    ) -> tuple[float, str]:
        async with self.engine.begin() as connection:
            row = (
                await connection.execute(
                    _PG_STEP,
                    {
                        "key": hashed(key),
                        "interval": interval,
                        "tolerance": tolerance,
                        "reserve": reserve,
                    },
                )
            ).one()
            self._calls += 1
            if self._calls % SWEEP_EVERY == 0:
                await connection.execute(
                    delete(RateSlot).where(
                        RateSlot.next_at
                        < text(
                            f"CAST(EXTRACT(EPOCH FROM now()) AS double precision) - {IDLE_SECONDS}"
                        )
                    )
                )
        return float(row[0]), str(row[1])

    async def close(self) -> None:
        return None


_REDIS_STEP = """
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local reserve = ARGV[3] == '1'
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'next', 'noticed')
local next_at = tonumber(state[1]) or now
local slot = math.max(next_at - tolerance, now)
local verdict = 'pass'
local noticed = '0'
if reserve or next_at - tolerance <= now then
  next_at = math.max(next_at, slot) + interval
elseif state[2] == '1' then
  verdict = 'drop'
  noticed = '1'
else
  verdict = 'notice'
  noticed = '1'
end
redis.call('HSET', KEYS[1], 'next', tostring(next_at), 'noticed', noticed)
redis.call('PEXPIRE', KEYS[1], math.ceil((next_at - now) * 1000) + 1000)
return {tostring(slot - now), verdict}
"""
"""Numbers go back as strings: Redis would cut a Lua number to an integer."""


class RedisRates(_Schedules):
    name = "Redis"

    def __init__(self, url: str) -> None:
        from redis.asyncio import Redis  # only when REDIS_URL is set

        self.client = Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._script = self.client.register_script(_REDIS_STEP)

    async def _step(
        self, key: str, interval: float, tolerance: float, reserve: bool
    ) -> tuple[float, str]:
        delay, verdict = await self._script(
            keys=[f"erstkontakt:rate:{hashed(key)}"],
            args=[repr(interval), repr(tolerance), "1" if reserve else "0"],
        )
        name = verdict.decode() if isinstance(verdict, bytes) else str(verdict)
        return max(float(delay), 0.0), name

    async def close(self) -> None:
        await self.client.aclose()


def shared_rates(redis_url: str | None, engine: AsyncEngine) -> SharedRates | None:
    """Redis when ``REDIS_URL`` is set, else PostgreSQL when the database is, else None."""
    if redis_url:
        return RedisRates(redis_url)
    if engine.dialect.name == "postgresql":
        return PostgresRates(engine)
    return None


class FailOpen:
    """Logs a failing store at most once a minute (error type only)."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._warned_at = float("-inf")

    def failed(self, error: Exception) -> None:
        now = time.monotonic()
        if now - self._warned_at >= WARN_EVERY_SECONDS:
            self._warned_at = now
            log.warning("shared %s unavailable, this process limits alone: %s",
                        self.what, type(error).__name__)  # fmt: skip
