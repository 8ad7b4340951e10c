"""WhatsApp's tables: the migration matches the models, ids are taken once, old rows go."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, func, select

from bot.messages import Attachment, Button, Reply, Venue
from bot.storage import ledger
from bot.storage import whatsapp as store
from bot.storage.database import Database
from bot.storage.models import Base, WhatsAppMenu, WhatsAppOutbound

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    db = Database(database_url)
    await db.start()
    yield db
    await db.close()


async def test_the_migration_creates_what_the_models_describe(database: Database) -> None:
    def differences(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection)
        return [
            d
            for d in compare_metadata(context, Base.metadata)
            if "whatsapp" in str(d) or "turn_ledger" in str(d)
        ]

    async with database.engine.connect() as connection:
        assert await connection.run_sync(differences) == []


async def test_of_many_workers_offering_one_message_exactly_one_takes_it(
    database: Database,
) -> None:
    async def offer() -> bool:
        async with database.session() as session:
            key = store.wamid_key("wamid.HBgLNDA3MTIzNDU2NzgVAgASGBQ")
            row = await ledger.receive(
                session, "whatsapp", key, "40712", {}, NOW, claimed_by="test", claim_until=NOW
            )
            return row is not None

    taken = await asyncio.gather(*(offer() for _ in range(8)))

    assert sorted(taken) == [False] * 7 + [True]


async def test_old_rows_are_pruned_recent_ones_stay(database: Database) -> None:
    async with database.session() as session:
        await store.record_sent(session, "wamid.out-old", None, NOW - timedelta(days=31))
        await store.record_sent(session, "wamid.out-new", None, NOW)
        await store.save_menu(session, None, "?", [Button("a", "b")], NOW - timedelta(days=8))

    async with database.session() as session:
        await store.prune(session, NOW)

    async with database.session() as session:
        counts = [
            (await session.execute(select(func.count()).select_from(model))).scalar_one()
            for model in (WhatsAppOutbound, WhatsAppMenu)
        ]
        assert counts == [1, 0]


async def test_a_later_status_never_replaces_a_further_one(database: Database) -> None:
    async with database.session() as session:
        await store.record_sent(session, "wamid.OUT1", None, NOW)
    for status in ("read", "delivered", "sent"):
        async with database.session() as session:
            assert await store.record_status(session, "wamid.OUT1", status, NOW, None)

    async with database.session() as session:
        assert not await store.record_status(session, "wamid.unknown", "read", NOW, None)
        row = (await session.execute(select(WhatsAppOutbound))).scalar_one()
        assert row.status == "read"


def test_a_held_reply_survives_the_round_trip_through_json() -> None:
    reply = Reply(
        text="⏰ Mâine",
        buttons=((Button("❌ Anulați", "bcancel:7"), Button("🏠 Meniu", "menu")),),
        venue=Venue("Raum vor Ort", "Beispielstraße 1", 51.5, 7.4),
        image=Attachment("cafe.jpg", "image/jpeg", path=Path("/content/media/cafe.jpg")),
        document=Attachment("termin.ics", "text/calendar", data=b"BEGIN:VCALENDAR\r\n"),
        rtl=True,
        extras={"purpose": "reminder", "when": "joi, 14:00"},
    )

    assert store.reply_from_json(store.reply_to_json(reply)) == reply
