"""Typed answers where nobody asked, and a question typed after an answer, in the terminal.

Three gaps people found in trials: a bare "da" or "yes" with no question open got "Sorry, I
do not know that yet"; "ok" while waiting for a mediator got "Goodbye"; "ja, wo ist das?"
after "Did you mean this?" showed the card and lost the question.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.storage.models import HandoverCase
from tests.channels.test_console_followups import converse
from tests.support.conversation import FixedClock
from tests.support.handover import handover_core, tap, terminals

BARE_ANSWERS = {"de": "ja", "ro": "da", "en": "yes", "uk": "так", "tr": "tamam", "fa": "باشه"}


@pytest.mark.parametrize("language", sorted(BARE_ANSWERS))
async def test_a_bare_yes_with_nothing_asked_gets_a_friendly_word_and_the_menu(
    language: str, tmp_path: Path
) -> None:
    typed = BARE_ANSWERS[language]
    core, said = await converse(language, [typed], tmp_path)
    t = core.texts.translator(language)
    answer = said[typed]
    assert t._("All right.") in answer
    assert t._("Sorry, I do not know about that yet.") not in answer, "no apology"
    course = core.dialogue.catalogue.current.catalogue.offer("german-course")
    assert course is not None and course.text("title", t.chain) in answer, "the menu"


FRIDAY_EVENING = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)
"""Nobody of the test team works on Friday evening: the answer is days away."""

WAITING = [("Română", "ro", "ok"), ("Български", "bg", "добре"), ("Deutsch", "de", "okay 👍")]


@pytest.mark.parametrize(("button", "language", "typed"), WAITING, ids=lambda v: str(v))
async def test_ok_while_waiting_for_a_mediator_keeps_the_chat_open(
    button: str, language: str, typed: str, tmp_path: Path
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'shared.sqlite3'}"
    clock = FixedClock(FRIDAY_EVENING)
    async with (
        handover_core(url, tmp_path / "person", clock=clock) as (person_core, _),
        handover_core(url, tmp_path / "team", clock=clock) as (team_core, _),
    ):
        t = person_core.texts.translator(language)
        person, screen, _mediator, _team_screen = terminals(person_core, team_core, "Maria")
        await person.say("/start")
        await tap(person, button)
        await tap(person, t._("Yes, OK"))
        await tap(person, t._("Talk to a person"))
        mark = len(screen.getvalue())
        await person.say(typed)
        answer = screen.getvalue()[mark:]

        assert t._("Goodbye! Write to me any time.") not in answer
        assert t._("All right.") in answer
        not_at_work = "Our team is not at work right now. A person will answer you here on {when}."
        assert t._(not_at_work).split("{when}")[0] in answer, "when a person answers"
        assert t._("End the chat with our team") in answer
        async with person_core.database.session() as session:
            case = (await session.scalars(select(HandoverCase))).one()
            assert case.closed_at is None, "the chat with the team stays open"


SINGLE_GUESS_THEN_WHERE = {
    # asks for what we do not do (buying), so the bot is unsure of its one guess
    "de": ("wo kann ich kaffee kaufen", "ja, wo ist das?", "parents-cafe"),
    "ro": ("unde pot cumpara cafea", "da, unde este?", "parents-cafe"),
    "en": ("where can i buy a sewing machine", "yes, where is it?", "sewing-cafe"),
}


@pytest.mark.parametrize("language", sorted(SINGLE_GUESS_THEN_WHERE))
async def test_yes_with_a_question_after_did_you_mean_shows_it_and_answers_the_question(
    language: str, tmp_path: Path
) -> None:
    asked, typed, offer_id = SINGLE_GUESS_THEN_WHERE[language]
    core, said = await converse(language, [asked, typed], tmp_path)
    t = core.texts.translator(language)
    assert t._("Did you mean this?") in said[asked]
    offer = core.dialogue.catalogue.current.catalogue.offer(offer_id)
    assert offer is not None
    answer = said[typed]
    assert offer.text("details", t.chain) in answer, "the yes shows the card"
    where_answer = answer.split(offer.text("details", t.chain), 1)[1]
    assert "openstreetmap.org" in where_answer
    assert t._("Everything about it") in where_answer, "then the answer to where it is"
