"""Everyday requests and follow-ups in the forms people type them (issue 11, nineteenth round,
u-intents21): a weekday is never a request word with a typo ("السبت", Saturday, is no
"البوت", the bot), a greeting typed with a typo beats a request read only by its consonants,
"is anyone here?" greets in every language, and Persian asks the bot whether it knows a
language in the singular ("فارسی بلدی؟"). Lines here are none of the evaluation sets' or
probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome, Understanding


def _understand(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    language: str,
    after: str | None = None,
) -> Understanding:
    return understander.understand(text, snapshot, Context(language, after))


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("والسبت؟", "sewing-cafe"),
        ("السبت", "german-course"),
        ("طب والسبت", "parents-cafe"),
    ],
)
def test_saturday_after_a_card_is_asked_from_the_schedule(
    understander: Understander, snapshot: Snapshot, text: str, after: str
) -> None:
    """Asking "and Saturday?" right after a card is answered from that offer's days (it got what the
    bot can do: "السبت" was read as "البوت", the bot, with a typo)."""
    understood = _understand(understander, snapshot, text, "ar", after)
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None
    assert understood.follow_up.offer_id == after
    assert understood.follow_up.topic == "when"
    assert understood.follow_up.weekday == 5


def test_saturday_alone_is_no_question_about_the_bot(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = _understand(understander, snapshot, "السبت", "ar")
    assert understood.intent is not Intent.HELP


@pytest.mark.parametrize("text", ["ahlain", "ahlain ya jama3a", "ahlain ya shabab, kifkom"])
def test_a_greeting_with_a_typo_is_no_request_read_by_its_consonants(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    """Typed "ahlain" is "ahlein" (hello) with a typo; only its consonants h-l-n are Darija "7allin"
    (open): a greeting, not the opening hours."""
    understood = _understand(understander, snapshot, text, "ar")
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.GREET


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("алло, є тут хтось?", "uk"),
        ("добрий день, хтось тут є?", "uk"),
        ("здравствуйте, есть тут кто-нибудь?", "ru"),
        ("مرحبا، في حدا هون؟", "ar"),
        ("fi 7ada hon?", "ar"),
        ("سلام، کسی اینجا هست؟", "fa"),
        ("hallo, ist hier jemand?", "de"),
        ("ало, има ли някой тук?", "bg"),
        ("selam, burada kimse var mı?", "tr"),
    ],
)
def test_is_anyone_here_greets(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    """Asking "is anyone here?" in the chat is a hello (it got the opening hours in Ukrainian
    and Russian: "є хтось" asks who is at the office)."""
    understood = _understand(understander, snapshot, text, language)
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.GREET


def test_someone_at_the_office_on_a_day_is_still_the_opening_hours(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = _understand(understander, snapshot, "чи є хтось в офісі в суботу?", "uk")
    assert understood.intent is Intent.HOURS


@pytest.mark.parametrize(
    "text",
    ["تو فارسی بلدی؟", "dari balad hasti?", "farsi harf mizani?", "فارسی بلد هستی"],
)
def test_do_you_know_persian_asks_for_persian(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    """Asking the bot in the singular whether it knows Persian or Dari gets the language picker
    with Persian first (it was "I don't know" or a "did you mean")."""
    understood = _understand(understander, snapshot, text, "fa")
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is Intent.LANGUAGE
    assert understood.target_language == "fa"


def _answer(understander: Understander, snapshot: Snapshot, text: str, language: str) -> str:
    understood = understander.understand(text, snapshot, Context(language, choice_pending=True))
    assert understood.outcome is Outcome.CHOICE
    assert understood.yes_no is not None
    return understood.yes_no.value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("nu mamaie, nu aia", "ro"),
        ("nu aia", "ro"),
        ("la ya habibi, mesh da", "ar"),
        ("la2 ya 7ajje, mesh da", "ar"),
    ],
)
def test_no_not_that_one_says_no(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    """Typing "no, not that one" at a one-choice button is a no: "aia" (that) read as a yes after
    "nu", and the call "ya ..." (o aunt, o uncle) read as a yes, turned it into a yes."""
    assert _answer(understander, snapshot, text, language) == "no"


@pytest.mark.parametrize(
    ("text", "language"), [("nu, adica da", "ro"), ("no wait yes", "en"), ("ayy akid", "ar")]
)
def test_a_yes_after_a_corrected_no_is_still_a_yes(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert _answer(understander, snapshot, text, language) == "yes"


def test_and_where_is_it_typed_in_latin_letters_is_no_goodbye(
    understander: Understander, snapshot: Snapshot
) -> None:
    """Latin-typed Ukrainian "a de tse tochno" (and where exactly is it) after a card asks where
    the offer is: "a de" read as one word is German "ade" (bye)."""
    understood = _understand(understander, snapshot, "a de tse tochno", "uk", "german-course")
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None
    assert understood.follow_up.topic == "where"


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("az sob chand baje baz mekonid?", "fa", Intent.HOURS),
        ("неділя у вас робочий день?", "uk", Intent.HOURS),
        ("voskresenie u vas rabochiy den?", "ru", Intent.HOURS),
        ("adrese daghighetun chie, ba taxi miam", "fa", Intent.WHERE),
        ("яким автобусом до вас доїхати від вокзалу", "uk", Intent.WHERE),
        ("от вокзала каким автобусом к вам", "ru", Intent.WHERE),
    ],
)
def test_hours_and_the_way_in_the_words_people_add(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    """Dari "mekonid" (you open), the morning and the hour; "is Sunday a working day for you";
    the bus or taxi from the station: the opening hours and the way to us."""
    understood = _understand(understander, snapshot, text, language)
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is intent


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("шукаю роботу на неповний робочий день", "uk"),
        ("ищу работу, рабочий день до шести", "ru"),
    ],
)
def test_a_working_day_wished_for_in_a_job_is_no_question_about_our_hours(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = _understand(understander, snapshot, text, language)
    assert understood.intent is not Intent.HOURS


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("what kind of things can you help me with", "en", Intent.HELP),
        ("can i prepone my appointment please", "en", Intent.CANCEL),
        ("شو بتشتغلو انتو؟", "ar", Intent.HELP),
        ("واش تحلو الجمعة؟", "ar", Intent.HOURS),
        ("bghit nakhod maw3id m3a l mustashar", "ar", Intent.BOOK),
        ("де можна бронювати час", "uk", Intent.BOOK),
        ("in barname chejoori kar mikone?", "fa", Intent.HELP),
        ("ot gara Hamm kak se hodi do ofisa vi", "bg", Intent.WHERE),
        ("cum schimb limba aici ca nu o gasesc", "ro", Intent.LANGUAGE),
    ],
)
def test_everyday_requests_in_more_forms(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    """Asking "what kind of things can you ..." is about what the bot does ("kind ... of ...
    you" around "things" is no thanks); Indian English "prepone" moves an appointment;
    Levantine "what do you work on", Darija "do you open", "take an appointment with the
    counsellor"; Ukrainian "бронювати"; Persian "chejoori" (how); Latin-typed Bulgarian "ot
    gara" (from the station) starts the way to us; "I can't find it" beside changing the
    language."""
    understood = _understand(understander, snapshot, text, language)
    assert understood.outcome is Outcome.INTENT
    assert understood.intent is intent
