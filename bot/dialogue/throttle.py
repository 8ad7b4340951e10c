"""A per-person message limit, so one flooding chat cannot slow the bot for everyone else.

A token bucket per (channel, chat): ``burst`` messages at once, then ``per_minute``. Over the
limit, the person hears one "please slow down"; what else they send before a message fits
again is dropped unread: no turn, no database, nothing relayed to a mediator. With one
process (SQLite) the buckets live in memory. With several (PostgreSQL, or ``REDIS_URL``) the
same bucket is kept in the shared store (``bot/rates.py``), so N processes still allow one
person the limit once, not N times; should the store fail, this process limits alone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.dialogue import views
from bot.messages import Inbound, Reply
from bot.rates import FailOpen, SharedRates, Verdict
from bot.storage import users

if TYPE_CHECKING:
    from bot.dialogue.engine import Dialogue

log = logging.getLogger(__name__)

SWEEP_SECONDS = 60.0
"""How often buckets that are full again (idle people) are forgotten: memory stays bounded."""


@dataclass
class _Bucket:
    tokens: float
    at: float
    noticed: bool = False


class PersonThrottle:
    """Token buckets per key; ``per_minute`` 0 (or less) lets everything through."""

    def __init__(
        self,
        per_minute: float,
        burst: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        shared: SharedRates | None = None,
    ) -> None:
        self.per_second = per_minute / 60
        self.burst = max(burst, 1)
        self._clock = clock
        self._buckets: dict[Hashable, _Bucket] = {}
        self._next_sweep = clock() + SWEEP_SECONDS
        self.shared = shared
        self._store = FailOpen("message limit")

    @property
    def enabled(self) -> bool:
        return self.per_second > 0

    async def check(self, channel: str, chat_id: str) -> Verdict:
        """One message of the person: shared with the other processes when a store is set."""
        if not self.enabled:
            return Verdict.PASS
        if self.shared is not None:
            interval = 1 / self.per_second
            try:
                return await self.shared.take(
                    f"person:{channel}:{chat_id}", interval, interval * (self.burst - 1)
                )
            except Exception as error:  # the store is down: this process limits alone
                self._store.failed(error)
        return self.take((channel, chat_id))

    def take(self, key: Hashable) -> Verdict:
        """One message of ``key``: let it through, or say how to refuse it."""
        if not self.enabled:
            return Verdict.PASS
        now = self._clock()
        if now >= self._next_sweep:
            self._sweep(now)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.per_second)
        bucket.at = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.noticed = False
            return Verdict.PASS
        if bucket.noticed:
            return Verdict.DROP
        bucket.noticed = True
        return Verdict.NOTICE

    def __len__(self) -> int:
        return len(self._buckets)

    def _sweep(self, now: float) -> None:
        self._next_sweep = now + SWEEP_SECONDS
        full = [
            key
            for key, bucket in self._buckets.items()
            if bucket.tokens + (now - bucket.at) * self.per_second >= self.burst
        ]
        for key in full:
            del self._buckets[key]


async def slow_down_notice(dialogue: Dialogue, inbound: Inbound) -> Reply:
    """ "Please slow down" in the person's language: one read, not a turn (no lock waited for)."""
    code = dialogue.languages.match_hint(inbound.language_hint) or dialogue.default_language
    format_language = None
    try:
        async with dialogue.database.session() as session:
            user = await users.find(session, inbound.channel, inbound.chat_id)
        if user is not None and user.language is not None:
            code, format_language = user.language, user.format_language
    except Exception as error:  # the notice is a courtesy: the hinted language will do
        log.warning("slow-down notice without the person's language: %s", type(error).__name__)
    return views.slow_down(dialogue.texts.translator(code, format_language))
