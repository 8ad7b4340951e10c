"""Everyday requests in the forms people type them (issue 11, twenty-first round, u-intents23):
Ruhrpott German ("getz", "kannze", "tschökes", "ich mach schluss"), a language asked for
"everything in" it, the Latin-typed Arabic article typed apart as each person hears it ("al",
"el"), a greeting typed with a typo and said to the people of the centre, "and on Saturday?"
with "and" typed onto the article, words of Georgian and Armenian in Russian messages, and
"romanca" in the Romanian chat. Lines here are none of the evaluation sets' or probes' lines."""

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
    ("text", "language", "intent"),
    [
        ("so leute, ich mach getz schluss", "de", Intent.BYE),
        ("tschökes ihr lieben", "de", Intent.BYE),
        ("wozu seid ihr eigentlich da", "de", Intent.HELP),
        ("gibbet da jemand von team", "de", Intent.HUMAN),
        ("ok i have to run, see you another time", "en", Intent.BYE),
        ("didi madloba, batono", "ru", Intent.THANKS),
        ("gamarjoba, genatsvale", "ru", Intent.GREET),
        ("есть кто нибудь живой? напишите", "ru", Intent.HUMAN),
    ],
)
def test_spoken_forms_and_neighbours_words_are_the_request(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    """Each got "I don't know" (or the opening hours): the Ruhrpott forms, the Georgian thanks
    and greeting, a goodbye "see you another time" read as moving an appointment."""
    understood = _understand(understander, snapshot, text, language)
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is intent


@pytest.mark.parametrize(
    ("text", "language", "target"),
    [
        ("schreib ruhig alles auf deutsch, ich will üben", "de", "de"),
        ("искам всичко на руски език", "bg", "ru"),
        ("lets do it in german from now on", "en", "de"),
        ("7otli kolchi bel allemand", "ar", "de"),
    ],
)
def test_everything_in_a_language_asks_for_it(
    understander: Understander, snapshot: Snapshot, text: str, language: str, target: str
) -> None:
    """Asking for "everything in German" asks for the chat in German, also to practise it; it
    got the German course, the staff answer on interpreters or "did you mean"."""
    understood = _understand(understander, snapshot, text, language)
    assert understood.intent is Intent.LANGUAGE
    assert understood.target_language == target


def test_learning_a_language_still_names_the_course(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = _understand(understander, snapshot, "wo kann ich deutsch lernen", "de")
    assert understood.intent is not Intent.LANGUAGE


@pytest.mark.parametrize("text", ["wein al maktab?", "wen il maktab bta3kom"])
def test_the_article_typed_apart_any_way_asks_where(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    """Typed "wen el maktab" was understood, "wen al maktab" was not."""
    understood = _understand(understander, snapshot, text, "ar")
    assert understood.intent is Intent.WHERE


def test_a_greeting_with_a_typo_said_to_the_centre_greets(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = _understand(understander, snapshot, "salamu 3alekom ya jama3a al markaz", "ar")
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.GREET


def test_and_on_saturday_with_and_typed_onto_the_article(
    understander: Understander, snapshot: Snapshot
) -> None:
    """Typed "wil sabt?" after a card asks for Saturday (it got the staff answer on booking: Persian
    "sabt" registers)."""
    understood = _understand(understander, snapshot, "wil sabt?", "ar", "sewing-cafe")
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None
    assert understood.follow_up.topic == "when"
    assert understood.follow_up.weekday == 5


@pytest.mark.parametrize(
    ("text", "language", "target"),
    [
        ("puteti sa-mi scrieti in romanca?", "ro", "ro"),
        ("romanca yazabilir misiniz", "tr", "rom"),
        ("in romanes sau in romanca, cum vreti", "ro", "rom"),
    ],
)
def test_romanca_in_the_romanian_chat_is_romanian(
    understander: Understander, snapshot: Snapshot, text: str, language: str, target: str
) -> None:
    """A Romanian typing "romanca" (româncă without its marks) asks for Romanian; a Turk typing
    it asks for Romani, and so does a Romanian naming "romanes" beside it."""
    understood = _understand(understander, snapshot, text, language)
    assert understood.intent is Intent.LANGUAGE
    assert understood.target_language == target
