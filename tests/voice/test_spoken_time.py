"""Times are spoken as people say them, in each language, never read out as digits."""

from __future__ import annotations

from datetime import time

import pytest

from bot.voice.spoken_time import SPOKEN_TIME, speak_times, spoken_time


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("de", "von zehn bis zwölf Uhr"),
        ("en", "from ten in the morning to twelve noon"),
        ("ro", "de la ora zece până la ora douăsprezece"),
        ("bg", "от десет до дванадесет часа"),
        ("tr", "saat ondan on ikiye kadar"),
        ("ru", "с десяти до двенадцати часов"),
        ("uk", "з десятої до дванадцятої"),
        ("fa", "از ساعت ده تا دوازده"),
        ("ar", "من الساعة العاشرة صباحًا حتى الساعة الثانية عشرة ظهرًا"),
    ],
)
def test_the_morning_course_is_said_in_words(language: str, said: str) -> None:
    assert spoken_time(language, time(10), time(12)) == said


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("de", "von vierzehn Uhr dreißig bis sechzehn Uhr fünfzehn"),
        ("en", "from two thirty to four fifteen in the afternoon"),
        ("ro", "de la ora paisprezece și jumătate până la ora șaisprezece și cincisprezece"),
        ("bg", "от четиринадесет и половина до шестнадесет и петнадесет часа"),
        ("tr", "saat on dört buçuktan on altı on beşe kadar"),
        ("ru", "с четырнадцати тридцати до шестнадцати пятнадцати"),
        ("uk", "з чотирнадцятої тридцять до шістнадцятої п'ятнадцять"),
    ],
)
def test_minutes_are_words_too_with_the_grammar_a_range_needs(language: str, said: str) -> None:
    assert spoken_time(language, time(14, 30), time(16, 15)) == said


def test_a_single_time_and_compound_numbers() -> None:
    assert spoken_time("de", time(9, 45)) == "um neun Uhr fünfundvierzig"
    assert spoken_time("de", time(1)) == "um ein Uhr"
    assert spoken_time("en", time(18, 5)) == "at six oh five in the evening"
    assert spoken_time("ro", time(21, 22)) == "la ora douăzeci și unu și douăzeci și două"
    assert spoken_time("uk", time(9)) == "о дев'ятій"
    assert spoken_time("ru", time(9, 5)) == "в девять ноль пять"


def test_every_written_time_in_a_text_becomes_words_and_no_digit_is_left() -> None:
    for language in SPOKEN_TIME:
        said = speak_times(language, "Di 10:00–12:00, Do 9:30 - 11:00, Fr 17:15")
        assert not any(char.isdigit() for char in said), (language, said)
    assert speak_times("de", "Dienstag, 10:00–12:00.") == "Dienstag, von zehn bis zwölf Uhr."
    # Numbers that are not times stay as they are: a phone number, a year, a score.
    assert speak_times("de", "Ruf 116 117 an, 2026, 3:2") == "Ruf 116 117 an, 2026, 3:2"


def test_romani_has_no_formatter_so_it_is_only_ever_spoken_by_people() -> None:
    assert "rom" not in SPOKEN_TIME
    with pytest.raises(KeyError):
        spoken_time("rom", time(10))
