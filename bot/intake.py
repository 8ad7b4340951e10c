"""Durable intake: answers the messages a channel stored in the turn ledger, after a crash too.

A channel that acknowledges a message before answering it (WhatsApp) stores it in the ledger
(``bot.storage.ledger.receive``) before its 200, and hands the row to :class:`Intake`. Rows
that no process is working on any more are picked up as well: at start (what a crashed or
stopped process left) and every few seconds (what another process left, or a failed turn).

- One person's messages are answered one after another, in the order they were stored;
  many people at the same time.
- A row is claimed before it is worked on, so two processes never work on one message; the
  turn itself marks it processed in its own transaction, so it never runs twice. A claim runs
  out after :data:`CLAIM_SECONDS` (a crashed process on another machine); the same instance
  (host and port) restarted takes its rows back at once.
- A failed turn (the database gone for a moment) is tried again, later, with the person's
  next messages waiting behind it; only the last attempt apologises to the person.
- Stopping takes no new work, lets what runs finish for a moment, and leaves the rest in the
  ledger for the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.background import woken
from bot.storage import ledger
from bot.storage.database import Database
from bot.storage.ledger import Entry

_LOG = logging.getLogger(__name__)

CLAIM_SECONDS = 60.0
"""How long a process may work on one message before another process may take it over."""
POLL_SECONDS = 2.0
"""How often rows no process works on (left by a crash, or failed) are looked for."""
RETRY_SECONDS = (1.0, 2.0, 4.0, 8.0)
"""Pauses between attempts at one message; after the last, the person gets an apology."""
MAX_CONCURRENT_CHATS = 64
"""People answered at the same time; one person's messages still go one after another."""
MAX_QUEUED = 1000
"""Messages held in memory; more stay in the ledger until there is room."""

Delivery = Callable[[], Awaitable[None]]
Work = Callable[[Entry, bool], Awaitable[Delivery | None]]
"""Prepares the answer to one claimed row (``True``: the last attempt, apologise rather than
raise), and returns how to send it (None: nothing to send)."""
MAX_SENDING = 16
"""Answers being sent at the same time, unless the channel says (about what its pacing lets
out in a second): what is started is finished even at shutdown, so these few decide how long
a stop takes."""
SEND_STOP_SECONDS = 5.0
"""At shutdown, how long answers already going out may take to finish."""


class Intake:
    """Works through one channel's unanswered rows in the turn ledger."""

    def __init__(
        self,
        database: Database,
        channel: str,
        clock: Callable[[], datetime],
        work: Work,
        *,
        instance: str,
        claim_seconds: float = CLAIM_SECONDS,
        poll_seconds: float = POLL_SECONDS,
        max_chats: int = MAX_CONCURRENT_CHATS,
        max_queued: int = MAX_QUEUED,
        max_sending: int = MAX_SENDING,
    ) -> None:
        self._database = database
        self._channel = channel
        self._clock = clock
        self._work = work
        self.instance = instance
        self._claim = timedelta(seconds=claim_seconds)
        self._poll_seconds = poll_seconds
        self._max_queued = max_queued
        self._slots = asyncio.Semaphore(max_chats)
        self._queues: dict[str, deque[int]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._queued: set[int] = set()
        self._sending = asyncio.Semaphore(max_sending)
        self._deliveries: set[asyncio.Task[None]] = set()
        self._stopping = asyncio.Event()
        self._poller: asyncio.Task[None] | None = None

    def claim_until(self, now: datetime) -> datetime:
        return now + self._claim

    def enqueue(self, entry_id: int, chat_id: str | None) -> None:
        """Answer a stored row soon, after the person's earlier ones."""
        if self._stopping.is_set() or entry_id in self._queued:
            return
        if len(self._queued) >= self._max_queued:
            return  # it waits in the ledger; a later look picks it up
        chat = chat_id or ""
        self._queues.setdefault(chat, deque()).append(entry_id)
        self._queued.add(entry_id)
        if chat not in self._workers:
            self._workers[chat] = asyncio.create_task(self._serve(chat), name="intake-chat")

    async def start(self) -> None:
        """Pick up what was left unanswered, then keep looking."""
        await self._pick_up()
        self._poller = asyncio.create_task(self._poll(), name="intake-poll")

    async def idle(self, timeout: float) -> None:  # noqa: ASYNC109 - a deadline for tests
        """Until nothing is queued in this process (TimeoutError after ``timeout``)."""
        async with asyncio.timeout(timeout):
            while self._workers:
                await asyncio.wait(list(self._workers.values()))

    async def stop(self, timeout: float) -> None:  # noqa: ASYNC109 - a deadline for shutdown
        """Take nothing new; turns running may finish within ``timeout`` (else they are undone
        and stay stored), answers going out within :data:`SEND_STOP_SECONDS`."""
        self._stopping.set()
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
        workers = list(self._workers.values())
        if workers:
            _, late = await asyncio.wait(workers, timeout=timeout)
            for worker in late:
                worker.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        if self._deliveries:
            _, late_sends = await asyncio.wait(set(self._deliveries), timeout=SEND_STOP_SECONDS)
            for delivery in late_sends:  # sent again after the restart: a rare double
                delivery.cancel()
            await asyncio.gather(*late_sends, return_exceptions=True)
        try:
            async with self._database.session() as session:
                await ledger.release(session, self._channel, self.instance)
        except Exception as error:  # its claims run out by themselves
            _LOG.warning("%s intake: claims not released: %s", self._channel, type(error).__name__)

    async def _pick_up(self) -> None:
        async with self._database.session() as session:
            rows = await ledger.unfinished(
                session, self._channel, self.instance, self._clock(), self._max_queued
            )
        for entry_id, chat in rows:
            self.enqueue(entry_id, chat)

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self._poll_seconds)
            try:
                await self._pick_up()
            except Exception as error:  # the database is away: look again next time
                _LOG.warning(
                    "%s intake: no look at the ledger: %s", self._channel, type(error).__name__
                )

    async def _serve(self, chat: str) -> None:
        """One person's rows, in order; the task ends when none is left (or at stop)."""
        queue = self._queues[chat]
        try:
            while queue and not self._stopping.is_set():
                async with self._slots:
                    await self._answer(queue[0])
                self._queued.discard(queue.popleft())
        finally:
            self._queued.difference_update(queue)
            del self._queues[chat], self._workers[chat]

    async def _answer(self, entry_id: int) -> None:
        """Claim, answer and finish one row; retried with pauses while it fails."""
        for attempt, pause in enumerate((*RETRY_SECONDS, None), start=1):
            try:
                now = self._clock()
                async with self._database.session() as session:
                    entry = await ledger.claim(
                        session, entry_id, self.instance, now, self.claim_until(now)
                    )
                if entry is None:
                    return  # answered meanwhile, or another process has it
                delivery = await self._work(entry, pause is None)
                async with self._sending:
                    await self._deliver(entry_id, delivery)
                return
            except Exception as error:  # the next attempt, or the next look, tries again
                _LOG.error(
                    "%s message not answered yet (attempt %d): %s",
                    self._channel,
                    attempt,
                    type(error).__name__,
                )
                if pause is None:
                    await self._give_up(entry_id)
                    return
                if self._stopping.is_set():
                    return
                await woken(self._stopping, pause)

    async def _deliver(self, entry_id: int, delivery: Delivery | None) -> None:
        """Send and note it, as one: a stop does not cut it in half (that would send part of
        an answer twice after the restart); only the process dying does."""

        async def send_and_finish() -> None:
            if delivery is not None:
                await delivery()
            async with self._database.session() as session:
                await ledger.finish(session, entry_id, self._clock())

        task = asyncio.create_task(send_and_finish(), name="intake-send")
        self._deliveries.add(task)
        task.add_done_callback(self._deliveries.discard)
        await asyncio.shield(task)

    async def _give_up(self, entry_id: int) -> None:
        """After the last attempt: dropped, so one broken message cannot block the person.
        While the database is away this fails too, and the row is tried again later."""
        with contextlib.suppress(Exception):
            async with self._database.session() as session:
                await ledger.finish(session, entry_id, self._clock())
            _LOG.error(
                "%s message given up after %d attempts", self._channel, len(RETRY_SECONDS) + 1
            )
