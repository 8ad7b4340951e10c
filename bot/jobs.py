"""Durable jobs: work that must not be lost (staff notices, an announcement to each recipient).

A job is a row in ``jobs``, added in the transaction that decided it, so a crash loses the
decision and the job together or keeps both. A worker claims a row for a while
(``claimed_until``, the lease) with a conditional UPDATE: of two processes claiming one row,
the second finds it claimed. A worker that dies holding a row loses it when the lease has run
out, and the row is done again. Failures are retried with backoff (1, 2, 4 … s, at most 5 min),
a refusal for good ends the row. Rows of one ``lane`` go one after another in ``id`` order.

What "once" means: a row is marked done right after the channel took it. A process killed
between the two leaves the row claimed, and it is sent again after the lease: a duplicate is
possible in that window of milliseconds (the channels have no idempotency key to tell), a
loss is not. ``key`` (unique) makes adding the same job twice a no-op.

This generalises the relay outbox (``bot/handover/outbox.py``: leases, lanes, backoff) and the
booking outbox's batch claim (``bot/booking/outbox.py``: ``FOR UPDATE SKIP LOCKED``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, event, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, aliased

from bot.background import woken
from bot.messages import DeliveryRefused, RetryLater
from bot.storage.database import Database, upsert
from bot.storage.models import Job, User
from bot.storage.reach import Reach, reachable

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(minutes=5)
CLAIM_BATCH = 50
POLL_SECONDS = 1.0
"""How often the database is asked for rows other processes added."""
SEND_SHARE_OF_LEASE = 0.75
"""A job is cut off well before its lease runs out, so no second worker takes a live row. A
job that starts late in its batch (paced announcements) first renews its lease, so the whole
of that share is still left when it starts."""
KEEP_FINISHED = timedelta(days=30)
PURGE_EVERY = timedelta(hours=1)


class Outcome:
    DONE = "done"
    REFUSED = "refused"  # the channel will never take it
    GAVE_UP = "gave_up"  # failed ``max_attempts`` times


def backoff(attempts: int) -> timedelta:
    """Before the next try: 1, 2, 4 … seconds, never longer than MAX_BACKOFF (also the relay's)."""
    doublings = min(max(attempts - 1, 0), 16)  # 2**16 s is past MAX_BACKOFF already
    return min(timedelta(seconds=2**doublings), MAX_BACKOFF)


@dataclass(frozen=True)
class NewJob:
    kind: str
    payload: Mapping[str, Any] = field(default_factory=dict)
    key: str | None = None
    lane: str | None = None
    batch: str | None = None
    user_id: int | None = None


class JobQueue:
    """Adds rows; wakes the workers of their kind once the adding transaction has committed."""

    def __init__(self) -> None:
        self._added: dict[str, asyncio.Event] = {}

    def added(self, kind: str) -> asyncio.Event:
        return self._added.setdefault(kind, asyncio.Event())

    async def add(self, session: AsyncSession, job: NewJob, now: datetime) -> None:
        await self.add_many(session, [job], now)

    async def add_many(self, session: AsyncSession, jobs: Sequence[NewJob], now: datetime) -> int:
        """Add ``jobs`` in the session's transaction; a job whose ``key`` exists is skipped.
        Returns how many were new."""
        added = 0
        if jobs:
            # Many parameter sets for one cached statement (batched by SQLAlchemy), rather
            # than one huge VALUES list that would be compiled anew; RETURNING counts the new.
            table = cast(Table, Job.__table__)
            statement = upsert(session, table).on_conflict_do_nothing().returning(table.c.id)
            result = await session.execute(statement, [_row(job, now) for job in jobs])
            added = len(result.all())
        self._wake_after_commit(session, {job.kind for job in jobs})
        return added

    def _wake_after_commit(self, session: AsyncSession, kinds: set[str]) -> None:
        # Waking before the commit would let a worker look before the row is visible.
        pending: set[str] | None = session.info.get("jobs_wake")
        if pending is not None:
            pending |= kinds
            return
        session.info["jobs_wake"] = set(kinds)

        def wake(sync_session: Session) -> None:
            for kind in sync_session.info.pop("jobs_wake", set()):
                self.added(kind).set()

        def forget(sync_session: Session) -> None:
            sync_session.info.pop("jobs_wake", None)

        event.listen(session.sync_session, "after_commit", wake, once=True)
        event.listen(session.sync_session, "after_rollback", forget, once=True)


def _row(job: NewJob, now: datetime) -> dict[str, Any]:
    return {
        "kind": job.kind,
        "payload": dict(job.payload),
        "key": job.key,
        "lane": job.lane,
        "batch": job.batch,
        "user_id": job.user_id,
        "created_at": now,
        "due_at": now,
        "attempts": 0,
    }


@dataclass(frozen=True)
class Claimed:
    id: int
    kind: str
    payload: dict[str, Any]
    user_id: int | None
    batch: str | None
    attempts: int  # this one included: the claim's token (a later claim counts one more)
    claimed_until: datetime  # the lease, as claimed


async def claim(
    session: AsyncSession,
    now: datetime,
    lease: timedelta,
    *,
    kinds: Collection[str],
    people: Reach,
    limit: int = CLAIM_BATCH,
) -> list[Claimed]:
    """Claim due rows of ``kinds`` that this process can do: rows for nobody in particular, and
    rows for people it can reach. A row with a lane only when it is its lane's oldest unfinished.
    """
    if not kinds:
        return []
    statement = _claim_statement(tuple(kinds), tuple(people.items()), limit)
    rows = await session.execute(statement, {"b_now": now, "b_until": now + lease})
    return sorted((Claimed(*row) for row in rows), key=lambda job: job.id)


@lru_cache(maxsize=64)
def _claim_statement(
    kinds: tuple[str, ...], people: tuple[tuple[str, frozenset[str] | None], ...], limit: int
) -> Any:
    """The UPDATE ... RETURNING :func:`claim` runs, its times as parameters: built once per
    set of kinds and reach. Every worker loop claims every second, mostly finding nothing;
    building this statement each time cost about 2,700 Python calls."""
    now = bindparam("b_now", type_=Job.due_at.type)
    free = or_(Job.claimed_until.is_(None), Job.claimed_until < now)
    earlier = aliased(Job)
    first_in_lane = or_(
        Job.lane.is_(None),
        ~exists().where(
            earlier.lane == Job.lane, earlier.finished_at.is_(None), earlier.id < Job.id
        ),
    )
    candidates = (
        select(Job.id)
        .outerjoin(User, User.id == Job.user_id)
        .where(
            Job.finished_at.is_(None),
            Job.due_at <= now,
            free,
            Job.kind.in_(list(kinds)),
            or_(Job.user_id.is_(None), reachable(dict(people))),
            first_in_lane,
        )
        .order_by(Job.due_at, Job.id)
        .limit(limit)
        .with_for_update(of=Job, skip_locked=True)
    )
    return (
        update(Job)
        .where(Job.id.in_(candidates.scalar_subquery()), Job.finished_at.is_(None), free)
        .values(
            claimed_until=bindparam("b_until", type_=Job.claimed_until.type),
            attempts=Job.attempts + 1,
        )
        .returning(
            Job.id, Job.kind, Job.payload, Job.user_id, Job.batch, Job.attempts, Job.claimed_until
        )
        .execution_options(synchronize_session=False)
    )


async def renew(session: AsyncSession, job: Claimed, now: datetime, lease: timedelta) -> bool:
    """Hold ``job`` until ``now + lease``, if it is still this worker's (its lease has not
    run out, nobody claimed it since); False when the claim was lost."""
    result = await session.execute(
        update(Job)
        .where(
            Job.id == job.id,
            Job.attempts == job.attempts,
            Job.finished_at.is_(None),
            Job.claimed_until > now,
        )
        .values(claimed_until=now + lease)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0) == 1


async def finish(session: AsyncSession, job_id: int, outcome: str, now: datetime) -> None:
    await session.execute(
        update(Job)
        .where(Job.id == job_id)
        .values(finished_at=now, outcome=outcome, claimed_until=None)
        .execution_options(synchronize_session=False)
    )


async def release(session: AsyncSession, job_id: int, retry_at: datetime) -> None:
    """Give the row back for another try at ``retry_at``; its lane waits for it."""
    await session.execute(
        update(Job)
        .where(Job.id == job_id)
        .values(claimed_until=None, due_at=retry_at)
        .execution_options(synchronize_session=False)
    )


async def forget_finished_before(session: AsyncSession, moment: datetime) -> int:
    result = await session.execute(
        delete(Job)
        .where(Job.finished_at.is_not(None), Job.finished_at < moment)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def progress(session: AsyncSession, batch: str) -> dict[str | None, int]:
    """How many rows of ``batch`` ended how (``None``: not done yet)."""
    rows = await session.execute(
        select(Job.outcome, func.count()).where(Job.batch == batch).group_by(Job.outcome)
    )
    return {outcome: count for outcome, count in rows.all()}


async def unfinished(session: AsyncSession, batch: str, people: Reach) -> int:
    """Rows of ``batch`` not done yet that this process could do."""
    count = await session.scalar(
        select(func.count())
        .select_from(Job)
        .outerjoin(User, User.id == Job.user_id)
        .where(
            Job.batch == batch,
            Job.finished_at.is_(None),
            or_(Job.user_id.is_(None), reachable(people)),
        )
    )
    return int(count or 0)


class Handler:
    """What one kind of job does; a kind subclasses this and overrides what it needs.

    ``run`` returns the outcome to record (e.g. "done"); it raises ``RetryLater`` or any error
    to be tried again, ``DeliveryRefused`` to end it.
    """

    kind: str
    max_attempts: int | None = None  # None: never give up
    parallel: int = 1  # rows of this kind done at the same time

    def ready(self) -> bool:
        """Whether this process can do such jobs now (e.g. the staff chat's channel is up)."""
        return True

    async def before_round(self, jobs: Sequence[Claimed]) -> None:
        """Once per claimed batch, before its jobs run (e.g. read what they need at once)."""

    async def pace(self, job: Claimed) -> None:
        """Wait for the job's turn under a rate limit (or return at once)."""

    async def run(self, job: Claimed) -> str:
        raise NotImplementedError

    async def after_round(self, batches: set[str]) -> None:
        """After a round of claimed jobs (e.g. tell staff an announcement is through)."""


BeatFor = Callable[[str, float], Callable[[], None]]
"""Gives a loop its heartbeat: (loop name, seconds between rounds) -> beat."""


class JobRunner:
    """One worker loop per kind, so a long announcement never holds up a staff notice."""

    def __init__(
        self,
        *,
        database: Database,
        queue: JobQueue,
        people: Callable[[], Reach],
        lease: timedelta,
        clock: Callable[[], datetime],
    ) -> None:
        self.database = database
        self.queue = queue
        self.people = people
        self.lease = lease
        self.clock = clock
        self.handlers: dict[str, Handler] = {}

    def register(self, handler: Handler) -> None:
        self.handlers[handler.kind] = handler

    async def tick(self, kind: str) -> int:
        """Claim and do one batch of ``kind``; returns how many rows were claimed."""
        handler = self.handlers[kind]
        if not handler.ready():
            return 0
        async with self.database.session() as session:
            claimed = await claim(
                session, self.clock(), self.lease, kinds=[kind], people=self.people()
            )
        if not claimed:
            return 0
        await handler.before_round(claimed)
        slots = asyncio.Semaphore(max(handler.parallel, 1))

        async def one(job: Claimed) -> None:
            try:
                await self._do(handler, job)
            finally:
                slots.release()

        # Started in id order, each at its paced moment, at most ``parallel`` at a time.
        tasks = []
        for job in claimed:
            await handler.pace(job)
            await slots.acquire()
            tasks.append(asyncio.create_task(one(job)))
        await asyncio.gather(*tasks)
        await handler.after_round({job.batch for job in claimed if job.batch})
        return len(claimed)

    async def _do(self, handler: Handler, job: Claimed) -> None:
        send_time = self.lease * SEND_SHARE_OF_LEASE
        now = self.clock()
        if now + send_time > job.claimed_until:
            # Started late in its batch: the lease left would not cover a slow send.
            async with self.database.session() as session:
                if not await renew(session, job, now, self.lease):
                    log.warning("job %s: its claim ran out before it started", job.kind)
                    return  # another worker has it, or will take it
        try:
            async with asyncio.timeout(send_time.total_seconds()):
                outcome = await handler.run(job)
        except RetryLater as wait:
            await self._release(job.id, self.clock() + timedelta(seconds=wait.seconds))
            return
        except DeliveryRefused as refused:
            log.warning("job %s refused: %s", job.kind, type(refused).__name__)
            outcome = Outcome.REFUSED
        except Exception as error:  # the channel is down, slow, or the database hiccuped
            log.warning("job %s failed: %s", job.kind, type(error).__name__)
            if handler.max_attempts is None or job.attempts < handler.max_attempts:
                await self._release(job.id, self.clock() + backoff(job.attempts))
                return
            outcome = Outcome.GAVE_UP
        async with self.database.session() as session:
            await finish(session, job.id, outcome, self.clock())

    async def _release(self, job_id: int, retry_at: datetime) -> None:
        async with self.database.session() as session:
            await release(session, job_id, retry_at)

    async def work(self, kind: str, on_round: Callable[[], None] = lambda: None) -> None:
        """Do ``kind`` until cancelled: at once when this process adds a row, else every second.

        ``on_round`` is called after each good round (the loop's heartbeat for /healthz)."""
        added = self.queue.added(kind)
        while True:
            added.clear()
            try:
                while await self.tick(kind):
                    on_round()
            except Exception as error:  # a database hiccup: the next round tries again
                log.error("job round %s failed: %s", kind, type(error).__name__)
            else:
                on_round()
            await woken(added, POLL_SECONDS)

    async def purge(self, on_round: Callable[[], None] = lambda: None) -> None:
        """Finished rows go after a month; unfinished ones stay until done."""
        while True:
            try:
                async with self.database.session() as session:
                    await forget_finished_before(session, self.clock() - KEEP_FINISHED)
            except Exception as error:
                log.error("job purge failed: %s", type(error).__name__)
            else:
                on_round()
            await asyncio.sleep(PURGE_EVERY.total_seconds())

    def loops(self, heartbeat: BeatFor = lambda _name, _every: lambda: None) -> dict[str, Any]:
        """The background loops (for ``bot.background.running_jobs``), each with its
        heartbeat (``heartbeat(name, seconds between rounds)``, e.g. ``core.loops.beat_for``)."""
        loops: dict[str, Any] = {
            f"jobs: {kind}": self.work(kind, heartbeat(f"jobs: {kind}", POLL_SECONDS))
            for kind in self.handlers
        }
        every = PURGE_EVERY.total_seconds()
        loops["jobs: purge"] = self.purge(heartbeat("jobs: purge", every))
        return loops
