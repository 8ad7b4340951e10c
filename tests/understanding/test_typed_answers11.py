"""Typed yes and no with more said after them (issue 11, eleventh round).

People answer first and go on in the same message: thanks, a name, "that is what I need",
or a question. The answer a message begins with counts, and what follows is kept to be
answered after it; a yes with "but", "another", a day or a number asks for something else.
Lines here are none of the evaluation sets' or probes' lines.
"""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome, YesNo

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


@pytest.mark.parametrize(
    ("message", "language", "answer", "rest"),
    [
        ("ja bitte, Herr Yilmaz", "de", YesNo.YES, "Herr Yilmaz"),
        ("sure, thanks a lot Mrs Kowalski", "en", YesNo.YES, "Kowalski"),
        ("da, asta vreau pentru fiica mea", "ro", YesNo.YES, "vreau pentru fiica mea"),
        ("да, това търсех от седмици", "bg", YesNo.YES, "търсех от седмици"),
        ("اي والله هاد اللي بدور عليه", "ar", YesNo.YES, "بدور عليه"),
        ("evet kızım tam bunu arıyordum", "tr", YesNo.YES, "tam bunu arıyordum"),
        ("так, дякую, Ірино Петрівно", "uk", YesNo.YES, "Ірино Петрівно"),
        ("نه ممنون، فعلا لازم ندارم", "fa", YesNo.NO, ""),  # all of it is the no
        ("нет, спасибо, мы уже нашли", "ru", YesNo.NO, "мы уже нашли"),
        ("ova, kodo rodav", "rom", YesNo.YES, "rodav"),
        # the question after the answer is kept to be answered next
        ("ja, und wann fängt das an?", "de", YesNo.YES, "und wann fängt das an?"),
        ("da, unde se afla?", "ro", YesNo.YES, "unde se afla?"),
        ("evet, ücretli mi?", "tr", YesNo.YES, "ücretli mi?"),
    ],
)
def test_an_answer_goes_on_with_words_of_its_own(
    message: str, language: str, answer: YesNo, rest: str
) -> None:
    read = PHRASES.answer_and_rest(message, language)
    assert read is not None and read[0] is answer
    assert rest in read[1]


@pytest.mark.parametrize(
    "message",
    [
        "yes but tomorrow",
        "ja, aber lieber am Montag",
        "da, dar mai tarziu",
        "ok 10 uhr",
        "evet ama yarın",
        "да, но в четверг",
        "так, але іншого дня",
        "aywa, bas bukra",
        "بله ولی فردا",
        "yes, another one please",
        "da, vreau alt curs",
    ],
)
def test_a_yes_asking_for_another_day_or_thing_is_no_answer(message: str) -> None:
    assert PHRASES.answer_and_rest(message, "en") is None


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("ne zaman başlıyor", "tr"),  # Turkish "when", not German or Bulgarian "no"
        ("ne puteti ajuta cu o scrisoare", "ro"),  # Romanian "us"
        ("na kakvo mi pomagate", "bg"),  # Bulgarian "to", not Romani or Persian "no"
    ],
)
def test_an_answer_word_of_another_language_without_a_comma_starts_no_answer(
    message: str, language: str
) -> None:
    assert PHRASES.answer_and_rest(message, language) is None


@pytest.mark.parametrize(
    "message",
    ["that's not right", "das stimmt so nicht", "bu doğru değil", "درست نیست", "не е вярно"],
)
def test_agreement_denied_is_no(message: str) -> None:
    assert PHRASES.yes_no(message) is YesNo.NO


@pytest.mark.parametrize("message", ["ok nu?", "da ne"])
def test_an_answer_and_its_opposite_are_no_answer(message: str) -> None:
    assert PHRASES.yes_no(message) is None


def test_a_yes_with_a_question_taps_the_choice_and_keeps_the_question(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand(
        "ja, wo ist das?", snapshot, Context("de", choice_pending=True)
    )
    assert understood.outcome is Outcome.CHOICE and understood.yes_no is YesNo.YES
    assert understood.after_answer == "wo ist das?"


@pytest.mark.parametrize(("message", "answer"), [("da", YesNo.YES), ("nein", YesNo.NO)])
def test_a_bare_answer_with_nothing_asked_is_still_an_answer(
    understander: Understander, snapshot: Snapshot, message: str, answer: YesNo
) -> None:
    understood = understander.understand(message, snapshot, Context("de"))
    assert understood.outcome is Outcome.CHOICE and understood.yes_no is answer


def test_a_word_one_typo_from_an_answer_is_a_question_when_nothing_was_asked(
    understander: Understander, snapshot: Snapshot
) -> None:
    # "nähen" (to sew) reads like Urdu "nahin" (no) with a typo: asked nothing, it is a topic
    understood = understander.understand("nähen", snapshot, Context("de"))
    assert understood.answer == "sewing-cafe"
