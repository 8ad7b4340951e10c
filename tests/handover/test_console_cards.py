"""Cards in one tap from the terminal mediator: a person in one terminal, the team in another,
one database (as ``python -m bot console`` and ``python -m bot console --mediator Ivan``)."""

from __future__ import annotations

import io
from pathlib import Path

from bot.channels.console import CHANNEL, ConsoleSession
from bot.handover.console_desk import signed_in
from tests.support.handover import deliver_all, handover_core


async def tap(session: ConsoleSession, label: str) -> None:
    (number,) = [i for i, button in enumerate(session.buttons, start=1) if label in button.label]
    await session.say(str(number))


async def test_the_terminal_mediator_sends_a_looked_at_card_and_a_quick_reply(
    tmp_path: Path,
) -> None:
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
        await tap(person, "Български")
        (agree,) = [i for i, b in enumerate(person.buttons, start=1) if b.action == "consent:yes"]
        await person.say(str(agree))
        await person.say("Шивашко кафе")
        await tap(person, "Говорете с човек")
        await deliver_all(team_relay)
        (thread,) = mediator.titles
        assert "📇 Nähcafé" in team_screen.getvalue(), "the card offers what she looked at"

        await mediator.say(f"/topic {thread}")
        (number,) = [i for i, b in enumerate(mediator.buttons, start=1) if "Nähcafé" in b.label]
        await mediator.say(str(number))
        await mediator.say("/antwort morgen-anrufen")
        await deliver_all(person_relay)

        shown = person_screen.getvalue()
        sewing = person_core.dialogue.catalogue.current.catalogue.offers["sewing-cafe"]
        summary = sewing.text("summary", "bg")
        assert shown.count(summary) == 2, "the card once from the bot, once sent by Ivan"
        assert "Ще ви се обадя утре." in shown
        assert "Ich rufe Sie morgen an." in team_screen.getvalue(), "the team reads German"
