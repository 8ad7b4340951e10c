"""Everyday requests and follow-ups in the forms people type them (issue 11, nineteenth round,
u-intents21): a weekday is never a request word with a typo ("السبت", Saturday, is no
"البوت", the bot), a greeting typed with a typo beats a request read only by its consonants,
"is anyone here?" greets in every language, and Persian asks the bot whether it knows a
language in the singular ("فارسی بلدی؟"). Lines here are none of the evaluation sets' or
probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome, Understanding


def _understand(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    language: str,
    after: str | None = None,
) -> Understanding:
    return understander.understand(text, snapshot, Context(language, after))


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("والسبت؟", "sewing-cafe"),
        ("السبت", "german-course"),
        ("طب والسبت", "parents-cafe"),
    ],
)
def test_saturday_after_a_card_is_asked_from_the_schedule(
    understander: Understander, snapshot: Snapshot, text: str, after: str
) -> None:
    """Asking "and Saturday?" right after a card is answered from that offer's days (it got what the
    bot can do: "السبت" was read as "البوت", the bot, with a typo)."""
    understood = _understand(understander, snapshot, text, "ar", after)
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None
    assert understood.follow_up.offer_id == after
    assert understood.follow_up.topic == "when"
    assert understood.follow_up.weekday == 5


def test_saturday_alone_is_no_question_about_the_bot(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = _understand(understander, snapshot, "السبت", "ar")
    assert understood.intent is not Intent.HELP


@pytest.mark.parametrize("text", ["ahlain", "ahlain ya jama3a", "ahlain ya shabab, kifkom"])
def test_a_greeting_with_a_typo_is_no_request_read_by_its_consonants(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    """Typed "ahlain" is "ahlein" (hello) with a typo; only its consonants h-l-n are Darija "7allin"
    (open): a greeting, not the opening hours."""
    understood = _understand(understander, snapshot, text, "ar")
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.GREET


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("алло, є тут хтось?", "uk"),
        ("добрий день, хтось тут є?", "uk"),
        ("здравствуйте, есть тут кто-нибудь?", "ru"),
        ("مرحبا، في حدا هون؟", "ar"),
        ("fi 7ada hon?", "ar"),
        ("سلام، کسی اینجا هست؟", "fa"),
        ("hallo, ist hier jemand?", "de"),
        ("ало, има ли някой тук?", "bg"),
        ("selam, burada kimse var mı?", "tr"),
    ],
)
def test_is_anyone_here_greets(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    """Asking "is anyone here?" in the chat is a hello (it got the opening hours in Ukrainian
    and Russian: "є хтось" asks who is at the office)."""
    understood = _understand(understander, snapshot, text, language)
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.GREET


def test_someone_at_the_office_on_a_day_is_still_the_opening_hours(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = _understand(understander, snapshot, "чи є хтось в офісі в суботу?", "uk")
    assert understood.intent is Intent.HOURS


@pytest.mark.parametrize(
    "text",
    ["تو فارسی بلدی؟", "dari balad hasti?", "farsi harf mizani?", "فارسی بلد هستی"],
)
def test_do_you_know_persian_asks_for_persian(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    """Asking the bot in the singular whether it knows Persian or Dari gets the language picker
    with Persian first (it was "I don't know" or a "did you mean")."""
    understood = _understand(understander, snapshot, text, "fa")
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.LANGUAGE
    assert understood.target_language == "fa"
