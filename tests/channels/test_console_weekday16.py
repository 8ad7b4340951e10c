"""A weekday asked about after a card, typed in the terminal, in Russian, Ukrainian and
Bulgarian: the yes or no names the day in a form the sentence can hold. The day names come as
the calendar writes them ("суббота", "вівторок"), which "не в {day}" turned into "не в суббота"
and "и в вторник" (the day after "в" takes another ending, "во"/"във" before "в")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.channels.test_console_followups import converse

ASKED = {
    # language: card, Saturday (the sewing café is on Fridays), Tuesday (it is not), then the
    # German course (on Tuesdays), Tuesday again; wrong forms the answers must not show
    "ru": (
        "швейное кафе",
        "а в субботу тоже?",
        "курс немецкого",
        "а во вторник?",
        ("в суббота", "в вторник", "и в вторник"),
    ),
    "uk": (
        "швейне кафе",
        "а в суботу теж?",
        "курс німецької",
        "а у вівторок?",
        ("в субота", "в вівторок"),
    ),
    "bg": (
        "шивашко кафе",
        "а в събота?",
        "курс по немски",
        "а във вторник?",
        ("в вторник",),
    ),
}


@pytest.mark.parametrize("language", sorted(ASKED))
async def test_a_weekday_asked_about_is_named_in_a_form_the_answer_can_hold(
    language: str, tmp_path: Path
) -> None:
    sewing, saturday, course, tuesday, wrong = ASKED[language]
    core, said = await converse(language, [sewing, saturday, course, tuesday], tmp_path)
    t = core.texts.translator(language)
    catalogue = core.dialogue.catalogue.current.catalogue
    cafe = catalogue.offer("sewing-cafe")
    assert cafe is not None
    no = said[saturday]
    weekly = cafe.schedule.weekly[0]
    assert no.count("❌") == 1, "a plain no"
    assert t.weekly(weekly.weekday, weekly.start, weekly.end) in no, "and when it is instead"
    yes = said[tuesday]
    assert yes.count("✅") == 1, "a plain yes"
    for form in wrong:
        assert form not in no.lower() and form not in yes.lower(), form
