"""Cards in one tap from the terminal mediator: a person in one terminal, the team in another,
one database (as ``python -m bot console`` and ``python -m bot console --mediator Ivan``)."""

from __future__ import annotations

from pathlib import Path

from tests.support.handover import deliver_all, tap, two_terminals


async def test_the_terminal_mediator_sends_a_looked_at_card_and_a_quick_reply(
    tmp_path: Path,
) -> None:
    async with two_terminals(tmp_path) as t:
        person, mediator, person_screen, team_screen = (
            t.person,
            t.mediator,
            t.person_screen,
            t.team_screen,
        )
        person_relay, team_relay = t.person_relay, t.team_relay
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
        sewing = person.core.dialogue.catalogue.current.catalogue.offers["sewing-cafe"]
        summary = sewing.text("summary", "bg")
        assert shown.count(summary) == 2, "the card once from the bot, once sent by Ivan"
        assert "Ще ви се обадя утре." in shown
        assert "Ich rufe Sie morgen an." in team_screen.getvalue(), "the team reads German"
