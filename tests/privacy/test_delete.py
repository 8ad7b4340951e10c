""" "Delete my data" leaves nothing about the person in any table, whatever features stored."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Base, QuestionLog, Subscription, User
from tests.booking.conftest import book_office_hours
from tests.support.staff import STAFF_GROUP, staff_core

CHAT = "chat-90210"
NAME = "Zamfira"  # the first name given for the booking

Rows = dict[str, set[tuple[object, ...]]]  # table -> primary keys


async def rows_about(
    session: AsyncSession, user_id: int, known: Mapping[str, set[tuple[object, ...]]]
) -> Rows:
    """Every existing row, in every table of the schema, that is about the person.

    About them: any column holds their chat id or their name, or a foreign key refers to their
    user id or to another row about them (followed through the tables in dependency order).
    ``known`` adds rows found earlier, so a reference to an already deleted row still counts.
    """
    theirs: Rows = {table: set(keys) for table, keys in known.items()}
    theirs.setdefault(User.__tablename__, set()).add((user_id,))
    found: Rows = {}
    for table in Base.metadata.sorted_tables:
        for row in (await session.execute(select(table))).mappings():
            key = tuple(row[column.name] for column in table.primary_key.columns)
            names_them = any(CHAT in str(value) or NAME in str(value) for value in row.values())
            refers_to_them = any(
                (row[column.name],) in theirs.get(foreign.column.table.name, set())
                for column in table.columns
                for foreign in column.foreign_keys
            )
            if names_them or refers_to_them:
                found.setdefault(table.name, set()).add(key)
                theirs.setdefault(table.name, set()).add(key)
    return found


async def test_delete_leaves_no_row_about_the_person_in_any_table(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        core = setup.core
        other = await setup.person("chat-other", "Deutsch")
        await other.send("nähcafe")
        await other.tap("🔔")
        person = await setup.person(CHAT, "Română")
        await person.send("nähcafe")
        await person.tap("🔔")
        await person.send("wo ist das jobcenter")
        await book_office_hours(person, core, "ro", date(2026, 12, 3), "14:20", NAME)
        async with core.database.session() as session:
            user_id = (
                await session.execute(select(User.id).where(User.external_id == CHAT))
            ).scalar_one()
            before = await rows_about(session, user_id, {})
        assert {"users", "subscriptions", "bookings"} <= set(before), before

        await person.send("/delete")
        await person.tap("✅")

        async with core.database.session() as session:
            assert await rows_about(session, user_id, before) == {}
            assert (await session.execute(select(User.external_id))).scalars().all() == [
                "chat-other"
            ]
            assert await session.scalar(select(func.count()).select_from(Subscription)) == 1, (
                "others keep theirs"
            )
            # Three questions were typed: the person's two went with them, the other's stays.
            assert await session.scalar(select(func.count()).select_from(QuestionLog)) == 1


async def test_delete_removes_what_the_person_typed_from_the_question_log(
    database_url: str, tmp_path: Path
) -> None:
    """Questions carry no user id, but people type their names: staff saw them in /unanswered
    after the person had deleted their data."""
    async with staff_core(database_url, tmp_path) as setup:
        other = await setup.person("chat-other", "Deutsch")
        await other.send("wann kommt der zirkus in die stadt")
        person = await setup.person(CHAT, "Deutsch")
        await person.send("Zoltan Kovacs hier, wann kommt der zirkus in die stadt")
        assert "Zoltan Kovacs" in await setup.staff("/unanswered")

        await person.send("/delete")
        await person.tap("✅")

        report = await setup.staff("/unanswered")
        assert "Zoltan" not in report and "Kovacs" not in report
        assert "zirkus" in report, "the other person's question stays"
        async with setup.core.database.session() as session:
            texts = (await session.execute(select(QuestionLog.question))).scalars().all()
        assert texts == ["wann kommt der zirkus in die stadt"]


async def test_privacy_shows_what_is_kept_including_news_and_the_deletion_period(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        person = await setup.person(CHAT, "Deutsch")
        await person.send("nähcafe")
        await person.tap("🔔")

        await person.send("/privacy")

        assert "Nähcafé" in person.text
        assert "180" in person.text


async def test_staff_hear_which_appointments_a_deletion_cancelled_but_not_who_it_was(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        person = await setup.person(CHAT, "Română")
        await book_office_hours(person, setup.core, "ro", date(2026, 12, 3), "14:20", NAME)
        quiet = await setup.person("chat-without-bookings", "Deutsch")

        await quiet.send("/delete")
        await quiet.tap("✅")
        await person.send("/delete")
        await person.tap("✅")

        notice = await setup.channel.staff_hears("storniert")  # once the deletion is committed
        assert "🗓 Termin am Donnerstag, 3. Dezember, 14:20" in notice
        assert "(Offene Sprechstunde) wurde storniert: die Person hat ihre Daten gelöscht" in notice
        assert NAME not in notice and CHAT not in notice
        deletions = [t for t in setup.channel.texts_to(STAFF_GROUP) if "Daten gelöscht" in t]
        assert len(deletions) == 1, "no notice for no bookings"
