"""Follow-ups after a card in the forms the thirteenth round added (issue 11): a follow-up that
calls its own offer by name (a word of the name is no cue), a short function word of a cue
pair standing apart from it, who may come asked as "who can come", and the bare Ukrainian
"де" (where), found only in Cyrillic; a yes or no typed in Cyrillic letters ("евет"), a
booking one hopes to do without (the staff answer "just come"), and "actually" before another
offer's card. Lines here are none of the evaluation sets' or probes'
lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.understanding import Context, Understander
from bot.understanding.followup import own_name_positions
from bot.understanding.result import Outcome, YesNo
from tests.support.follow_ups import follow_up

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        ("danışma saati nerede", "tr", "where"),  # "saat" (hour) is in the name
        ("danışma saatinde ne getirmeliyim", "tr", "bring"),
        ("ساعت مشاوره کجاست", "fa", "where"),
    ],
)
def test_a_word_of_the_offers_own_name_is_no_cue(
    understander: Understander, snapshot: Snapshot, text: str, language: str, topic: str
) -> None:
    assert follow_up(understander, snapshot, text, language, "office-hours") == topic


def test_the_own_name_is_two_neighbouring_words_of_a_name() -> None:
    names = ("Açık danışma saati", "Open office hours")
    assert own_name_positions("danışma saatine gelebilir miyim", names) == {0, 1}
    assert own_name_positions("is the office hour open", names) == {2, 3}
    assert own_name_positions("saat kaçta", names) == frozenset()  # one word names nothing


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("should I sign up for the sewing cafe or just come", "en"),
        ("do we book for it, or just walk in", "en"),
    ],
)
def test_a_function_word_apart_from_its_cue_pair_asks_nothing(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    # "just ... for" is not "just for" (who it is for): the question is about booking
    assert follow_up(understander, snapshot, text, language, "sewing-cafe") == "booking"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("is it for anyone or only for students", "en"),  # "for" again, beside "only"
        ("who's that for", "en"),  # a preposition left at the end
    ],
)
def test_a_function_word_beside_its_cue_pair_still_asks_who_may_come(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert follow_up(understander, snapshot, text, language, "sewing-cafe") == "audience"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("wer kann kommen?", "de"),
        ("who can join?", "en"),
        ("cine are voie sa vina?", "ro"),
        ("кой може да дойде?", "bg"),
        ("kon šaj avel?", "rom"),
        ("مين بيقدر يجي؟", "ar"),
        ("kimler katılabilir?", "tr"),
        ("хто може приходити?", "uk"),
        ("کی میتونه بیاد؟", "fa"),
        ("кто может ходить?", "ru"),
    ],
)
def test_who_can_come_asks_who_may_come(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert follow_up(understander, snapshot, text, language, "parents-cafe") == "audience"


def test_the_bare_ukrainian_where_is_read_in_cyrillic_only(
    understander: Understander, snapshot: Snapshot
) -> None:
    assert follow_up(understander, snapshot, "а де воно?", "uk", "german-course") == "where"
    assert follow_up(understander, snapshot, "де той курс", "uk", "german-course") == "where"
    # typed in Latin letters it is Romanian "de" (of): no question where
    assert follow_up(understander, snapshot, "de ce?", "ro", "german-course") != "where"


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("евет", YesNo.YES),  # Turkish "evet" typed on a Bulgarian keyboard
        ("тамам, добре", YesNo.YES),
        ("хайир", YesNo.NO),  # "hayır"
        ("йок, не", YesNo.NO),
    ],
)
def test_a_yes_or_no_typed_in_cyrillic_letters(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


def test_a_short_cyrillic_word_is_not_read_as_a_latin_answer() -> None:
    # Russian "на" (here, take) is no Latin "na" (no): the yes stands
    assert PHRASES.yes_no("да да на") is not YesNo.NO


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("šaj te avav bi terminengo?", "rom"),  # may I come without an appointment
        ("šaj avav bi termin?", "rom"),
    ],
)
def test_a_booking_one_hopes_to_do_without_asks_for_the_staff_answer(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert (understood.outcome, understood.faq) == (Outcome.FAQ, "just-come")


def test_actually_and_another_offers_card_leave_the_offer_in_context(
    understander: Understander, snapshot: Snapshot
) -> None:
    text = "aslında benim bi mektup var okuyamadım onu soracaktım"
    understood = understander.understand(text, snapshot, Context("tr", "sewing-cafe"))
    assert understood.outcome is not Outcome.FOLLOW_UP


@pytest.mark.parametrize("text", ["kam el se3er?", "w shu el si3r", "addesh el se3r"])
def test_the_price_asked_in_arabizi_after_a_card_is_its_cost(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    # Found in the lead's trial: "kam el se3er?" after the course card got "I don't know".
    assert follow_up(understander, snapshot, text, "ar", "german-course") == "cost"
