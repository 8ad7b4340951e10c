# People write in many scripts; look-alike letters are the point here:
"""Everyday requests, typed yes/no and language names, as people type them, in every language."""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.understanding.intents import IntentPhrases
from bot.understanding.result import Intent, YesNo

LOCALES = PROJECT_ROOT / "locales"
LANGUAGES = load_languages()
PHRASES = IntentPhrases.load(LOCALES)


def test_every_language_has_every_intent_both_answers_and_its_names() -> None:
    missing = PHRASES.missing(LANGUAGES.codes)
    assert not missing, "add to locales/intents.yaml:\n" + "\n".join(missing)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("hallo", Intent.GREET),
        ("buna ziua", Intent.GREET),
        ("salam", Intent.GREET),
        ("Здравейте!", Intent.GREET),
        ("danke", Intent.THANKS),
        ("multumesc", Intent.THANKS),
        ("👍", Intent.THANKS),
        ("tschüss", Intent.BYE),
        ("ich will mit einem menschen sprechen", Intent.HUMAN),
        ("vreau sa vorbesc cu un om", Intent.HUMAN),
        ("wo seid ihr", Intent.WHERE),
        ("unde sunteti", Intent.WHERE),
        ("wann habt ihr offen", Intent.HOURS),
        ("termin buchen", Intent.BOOK),
        ("termin absagen", Intent.CANCEL),
        ("cancel my appointment", Intent.CANCEL),
        ("sprache ändern", Intent.LANGUAGE),
        ("yardım", Intent.HELP),
    ],
)
def test_everyday_requests_are_recognised(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("romaneste", "ro"),
        ("limba romana", "ro"),
        ("rumänisch", "ro"),
        ("arabi", "ar"),
        ("عربي", "ar"),
        ("farsi", "fa"),
        ("bulgarski", "bg"),
        ("tiganeste", "rom"),
        ("romani", "rom"),  # one letter from "romana": the exact name wins
    ],
)
def test_a_language_named_in_any_common_form_asks_for_it(message: str, language: str) -> None:
    found = PHRASES.find(message)
    assert (found.intent, found.target) == (Intent.LANGUAGE, language)


def test_a_greeting_before_a_question_leaves_the_question() -> None:
    found = PHRASES.find("hallo wann ist der deutschkurs")
    assert found.intent is None and found.social is Intent.GREET
    assert found.rest == "wann ist der deutschkurs"


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("da", YesNo.YES),
        ("ja", YesNo.YES),
        ("evet", YesNo.YES),
        ("так", YesNo.YES),
        ("نعم", YesNo.YES),
        ("ok", YesNo.YES),
        ("nu", YesNo.NO),
        ("hayır", YesNo.NO),
        ("da, cand e cursul", None),  # more than an answer
    ],
)
def test_typed_yes_and_no(message: str, answer: YesNo | None) -> None:
    assert PHRASES.yes_no(message) is answer
