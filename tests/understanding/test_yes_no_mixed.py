"""Typed yes and no as people mix them (issue 11, tenth round): the yes or no of another
language they speak ("oui", "ochi", "waaw"), a word that is yes in one language and no in
another, a yes said as "not good" (no), the same word typed over and over ("dadada"), the
confirming verb ("podtverzhdayu"), "later" for no, and the word a person addresses us with.
Lines here are none of the evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome, YesNo

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("oui merci", YesNo.YES),
        ("ochi ochi", YesNo.NO),
        ("waaw waaw", YesNo.YES),
        ("hapana asante", YesNo.NO),
        ("haan ji, theek hai", YesNo.YES),
        ("maya, mahadsanid", YesNo.NO),
        ("erê, baş e", YesNo.YES),
        ("nexêr", YesNo.NO),
        ("әйе, дөрес", YesNo.YES),
        ("vale vale", YesNo.YES),
        ("kwete, not that one", YesNo.NO),
        ("niet, spasibo", YesNo.NO),
    ],
)
def test_the_yes_and_no_of_the_other_languages_people_speak(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("nai, genau", YesNo.YES),  # Greek yes, though Romani "nai" is no
        ("jo, na mangav", YesNo.NO),  # Albanian no, though German "jo" is yes
        ("ah no, not now", YesNo.NO),  # a sound before the no, though Arabic "ah" is yes
        ("nu e corect asa", YesNo.NO),  # "not correct": the yes word denied
        ("это не то", YesNo.NO),
        ("evet, sorun yok", YesNo.YES),  # "no problem" is a yes with a no inside
        ("da, dar nu asta", None),  # yes, but not this one: unsure, asked again
        ("nai", None),  # yes or no, depending on the language
    ],
)
def test_a_yes_and_a_no_in_one_message(message: str, answer: YesNo | None) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("dadada", YesNo.YES),
        ("jajaja ok", YesNo.YES),
        ("nunu", YesNo.NO),
        ("haha", None),  # laughter answers nothing, though "ha" is yes
        ("da, nene", YesNo.YES),  # Romanian "nene" (uncle) is no "ne ne"
    ],
)
def test_an_answer_typed_over_and_over_in_one_word(message: str, answer: YesNo | None) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("ich bestätige", YesNo.YES),
        ("podtverzhdayu", YesNo.YES),
        ("da, potvardi", YesNo.YES),
        ("onaylıyorum", YesNo.YES),
        ("yes pls sign me up", YesNo.YES),
        ("ok, записуйте", YesNo.YES),
        ("vielleicht später", YesNo.NO),
        ("по-късно", YesNo.NO),
        ("بعدين", YesNo.NO),
    ],
)
def test_confirming_and_putting_off(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("evet kuzum, doğru", YesNo.YES),
        ("da, dochka, vsyo verno", YesNo.YES),
        ("yes auntie, correct", YesNo.YES),
        ("la ya 3ammo, mish hada", YesNo.NO),
        ("ho kaka jan", YesNo.YES),
        ("ні, доню, не те", YesNo.NO),
        ("nope, my mistake, sorry", YesNo.NO),  # an apology beside the answer
        ("da doamna, e in regula", YesNo.YES),
        ("nu, nu e ok", YesNo.NO),
    ],
)
def test_the_words_people_address_us_with(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    "message",
    ["ja, aber wann ist das genau?", "oui, but on tuesday", "da, vreau alt curs"],
)
def test_a_question_or_a_new_request_beside_a_yes_is_no_answer(message: str) -> None:
    assert PHRASES.yes_no(message) is None


def test_a_mixed_yes_confirms_the_choice_offered(
    understander: Understander, snapshot: Snapshot
) -> None:
    # What the person sees: the bot takes the typed answer as the button, not "I don't know".
    understood = understander.understand(
        "si si, c'est correct, potvardi", snapshot, Context("bg", choice_pending=True)
    )
    assert understood.outcome is Outcome.CHOICE and understood.yes_no is YesNo.YES
