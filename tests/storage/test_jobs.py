"""Durable jobs (bot/jobs.py): added once, claimed by one worker, retried, in lane order, and
found again by the next process after a crash."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.jobs import Claimed, Handler, JobQueue, JobRunner, NewJob, Outcome, claim, progress
from bot.messages import DeliveryRefused, RetryLater
from bot.storage.database import Database
from bot.storage.models import Job
from tests.support.conversation import FixedClock
from tests.support.databases import started_database
from tests.support.stopping import went_round_after_a_stop

LEASE = timedelta(seconds=60)
EVERYONE = {"telegram": None}


async def add(db: Database, queue: JobQueue, jobs: list[NewJob], clock: FixedClock) -> int:
    async with db.session() as session:
        return await queue.add_many(session, jobs, clock())


class Recorder(Handler):
    """A handler that records what it did and fails as told."""

    kind = "test"
    max_attempts = 3
    parallel = 4

    def __init__(self) -> None:
        self.done: list[int] = []
        self.failures: dict[int, list[BaseException]] = {}

    async def run(self, job: Claimed) -> str:
        planned = self.failures.get(job.payload["n"])
        if planned:
            raise planned.pop(0)
        self.done.append(job.payload["n"])
        return Outcome.DONE


async def test_a_job_added_twice_with_one_key_is_stored_once(database_url: str) -> None:
    clock, queue = FixedClock(), JobQueue()
    async with started_database(database_url) as db:
        first = await add(db, queue, [NewJob("test", {"n": 1}, key="a:1")], clock)
        again = await add(db, queue, [NewJob("test", {"n": 1}, key="a:1"),
                                      NewJob("test", {"n": 2}, key="a:2")], clock)  # fmt: skip

        assert (first, again) == (1, 1)
        async with db.session() as session:
            assert sorted(str(key) for key in await session.scalars(select(Job.key))) == [
                "a:1",
                "a:2",
            ]


async def test_two_processes_claiming_at_once_never_get_the_same_job(database_url: str) -> None:
    clock, queue = FixedClock(), JobQueue()
    async with started_database(database_url) as one, started_database(database_url) as two:
        await add(one, queue, [NewJob("test", {"n": n}) for n in range(120)], clock)

        async def claims(db: Database) -> list[int]:
            got: list[int] = []
            while True:
                async with db.session() as session:
                    batch = await claim(
                        session, clock(), LEASE, kinds=["test"], people=EVERYONE, limit=7
                    )
                if not batch:
                    return got
                got += [job.id for job in batch]

        first, second = await asyncio.gather(claims(one), claims(two))

        assert len(first) + len(second) == 120
        assert not set(first) & set(second)


async def test_a_dead_workers_claim_runs_out_and_the_job_is_done_again(database_url: str) -> None:
    clock, queue = FixedClock(), JobQueue()
    async with started_database(database_url) as db:
        await add(db, queue, [NewJob("test", {"n": 1})], clock)
        async with db.session() as session:  # a worker claims it, then is killed
            assert len(await claim(session, clock(), LEASE, kinds=["test"], people=EVERYONE)) == 1
        recorder = Recorder()
        runner = JobRunner(database=db, queue=queue, people=lambda: EVERYONE, lease=LEASE,
                           clock=clock)  # fmt: skip
        runner.register(recorder)

        assert await runner.tick("test") == 0, "claimed by the dead worker for now"
        clock.now += LEASE + timedelta(seconds=1)
        assert await runner.tick("test") == 1
        assert recorder.done == [1]


class SlowBatch(Handler):
    """Jobs paced far apart, the second one sent slowly; meanwhile another process claims."""

    kind = "test"
    parallel = 1

    def __init__(self, clock: FixedClock, other: Database) -> None:
        self.clock, self.other = clock, other
        self.done: list[int] = []
        self.taken_by_other: list[int] = []
        self.started = 0

    async def pace(self, job: Claimed) -> None:
        if self.started:
            self.clock.now += LEASE * 0.3  # the batch's next job is due this much later
        self.started += 1

    async def run(self, job: Claimed) -> str:
        if job.payload["n"] == 1:
            self.clock.now += LEASE * 0.5  # a slow send, past the batch's first lease
            async with self.other.session() as session:
                taken = await claim(session, self.clock(), LEASE, kinds=["test"], people=EVERYONE)
            self.taken_by_other += [int(job.payload["n"]) for job in taken]
        self.done.append(job.payload["n"])
        return Outcome.DONE


async def test_a_job_started_late_in_its_batch_keeps_its_claim_while_it_is_sent(
    database_url: str,
) -> None:
    """The announcement trial once counted more doubles than sends in flight: a claim ran out
    during a slow send and another worker sent the job again. A job renews its lease when it
    starts; one whose claim already ran out is left to whoever holds it now."""
    clock, queue = FixedClock(), JobQueue()
    async with started_database(database_url) as db, started_database(database_url) as other:
        await add(db, queue, [NewJob("test", {"n": n}) for n in range(3)], clock)
        handler = SlowBatch(clock, other)
        runner = JobRunner(database=db, queue=queue, people=lambda: EVERYONE, lease=LEASE,
                           clock=clock)  # fmt: skip
        runner.register(handler)

        assert await runner.tick("test") == 3

        assert handler.done == [0, 1], "the third's claim ran out before it started"
        assert handler.taken_by_other == [2], "never the job being sent"


async def test_failures_are_retried_with_backoff_then_given_up(database_url: str) -> None:
    clock, queue = FixedClock(), JobQueue()
    async with started_database(database_url) as db:
        recorder = Recorder()
        recorder.failures = {
            1: [ConnectionError("down"), RetryLater(30)],  # then it goes
            2: [ConnectionError("down")] * 3,  # three attempts: given up
            3: [DeliveryRefused("chat gone")],
        }
        runner = JobRunner(database=db, queue=queue, people=lambda: EVERYONE, lease=LEASE,
                           clock=clock)  # fmt: skip
        runner.register(recorder)
        await add(db, queue, [NewJob("test", {"n": n}, batch="b") for n in (1, 2, 3)], clock)

        await runner.tick("test")
        assert await runner.tick("test") == 0, "the retries wait for their backoff"
        for _ in range(4):
            clock.now += timedelta(minutes=1)
            await runner.tick("test")

        assert recorder.done == [1]
        async with db.session() as session:
            counts = await progress(session, "b")
        assert counts == {Outcome.DONE: 1, Outcome.GAVE_UP: 1, Outcome.REFUSED: 1}


async def test_jobs_of_one_lane_go_one_after_another_in_order(database_url: str) -> None:
    clock, queue = FixedClock(), JobQueue()
    async with started_database(database_url) as db:
        recorder = Recorder()
        recorder.failures = {1: [ConnectionError("down")]}
        runner = JobRunner(database=db, queue=queue, people=lambda: EVERYONE, lease=LEASE,
                           clock=clock)  # fmt: skip
        runner.register(recorder)
        await add(db, queue, [NewJob("test", {"n": n}, lane="staff") for n in (1, 2, 3)], clock)

        assert await runner.tick("test") == 1, "only the lane's first"
        assert await runner.tick("test") == 0, "the second waits for the first's retry"
        clock.now += timedelta(minutes=1)
        while await runner.tick("test"):
            pass

        assert recorder.done == [1, 2, 3]


@pytest.mark.parametrize("steps", range(4))
async def test_a_worker_stops_when_shut_down_just_as_a_job_is_added(
    database_url: str, steps: int
) -> None:
    """A CI run hung in a test's teardown: the shutdown cancelled the staff notices' worker
    just as a notice was added, the worker went round again, and the shutdown waited for it
    forever (``asyncio.wait_for`` on Python 3.11). Stopped ``steps`` event-loop steps after
    being woken, the worker ends and does no further round."""
    clock, queue = FixedClock(), JobQueue()
    async with started_database(database_url) as db:
        runner = JobRunner(database=db, queue=queue, people=lambda: EVERYONE, lease=LEASE,
                           clock=clock)  # fmt: skip
        runner.register(Recorder())

        wake = queue.added("test").set
        lost = await went_round_after_a_stop(
            lambda on_round: runner.work("test", on_round), wake, steps=steps
        )

        assert not lost, "the worker went on after it was stopped"
