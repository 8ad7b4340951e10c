"""Everyday requests in the forms the twelfth round (u-intents16) added (issue 11): the Arabic
article typed in Latin letters with a hyphen before its word ("al-lugha", "min al-muwazzafin")
and the Latin-typed plural "-in"; a reason or purpose after a request ("... deoarece plec din
oras") as a clause of its own; a language asked for with words that ask to be written to in it
("scrie-mi", "bana ... yazın", "ramon mange"), beside learning it; dialect forms of "I want"
and "how do I change the language"; "and" typed onto a small Arabic word; Latin-typed Russian
goodbyes; staff named with other words. Lines here are none of the evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome

ARTICLE_AND_PLURAL_IN_LATIN_LETTERS = [
    ("momken akallim wa7ed min al-muwazzafin?", "ar", Intent.HUMAN),
    ("abgha akallim wa7id min al-mowazzafeen law sama7t", "ar", Intent.HUMAN),
    ("kif bghayyir al-lugha?", "ar", Intent.LANGUAGE),
]
"""The article before a hyphen names no request; "-in" is the plural of a listed word."""

REASON_AFTER_THE_REQUEST = [
    ("trebuie sa anulati programarea de marti deoarece plec din oras", "ro", Intent.CANCEL),
]
"""A reason or purpose said after a request is a clause of its own."""

DIALECT_AND_OTHER_WORDS = [
    ("تسلم ايدك وما قصرت", "ar", Intent.THANKS),
    ("مشكور وما قصرت اخوي", "ar", Intent.THANKS),
    ("nu ladno, na svyazi togda", "ru", Intent.BYE),
    ("можно кого-нибудь из работников, пожалуйста", "ru", Intent.HUMAN),
    ("Дайте когось із вашого персоналу", "uk", Intent.HUMAN),
    ("saa olasın kardeşim", "tr", Intent.THANKS),
]
"""Arabic "and" typed onto a small word ("وما"), Latin-typed Russian, staff as "personnel",
Turkish "sağ ol" without its ğ."""


@pytest.mark.parametrize(
    ("message", "language", "intent"),
    ARTICLE_AND_PLURAL_IN_LATIN_LETTERS + REASON_AFTER_THE_REQUEST + DIALECT_AND_OTHER_WORDS,
)
def test_everyday_requests_in_the_twelfth_rounds_forms(
    understander: Understander, snapshot: Snapshot, message: str, language: str, intent: Intent
) -> None:
    understood = understander.understand(message, snapshot, Context(language))

    assert understood.outcome is Outcome.INTENT
    assert understood.intent is intent


FORMAL_ARABIC = [
    ("أود التحدث إلى أحد المستشارين لو تكرمت", Intent.HUMAN),
    ("أرجو التحدث مع موظف مباشرة", Intent.HUMAN),
    ("أعتذر لن أتمكن من الحضور يوم السبت، يرجى إلغاء موعدي", Intent.CANCEL),
]
"""Standard Arabic's polite wrappers and verbs of wanting ("أود", "أرجو", "لو تكرمت", "يرجى")
set aside like the spoken ones ("بدي", "لو سمحت")."""


@pytest.mark.parametrize(("message", "intent"), FORMAL_ARABIC)
def test_formal_arabic_wrappers_around_a_request(
    understander: Understander, snapshot: Snapshot, message: str, intent: Intent
) -> None:
    understood = understander.understand(message, snapshot, Context("ar"))

    assert understood.outcome is Outcome.INTENT
    assert understood.intent is intent


ASKED_IN_A_LANGUAGE_BESIDE_LEARNING = [
    ("ramon mange nemcika, kamav te sikľuvav", "rom", "de"),
    ("bana almanca yazın, öğrenmek istiyorum çünkü", "tr", "de"),
    ("write to me in german, i want to learn", "en", "de"),
    ("اكتبلي بالالماني حتى اتعلم", "ar", "de"),
    ("scrieti-mi in germana, ca invat limba", "ro", "de"),
    ("schreibt mir auf deutsch, ich lerne gerade", "de", "de"),
]
"""Asked to be written to in a language, with the reason: learning it. Learning German names
the German course too, but the person asks for the chat in German."""


@pytest.mark.parametrize(("message", "language", "target"), ASKED_IN_A_LANGUAGE_BESIDE_LEARNING)
def test_a_language_asked_for_beside_learning_it(
    understander: Understander, snapshot: Snapshot, message: str, language: str, target: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))

    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.LANGUAGE
    assert understood.target_language == target


@pytest.mark.parametrize(
    ("message", "language"),
    [("bana adresi yazın", "tr"), ("write me the address please", "en"), ("scrie-mi adresa", "ro")],
)
def test_write_to_me_without_a_language_asks_for_no_language(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))

    assert understood.intent is not Intent.LANGUAGE


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("wann ist der deutschkurs", "de"),  # an offer question, not the opening hours
        ("el-ftour el-roumani, shu huwa?", "ar"),  # the breakfast, not the Romani language
        ("моя сестра ходила к врачу, потому что болела", "ru"),
        ("لن أتمكن من الحضور إلى حفل زفاف أخي", "ar"),  # not coming to a wedding
        ("emta kurs al lugha al almaniya?", "ar"),  # the German course, not the language
    ],
)
def test_no_request_where_none_is_asked(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))

    assert understood.outcome is not Outcome.INTENT
