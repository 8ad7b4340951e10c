# People write in many scripts; look-alike letters are the point here:
"""Words of danger in every language bring the emergency numbers, in every language."""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.handover import views
from bot.handover.distress import DistressWords
from bot.i18n.languages import load_languages
from bot.i18n.translator import TextCatalogs

LOCALES = PROJECT_ROOT / "locales"
LANGUAGES = load_languages()
WORDS = DistressWords.load(LOCALES)


def test_every_language_has_words_of_danger() -> None:
    assert set(LANGUAGES.codes) <= WORDS.languages, "add a list to locales/distress.yaml"


@pytest.mark.parametrize("code", LANGUAGES.codes)
def test_the_emergency_notice_names_112_and_110_in_each_language(code: str) -> None:
    t = TextCatalogs(LOCALES, LANGUAGES, "Europe/Berlin").translator(code)

    notice = views.emergency(t)

    assert "112" in notice.text and "110" in notice.text
    assert code == "en" or "danger" not in notice.text, "translated, not the English fallback"
    assert notice.all_buttons[0].action == "human:urgent"


@pytest.mark.parametrize(
    "message",
    [
        "Mein Mann schlägt mich",  # de
        "I want to die",  # en
        "ma bate sotul meu",  # ro, typed without diacritics
        "мъжът ми ме бие ме заплашва",  # bg
        "zaplashva me",  # bg in Latin letters (заплаш*)
        "maren man",  # rom
        "زوجي يضربني",  # ar
        "kocam beni dövüyor",  # tr
        "він б'є мене",  # uk
        "شوهرم مرا کتک میزند",  # fa
    ],
)
def test_words_of_danger_are_found_however_they_are_typed(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "Ich brauche Hilfe beim Jobcenter",
        "polizeiliches Führungszeugnis",
        "cand e cursul de germana",
        "Deutschkurs",
    ],
)
def test_everyday_questions_are_not_alarms(message: str) -> None:
    assert not WORDS.found_in(message)
