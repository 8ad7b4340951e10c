"""How updates are taken in: once each, in order per chat, many chats at the same time."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

RECENT_UPDATE_IDS = 10_000
"""How many update ids to remember against webhook retries; Telegram retries within minutes."""


class RecentUpdateIds:
    """A bounded memory of update ids already taken in (webhook retries repeat them)."""

    def __init__(self, capacity: int = RECENT_UPDATE_IDS) -> None:
        self._capacity = capacity
        self._seen: OrderedDict[int, None] = OrderedDict()

    def first_time(self, update_id: int) -> bool:
        """True the first time an id is offered, False for every repeat while remembered."""
        if update_id in self._seen:
            return False
        self._seen[update_id] = None
        if len(self._seen) > self._capacity:
            self._seen.popitem(last=False)
        return True


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Runs updates of different chats concurrently, and those of one chat one after another.

    A person who taps "Română" and then types a question must get the question answered in
    Romanian: their updates are processed in arrival order. PTB starts one task per update in
    arrival order and nothing awaits before :meth:`do_process_update`, so the FIFO lock keeps
    that order.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
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
