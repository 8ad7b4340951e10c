"""Everyday requests in ways of saying them that no list holds word for word (issue 11, fifth
round): "what can you do", "switch to X" with the language's name in a case form, "from what
time / are you there on <day>", "which part of town", yes/no with "exactly", and chat Arabic
with its article typed on ("lmaktab"). Lines here are none of the evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.understanding import Understander
from bot.understanding.result import Intent, YesNo

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


@pytest.mark.parametrize(
    "message",
    [
        "что эта штука вообще умеет",
        "що ви тут вмієте",
        "ne yapabiliyorsunuz burada",
        "شو بتقدر تعمل",
        "chno kat3awen",
        "شما چه کارهایی میکنید",
    ],
)
def test_what_can_you_do_asks_for_help(message: str) -> None:
    assert PHRASES.find(message).intent is Intent.HELP


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("переключитесь на английский", "en"),
        ("мій чоловік читає тільки українською", "uk"),
        ("ingilizceye geçer misiniz", "en"),  # the name with a case ending
        ("babam sadece rusça okuyor", "ru"),
        ("بابا بيفهم بس عربي", "ar"),
        ("پدرم فقط انگلیسی میفهمه", "en"),
    ],
)
def test_switch_to_a_language_or_only_reads_it_asks_for_that_language(
    message: str, language: str
) -> None:
    found = PHRASES.find(message)

    assert (found.intent, found.target) == (Intent.LANGUAGE, language)


@pytest.mark.parametrize(
    "message",
    [
        "до скольки вы работаете в пятницу",
        "з котрої години ви відчинені",
        "cuma orada mısınız",  # are you there on Friday
        "انتو موجودين يوم الجمعة",
        "سه شنبه هستین",  # Tuesday, written in two pieces
        "chno homa lwa9at dyal lkhedma",  # Darija: the working times
    ],
)
def test_from_what_time_or_are_you_there_on_a_day_asks_for_the_hours(message: str) -> None:
    assert PHRASES.find(message).intent is Intent.HOURS


@pytest.mark.parametrize(
    "message",
    [
        "в каком районе ваш офис",
        "hangi mahallede ofisiniz",
        "دفترتون کدوم منطقه ست",
        "انتو في اي منطقة",
        "3tini l3onwan 3afak",  # the article typed onto "address"
        "fin lmaktab",
    ],
)
def test_which_part_of_town_or_the_address_asks_where_we_are(message: str) -> None:
    assert PHRASES.find(message).intent is Intent.WHERE


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("да, именно так", YesNo.YES),
        ("так, саме так, дякую", YesNo.YES),
        ("evet aynen öyle", YesNo.YES),
        ("آره همینه", YesNo.YES),
        ("la2 mesh delwa2ty", YesNo.NO),  # not now
        ("yok ya istemem", YesNo.NO),  # "ya" here is Turkish, no German "ja"
    ],
)
def test_yes_and_no_with_exactly_or_not_now(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("bghit nbeddel lmaw3id", Intent.CANCEL),  # Darija: change the appointment
        ("momken nakhod rendez-vous", Intent.BOOK),
        ("ممكن نأجل الميعاد", Intent.CANCEL),  # postpone
        ("سلام يا جماعة انا ماشي", Intent.BYE),  # I'm off: more than the greeting
    ],
)
def test_arabic_dialect_verbs_for_appointments_and_leaving(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("في كمان يوم السبت؟", None),  # "also on Saturday?" after a card: no request for help
        ("kamav te pinzharav aver familii andar romania", None),  # Romania: no language asked
        ("سلام علیکم خوب هستین", Intent.GREET),  # "are you well", not "are you there"
        ("görüşmek dileğiyle", Intent.BYE),  # "dileğiyle" (with the wish) is no "dil" (language)
        ("bghit khedma", None),  # a job: an offer, not the working hours
    ],
)
def test_words_near_a_new_class_do_not_make_another_request(
    message: str, intent: Intent | None
) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("папа не читает по-немецки, напишите по-английски", "en"),
        ("батько не розуміє німецької, пишіть російською", "ru"),
        ("ابوي ما بيقرا الماني اكتب بالانجليزي", "en"),
    ],
)
def test_the_language_asked_for_is_not_the_one_denied(message: str, language: str) -> None:
    found = PHRASES.find(message)

    assert (found.intent, found.target) == (Intent.LANGUAGE, language)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("fo9ach kat7lo ghda", Intent.HOURS),  # Darija: when do you open tomorrow
        ("ch7al f sa3a katsdo", Intent.HOURS),  # what time do you close
        ("чем вы можете мне помочь", Intent.HELP),
        ("як ви мені можете допомогти", Intent.HELP),
        ("bu ne işe yarıyor, bana nasıl yardımcı olabilirsiniz", Intent.HELP),
        ("این برنامه کارش چیه", Intent.HELP),  # what is this program's job
    ],
)
def test_how_can_you_help_me_and_darija_opening_times(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent
