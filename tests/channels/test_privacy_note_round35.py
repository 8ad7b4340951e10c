"""A yes word that opens a question, typed at the privacy note (issue 11, round 35).

Found in the lead's trial: at "Do you agree? [Yes] [No]" a Bulgarian mother typed "moje li da
doida s deca" (may I come with the children?). "може" alone means "ok", so the bot stored her
consent and answered. A question is no consent: the note stays unanswered, nothing is agreed,
and the question is answered right after the real yes, as other questions typed there are.
The wordings below are new ones of the same forms (a question particle after or before the yes
word, "it is possible" before a verb, "ok so can i", "ok darf ich ...?"), none a set line.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import CoreApp, open_core
from bot.config import Settings
from bot.storage.models import User
from tests.support.console import console
from tests.support.conversation import offer_title


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[CoreApp]:
    settings = replace(Settings(), database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    async with open_core(settings, background=False) as running:
        yield running


def by_form(form: str, *rows: tuple[str, str, str]) -> list[object]:
    return [pytest.param(*row, id=f"{form}-{row[0]}") for row in rows]


QUESTIONS = [
    *by_form(
        "particle-after-the-yes-word",
        ("bg", "moje li da doida i s bebeto", "da"),
        ("bg", "може ли да взема и бебето", "да"),
        ("tr", "olur mu çocuğumu da getirsem", "evet"),
        ("tr", "tamam mı bebekle gelsem", "tamam"),
    ),
    *by_form(
        "particle-before-the-yes-word",
        ("bg", "moga li da doida s bebeto", "добре"),
    ),
    *by_form(
        "it-is-possible-before-a-verb",
        ("fa", "میشه با بچه ها بیام اونجا؟", "bale"),
    ),
    *by_form(
        "ok-so-can-i",
        ("en", "ok so can i bring my baby along", "yes"),
        ("de", "ok darf ich mein kind mitbringen?", "ja"),
    ),
]


@pytest.mark.parametrize(("language", "question", "yes"), QUESTIONS)
async def test_a_question_opened_by_a_yes_word_gives_no_consent_and_is_answered_after_yes(
    core: CoreApp, language: str, question: str, yes: str
) -> None:
    t = core.texts.translator(language, None)
    chat = f"asks-{language}-{len(question)}"
    number = core.dialogue.languages.codes.index(language) + 1
    note = await console(core, f"/start\n{number}\n", chat_id=chat)
    assert t._("Before we start: your privacy.") in note
    asked = await console(core, f"{question}\n", chat_id=chat)
    assert t._("I will answer your question right after this.") in asked, "the note, not yes"
    async with core.database.session() as session:
        person = (await session.execute(select(User))).scalar_one()
        assert person.consent_at is None, "a question is no consent"
    after_yes = await console(core, f"{yes}\n", chat_id=chat)
    async with core.database.session() as session:
        person = (await session.execute(select(User))).scalar_one()
        assert person.consent_at is not None, "the real yes agrees"
    # the question is answered after the yes: children are welcome at the parents' café
    assert offer_title(core, "parents-cafe", language) in after_yes, after_yes
