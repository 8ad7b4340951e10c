"""Offers and staff answers (issue 11, offers round 24) in wordings people type: coming without
an interpreter asked with "may I" before it, a small word of another language's keyword ("bi"),
a teacher who is no school, Maghrebi "l'alman", Arabic "it costs", Maghrebi "fabor" and
"lbriya" in Arabic script, spoken "on the" typed onto a word, parents called "ahali", machines
in the plural, an offer's title beside a question of when, "not signed up" or "no termin" said
with "not"; and what must stay without a card: the town hall asked for as a place. None of the
rows is a line of the evaluation sets or the probes."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome
from tests.understanding.answers import by_form, card, staff_answer, sure_card

WITHOUT_AN_INTERPRETER = by_form(
    "without-an-interpreter",
    ("momken nji bidun mutarjim", "ar", "without-german"),
    ("ممكن احضر بدون مترجم؟", "ar", "without-german"),
    ("ممكن اجي لعندكم من دون مترجم", "ar", "without-german"),
    # asked for, still the interpreter
    ("momken mutarjim yeji ma3i", "ar", "interpreter"),
)

STAFF_ANSWERS = [
    *WITHOUT_AN_INTERPRETER,
    # Turkish "bi" (a) is no Romani "bi" (without) of the job counselling's "bi buti"
    *by_form(
        "small-word-of-another-language",
        ("bi tercuman lazim bize yardim eder misiniz", "tr", "interpreter"),
    ),
    # Arabic "it costs", Maghrebi "fabor" in Arabic script
    *by_form(
        "cost",
        ("ما بعرف اذا بيكلف شي عندكم", "ar", "free"),
        ("واش كلشي بفابور", "ar", "free"),
    ),
    # Maghrebi "lbriya" (the letter) in Arabic script
    *by_form("letter", ("عندي برية ديال الجوبسنتر ما فهمتهاش", "ar", "jobcenter-letters")),
    # "not signed up", "no termin" said with "not"
    *by_form(
        "not-signed-up",
        ("nu am termin, pot sa vin totusi?", "ro", "just-come"),
        ("не записана заранее, пустите?", "ru", "just-come"),
    ),
    # a school is still one, with a teacher now no school ("مدرس" is no "مدرسة")
    *by_form("school", ("ابني بدو مدرسة قريبة من البيت", "ar", "school")),
]


@pytest.mark.parametrize(("text", "language", "faq"), STAFF_ANSWERS)
def test_a_staff_question_in_dialect_gets_its_staff_answer(
    understander: Understander, snapshot: Snapshot, text: str, language: str, faq: str
) -> None:
    assert staff_answer(understander, snapshot, text, language) == faq


CARDS = [
    # a teacher, not a school: the course
    *by_form("teacher", ("عاوزة مدرس الماني شاطر فين القاه", "ar", "german-course")),
    # spoken "on the" typed onto the word, parents called "ahali", machines in the plural
    *by_form(
        "arabic-forms",
        ("بدي اروح عالخياطة بكرا", "ar", "sewing-cafe"),
        ("وين كافيه الاهالي", "ar", "parents-cafe"),
        ("عندكم مكنات خياطة نستعملها؟", "ar", "sewing-cafe"),
        ("wilkommen orobba, ma hiya", "ar", "welcome-europe"),
    ),
    # the offer's own name beside another offer's word ("danisma", the office hours' too)
    *by_form("own-name-beside", ("willkommen europa diye danisma var mi", "tr", "welcome-europe")),
    # an offer's title beside a question of when: its card, not our general hours
    *by_form(
        "title-and-when",
        ("almanca kursu hangi gunler oluyor acaba", "tr", "german-course"),
    ),
]


@pytest.mark.parametrize(("text", "language", "offer"), CARDS)
def test_a_need_in_dialect_or_by_its_title_gets_its_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert card(understander, snapshot, text, language) == offer


@pytest.mark.parametrize(
    ("text", "language", "offer"),
    # Maghrebi "l'alman" (German), "l5iata" (the sewing): for sure, no doubt button
    [
        *by_form("maghrebi-alman", ("fin nqder nt3allem l'alman", "ar", "german-course")),
        *by_form("maghrebi-article", ("cafe l5iata wach kayn", "ar", "sewing-cafe")),
    ],
)
def test_maghrebi_german_names_the_course_for_sure(
    understander: Understander, snapshot: Snapshot, text: str, language: str, offer: str
) -> None:
    assert sure_card(understander, snapshot, text, language) == offer


NO_CARD = by_form(
    "town-hall-as-a-place",
    ("wein el baladiya hon", "ar"),
    ("فين البلدية بدورتموند", "ar"),
    ("emta btifta7 el baladiye bukra", "ar"),
    ("عنوان البلدية وين", "ar"),
)


@pytest.mark.parametrize(("text", "language"), NO_CARD)
def test_another_office_asked_for_as_a_place_gets_no_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.outcome not in (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE, Outcome.FAQ)
    # nor our own opening hours or address: the town hall's are asked for
    assert understood.intent not in (Intent.HOURS, Intent.WHERE)


def test_a_letter_from_the_town_hall_still_gets_the_office_hours(
    understander: Understander, snapshot: Snapshot
) -> None:
    assert card(understander, snapshot, "وين بلاقي مساعدة بورقة البلدية", "ar") == "office-hours"
