"""Everyday requests in the forms people type them (issue 11, sixteenth round, u-intents18):
a person who speaks a language asked for at length, a gesture or a day wish beside a greeting,
dialect and chat forms of greetings, thanks, help, hours and the address, and "tell me" around
a request. Lines here are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent


def _intent(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> Intent | None:
    return understander.understand(text, snapshot, Context(language)).intent


@pytest.mark.parametrize(
    ("text", "language", "target"),
    [
        ("а есть у вас кто-нибудь, кто понимает по-турецки? хочу с ним поговорить", "ru", "tr"),
        ("arapça konuşan bir arkadaşla görüşmek istiyorum", "tr", "ar"),
        ("کسی هست که عربی بلد باشه؟ میخوام باهاش حرف بزنم", "fa", "ar"),
        ("мені б з кимось, хто розуміє українською, з ним поговорити", "uk", "uk"),
    ],
)
def test_a_person_who_speaks_a_language_opens_the_mediator_chat(
    understander: Understander, snapshot: Snapshot, text: str, language: str, target: str
) -> None:
    """Asked for a person who speaks a language, the person gets the mediator chat (with
    the language for the team), not the language picker."""
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.intent is Intent.HUMAN
    assert understood.target_language == target


@pytest.mark.parametrize(
    ("text", "language", "target"),
    [
        ("можно мне писать по-турецки?", "ru", "tr"),
        ("kann ich hier auf russisch schreiben", "de", "ru"),
        ("arapça yazabilir miyim", "tr", "ar"),
        ("bl3arbiya 3afak", "ar", "ar"),
    ],
)
def test_writing_in_a_language_still_asks_for_the_language(
    understander: Understander, snapshot: Snapshot, text: str, language: str, target: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.intent is Intent.LANGUAGE
    assert understood.target_language == target


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        # folded hands beside a greeting greet; alone or beside thanks they thank
        ("buna ziua 🙏 sunt Maria", "ro", Intent.GREET),
        ("merhaba 🙏", "tr", Intent.GREET),
        ("mersi 🙏", "ro", Intent.THANKS),
        # a good day wished after a greeting greets; after a goodbye or alone it takes leave
        ("Hallo und einen schönen Abend euch", "de", Intent.GREET),
        ("привіт усім, гарного вам вечора", "uk", Intent.GREET),
        ("здравствуйте, хорошего вам дня", "ru", Intent.GREET),
        ("tschüss, einen schönen abend", "de", Intent.BYE),
        ("гарного вам вечора", "uk", Intent.BYE),
    ],
)
def test_a_gesture_or_a_day_wish_beside_a_greeting_greets(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    assert _intent(understander, snapshot, text, language) is intent


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("shako mako ya jama3a", "ar", Intent.GREET),
        ("شكو ماكو", "ar", Intent.GREET),
        ("مرحب يا شباب", "ar", Intent.GREET),
        ("доброго здоровья вам", "ru", Intent.GREET),
        ("chokran, lah ykhlikom", "ar", Intent.THANKS),
        ("متين بتفتحو بكرة", "ar", Intent.HOURS),
        ("bghit nhder m3a bnadem", "ar", Intent.HUMAN),
        ("kifach khdama had l'application?", "ar", Intent.HELP),
        ("ne yapacağımı bilmiyom, yardım eder misiniz", "tr", Intent.HELP),
        ("какво можете да направите за мен", "bg", Intent.HELP),
        ("دفتر تان در کدام سرک است", "fa", Intent.WHERE),
        ("gib mir eure hausnummer", "de", Intent.WHERE),
        ("دفتر شما در کجا موقعیت دارد", "fa", Intent.WHERE),
        ("Hallo, ich wollte fragen, wann ihr am Montag aufmacht", "de", Intent.HOURS),
        ("hallo liebes team, wie funktioniert das hier", "de", Intent.HELP),
        # the help thanked for, with a goodbye after it, is no request for help
        ("تشکر از کمک شما، خدا نگهدار", "fa", Intent.BYE),
        ("danke für eure hilfe und tschüss", "de", Intent.BYE),
        ("мы из Одессы, скажіть, де ви знаходитесь", "uk", Intent.WHERE),
    ],
)
def test_dialect_and_chat_forms_of_everyday_requests(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    assert _intent(understander, snapshot, text, language) is intent


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("дитина захворіла, завтра не зможу прийти, можна перенести?", "uk"),
        ("mein auto ist kaputt, morgen schaffe ich es nicht, können wir verschieben?", "de"),
        ("ребёнок заболел, завтра не смогу прийти, можно перенести?", "ru"),
    ],
)
def test_moving_an_appointment_after_a_story_moves_it(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    """Cancelling or moving said in a clause of its own is what is asked: the story before it
    is the reason, not a question for a staff answer."""
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.intent is Intent.CANCEL


@pytest.mark.parametrize(
    ("text", "language", "answer"),
    [
        ("la machi hadi", "ar", "no"),
        ("لا ماشي هادي", "ar", "no"),
        ("дам, става", "bg", "yes"),
        ("nein, doch ja", "de", "yes"),
        ("la la, aywa", "ar", "yes"),
    ],
)
def test_typed_answers_to_one_obvious_choice(
    understander: Understander, snapshot: Snapshot, text: str, language: str, answer: str
) -> None:
    """Darija "machi" after "la" says "not this one"; a no corrected to yes is still a yes."""
    understood = understander.understand(text, snapshot, Context(language, choice_pending=True))
    assert understood.yes_no is not None
    assert understood.yes_no.value == answer
