"""Offers and follow-ups in the forms the thirteenth offers round added (issue 11): an offer's
name typed in another spelling system, heard by its sound key (bot/matching/sound.py); another
offer called by its name right after a card; papers asked for a visit after a card; speakers
of a language beside a word for who may come. Lines here are none of the evaluation sets' or
probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome
from tests.support.follow_ups import follow_up


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        ("nay cafe open today?", "en", "sewing-cafe"),
        ("dojczkurs kiedy", "rom", "german-course"),
        ("şprehştunde saat kaçta", "tr", "office-hours"),
        ("فيلكمن اوروبا وين مكانه", "ar", "welcome-europe"),
        ("نیکافه کی بازه", "fa", "sewing-cafe"),
    ],
)
def test_an_offer_name_in_another_spelling_system_gets_its_card_directly(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    # Before: "did you mean", or the card with "not what you meant?" at best.
    understood = understander.understand(message, snapshot, Context(language))
    assert (understood.outcome, understood.answer) == (Outcome.ANSWERED, offer)


@pytest.mark.parametrize(
    ("message", "language"), [("unde e doicikursul", "ro"), ("deuczkurs wo", "de")]
)
def test_an_offer_name_heard_alone_with_an_ending_gets_its_card(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    # Before: "Sorry, I don't know that yet". The name alone, heard by ear, is never sure: its
    # card comes with "not what you meant?".
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome in (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)
    assert understood.answer == "german-course"


@pytest.mark.parametrize(
    ("message", "language", "after"),
    [
        ("what is this willkomen europe about", "en", "sewing-cafe"),
        ("a chto takoe Willkommen Europa?", "ru", "german-course"),
        ("ce inseamna willkomen europa?", "ro", "parents-cafe"),
    ],
)
def test_another_offer_called_by_its_name_after_a_card_is_a_new_topic(
    understander: Understander, snapshot: Snapshot, message: str, language: str, after: str
) -> None:
    # "europa" begins with "euro", a cost cue: it asked the cost of the offer just shown.
    understood = understander.understand(message, snapshot, Context(language, after))
    assert understood.outcome is not Outcome.FOLLOW_UP
    assert understood.answer == "welcome-europe"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("which documents do i need when i go there", "en"),
        ("welche papiere brauche ich, wenn ich dorthin gehe", "de"),
        ("ce documente trebuie cand merg acolo", "ro"),
        ("какие бумаги нужны, когда пойду туда", "ru"),
    ],
)
def test_papers_for_going_there_after_a_card_ask_what_to_bring(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert follow_up(understander, snapshot, text, language, "office-hours") == "bring"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("are there women there who speak farsi", "en"),
        ("gibt es da männer, die arabisch verstehen?", "de"),
        ("sunt acolo barbati care inteleg turceste?", "ro"),
        ("sind da mütter, die sorani sprechen?", "de"),  # a Kurdish dialect by its own name
        ("ima li tam zheni, koito govoryat kurmandzhi", "bg"),
    ],
)
def test_speakers_of_a_language_ask_which_languages_not_who_may_come(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert follow_up(understander, snapshot, text, language, "parents-cafe") == "languages"
