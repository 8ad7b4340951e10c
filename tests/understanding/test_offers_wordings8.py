"""Typed answers, offers and follow-ups in the forms the eighth round added (issue 11): a yes
said as "as you say", "let's go" or "deal", a no said as "forget it" or "skip it". Lines here
are none of the evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.understanding import Understander
from bot.understanding.result import YesNo

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


@pytest.mark.parametrize(
    "message",
    [
        "wie ihr meint, ja",
        "sure, up to you",
        "da, cum vreti voi",
        "как хотите, да",
        "sar kames, va",
        "هر جور شما بگید",
    ],
)
def test_a_yes_said_as_you_wish(message: str) -> None:
    assert PHRASES.yes_no(message) is YesNo.YES


@pytest.mark.parametrize(
    "message",
    ["gebongt", "done deal", "хайде, дадено", "ittafa2na yalla", "погнали, так"],
)
def test_a_yes_said_as_lets_go_or_deal(message: str) -> None:
    assert PHRASES.yes_no(message) is YesNo.YES


@pytest.mark.parametrize(
    "message",
    [
        "nein, lass gut sein",
        "nah, scratch that",
        "nu, las-o balta",
        "ні, забудьте",
        "vazgeçtim",
        "bikhial",
    ],
)
def test_a_no_said_as_forget_it(message: str) -> None:
    assert PHRASES.yes_no(message) is YesNo.NO


@pytest.mark.parametrize("message", ["ja, vergiss es", "да, забей", "let's go, no"])
def test_a_yes_beside_forget_it_is_no_answer(message: str) -> None:
    assert PHRASES.yes_no(message) is None
