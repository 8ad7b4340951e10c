"""Saying one does not speak the language the bot writes in asks for another one, also right
after a card (found in a trial: "nu vorbesc romana deloc" after the office hours' card got the
languages spoken there, in Romanian). Asking about the languages there, or a denial after the
name that is about something else, still asks about the offer."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("nu vorbesc romana deloc", "ro"),
        ("eu nu stiu romaneste", "ro"),
        ("i dont speak english sorry", "en"),
    ],
)
def test_the_chats_language_denied_after_a_card_asks_for_another(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language, "office-hours"))
    assert (understood.outcome, understood.intent) == (Outcome.INTENT, Intent.LANGUAGE)
    assert understood.target_language is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("se vorbeste romana acolo?", "ro"),
        ("profesorul stie romana sa ma ajute cand nu inteleg", "ro"),
        ("i dont speak german, is that a problem there", "en"),
    ],
)
def test_a_question_about_the_languages_there_is_still_about_the_offer(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language, "office-hours"))
    assert understood.outcome is not Outcome.INTENT
