"""Offer words read in their own language (u-ownlang34, session 34): a keyword word that folds
to another language's stop word (Turkish "iş", work, is English "is"; German "EU" Romanian "eu",
I) makes no card in that other language ("is he here", "wer is da", "si eu vreau"), and Turkish
typed without its letters still gets the work counselling ("kardesime is lazim"). See
``BORROWED_WORDS_NOTE`` in bot/matching/matcher.py. None is a line of the evaluation sets or
the probes."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Understander
from tests.understanding.answers import by_form, card

NO_CARD = [
    *by_form(
        "is-in-english-and-german",
        ("who is it for", "en"),
        ("is he here", "en"),
        ("this is me", "en"),
        ("wer is da", "de"),
    ),
    *by_form("romanian-eu-is-i", ("si eu vreau", "ro"), ("eu nu pot", "ro")),
]


@pytest.mark.parametrize(("text", "language"), NO_CARD)
def test_another_languages_small_word_gets_no_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert card(understander, snapshot, text, language) is None


CARDS = [
    *by_form(
        "turkish-is-typed-for-is",
        ("kardesime is lazim", "tr", "welcome-europe"),
        ("is lazim bize", "tr", "welcome-europe"),
        ("is yok mu", "tr", "welcome-europe"),
    ),
    *by_form("the-eu-beside-german-words", ("wir kommen aus der eu", "de", "welcome-europe")),
]


@pytest.mark.parametrize(("text", "language", "offer"), CARDS)
def test_the_word_in_its_own_language_gets_its_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert card(understander, snapshot, text, language) == offer


def test_a_borrowed_word_alone_only_suggests_its_offer(snapshot: Snapshot) -> None:
    """ "is" and "eu" alone say no language: a "did you mean", no card; "iş" with its own
    letters is Turkish."""
    for alone in ("is", "eu", "яке?"):
        result = snapshot.matcher.match(alone)
        assert result.top is not None and not result.confident
        assert result.top.score < 75
    typed = snapshot.matcher.match("iş").top
    assert typed is not None and typed.score == 100
