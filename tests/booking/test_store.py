"""The database itself refuses double bookings; the tables match their migration."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from bot.booking import store
from bot.booking.slots import Slot
from bot.booking.store import Answers, Refusal
from bot.storage.database import Database
from bot.storage.models import Base, Booking, User
from tests.booking.conftest import berlin

NOW = berlin(2026, 11, 30, 9)
SLOT = Slot(berlin(2026, 12, 1, 12), berlin(2026, 12, 1, 12, 30), "german-course")


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    database = Database(database_url)
    await database.start()
    async with database.session() as session:
        session.add_all(
            User(
                channel="console",
                external_id=name,
                created_at=NOW,
                last_seen_at=NOW,
                state="serving",
                state_data={},
            )
            for name in ("ana", "ben", "cem")
        )
    yield database
    await database.close()


async def take(database: Database, user_id: int, seats: int = 2) -> Booking | Refusal:
    async with database.session() as session:
        return await store.take_seat(
            session, user_id=user_id, slot=SLOT, seats=seats, answers=Answers("X"), now=NOW
        )


async def test_seats_fill_up_and_nobody_holds_one_slot_twice(database: Database) -> None:
    assert isinstance(await take(database, 1), Booking)
    assert await take(database, 1) is Refusal.ALREADY_YOURS
    assert isinstance(await take(database, 2), Booking)
    assert await take(database, 3) is Refusal.TAKEN


async def test_a_cancelled_booking_frees_its_seat(database: Database) -> None:
    first = await take(database, 1, seats=1)
    assert isinstance(first, Booking)
    async with database.session() as session:
        booking = await session.get(Booking, first.id)
        assert booking is not None
        store.cancel(booking, NOW, store.CancelledBy.PERSON)
    assert isinstance(await take(database, 2, seats=1), Booking)


@pytest.mark.parametrize(("user_id", "seat"), [(2, 1), (1, 2)], ids=["same seat", "same person"])
async def test_the_unique_indexes_refuse_a_second_active_booking(
    database: Database, user_id: int, seat: int
) -> None:
    assert isinstance(await take(database, 1), Booking)
    with pytest.raises(IntegrityError):
        async with database.session() as session:
            session.add(
                Booking(
                    user_id=user_id,
                    offer_id=SLOT.offer_id,
                    starts_at=SLOT.start,
                    ends_at=SLOT.start + timedelta(minutes=30),
                    seat=seat,
                    created_at=NOW,
                )
            )


async def test_the_migration_creates_exactly_the_booking_tables_of_the_models(
    database: Database,
) -> None:
    def differences(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection)
        return [d for d in compare_metadata(context, Base.metadata) if "booking" in str(d)]

    async with database.engine.connect() as connection:
        assert await connection.run_sync(differences) == []
