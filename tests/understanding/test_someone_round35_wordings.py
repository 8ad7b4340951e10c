"""Messages that ask about a PERSON (issue 11, round 35, u-someone35), read by the whole
understanding without the model: one reading (bot/understanding/someone.py) tells apart the
knock ("is anyone there?": a greeting), a person to talk with in a language named ("talk with
someone in arabic", also right after a card: a person who speaks it), and, right after a card,
"is it also in arabic?" (the languages spoken at that offer, not the language picker). "Is
someone there who speaks X?" after a card still asks about the offer. None is a line of an
evaluation set or of the probes. Rows stand in lists named for the form they show."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome
from tests.support.follow_ups import follow_up
from tests.understanding.answers import by_form, request

KNOCK = by_form(
    "knock",
    ("hey, anybody here?", "en", Intent.GREET),
    ("hallo, ist hier jemand online?", "de", Intent.GREET),
    ("alo, e careva acolo?", "ro", Intent.GREET),
    ("si vareko akate?", "rom", Intent.GREET),
    ("فيه حد هون؟", "ar", Intent.GREET),
    ("selam, birisi var mı?", "tr", Intent.GREET),
    ("хтось є тут?", "uk", Intent.GREET),
    ("salam, kasi inja hastesh?", "fa", Intent.GREET),
    ("алло, кто-нибудь тут есть?", "ru", Intent.GREET),
)

KNOCK_WITH_AN_HOUR_ASKS_THE_HOURS = by_form(
    "knock-with-today",
    ("is anybody there today", "en", Intent.HOURS),
)

SOMEONE_WHO_SPEAKS_IT = by_form(
    "someone-who-speaks",
    ("kasi onja hast ke kurdi baladeh?", "fa", Intent.HUMAN),
    ("est li kto-to u vas kto znaet tureckiy?", "ru", Intent.HUMAN),
)

TALK_WITH_SOMEONE = by_form(
    "talk-with-someone",
    ("ich möchte gerne mit irgendwem reden", "de", Intent.HUMAN),
    ("as vrea sa discut cu cineva", "ro", Intent.HUMAN),
)


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    KNOCK + KNOCK_WITH_AN_HOUR_ASKS_THE_HOURS + SOMEONE_WHO_SPEAKS_IT + TALK_WITH_SOMEONE,
)
def test_a_message_about_a_person_is_read_as_its_request(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    assert request(understander, snapshot, text, language) is intent


@pytest.mark.parametrize(
    ("text", "language", "after", "target"),
    [
        pytest.param("could i speak with somebody in romanian", "en", "sewing-cafe", "ro", id="en"),
        pytest.param("kann ich mit wem auf türkisch reden", "de", "german-course", "tr", id="de"),
        pytest.param("бих искала да говоря с някого на руски", "bg", "parents-cafe", "ru", id="bg"),
        pytest.param("بدي احكي مع حد بالفارسي", "ar", "office-hours", "fa", id="ar"),
        pytest.param("میخوام با یکی ترکی حرف بزنم", "fa", "german-course", "tr", id="fa"),
        pytest.param("kamav te vakerav varekasa turkicka", "rom", "sewing-cafe", "tr", id="rom"),
    ],
)
def test_talking_with_someone_in_a_language_after_a_card_asks_for_a_person(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    language: str,
    after: str,
    target: str,
) -> None:
    understood = understander.understand(text, snapshot, Context(language, after))
    assert (understood.outcome, understood.intent) == (Outcome.INTENT, Intent.HUMAN)
    assert understood.target_language == target


@pytest.mark.parametrize(
    ("text", "language", "after"),
    [
        # "is it also in <language>?": the offer's languages, not the language picker
        pytest.param("is this also in romanian?", "en", "german-course", id="en-also"),
        pytest.param("gibt es das auch auf persisch", "de", "parents-cafe", id="de-auch"),
        pytest.param("има ли го и на руски", "bg", "sewing-cafe", id="bg-i"),
        pytest.param("وبالفارسي كمان؟", "ar", "office-hours", id="ar-kaman"),
        pytest.param("rusça da var mı", "tr", "parents-cafe", id="tr-da"),
        pytest.param("а арабською теж є?", "uk", "german-course", id="uk-tezh"),
        pytest.param("а по-арабски тоже есть?", "ru", "sewing-cafe", id="ru-tozhe"),
        # someone there who speaks it still asks about the offer
        pytest.param("is there someone there who speaks kurdish", "en", "sewing-cafe", id="en-x"),
        pytest.param("vorbeste cineva acolo turceste?", "ro", "office-hours", id="ro-x"),
    ],
)
def test_a_language_asked_about_the_offer_shown_is_its_languages(
    understander: Understander, snapshot: Snapshot, text: str, language: str, after: str
) -> None:
    assert follow_up(understander, snapshot, text, language, after) == "languages"


def test_writing_in_a_language_too_is_no_question_about_the_offer(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand(
        "schreib mir auch auf arabisch", snapshot, Context("de", "german-course")
    )
    assert understood.outcome is not Outcome.FOLLOW_UP
