"""Everyday requests in the forms people type them (issue 11, eighteenth round, u-intents20):
a person who says they cannot speak a language is asked which one they want, a goodbye that
says "I'm off" is no cancelling, and word forms of Ukrainian (surzhyk), Arabic (Levantine and
Algerian), Persian (Dari), Bulgarian and Romani. Lines here are none of the evaluation sets'
or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome, Understanding


def _understand(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> Understanding:
    return understander.understand(text, snapshot, Context(language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("nu vorbesc romana", "ro"),
        ("eu nu stiu romaneste deloc", "ro"),
        ("i do not speak romanian", "en"),
        ("я не понимаю по-румынски", "ru"),
        ("rumence bilmiyorum", "tr"),
        ("не говоря руски", "bg"),
        ("ana ma bahki turki", "ar"),
    ],
)
def test_a_language_denied_asks_which_one_is_wanted(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    """Saying "I don't speak Romanian" gets the language picker with no language put first (the
    denied one used to be offered first), never a card for a word like "romana"."""
    understood = _understand(understander, snapshot, text, language)
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.LANGUAGE
    assert understood.target_language is None


@pytest.mark.parametrize(
    ("text", "language", "target"),
    [
        ("nu inteleg rusa, scrieti in romana", "ro", "ro"),
        ("i dont read bulgarian, turkish please", "en", "tr"),
    ],
)
def test_a_language_asked_for_beside_one_denied_is_the_one_asked_for(
    understander: Understander, snapshot: Snapshot, text: str, language: str, target: str
) -> None:
    understood = _understand(understander, snapshot, text, language)
    assert understood.intent is Intent.LANGUAGE
    assert understood.target_language == target


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i really dont speak german", "en"),
        ("nu vorbesc germana", "ro"),
    ],
)
def test_no_german_still_gets_the_answer_that_one_may_come_without_it(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = _understand(understander, snapshot, text, language)
    assert understood.outcome is Outcome.FAQ
    assert understood.faq == "without-german"


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        # "I'm off / I withdraw" beside a goodbye takes leave; from a list it cancels
        ("bine, ma retrag acum, pa", "ro", Intent.BYE),
        ("as vrea sa ma retrag de pe lista de joi", "ro", Intent.CANCEL),
        ("ramai cu bine si mersi", "ro", Intent.BYE),
        # surzhyk and Latin-typed forms
        ("отмініть будь ласка мою запись", "uk", Intent.CANCEL),
        ("alghi el maw3ad law sama7t", "ar", Intent.CANCEL),
        ("ma3 essalama ya jama3a", "ar", Intent.BYE),
        ("ya3tik essaha 3la kolchi", "ar", Intent.THANKS),
        ("نوبتمو پاک کنید لطفا", "fa", Intent.CANCEL),
        ("روز تان بخیر دوستان", "fa", Intent.GREET),
        ("не намирам къде е входът", "bg", Intent.WHERE),
        ("na zhanav kaj sen tumen", "rom", Intent.WHERE),
    ],
)
def test_word_forms_of_everyday_requests(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    assert _understand(understander, snapshot, text, language).intent is intent
