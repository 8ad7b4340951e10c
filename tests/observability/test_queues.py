"""The queue gauges read what waits in the database: relayed messages, jobs, due reminders."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from bot.observability.queues import DEPTH_PROBES, reminder_lag_seconds
from bot.storage.database import Database
from bot.storage.models import BookingMessage, Job, RelayMessage, TurnLedger
from tests.support.every_table import WHEN, fill_every_table


async def test_waiting_rows_are_counted_and_the_oldest_reminder_gives_the_lag(
    database_url: str,
) -> None:
    await fill_every_table(database_url, rows=3)  # all finished: nothing waits yet
    database = Database(database_url)
    now = WHEN + timedelta(days=1)
    try:
        async with database.session() as session:
            before = {name: await probe(session, now) for name, probe in DEPTH_PROBES.items()}
            assert before == {"turns": 0, "relay": 0, "reminders": 0, "jobs": 0}
            assert await reminder_lag_seconds(session, now) == 0.0

            await session.execute(
                update(BookingMessage)
                .where(BookingMessage.id.in_([1, 2]))
                .values(outcome=None, due_at=now - timedelta(seconds=90),
                        expires_at=now + timedelta(hours=1))
            )  # fmt: skip
            await session.execute(
                update(BookingMessage)
                .where(BookingMessage.id == 3)  # expired: it will never go, so it does not wait
                .values(outcome=None, due_at=now - timedelta(hours=3), expires_at=now)
            )
            await session.execute(
                update(RelayMessage).where(RelayMessage.id == 1).values(finished_at=None)
            )
            await session.execute(update(Job).values(finished_at=None))
            await session.execute(  # a message stored, its answer not yet out
                update(TurnLedger).where(TurnLedger.id == 2).values(delivered_at=None)
            )

        async with database.session() as session:
            after = {name: await probe(session, now) for name, probe in DEPTH_PROBES.items()}
            lag = await reminder_lag_seconds(session, now)
    finally:
        await database.close()

    assert after == {"turns": 1, "relay": 1, "reminders": 2, "jobs": 3}
    assert lag == 90.0
