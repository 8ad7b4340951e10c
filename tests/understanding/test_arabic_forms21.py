"""Arabic word forms in offer matching (issue 11, round 21, u-arabic2): Arabizi's dotted
letters written as a digit with an apostrophe ("3'" for غ), and the Arabic "and" written onto
the next word ("وبنتي"). Lines here are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.matching.normalize import normalize
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome

ANSWERS = (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("sho3'l", "shoghl"),  # غ
        ("7'ayyata", "khayyata"),  # خ
        ("ta2meen 9'i7i", "ta2meen di7i"),  # ض
        ("3' 5", "3 5"),  # a digit alone is no letter
        ("l'alemani", "l alemani"),  # an apostrophe after a letter still splits
    ],
)
def test_arabizi_digit_with_apostrophe_is_one_letter(typed: str, read: str) -> None:
    assert normalize(typed) == read


@pytest.mark.parametrize(
    ("message", "offer"),
    [
        # "sho3'l" is work: the help for newcomers from the EU finding it
        ("ana romani w bdi la2i sho3'l, min biqdar ysa3edni", "welcome-europe"),
        # "lo3'a" is the language: the German one, to learn
        ("bdi at3allam el lo3'a el almaniyye", "german-course"),
    ],
)
def test_arabizi_dotted_letters_find_the_offer(
    understander: Understander, snapshot: Snapshot, message: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context("ar"))
    assert understood.outcome in ANSWERS
    assert understood.answer == offer


@pytest.mark.parametrize(
    "message",
    [
        "انا وبنتي بدنا مكان نلعب فيه مع امهات تانيين",
        "وابني بدو يلعب مع ولاد وانا بدي اتعرف على امهات",
    ],
)
def test_and_written_onto_a_word_says_no_other_topic(
    understander: Understander, snapshot: Snapshot, message: str
) -> None:
    # "وبنتي" (and my daughter) is "بنتي", a word of no topic: the parents' café is answered
    # directly, not with "not what you meant?"
    understood = understander.understand(message, snapshot, Context("ar"))
    assert understood.outcome is Outcome.ANSWERED
    assert understood.answer == "parents-cafe"
