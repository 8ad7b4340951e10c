"""Typed answers, follow-ups and offers in the forms the ninth round added (issue 11): a yes or
no beside an address word or typed in Latin letters, regional yes forms, grandchildren, "only
on weekdays", "what do I bring when I come", Maghrebi and Tajik cue words, an EU citizenship
typed in Latin letters, an offer's own name typed by ear. Lines here are none of the
evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.understanding import Understander
from bot.understanding.result import YesNo

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("ja schatz, passt", YesNo.YES),
        ("sure thing dear", YesNo.YES),
        ("da dragă, bine", YesNo.YES),
        ("не, мило, не трябва", YesNo.NO),
        ("ova phenje", YesNo.YES),
        ("تمام خيتي", YesNo.YES),
        ("olur canım", YesNo.YES),
        ("так, синку, давай", YesNo.YES),
        ("باشه داداش", YesNo.YES),
        ("нет, голубушка, не надо", YesNo.NO),
    ],
)
def test_a_yes_or_no_beside_an_address_word(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("da, tochno tova", YesNo.YES),  # точно, това
        ("ne, ne tova", YesNo.NO),
        ("da, vot etot", YesNo.YES),
    ],
)
def test_words_beside_an_answer_typed_in_latin_letters(message: str, answer: YesNo) -> None:
    """The words that may stand beside a yes are listed in Cyrillic; typed in Latin letters
    they were unknown words ("taka", before: no answer)."""
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("behi", YesNo.YES),
        ("باهي", YesNo.YES),
        ("майлаш", YesNo.YES),
        ("igen", YesNo.YES),
        ("klopt", YesNo.YES),
        ("хорошо, так и сделаем", YesNo.YES),
        ("не, обойдёмся", YesNo.NO),
        ("ні, сама впораюсь", YesNo.NO),
    ],
)
def test_regional_and_roundabout_answers(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


def test_an_address_word_does_not_make_a_request_an_answer() -> None:
    assert PHRASES.yes_no("dear, where is the course") is None
