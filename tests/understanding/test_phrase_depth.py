"""How far apart a phrase's words may stand (issue 11): a booking said whole after a story is a
booking, not the two words of a shorter phrase found across the message ("i came with MY family
and i want to make an APPOINTMENT" cancels no "my appointment"), and "and" with a wish begins a
clause of its own, as after a comma. Rows are no line of the evaluation sets or the probes."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Understander
from bot.understanding.phrases import PhraseIndex, parse
from bot.understanding.result import Intent
from tests.understanding.answers import by_form, request


@pytest.mark.parametrize(
    ("text", "language"),
    [
        *by_form(
            "a-story-and-a-wish",
            ("i came yesterday with my family and i want to make an appointment", "en"),
            ("we moved here last month with my kids and i would like to make an appointment", "en"),
            ("am venit ieri din romania cu familia si vreau sa fac o programare", "ro"),
            ("lucrez la curatenie cu sotul meu si as vrea o programare", "ro"),
            (
                "wir sind seit einer woche hier mit meiner frau und ich möchte einen termin machen",
                "de",
            ),
            ("jaum ando Dortmund mire chavorenca thaj kamav jekh termino", "rom"),
            ("جيت مع عيلتي من سوريا وبدي احجز موعد", "ar"),
        ),
        # Said with "and" before, as before: Slavic wishes were read already.
        *by_form(
            "slavic-story-and-a-wish",
            ("дойдох с мъжа ми миналата седмица и искам да си запиша час", "bg"),
            ("ми приїхали з родиною і хочу записатися на прийом", "uk"),
        ),
    ],
)
def test_a_booking_said_whole_after_a_story_books(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert request(understander, snapshot, text, language) is Intent.BOOK


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    by_form(
        "the-wish-is-the-request",
        ("i want to cancel my appointment and i want a new one", "en", Intent.CANCEL),
        ("am o programare si vreau sa o anulez", "ro", Intent.CANCEL),
        ("ich bin neu hier und ich möchte mit einem menschen sprechen", "de", Intent.HUMAN),
    ),
)
def test_and_a_wish_keeps_what_is_asked(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    assert request(understander, snapshot, text, language) is intent


def _index() -> PhraseIndex:
    phrases = [
        *parse("my appointment", "cancel", "en"),
        *parse("make an appointment", "book", "en"),
        *parse("other appointment", "book", "en"),
    ]
    return PhraseIndex(phrases, whole_phrases_keep_words=True)


def _keys(text: str) -> set[str]:
    return {str(hit.phrase.key) for hit in _index().find(text)}


def test_a_spread_phrase_gives_way_to_a_longer_one_said_whole_that_it_borrows_from() -> None:
    assert _keys("with my family i want to make an appointment") == {"book"}


def test_a_phrase_said_whole_or_as_long_keeps_its_words() -> None:
    assert _keys("please cancel my appointment") == {"cancel"}
    # "my appointment" is found apart around "other appointment", as long as it
    assert _keys("my other appointment") == {"cancel", "book"}


def test_without_the_option_every_phrase_is_found() -> None:
    index = PhraseIndex([*parse("my appointment", "cancel"), *parse("make an appointment", "b")])
    found = {str(hit.phrase.key) for hit in index.find("my family, make an appointment")}
    assert found == {"cancel", "b"}
