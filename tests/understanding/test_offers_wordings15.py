"""Offers, FAQ and follow-ups in the forms the fifteenth offers round fixed (issue 11): Latin
letters inside a Cyrillic word, Latin-typed Cyrillic with an ending, something to bring for a
child. Lines here are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.matching.normalize import normalize
from bot.understanding import Context, Understander


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("снiданок", "сніданок"),  # a Latin i in a Ukrainian word
        ("Iграшки", "іграшки"),
        ("мaмa", "мама"),  # Latin a
        ("дойчkurs", "доичkurs"),  # other Latin letters: left as typed
        ("kino i teatr", "kino i teatr"),  # Latin words stay Latin
    ],
)
def test_latin_look_alikes_inside_a_cyrillic_word_are_read_as_cyrillic(
    typed: str, expected: str
) -> None:
    assert normalize(typed) == expected


def test_a_ukrainian_need_typed_with_a_latin_i_finds_its_offer(
    understander: Understander, snapshot: Snapshot
) -> None:
    # Before: "did you mean", "поснiдати" was no word of the breakfast's "поснідати".
    understood = understander.understand("хочу поснiдати разом з людьми", snapshot, Context("uk"))
    assert understood.candidates[0].offer_id == "romanian-breakfast"


@pytest.mark.parametrize(
    ("message", "offer"),
    [
        # "maikite" (the mothers): "mayki" of "майки" with the article
        ("kade se sabirat maikite", "parents-cafe"),
        ("kade se sreshtat maikite s bebetata", "parents-cafe"),
        # "shveinoy mashinkoy": "shveinaya mashinka" in the instrumental
        ("shveinoy mashinkoy", "sewing-cafe"),
    ],
)
def test_latin_typed_cyrillic_with_an_ending_shares_the_keywords_stem(
    snapshot: Snapshot, message: str, offer: str
) -> None:
    matched = snapshot.matcher.match(message)
    assert matched.top is not None and matched.top.offer_id == offer
    assert matched.top.score >= 75  # a card at least


@pytest.mark.parametrize(
    ("message", "language", "topic"),
    [
        ("для дитини щось треба брати з собою?", "uk", "bring"),
        ("for my little one do I need to bring anything", "en", "bring"),
        ("trebuie sa aduc ceva pentru copil?", "ro", "bring"),
        # the child is what is brought: who may come
        ("можно прийти с ребенком?", "ru", "children"),
        ("pot sa aduc si copilul?", "ro", "children"),
    ],
)
def test_something_to_bring_for_a_child_asks_what_to_bring(
    understander: Understander, snapshot: Snapshot, message: str, language: str, topic: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language, "parents-cafe"))
    assert understood.follow_up is not None
    assert understood.follow_up.topic == topic
