# People write in many scripts; look-alike letters are the point here:
"""A message that might be about danger, but not clearly: one line with 112 and 110 first,
then the answer asked for (what a patient person at the counter says first when unsure); the
whole emergency screen only for clear danger, or when nothing better can be said."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome


@pytest.mark.parametrize(
    ("code", "said", "intent", "offer"),
    [
        ("de", "ich habe angst, wann ist die offene sprechstunde", None, "office-hours"),
        ("en", "there was a fight, where are you", Intent.WHERE, None),
        ("tr", "korkuyorum, ofisiniz nerede", Intent.WHERE, None),
        ("ru", "мне страшно, где вы находитесь", Intent.WHERE, None),
        ("ro", "mi-e frica, unde va aflati", Intent.WHERE, None),
    ],
)
def test_a_word_of_harm_or_fear_beside_a_question_brings_the_numbers_first_and_the_answer(
    understander: Understander,
    snapshot: Snapshot,
    code: str,
    said: str,
    intent: Intent | None,
    offer: str | None,
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.possible_danger and understood.shows_numbers
    assert understood.outcome is not Outcome.EMERGENCY, "the question is still answered"
    assert understood.intent == intent
    assert understood.answer == offer


@pytest.mark.parametrize(
    ("code", "said"),
    [("de", "ich habe angst"), ("en", "there was a fight"), ("tr", "çok korkuyorum")],
)
def test_a_word_of_harm_with_nothing_else_understood_gets_the_whole_screen(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    # Instead of "I don't know" or "did you mean": the numbers and a person say more.
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is Outcome.EMERGENCY
    assert understood.intent is Intent.EMERGENCY


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("de", "mein mann schlägt mich"),
        ("bg", "бие ме мъжът ми"),
        ("en", "my child is not breathing"),
    ],
)
def test_clear_danger_still_gets_only_the_screen(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is Outcome.EMERGENCY
    assert not understood.possible_danger, "the screen, not the line before an answer"


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("de", "wann ist der deutschkurs"),
        ("ro", "unde va aflati"),
        ("en", "my husband makes me laugh every day"),  # family news: no line either
        ("tr", "kocam beni cok seviyo"),
        ("de", "mein kind hat etwas fieber, wo ist ein kinderarzt"),
        ("bg", "детето ми има лека температура, може ли да дойде на курса"),
    ],
)
def test_an_ordinary_message_gets_no_line(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert not understood.shows_numbers


def test_a_word_of_harm_counts_only_in_the_language_it_belongs_to(
    understander: Understander, snapshot: Snapshot
) -> None:
    # "bye" is how "б'є" (beats) is typed in Latin letters in Ukrainian: not in English.
    understood = understander.understand("ok bye for now", snapshot, Context("en"))

    assert not understood.shows_numbers
