"""Offers and staff answers in the forms the tenth round added (issue 11): a filler word beside
a need, asking whether there is room, an offer's name typed by ear with an ending, a passport
of any EU country, clothes and mending, a job named by what one did, an interpreter asked for
beside weak German. Lines here are none of the evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome

CARD = (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)


def _answer(understander: Understander, snapshot: Snapshot, text: str, language: str) -> str:
    understood = understander.understand(text, snapshot, Context(language))
    if understood.outcome is Outcome.FAQ:
        return f"faq:{understood.faq}"
    return f"{understood.outcome.value}:{understood.answer}"


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        # filler words: "eigentlich", "всъщност", "вообще" are no topic of their own
        ("eigentlich suche ich arbeit, wer berät mich", "de", "welcome-europe"),
        ("всъщност търся работа, кой ще ме посъветва", "bg", "welcome-europe"),
        ("вообще хочу выучить немецкий язык", "ru", "german-course"),
        # room: "noch Plätze", "места", "جا" ask about any offer
        ("deutschkurs am mittwoch, noch plätze?", "de", "german-course"),
        ("курсы немецкого в четверг, места есть?", "ru", "german-course"),
        # a passport of any EU country beside work
        ("I have a Danish passport and I am looking for work", "en", "welcome-europe"),
        ("у меня эстонский паспорт, ищу работу", "ru", "welcome-europe"),
        ("am pasaport suedez, caut de lucru", "ro", "welcome-europe"),
        # clothes and mending
        ("the sleeve of my coat is torn, where can I sew it", "en", "sewing-cafe"),
        ("трябва да скъся палтото на мъжа ми", "bg", "sewing-cafe"),
        ("нужно заштопать джинсы сыну", "ru", "sewing-cafe"),
        # a job named by what one did
        ("ich bin kellner und suche eine andere arbeit", "de", "welcome-europe"),
    ],
)
def test_a_described_need_gets_its_offer(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    assert _answer(understander, snapshot, message, language) == f"answered:{offer}"


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        ("doichkursat v sryada", "bg", "german-course"),  # Bulgarian article on the name
        ("Нехкафето в събота?", "bg", "sewing-cafe"),
        ("nekhkafeto v sabota", "bg", "sewing-cafe"),
    ],
)
def test_an_offers_name_typed_by_ear_with_an_ending_gets_its_card(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome in CARD
    assert understood.answer == offer


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("ich brauche einen dolmetscher, mein deutsch ist schwach", "de"),
        ("нужен переводчик, немецкий знаю плохо", "ru"),
        ("tercüman lazım, almancam kötü", "tr"),
        ("bidi mutarjem, almani da3if", "ar"),
    ],
)
def test_an_interpreter_asked_for_beside_weak_german_gets_the_interpreter_answer(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    assert _answer(understander, snapshot, message, language) == "faq:interpreter"


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("actually I just wanted to say hi to my cat", "en"),
        ("gibt es im zug noch freie plätze", "de"),
        ("mein dänischer nachbar ist nett", "de"),
        ("where can I buy cheap jeans", "en"),
    ],
)
def test_words_of_these_needs_in_another_matter_get_no_card(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome not in CARD
