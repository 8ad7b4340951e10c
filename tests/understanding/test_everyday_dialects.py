"""Everyday requests in the forms the twenty-third blind set found weakest (issue 11, round 24),
read by the whole understanding without the model: Iraqi, Sudanese, Gulf and Egyptian Arabic
in script and Arabizi, Dari and Finglish, Romanian regional forms, Romani; a second clause
that asks where after "how are you"; Latin-typed Bulgarian that only folds to a greeting.
None of the rows is a line of the evaluation sets or the probes. Rows stand in lists named for
the form they show; each row's id is that form and the language of the chat."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent
from tests.understanding.answers import by_form, request

SURELY_READ = [
    *by_form(
        "iraqi-gulf-sudanese-where-and-when-open",
        ("wayn intu bil dhabut", "ar", Intent.WHERE),
        ("وينكم يا جماعة", "ar", Intent.WHERE),
        ("mata taftahun", "ar", Intent.HOURS),
        ("متين بتفتحو يوم السبت", "ar", Intent.HOURS),
    ),
    *by_form(
        "iraqi-and-sudanese-i-want",
        ("areed maw3id ya jama3a", "ar", Intent.BOOK),
        ("dayir maw3ed ba3d bachir", "ar", Intent.BOOK),
    ),
    *by_form(
        "iraqi-speak-with-and-what-can-you-do",
        ("agdar ahchi wiya wahid", "ar", Intent.HUMAN),
        ("shinu tigdarun tsawwun ilna", "ar", Intent.HELP),
    ),
    *by_form("egyptian-thanks", ("metshakkera awi", "ar", Intent.THANKS)),
    *by_form(
        "dari-are-you-open-and-god-keep-you",
        ("امروز باز استین", "fa", Intent.HOURS),
        ("ba amane khuda", "fa", Intent.BYE),
    ),
    *by_form(
        "romanian-giving-up-or-asking-about-the-appointment",
        ("renunt la programarea de joi", "ro", Intent.CANCEL),
        ("am o programare?", "ro", Intent.CANCEL),
        # "to have" after "want" books one
        ("as vrea sa am o programare", "ro", Intent.BOOK),
    ),
    *by_form(
        "how-are-you-then-where",
        ("how are you, where are you", "en", Intent.WHERE),
        ("كيفكم، وينكم", "ar", Intent.WHERE),
    ),
    *by_form(
        "romani-we-speak-and-help-me",
        ("šaj vakeras romanes?", "rom", Intent.LANGUAGE),
        ("ažutin man, na hajvav", "rom", Intent.HELP),
    ),
    # a Latin formula typed as listed is still one after another word
    *by_form("formula-as-listed", ("ciao szia", "rom", Intent.GREET)),
]


@pytest.mark.parametrize(("text", "language", "intent"), SURELY_READ)
def test_an_everyday_request_in_a_weak_form_is_surely_read(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    assert request(understander, snapshot, text, language) is intent


@pytest.mark.parametrize(
    ("text", "language"),
    by_form(
        "latin-typed-bulgarian-folding-to-a-greeting",
        ("iskam da shiya", "bg"),
        ("mama iska da shiya", "bg"),
    ),
)
def test_a_word_that_only_folds_to_a_greeting_after_another_is_no_greeting(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.intent is not Intent.GREET
