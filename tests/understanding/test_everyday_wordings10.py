"""Everyday requests in the forms the tenth round added (issue 11): greetings, thanks and
goodbyes in a neighbour language beside ours and a self-introduction, elders' address words,
Maghrebi and Levantine Arabic for "speak" and "what do you do", Ahiska Turkish thanks, a
request said whole in a clause beside its reason, the appointment named beside a cancelling
word, and a language asked for before another one denied. Lines here are none of the
evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


NEIGHBOUR_WORDS_AND_INTRODUCTIONS = [
    ("kalispera zusammen 👋", Intent.GREET),
    ("sannu, my name is Aisha", Intent.GREET),
    ("hoş bulduk, ben yeniyim", Intent.GREET),
    ("efcharisto poli!", Intent.THANKS),
    ("kadan alayım, Allah sizden razı olsun", Intent.THANKS),
    ("الله يخلف عليك خويا", Intent.THANKS),
    ("shukriya bhai, khuda hafiz", Intent.BYE),
    # a greeting first, a wish for the day after it: a greeting, not a goodbye
    ("سلام لالا، روزتان خوش", Intent.GREET),
]
"""The social words of the languages people mix in, and introducing oneself."""

DIALECT_AND_ELDERS_WORDS = [
    ("عافاكم واش كاين شي حد يهضر معايا", Intent.HUMAN),
    ("shu btsawi enta? shu bt2dar tsa3edni", Intent.HELP),
    ("Yavrum bana bir gün ayırın, görüşmeye geleyim", Intent.BOOK),
    ("ben bu işlerden anlamam, bunun bana ne faydası olur?", Intent.HELP),
    ("programarea de vineri nu o mai pot face, anulati-o", Intent.CANCEL),
    # "change" beside the language changes the language, not an appointment
    ("كيفاش نبدل اللغة للفرنساوي؟", Intent.LANGUAGE),
    ("zaban ro chetor avaz konam?", Intent.LANGUAGE),
]
"""Requests in dialect and in the words older people use."""


@pytest.mark.parametrize(
    ("message", "intent"), NEIGHBOUR_WORDS_AND_INTRODUCTIONS + DIALECT_AND_ELDERS_WORDS
)
def test_everyday_requests_in_neighbour_languages_and_dialects(
    understander: Understander, snapshot: Snapshot, message: str, intent: Intent
) -> None:
    understood = understander.understand(message, snapshot, Context("de"))

    assert understood.outcome is Outcome.INTENT
    assert understood.intent is intent


@pytest.mark.parametrize(
    "message",
    [
        "please cancel my appointment on friday, my little one has a fever",
        "lazem ajjel el maw3ed, 3endi exam bel jam3a nafs el yom",
    ],
)
def test_a_request_said_whole_beside_its_reason_is_no_faq_question(
    understander: Understander, snapshot: Snapshot, message: str
) -> None:
    understood = understander.understand(message, snapshot, Context("en"))

    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.CANCEL


def test_a_language_asked_for_before_another_denied(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand(
        "momken bel inglizi? mesh fahem el almani", snapshot, Context("ar")
    )

    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.LANGUAGE
    assert understood.target_language == "en"


def test_a_name_after_an_introduction_is_no_question() -> None:
    found = PHRASES.find("dzien dobry, mein name ist Kasia")

    assert found.social is Intent.GREET


def test_german_fabric_is_no_english_staff() -> None:
    # "stoff" (fabric) is one letter from "staff": asking about the fabric asks for no person
    assert PHRASES.find("und der stoff, kostet der extra?").intent is not Intent.HUMAN


@pytest.mark.parametrize(
    "message",
    [
        "Unde pot să învăț limba germană împreună cu copiii mei?",
        "vreau sa invat limba germana",
    ],
)
def test_learning_german_asks_for_the_course_not_another_chat_language(
    understander: Understander, snapshot: Snapshot, message: str
) -> None:
    # "învăț" (learn) beside a language name had become a word of the language request.
    understood = understander.understand(message, snapshot, Context("de"))

    assert understood.intent is not Intent.LANGUAGE
    assert understood.candidates and understood.candidates[0].offer_id == "german-course"
