"""Work that may only start once a transaction has committed: telling staff about a deletion
a rollback would undo. It runs in the background; its failure is logged, never raised."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


class AfterCommit:
    """Starts work after a session's commit and keeps hold of it until it is done."""

    def __init__(self) -> None:
        self._running: set[asyncio.Task[None]] = set()

    def add(self, session: AsyncSession, work: Callable[[], Awaitable[None]], what: str) -> None:
        """Run ``work`` when ``session`` commits; never, if it rolls back. ``what`` names it
        in the log (no content)."""
        loop = asyncio.get_running_loop()

        def start(_: Session) -> None:
            task = loop.create_task(self._logged(work, what))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

        event.listen(session.sync_session, "after_commit", start, once=True)

    async def settled(self) -> None:
        """Until the work started so far is done (tests; a clean stop)."""
        while self._running:
            await asyncio.gather(*self._running)

    @staticmethod
    async def _logged(work: Callable[[], Awaitable[None]], what: str) -> None:
        try:
            await work()
        except Exception as error:
            log.warning("%s failed: %s", what, type(error).__name__)
