"""Forms behind misreadings found when people tried the bot (issue 11, fifteenth round):
Arabizi question words, an Arabizi weekday beside a Tajik word romanised alike, the offer's own
noun inflected in a question about it, a glide typed as "i" in a consonant skeleton, Romani
"help the people" and a thanks said for "we". Lines here are none of the evaluation sets' or
probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.phrases import latin_skeleton
from bot.understanding.result import Intent, Outcome
from tests.support.follow_ups import follow_up


def test_a_glide_typed_as_i_stands_where_it_is_typed() -> None:
    """Finglish "nemiam", "nemiyam", "nmiam" (I am not coming) are one word; Latin-typed
    Bulgarian "niamam" (нямам, I have not) has its glide after the n, so it is another."""
    assert latin_skeleton("nemiam") == latin_skeleton("nemiyam") == latin_skeleton("nmiam")
    assert latin_skeleton("niamam") != latin_skeleton("nemiam")


@pytest.mark.parametrize(
    ("text", "language", "cancels"),
    [
        ("niamam kola, kak da doida", "bg", False),
        ("niamam nikakvi dokumenti", "bg", False),
        ("man farda nmiam", "fa", True),
        ("nemiyam emruz", "fa", True),
    ],
)
def test_latin_typed_bulgarian_is_no_finglish_cancelling(
    understander: Understander, snapshot: Snapshot, text: str, language: str, cancels: bool
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert (understood.intent is Intent.CANCEL) is cancels


@pytest.mark.parametrize(
    ("text", "after", "topic"),
    [
        ("addeh ha2ha?", "parents-cafe", "cost"),
        ("w b2addesh el kurs?", "german-course", "cost"),
        ("bikam?", "sewing-cafe", "cost"),
        ("w el gom3a?", "german-course", "when"),
        ("yom el khamis fi?", "sewing-cafe", "when"),
        ("fi shi yom sabt?", "office-hours", "when"),
        ("ay lugha byehku?", "parents-cafe", "languages"),
    ],
)
def test_arabizi_question_words_ask_about_the_offer_shown(
    understander: Understander, snapshot: Snapshot, text: str, after: str, topic: str
) -> None:
    assert follow_up(understander, snapshot, text, "ar", after) == topic


def test_a_tajik_word_for_registration_still_asks_about_booking(
    understander: Understander, snapshot: Snapshot
) -> None:
    assert follow_up(understander, snapshot, "сабт кардан даркор?", "fa", "german-course") == (
        "booking"
    )


@pytest.mark.parametrize("text", ["be2adde?", "2addesh el ishtirak?"])
def test_arabizi_how_much_without_a_card_is_the_staff_answer_on_costs(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    understood = understander.understand(text, snapshot, Context("ar"))
    assert (understood.outcome, understood.faq) == (Outcome.FAQ, "free")


@pytest.mark.parametrize(
    ("text", "language", "after"),
    [
        ("kursta hangi dillerde ders veriliyor", "tr", "german-course"),
        ("kafede hangi diller konuşuluyor", "tr", "sewing-cafe"),
        ("what language is the class in", "en", "german-course"),
    ],
)
def test_the_offers_own_noun_inflected_is_about_the_offer_shown(
    understander: Understander, snapshot: Snapshot, text: str, language: str, after: str
) -> None:
    assert follow_up(understander, snapshot, text, language, after) == "languages"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("sosa ažutin tumen le manušenge?", Intent.HELP),  # with what do you help people
        ("kamav te vakerav jekhe manušeha", Intent.HUMAN),
        ("naisaras tumenge but", Intent.THANKS),  # we thank you
        ("ko savo saati putren tumen?", Intent.HOURS),
    ],
)
def test_romani_forms(understander: Understander, text: str, intent: Intent) -> None:
    assert understander.intents.find(text).intent is intent or (
        understander.intents.find(text).social is intent
    )
