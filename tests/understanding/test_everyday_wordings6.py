"""Everyday requests in ways of saying them that the sixth round added (issue 11): a language
or a booking asked for someone else, Turkish negation after a language's name, register
frames ("kindly", Pidgin "una/abeg", Indian English "timings"), Iraqi and Levantine Arabic,
Dari Finglish, and yes/no beside address words and "already not". Lines here are none of the
evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.understanding import Context, Understander
from bot.understanding.intents import INTENT_SHARE
from bot.understanding.result import Intent, Outcome, YesNo

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("farsça yazın lütfen, eşim okuyacak", "fa"),
        ("пишите по-украински, бабушка так читает", "uk"),
        ("can you answer in romanian, my dad reads it", "ro"),
        ("ممكن بالانجليزي عشان جوزي يقرا", "en"),
        ("ingilizce bilmiyorum, arapça yazar mısınız", "ar"),  # the denial comes after the name
        ("آلمانی بلد نیستم، فارسی بنویسید", "fa"),  # Persian denies after the name too
    ],
)
def test_a_language_asked_for_someone_or_instead_of_one_denied(message: str, language: str) -> None:
    found = PHRASES.find(message)

    # Sure enough to beat an offer or a FAQ answer the words share ("read", "write").
    assert (found.intent, found.target) == (Intent.LANGUAGE, language)
    assert found.share >= INTENT_SHARE


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("i need an appointment for my dad", Intent.BOOK),
        ("babam için bir randevu lazım", Intent.BOOK),
        ("kindly book a slot for my son", Intent.BOOK),
        ("una dey open for sunday?", Intent.HOURS),  # Pidgin: are you open on Sunday
        ("what are the timings on monday", Intent.HOURS),
        ("what all you people do here", Intent.HELP),
        ("اكو واحد من الموظفين اكدر احجي وياه", Intent.HUMAN),
        ("shu ba3mal hon", Intent.HELP),  # Levantine Arabizi: what do I do here
        ("ltamta fat7in?", Intent.HOURS),  # until when are you open
        ("yak nafar ba man gap bezana", Intent.HUMAN),  # Dari: someone to talk to me
        ("daftar shoma kuja ast", Intent.WHERE),  # Dari typed in Latin letters
        ("nu stiu ce sa scriu, dati-mi un om", Intent.HUMAN),  # a person beats "what to write"
    ],
)
def test_register_and_dialect_frames_around_a_request(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("bogdaproste, sanatate multa", Intent.THANKS),
        ("yislamo 3al mosa3ade", Intent.THANKS),  # thanks for the help, not a request for it
        ("how far boss", Intent.GREET),
    ],
)
def test_polite_formulas_of_other_registers(message: str, intent: Intent) -> None:
    found = PHRASES.find(message)

    assert found.social is intent


@pytest.mark.parametrize("message", ["kif byeshtghel hada", "shu hada, kif byeshtghel"])
def test_a_word_beginning_like_bye_is_no_goodbye(message: str) -> None:
    # "byeshtghel" (it works) holds no English "bye"
    assert PHRASES.find(message).social is None


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("da frate, asa sa fie", YesNo.YES),
        ("нет, уже не надо", YesNo.NO),
        ("are azizam, bashe", YesNo.YES),
        ("tmm abi", YesNo.YES),
        ("ні, вже не треба", YesNo.NO),
        ("اي زين", YesNo.YES),
        ("na, zarurat nadarom", YesNo.NO),
    ],
)
def test_yes_and_no_beside_address_words_and_already(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("говорите ли български?", "bg"),
        ("türkçe konuşuyor musunuz?", "tr"),
        ("вы говорите по-русски?", "ru"),
        ("vakeren romanes?", "rom"),
    ],
)
def test_do_you_speak_a_language_brings_the_picker_not_an_faq_answer(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    understood = understander.understand(message, snapshot, Context("en"))

    assert (understood.outcome, understood.intent, understood.target_language) == (
        Outcome.INTENT,
        Intent.LANGUAGE,
        language,
    )
