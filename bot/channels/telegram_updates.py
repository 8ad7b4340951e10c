"""How updates are processed: in order per chat, many chats at the same time.

A redelivered update (a webhook retry, perhaps at another process) is recognised by the core
through the database (``bot.storage.ledger``), not here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

UNBOUNDED = 1_000_000
"""PTB's own semaphore is taken before our chat lock; ours limits the work instead (below)."""


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Runs updates of different chats concurrently, and those of one chat one after another.

    A person who taps "Română" and then types a question must get the question answered in
    Romanian: their updates are processed in arrival order. PTB starts one task per update in
    arrival order and nothing awaits before :meth:`do_process_update`, so the FIFO lock keeps
    that order.

    At most ``max_concurrent_updates`` updates run at once, counted only once they hold their
    chat's lock: updates queued behind one flooding chat take no place from other chats.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(UNBOUNDED)
        self._running = asyncio.Semaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_key(update)
        if key is None:
            async with self._running:
                await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock, self._running:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:  # forget idle chats: memory stays bounded
                del self._users[key], self._locks[key]

    async def initialize(self) -> None:
        """Nothing to prepare."""

    async def shutdown(self) -> None:
        """Nothing to release."""


def _chat_key(update: object) -> int | None:
    """The chat an update belongs to; a tap without its message falls back to the user,
    whose id is their private chat's id."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None
