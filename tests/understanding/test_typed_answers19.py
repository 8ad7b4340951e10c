"""A question is no typed yes (issue 11, nineteenth round; found in a trial).

Romani "kana si" (when is it?) at the privacy note gave consent: "si" is Spanish "sí" in the
shared answer lists, and the question word before it was set aside as a small word. A small
word that is no filler before the answer makes the message a question; after the answer it
may stand ("da, unde e?"). Lines here are none of the evaluation sets' or probes' lines.
"""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.understanding import Understander
from bot.understanding.result import YesNo

PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("kana si", "rom"),
        ("sar si o kurso", "rom"),
        ("kaj si o biro", "rom"),
        ("muss ich da etwas zahlen", "de"),
        ("wo kann man da parken", "de"),
        ("къде да си оставя колата", "bg"),
        ("kak da si namerya rabota", "bg"),
        ("unde pot sa ma duc cu baietii", "ro"),
        ("когда идет этот курс", "ru"),
        ("koja mishe yad gereft", "fa"),
    ],
)
def test_a_question_with_a_yes_word_in_it_is_no_answer(message: str, language: str) -> None:
    assert PHRASES.answer_and_rest(message, language) is None
    assert PHRASES.yes_no(message) is None


@pytest.mark.parametrize(
    ("message", "language", "answer"),
    [
        ("ba da, sigur", "ro", YesNo.YES),
        ("pai da", "ro", YesNo.YES),
        ("oh yes please", "en", YesNo.YES),
        ("эй, нет", "ru", YesNo.NO),
        ("mishto si", "rom", YesNo.YES),
        ("ну да", "ru", YesNo.YES),
        ("aha ok", "en", YesNo.YES),
    ],
)
def test_a_yes_or_no_after_an_interjection_is_still_the_answer(
    message: str, language: str, answer: YesNo
) -> None:
    read = PHRASES.answer_and_rest(message, language)
    assert read is not None and read[0] is answer
