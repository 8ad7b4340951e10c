"""Trials without Telegram: a person in one terminal, a mediator in another, one database."""

from __future__ import annotations

import io
from collections import Counter
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from bot.app import CoreApp
from bot.booking.outbox import Outcome
from bot.booking.setup import reminder_delivery
from bot.channels.console import CHANNEL, ConsoleSession
from bot.handover.console_desk import signed_in
from bot.storage.models import Booking, BookingMessage, User
from tests.support.handover import deliver_all, handover_core, tap, two_terminals


async def test_a_terminal_mediator_answers_a_terminal_person(tmp_path: Path) -> None:
    async with two_terminals(tmp_path) as t:
        await t.person.say("/start")
        await tap(t.person, "Deutsch")
        await tap(t.person, "Ja, okay")
        await tap(t.person, "Mit einem Menschen sprechen")
        await t.person.say("Ich habe einen Brief vom Jobcenter bekommen.")
        await deliver_all(t.team_relay)  # the mediator's process polls the shared database

        (thread,) = t.mediator.titles
        assert "Fall #1" in t.team_screen.getvalue()
        assert f"Thema {thread}" in t.team_screen.getvalue()
        assert "Ich habe einen Brief vom Jobcenter bekommen." in t.team_screen.getvalue()

        await t.mediator.say(f"/topic {thread}")
        await t.mediator.say("/take")
        await t.mediator.say("Guten Tag! Was steht im Brief?")
        await t.mediator.say("!Notiz nur fürs Team")
        await deliver_all(t.person_relay)
        assert "Ivan aus unserem Team antwortet Ihnen jetzt." in t.person_screen.getvalue()
        assert "Guten Tag! Was steht im Brief?" in t.person_screen.getvalue()
        assert "Notiz nur fürs Team" not in t.person_screen.getvalue()

        await t.mediator.say("/close")
        await deliver_all(t.team_relay)
        await deliver_all(t.person_relay)
        assert "Der Chat mit unserem Team ist beendet." in t.person_screen.getvalue()
        assert f"Thema {thread} ist geschlossen." in t.team_screen.getvalue()


async def test_tapping_take_under_a_case_card_writes_into_that_persons_topic(
    tmp_path: Path,
) -> None:
    # Found in a trial: the mediator tapped "Übernehmen" in the general view and their first
    # answer went to nobody (they were told, but had to find /topic first).
    async with two_terminals(tmp_path) as t:
        await t.person.say("/start")
        await tap(t.person, "Deutsch")
        await tap(t.person, "Ja, okay")
        await tap(t.person, "Mit einem Menschen sprechen")
        await deliver_all(t.team_relay)

        assert t.mediator.topic is None  # the general view
        await tap(t.mediator, "Übernehmen")
        await t.mediator.say("Guten Tag, ich bin Ivan.")
        await deliver_all(t.person_relay)

        assert "ging an niemanden" not in t.team_screen.getvalue()
        assert "Guten Tag, ich bin Ivan." in t.person_screen.getvalue()


async def test_two_person_terminals_on_one_database_each_see_only_their_own_messages(
    tmp_path: Path,
) -> None:
    """Each terminal's relay and reminders take only rows for its own chat: neither swallows
    (and shows) what belongs to the other."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'shared.sqlite3'}"
    async with (
        handover_core(url, tmp_path / "anna") as (anna_core, anna_relay),
        handover_core(url, tmp_path / "boris") as (boris_core, boris_relay),
        handover_core(url, tmp_path / "team") as (team_core, team_relay),
    ):
        screens = {"anna": io.StringIO(), "boris": io.StringIO()}
        anna = ConsoleSession(anna_core, screens["anna"], "anna")
        boris = ConsoleSession(boris_core, screens["boris"], "boris")
        for core, session in ((anna_core, anna), (boris_core, boris)):
            core.register_sender(CHANNEL, session)
            await session.say("/start")
            await tap(session, "Deutsch")
            await tap(session, "Ja, okay")
            await tap(session, "Mit einem Menschen sprechen")
        mediator = signed_in(team_core, io.StringIO(), "Ivan")
        assert mediator is not None
        team_core.register_desk(CHANNEL, mediator)
        await deliver_all(team_relay)
        for thread, title in mediator.titles.items():
            await mediator.say(f"/topic {thread}")
            await mediator.say("Für Anna" if title.endswith("#1") else "Für Boris")
        await booked_reminder_due(boris_core, "boris")

        await deliver_all(anna_relay)  # Anna's terminal goes first, and leaves Boris's rows
        assert await reminder_delivery(anna_core).tick(boris_core.dialogue.clock()) == Counter()
        await deliver_all(boris_relay)
        assert await reminder_delivery(boris_core).tick(boris_core.dialogue.clock()) == Counter(
            {Outcome.SENT: 1}
        )

        assert "Für Anna" in screens["anna"].getvalue()
        assert "Für Boris" in screens["boris"].getvalue()
        assert "Boris" not in screens["anna"].getvalue()
        assert "Anna" not in screens["boris"].getvalue()
        assert "Offene Sprechstunde" in screens["boris"].getvalue(), "the reminder"


async def booked_reminder_due(core: CoreApp, chat_id: str) -> None:
    """An appointment tomorrow whose reminder is due now."""
    now = core.dialogue.clock()
    async with core.database.session() as session:
        user = await session.scalar(select(User).where(User.external_id == chat_id))
        assert user is not None
        start = now + timedelta(days=1)
        booking = Booking(
            user_id=user.id,
            offer_id="office-hours",
            starts_at=start,
            ends_at=start + timedelta(minutes=20),
            seat=1,
            created_at=now,
        )
        session.add(booking)
        await session.flush()
        session.add(
            BookingMessage(
                booking_id=booking.id,
                kind="reminder",
                due_at=now,
                expires_at=now + timedelta(hours=1),
                attempts=0,
            )
        )
