"""One write transaction at a time per SQLite file in this process, queued on the event loop.

Every transaction on SQLite starts with ``BEGIN IMMEDIATE`` (see ``database.py``), so only one
runs at a time anyway. Without this gate the others wait inside SQLite's busy handler, on
aiosqlite's threads, which sleeps and polls (1, 2, 5, 10 … up to 100 ms between tries): a turn
that finished in a millisecond leaves the next one asleep for up to a tenth of a second, and at
50 chats most of the time went to those sleeps. Here the waiting transactions queue on an
``asyncio.Lock`` instead and the next one starts the moment the previous one ends, first come
first served.

The gate only orders this process's transactions; SQLite's own lock still guards the file
(other processes, e.g. a staff command, still queue on ``busy_timeout``). If the gate is not
freed within ``patience`` seconds (it never should be: a transaction that ends or whose
connection closes frees it), a waiter goes on to SQLite's lock as before rather than wait for
ever, and the log says so once.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from pathlib import Path

log = logging.getLogger(__name__)

_gates: dict[str, WriterGate] = {}


class WriterGate:
    """A first-come-first-served lock per event loop, for one SQLite file."""

    def __init__(self, patience: float) -> None:
        self.patience = patience
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._warned = False

    def _lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._locks.get(loop)
        if lock is None:
            lock = self._locks[loop] = asyncio.Lock()
        return lock

    async def enter(self) -> asyncio.Lock | None:
        """Wait for this process's turn to write; the lock to hand to :meth:`leave`, or None
        when the gate stayed shut for ``patience`` seconds (SQLite's own lock decides then)."""
        lock = self._lock()
        if not lock.locked():
            await lock.acquire()  # free: taken at once, no suspension
            return lock
        try:
            async with asyncio.timeout(self.patience):
                await lock.acquire()
        except TimeoutError:
            if not self._warned:
                self._warned = True
                log.warning(
                    "database writer gate shut for %.0f s; waiting on SQLite's lock instead",
                    self.patience,
                )
            return None
        return lock

    @staticmethod
    def leave(lock: asyncio.Lock | None) -> None:
        if lock is not None and lock.locked():
            lock.release()


def gate_for(database: str | None, patience: float) -> WriterGate | None:
    """The gate of a SQLite file (one per file, shared by every engine on it in this
    process); None for an in-memory database, which no other connection shares."""
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    key = str(Path(database).resolve())
    gate = _gates.get(key)
    if gate is None:
        gate = _gates[key] = WriterGate(patience)
    return gate
