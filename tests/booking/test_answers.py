"""What people type at the booking's questions: the first name without the words around it."""

from __future__ import annotations

import pytest

from bot.booking.answers import first_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kazvam se Petya", "Petya"),
        ("Казвам се Петя", "Петя"),
        ("imeto mi e Petya", "Petya"),
        ("az sam Petya", "Petya"),
        ("my name is Ana", "Ana"),
        ("I'm Ana", "Ana"),
        ("i am Ana Maria", "Ana Maria"),
        ("ich heiße Lena", "Lena"),
        ("Ich bin Lena", "Lena"),
        ("Mein Name ist Anna-Lena", "Anna-Lena"),
        ("ma numesc Ioana", "Ioana"),
        ("mă cheamă Ioana", "Ioana"),
        ("numele meu e Ioana", "Ioana"),
        ("benim adim Ayşe", "Ayşe"),
        ("adım Ayşe", "Ayşe"),
        ("меня зовут Оля", "Оля"),
        ("menya zovut Olya", "Olya"),
        ("мене звати Оксана", "Оксана"),
        ("mene zvaty Oksana", "Oksana"),
        ("اسمي فاطمة", "فاطمة"),
        ("esmi Fatima", "Fatima"),
        ("ismi Fatima", "Fatima"),
        ("اسمم رضا", "رضا"),
        ("esmam Reza", "Reza"),
        ("mo anav si Florin", "Florin"),
        ("man bushol Florin", "Florin"),
        ("Казвам се, Петя", "Петя"),
    ],
)
def test_the_words_introducing_a_name_are_not_the_name(text: str, name: str) -> None:
    """Found in a trial: "kazvam se Petya" (my name is Petya) was kept as the name."""
    assert first_name(text) == name


@pytest.mark.parametrize("text", ["Petya", "Ana Maria", "Sunita", "Ismail"])
def test_a_name_alone_stays_as_typed(text: str) -> None:
    assert first_name(text) == text


@pytest.mark.parametrize("text", ["my name is", "kazvam se", "меня зовут", "ich heiße"])
def test_the_words_alone_are_no_name(text: str) -> None:
    assert first_name(text) is None
