"""Russian, Ukrainian and Bulgarian typed in Latin letters the way people romanise (u-translit):
a word spelled another way than the keyword's Latin form ("ishu", "ischu" for "ishchu", ищу;
"xochu" for "khochu") or than a stop word's ("shodit" for "skhodit", сходить) is read as that
word. Lines here are none of the evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.matching.normalize import romanisation_key, transliterate_cyrillic
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        ("ishu rabotu, pomogite pozhaluista", "ru", "welcome-europe"),
        ("ishu rabotu", "ru", "welcome-europe"),
        ("rabotu ishu srochno", "ru", "welcome-europe"),
        ("xochu uchit nemeckij", "ru", "german-course"),
        ("kuda shodit s malyshom utrom", "ru", "parents-cafe"),
    ],
)
def test_a_romanised_word_is_read_as_the_keyword_it_spells(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert (understood.outcome, understood.answer) == (Outcome.ANSWERED, offer)


@pytest.mark.parametrize(
    ("cyrillic", "language", "typed"),
    [
        ("ищу", "ru", "ishu ischu ishchu"),
        ("выучить", "ru", "viuchit vyuchit vyu4it"),
        ("хочу", "ru", "hochu xochu khochu"),
        ("язык", "ru", "jazyk yazyk iazik"),
        ("шукаю", "uk", "shukayu shukaju shukaiu"),
        ("нямам", "bg", "nqmam niamam nyamam"),
        ("немецкий", "ru", "nemetskiy nemeckij nemetzkii"),
        ("сходить", "ru", "shodit skhodit"),
    ],
)
def test_the_ways_a_cyrillic_word_is_romanised_share_one_key(
    cyrillic: str, language: str, typed: str
) -> None:
    key = romanisation_key(transliterate_cyrillic(cyrillic, language))
    assert {romanisation_key(word) for word in typed.split()} == {key}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("robot kaufen", "de"),
        ("kaufe schuhe in der stadt", "de"),
        ("is there a bus to berlin", "en"),
    ],
)
def test_latin_script_look_alikes_get_no_offer(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.answer is None
