"""Everyday requests in the forms the ninth round added (issue 11): a request said in a clause
of its own beside a reason or a story, Tajik (Persian written in Cyrillic), Maghrebi and
Libyan Arabic with French words, a language asked for by "translate", until when someone is
still there, being taken off the list. Lines here are none of the evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.understanding import Context, Understander
from bot.understanding.intents import INTENT_SHARE
from bot.understanding.phrases import tajik_in_latin
from bot.understanding.result import Intent

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        (
            "muss meinen termin verschieben, meine oma kommt an dem tag aus polen zu besuch",
            Intent.CANCEL,
        ),
        ("По-английски можно? Немецкий только начала учить в январе", Intent.LANGUAGE),
    ],
)
def test_a_request_in_a_clause_of_its_own_beside_a_reason(message: str, intent: Intent) -> None:
    found = PHRASES.find(message)

    assert found.intent is intent
    assert found.share >= INTENT_SHARE


@pytest.mark.parametrize(
    ("message", "not_this"),
    [
        # asking who helps after a story is part of the story, not a question about the bot
        ("ich hab einen brief vom amt bekommen, wer hilft mir da", Intent.HELP),
        # a country in a statement asks for no language
        ("suche arbeit, komme aus Rumänien", Intent.LANGUAGE),
        # "can't come" beside no appointment is no cancelling
        ("handy ist fast leer, ich schreib später", Intent.CANCEL),
    ],
)
def test_a_clause_that_is_part_of_a_story_makes_no_request(message: str, not_this: Intent) -> None:
    found = PHRASES.find(message)

    assert found.intent is not not_this or found.share < INTENT_SHARE


def test_opening_hours_of_a_shop_are_no_question_about_ours() -> None:
    assert PHRASES.find("bis wann hat aldi heute offen, brauche noch brot").intent is None


def test_tajik_is_read_in_the_letters_persian_is_typed_in() -> None:
    assert tajik_in_latin("Вақти кушодаи шумо") == "vaqti kushodai shumo"
    assert tajik_in_latin("Мехохам бо шумо гап занам") is not None  # no Tajik letter
    assert tajik_in_latin("Когда вы открыты?") is None  # Russian


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("Бо як корманд гап задан мехоҳам", Intent.HUMAN),
        ("Шумо дар куҷо ҳастед?", Intent.WHERE),
        ("Имрӯз соати чанд кушода ҳастед?", Intent.HOURS),
        ("Вақти маро бекор кунед", Intent.CANCEL),
        ("Бо забони англисӣ навишта метавонед?", Intent.LANGUAGE),
    ],
)
def test_tajik(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("n7eb rdv ghodwa ken famma", Intent.BOOK),
        ("nbadel el rdv mta3i, ma najemch nji", Intent.CANCEL),
        ("chnowa najem na3mel houni?", Intent.HELP),
        ("nkhallikom, besslama", Intent.BYE),
    ],
)
def test_maghrebi_arabic_with_french_words(message: str, intent: Intent) -> None:
    found = PHRASES.find(message)

    assert (found.intent or found.social) is intent


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("переведите на румынский", "ro"),
        ("ترجملي للانجليزي", "en"),
        ("перекладіть болгарською", "bg"),
    ],
)
def test_a_language_asked_for_by_translate(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    understood = understander.understand(message, snapshot, Context("de"))

    assert (understood.intent, understood.target_language) == (Intent.LANGUAGE, language)


def test_translating_said_of_someone_asks_for_no_language() -> None:
    assert PHRASES.find("мой брат переводит документы").intent is not Intent.LANGUAGE


@pytest.mark.parametrize(
    "message",
    [
        "till when is someone there on friday",
        "bis wann ist noch jemand da am freitag",
        "до скольки у вас кто-то будет в пятницу",
    ],
)
def test_until_when_someone_is_still_there(message: str) -> None:
    assert PHRASES.find(message).intent is Intent.HOURS


@pytest.mark.parametrize(
    "message",
    [
        "please cross me off for monday",
        "bitte tragen sie mich für montag aus",
        "зніміть мене з запису",
    ],
)
def test_being_taken_off_the_list_cancels(message: str) -> None:
    assert PHRASES.find(message).intent is Intent.CANCEL


@pytest.mark.parametrize(
    "message",
    [
        "how can i change the language of the bot",
        "zaban e in robot ro chetori avaz konam",
        "wo klicke ich, damit eine andere sprache kommt",
    ],
)
def test_asking_how_to_change_the_language_asks_for_the_language(message: str) -> None:
    assert PHRASES.find(message).intent is Intent.LANGUAGE


def test_where_the_way_to_us_starts_is_no_other_place_asked_about() -> None:
    assert PHRASES.find("trimiteti-mi adresa biroului, vin de la gara").intent is Intent.WHERE
