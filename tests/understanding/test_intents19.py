"""Everyday requests in the forms people type them (issue 11, seventeenth round, u-intents19):
a wish of health beside a greeting, help asked by someone new, a booking asked at the end of a
story, a greeting to the team, a sentence about someone else, choosing another language in
the chat, and word forms of Romanian, Turkish, Ukrainian, Persian and German. Lines here are none
of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome


def _intent(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> Intent | None:
    return understander.understand(text, snapshot, Context(language)).intent


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        # a wish of health beside a greeting greets; alone or beside thanks it thanks
        ("buna seara la toti, multa sanatate", "ro", Intent.GREET),
        ("добрий вечір, міцного здоров'я вам", "uk", Intent.GREET),
        ("sanatate multa va doresc", "ro", Intent.THANKS),
        ("mersi mult, multa sanatate", "ro", Intent.THANKS),
    ],
)
def test_a_wish_of_health_beside_a_greeting_greets(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    assert _intent(understander, snapshot, text, language) is intent


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ajutati-ma, sunt noua aici si nu stiu cum merge chatul", "ro"),
        ("допоможіть, я тут вперше і нічого не розумію", "uk"),
    ],
)
def test_help_asked_by_someone_new_is_help_not_a_greeting(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    """Asked "help me, I'm new here", the person asks how the bot works, they are not introducing
    themselves (help lists what the bot can do; a greeting would only greet back)."""
    assert _intent(understander, snapshot, text, language) is Intent.HELP


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "baiatul merge la gradinita, locuim in nordstadt de o luna si eu stau acasa, "
            "as vrea sa imi fac o programare la voi",
            "ro",
        ),
        (
            "kocam fabrikada calisiyor, kizim okula gidiyor, ben evde oturuyorum, "
            "bana randevu verebilir misiniz",
            "tr",
        ),
    ],
)
def test_a_booking_asked_at_the_end_of_a_story_books(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    """The story before the booking is the reason for it; a place named further back in it
    (the kindergarten, the husband's factory) is not where the booking is."""
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.BOOK


def test_a_greeting_to_the_team_asks_for_no_one(
    understander: Understander, snapshot: Snapshot
) -> None:
    assert _intent(understander, snapshot, "guten morgen an alle vom team", "de") is Intent.GREET
    # someone of the team asked for is still a person wanted
    assert _intent(understander, snapshot, "hallo, kann ich jemand vom team sprechen", "de") is (
        Intent.HUMAN
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("моя соседка работает до шести", "ru"),
        ("sotia mea lucreaza la magazin pana duminica", "ro"),
        ("dukkan pazartesi gunleri kapali", "tr"),
    ],
)
def test_a_sentence_about_someone_else_is_no_request(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    """Six ("шести") is no folded "щасти" (good luck, goodbye); a shop's hours are not ours."""
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.outcome is not Outcome.INTENT


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("where can i select a different language", "en", Intent.LANGUAGE),
        ("sohbette dili baska dile cevirebilir miyim", "tr", Intent.LANGUAGE),
        ("ula burda insan yok mu", "tr", Intent.HUMAN),
        ("randevuya nereden yazilir", "tr", Intent.BOOK),
        ("до скількох ви завтра робите?", "uk", Intent.HOURS),
        ("میتونیم فارسی صحبت کنیم؟", "fa", Intent.LANGUAGE),
        ("ich will lieber direkt mit einer beraterin schreiben geht das", "de", Intent.HUMAN),
        ("gata, numa bine si sanatate", "ro", Intent.BYE),
    ],
)
def test_word_forms_of_everyday_requests(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    assert _intent(understander, snapshot, text, language) is intent
