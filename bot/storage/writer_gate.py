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

The gate also checkpoints the file's WAL. A turn commits on the event loop's thread
(bot/storage/sqlite_hops.py), and SQLite's automatic checkpoint, run by the COMMIT that makes
the WAL long, writes and syncs the database file (up to 40 ms measured): this process's
connections turn it off (``PRAGMA wal_autocheckpoint=0``, database.py) and the gate runs a
passive checkpoint on a worker thread, with a connection of its own, every
``CHECKPOINT_EVERY`` commits of this process. Other processes keep SQLite's automatic one.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import weakref
from pathlib import Path

log = logging.getLogger(__name__)

_gates: dict[str, WriterGate] = {}


CHECKPOINT_EVERY = 100
"""Commits between checkpoints. A turn writes a few pages; SQLite's own default is a
checkpoint once the WAL holds 1,000 pages."""


def _checkpoint(path: str) -> None:
    """Copy the WAL's committed pages into the database file, without waiting for anyone."""
    connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True)  # never creates a file
    try:
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        connection.close()


class WriterGate:
    """A first-come-first-served lock per event loop, for one SQLite file."""

    def __init__(self, patience: float, path: str = "") -> None:
        self.patience = patience
        self.path = path
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._warned = False
        self._commits = 0
        self.checkpointing: asyncio.Future[None] | None = None

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

    def committed(self) -> None:
        """A transaction of this process committed: checkpoint on a worker thread now and
        then (never on the event loop's thread)."""
        self._commits += 1
        if self._commits < CHECKPOINT_EVERY or not self.path:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (a connection ended outside one): the next commit
            return
        running = self.checkpointing
        if running is not None and not running.done() and running.get_loop() is loop:
            return  # the running one takes these pages too
        self._commits = 0
        self.checkpointing = loop.run_in_executor(None, _checkpoint, self.path)
        self.checkpointing.add_done_callback(_log_failure)


def _log_failure(done: asyncio.Future[None]) -> None:
    if not done.cancelled() and done.exception() is not None:
        log.warning("WAL checkpoint failed: %s", type(done.exception()).__name__)


def gate_for(database: str | None, patience: float) -> WriterGate | None:
    """The gate of a SQLite file (one per file, shared by every engine on it in this
    process); None for an in-memory database, which no other connection shares."""
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    key = str(Path(database).resolve())
    gate = _gates.get(key)
    if gate is None:
        gate = _gates[key] = WriterGate(patience, key)
    return gate
