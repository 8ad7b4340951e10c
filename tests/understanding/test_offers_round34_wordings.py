"""Offers, staff answers and Romani requests of the thirty-fourth round (u-romoffers34, session
34), in the forms people type: Romani typed in Cyrillic letters read in the Latin spellings the
Romani lists are written in (offers, staff answers, and after a card another offer named);
a word of another topic that says which job is looked for ("a job driving a truck"); an EU
passport said by the country's name or by "EU"; the breakfast asked for as eating or sitting
with other Romanians, or out of loneliness; how and where to go for a staff answer's matter;
not wanting to book and coming in just like that. None is a line of the evaluation sets or the
probes (written by a non-native author, not reviewed by native speakers)."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent
from tests.support.follow_ups import follow_up
from tests.understanding.answers import CARD, by_form, card, request, staff_answer

CARDS = [
    *by_form(
        "romani-typed-in-cyrillic",
        ("мангав те сиклйовав немцикани чхиб", "rom", "german-course"),
        ("кай шай те кхелел мо чхаворо аврен чхавенца", "rom", "parents-cafe"),
        ("мангав те хав ле румунконца", "rom", "romanian-breakfast"),
    ),
    *by_form(
        "another-topic-says-which-job",
        ("i need a job driving a delivery van, who can help me", "en", "welcome-europe"),
    ),
    *by_form(
        "an-eu-passport-by-the-country-or-eu",
        ("letonya pasaportum var, iş arıyorum", "tr", "welcome-europe"),
        ("у меня паспорт ЕС, работу ищу, кто подскажет", "ru", "welcome-europe"),
    ),
    *by_form(
        "eat-or-sit-with-other-romanians",
        ("is there somewhere i can eat with other romanians", "en", "romanian-breakfast"),
        ("хочу посидіти за столом зранку з румунами", "uk", "romanian-breakfast"),
    ),
    *by_form(
        "a-name-typed-in-latin-persian",
        ("kafe khayati saat chand shoru mishe", "fa", "sewing-cafe"),
    ),
]


@pytest.mark.parametrize(("text", "language", "offer"), CARDS)
def test_the_need_gets_its_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert card(understander, snapshot, text, language) == offer


def test_a_job_word_does_not_excuse_another_topic_further_on(
    understander: Understander, snapshot: Snapshot
) -> None:
    """Only the words right after the job say which job: buying a car later in the message is
    still a topic the centre does not serve."""
    assert card(understander, snapshot, "where can i buy a car", "en") is None


STAFF_ANSWERS = [
    *by_form(
        "romani-typed-in-cyrillic",
        ("шай те авав бизо Termin", "rom", "just-come"),
    ),
    *by_form(
        "how-and-where-to-go-for-a-matter",
        ("как оформить Anmeldung, куда мне идти", "ru", "anmeldung"),
        ("how do i get the anmeldung done, where should i go", "en", "anmeldung"),
        ("wie geht die anmeldung, wo geh ich hin", "de", "anmeldung"),
    ),
    *by_form(
        "not-wanting-to-book-and-coming-in",
        ("записываться не буду, можно просто так прийти", "ru", "just-come"),
        ("не хочу записуватися, можна прямо так прийти", "uk", "just-come"),
    ),
]


@pytest.mark.parametrize(("text", "language", "faq"), STAFF_ANSWERS)
def test_the_staff_answer(
    understander: Understander, snapshot: Snapshot, text: str, language: str, faq: str
) -> None:
    assert staff_answer(understander, snapshot, text, language) == faq


def test_where_you_are_is_still_asked_for_without_how(
    understander: Understander, snapshot: Snapshot
) -> None:
    """Where to go, asked without "how" beside a matter, still asks our address."""
    assert request(understander, snapshot, "куда идти, где вы находитесь", "ru") is Intent.WHERE


REQUESTS = [
    *by_form(
        "romani-a-person-in-the-instrumental-of-a-loanword",
        ("kamav te vakerav jekhe čovekosa", "rom", Intent.HUMAN),
    ),
    *by_form(
        "romani-put-the-chat-in-a-language",
        ("thav o chat pe rumunicka", "rom", Intent.LANGUAGE),
    ),
]


@pytest.mark.parametrize(("text", "language", "intent"), REQUESTS)
def test_the_request(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    assert request(understander, snapshot, text, language) is intent


FOLLOW_UPS = [
    *by_form(
        "romani-for-whom-typed-in-cyrillic",
        ("пала кон си о курсо", "rom", "german-course", "audience"),
    ),
]


@pytest.mark.parametrize(("text", "language", "after", "topic"), FOLLOW_UPS)
def test_the_follow_up_is_read_as_its_topic(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    language: str,
    after: str,
    topic: str | None,
) -> None:
    assert follow_up(understander, snapshot, text, language, after) == topic


def test_romani_in_cyrillic_naming_another_offer_after_a_card_gets_that_card(
    understander: Understander, snapshot: Snapshot
) -> None:
    """After the breakfast's card, "I want to learn German, where" asks for the course: "кай"
    (where) is no question about the breakfast."""
    understood = understander.understand(
        "мангав те сиклйовав немцикани чхиб, кай", snapshot, Context("rom", "romanian-breakfast")
    )
    assert understood.outcome in CARD
    assert understood.answer == "german-course"
