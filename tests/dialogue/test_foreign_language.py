"""A message in a language the bot does not speak gets a word in it, not "I don't know"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import CoreApp
from bot.catalogue.issues import CatalogueError
from bot.config import Settings
from bot.understanding.foreign import ForeignLanguages
from tests.support.conversation import offer_title, onboarded

LOCALES = Settings().locales_dir
OURS = ("de", "en", "ro", "bg", "rom", "ar", "tr", "uk", "fa", "ru")


@pytest.mark.parametrize(
    ("picked", "message", "said_in_it", "named_for_the_reader"),
    [
        ("English", "hola necesito ayuda por favor", "no sé escribir en español", "Spanish"),
        ("Deutsch", "bonjour je cherche du travail", "écrire en français", "Französisch"),
        ("Română", "dzien dobry szukam pracy kto mi pomoze", "po polsku", "poloneză"),
        ("Română", "hola necesito ayuda", "escribir en español", "spaniolă"),
        ("Română", "ciao, ho bisogno di aiuto per un lavoro", "in italiano", "italiană"),
        # too short for the detector: told by words none of ours uses
        ("English", "obrigado", "escrever em português", "Portuguese"),
        ("Deutsch", "necesito trabajo", "escribir en español", "Spanisch"),
    ],
)
async def test_a_foreign_language_is_answered_in_it_with_our_languages_and_a_person(
    core: CoreApp, picked: str, message: str, said_in_it: str, named_for_the_reader: str
) -> None:
    chat = await onboarded(core, picked)

    await chat.send(message)

    assert said_in_it in chat.text
    assert named_for_the_reader in chat.text  # and once more in the language they picked
    assert not any("know about that" in line for line in chat.text.splitlines())
    t = core.texts.translator({"English": "en", "Deutsch": "de", "Română": "ro"}[picked])
    assert t._("Goodbye! Write to me any time.") not in chat.text  # "ciao" is hello there
    assert {"Deutsch", "English", "Română", "Русский", "العربية"} <= {
        label.split(" ")[-1] for label in chat.labels
    }
    assert any("🙋" in label for label in chat.labels)

    await chat.tap("Română")
    await chat.send("cand e cursul de germana")

    assert offer_title(core, "german-course", "ro") in chat.text


@pytest.mark.parametrize(
    ("picked", "message", "said_in_it"),
    [
        ("English", "czy ktos mowi po polsku?", "po polsku"),
        ("Română", "hablan español aqui?", "en español"),
    ],
)
async def test_asking_in_a_foreign_language_for_it_says_so_in_it_with_our_languages(
    core: CoreApp, picked: str, message: str, said_in_it: str
) -> None:
    # Found in a new-user run: "czy ktos mowi po polsku?" after choosing English got only
    # "Hello!" and the picker, no word that Polish is not one of ours.
    chat = await onboarded(core, picked)

    await chat.send(message)

    assert said_in_it in chat.text
    assert {"Deutsch", "English", "Română", "Русский", "العربية"} <= {
        label.split(" ")[-1] for label in chat.labels
    }


async def test_their_own_language_is_never_taken_for_a_foreign_one(core: CoreApp) -> None:
    chat = await onboarded(core, "Română")

    await chat.send("am o intrebare despre ceva ce nu stiu cum sa spun")

    assert "🌐" not in chat.text.splitlines()[0]
    assert "nu știu" in chat.text.lower() or "încă" in chat.text.lower()


def test_readers_whose_latin_typing_looks_foreign_are_not_asked() -> None:
    foreign = ForeignLanguages.load(LOCALES, OURS)
    # Latin-typed Bulgarian reads like Albanian or Polish to the detector.
    bulgarian_in_latin = "zdraveite tarsia rabota koi moje da mi pomogne"
    spanish = "hola necesito ayuda con una carta"

    assert foreign.detect(spanish, "en") is not None
    assert foreign.detect(spanish, "bg") is None
    assert foreign.detect(bulgarian_in_latin, "bg") is None
    assert foreign.detect("hola", "en") is None  # too short to tell


async def test_each_listed_word_of_a_foreign_language_tells_it_alone(core: CoreApp) -> None:
    # A word our own phrase lists know ("hola": Romanians back from Spain greet so) would
    # never count: the list holds only words that do.
    foreign = ForeignLanguages.load(LOCALES, OURS)
    snapshot = core.dialogue.catalogue.current
    for entry in foreign.languages:
        for word in sorted(entry.words):
            told = core.dialogue.understander.first_language(word, snapshot).foreign
            assert told is not None and told.code == entry.code, (entry.code, word)


@pytest.mark.parametrize(
    "message",
    ["hola", "buna ziua", "zdrasti", "salam", "lacho dives", "merhaba", "hola buenas", "privet"],
)
async def test_short_greetings_of_ours_are_not_taken_for_a_foreign_language(
    core: CoreApp, message: str
) -> None:
    assert (
        core.dialogue.understander.first_language(message, core.dialogue.catalogue.current).foreign
        is None
    )


def test_a_broken_foreign_file_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "foreign.yaml").write_text(
        "asked_for_readers: [en]\nlanguages:\n  - code: es\n    name: Español\n"
        "  - code: xx\n    name: Nowhere\n    sorry: nothing\n",
        encoding="utf-8",
    )

    with pytest.raises(CatalogueError) as error:
        ForeignLanguages.load(tmp_path, OURS)

    messages = [str(issue) for issue in error.value.issues]
    assert any("foreign.yaml:3" in m and "needs code, name and sorry" in m for m in messages)
    assert any("foreign.yaml:5" in m and "unknown language" in m for m in messages)
