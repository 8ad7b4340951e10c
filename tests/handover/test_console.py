"""Trials without Telegram: a person in one terminal, a mediator in another, one database."""

from __future__ import annotations

import io
from pathlib import Path

from bot.channels.console import CHANNEL, ConsoleSession
from bot.channels.console_mediator import signed_in
from tests.support.handover import deliver_all, handover_core


async def tap(session: ConsoleSession, label: str) -> None:
    (number,) = [i for i, button in enumerate(session.buttons, start=1) if label in button.label]
    await session.say(str(number))


async def test_a_terminal_mediator_answers_a_terminal_person(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'shared.sqlite3'}"
    async with (
        handover_core(url, tmp_path / "person") as (person_core, person_relay),
        handover_core(url, tmp_path / "team") as (team_core, team_relay),
    ):
        person_screen, team_screen = io.StringIO(), io.StringIO()
        person = ConsoleSession(person_core, person_screen)
        person_core.register_sender(CHANNEL, person)
        mediator = signed_in(team_core, team_screen, "Ivan")
        assert mediator is not None
        team_core.register_desk(CHANNEL, mediator)

        await person.say("/start")
        await tap(person, "Deutsch")
        await tap(person, "Ja, okay")
        await tap(person, "Mit einem Menschen sprechen")
        await person.say("Ich habe einen Brief vom Jobcenter bekommen.")
        await deliver_all(team_relay)  # the mediator's process polls the shared database

        (thread,) = mediator.titles
        assert "Fall #1" in team_screen.getvalue()
        assert f"Thema {thread}" in team_screen.getvalue()
        assert "Ich habe einen Brief vom Jobcenter bekommen." in team_screen.getvalue()

        await mediator.say(f"/topic {thread}")
        await mediator.say("/take")
        await mediator.say("Guten Tag! Was steht im Brief?")
        await mediator.say("!Notiz nur fürs Team")
        await deliver_all(person_relay)
        assert "Ivan aus unserem Team antwortet Ihnen jetzt." in person_screen.getvalue()
        assert "Guten Tag! Was steht im Brief?" in person_screen.getvalue()
        assert "Notiz nur fürs Team" not in person_screen.getvalue()

        await mediator.say("/close")
        await deliver_all(team_relay)
        await deliver_all(person_relay)
        assert "Der Chat mit unserem Team ist beendet." in person_screen.getvalue()
        assert f"Thema {thread} ist geschlossen." in team_screen.getvalue()
