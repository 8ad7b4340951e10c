"""NUL and lone surrogates, as a phone or a forged update can send them, on every database.

PostgreSQL refuses both in text and JSON: a turn with one failed ("something went wrong") and a
message for a mediator was not relayed. Every channel's message passes through ``Inbound``,
which drops them; these tests send the real characters through the core.
"""

from __future__ import annotations

from pathlib import Path

from bot.messages import ChannelName, ChatId, Inbound
from tests.support.handover import (
    MEDIATORS,
    Person,
    connect,
    deliver_all,
    handover_core,
    staff_says,
)

HOSTILE = ["wo ist der deutschkurs\x00", "Zoltan \ud83d Kovacs hier", "\x00", "\udfff\x00\ud800"]


async def test_a_person_writing_nul_or_lone_surrogates_gets_answers(
    database_url: str, tmp_path: Path
) -> None:
    async with handover_core(database_url, tmp_path) as (core, _):
        connect(core)
        person = Person(core, "5001", name="Zoltan\x00 \ud800")
        await person.onboard("Deutsch")
        apology = core.texts.translator("de")._("Sorry, something went wrong. Please try again.")

        for text in HOSTILE:
            replies = await person.send(text)
            assert replies and not any(apology in reply.text for reply in replies), text


async def test_a_handover_with_nul_characters_reaches_both_sides(
    database_url: str, tmp_path: Path
) -> None:
    async with handover_core(database_url, tmp_path) as (core, relay):
        person_side, desk = connect(core)
        person = Person(core, "5002", name="Zoltan\x00")
        await person.onboard("Deutsch")
        await person.send("Ich heiße Zoltan\x00 und brauche Hilfe mit einem Brief \ud83d")
        await person.ask_for_a_person()
        await deliver_all(relay)
        ((thread, title),) = desk.topics.items()

        apology = core.texts.translator("de")._("Sorry, something went wrong. Please try again.")
        replies = await person.send("Hier ist mein Brief\x00")
        assert not any(apology in reply.text for reply in replies)
        mediator = MEDIATORS["any"]
        await core.handle(staff_says("Guten Tag\x00 Zoltan \udc00", mediator, thread, ref="9"))
        await deliver_all(relay)

        assert "\x00" not in title and "Zoltan" in title
        card = desk.in_topic(thread)[0].text
        assert "Ich heiße Zoltan und brauche Hilfe mit einem Brief" in card
        assert desk.in_topic(thread)[-1].copied == (person.chat_id, "6"), "relayed to the team"
        assert person_side.to_chat(person.chat_id)[-1].copied == ("-100900", "9"), "and back"


def test_the_edge_drops_only_what_cannot_be_stored() -> None:
    inbound = Inbound(
        ChannelName("telegram"), ChatId("1"), text="ă ș ț 🧵 ﷺ\x07\x00\ud800", action="menu\x00"
    )

    assert inbound.text == "ă ș ț 🧵 ﷺ\x07" and inbound.action == "menu"
