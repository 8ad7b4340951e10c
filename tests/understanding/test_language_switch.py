"""When the bot offers "continue in another language?" (bot/understanding/switch.py): not for
a line in the person's own language that the detector hears as another, because an offer's
German name is typed by ear in it, a city is named, or lingua misreads a plain sentence; still
for a line written in another language, Arabic typed on an Arabic keyboard among them (round
27, u-follow25, once test_follow_ups_round27.py). Lines here are none of the evaluation sets'
lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.matching.detect import LanguageDetector
from bot.understanding import Understander
from bot.understanding.switch import LanguageSwitch, name_words, without_names
from tests.understanding.answers import by_form


@pytest.fixture(scope="module")
def reader() -> tuple[Understander, LanguageSwitch]:
    languages = load_languages()
    understander = Understander.load(PROJECT_ROOT / "locales", LanguageDetector(languages.codes))
    return understander, LanguageSwitch(languages, understander.detectable)


def offered(
    reader: tuple[Understander, LanguageSwitch], snapshot: Snapshot, text: str, language: str
) -> tuple[str, ...]:
    understander, switch = reader
    return switch.offer(text, understander.detect_language(text, snapshot), language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an offer's German name typed by ear (heard by its sound, as the offers hear it)
        ("vilkomen ojropa nerde", "tr"),
        ("welkomen evropa ofisi", "tr"),
        ("ofene šprehštunde salı", "tr"),
        # the person's own small words outnumber the detected language's
        ("how do I get the Anmeldung done", "en"),
        ("unde se tine doichkurs saptamana asta", "ro"),
        # "d'accord, ok": two words typed, however normalising splits them
        ("d'accord, ok", "ro"),
    ],
)
def test_a_line_in_the_persons_own_language_is_offered_no_other(
    reader: tuple[Understander, LanguageSwitch],
    snapshot: Snapshot,
    text: str,
    language: str,
) -> None:
    assert offered(reader, snapshot, text, language) == ()


@pytest.mark.parametrize(
    ("text", "language", "other"),
    [
        ("Bună ziua, aș vrea să învăț germana cu copiii mei", "de", "ro"),
        ("hello, I need help with a letter please", "de", "en"),
        ("ich brauche einen Termin für die Beratung bitte", "ro", "de"),
        ("merhaba, çocuklarım için bir kurs arıyorum", "en", "tr"),
        # u-follow25 (round 27, once test_follow_ups_round27.py): Arabic typed on an Arabic
        # keyboard is offered Arabic, not Persian; Persian on a Persian keyboard still Persian
        *by_form(
            "levantine-on-an-arabic-keyboard",
            ("بدي اسأل شي", "de", "ar"),
            ("لازم احكي مع حدا", "en", "ar"),
        ),
        *by_form("persian-on-a-persian-keyboard", ("میخوام درباره کلاس آلمانی بپرسم", "de", "fa")),
    ],
)
def test_a_line_in_another_language_is_still_offered_it(
    reader: tuple[Understander, LanguageSwitch],
    snapshot: Snapshot,
    text: str,
    language: str,
    other: str,
) -> None:
    assert offered(reader, snapshot, text, language)[:1] == (other,)


def test_names_heard_by_sound_and_an_address_city_are_left_out_before_guessing(
    snapshot: Snapshot,
) -> None:
    names = name_words(snapshot.catalogue)
    assert without_names("vilkomen yuropa danışma nerede", names) == "danisma nerede"
    assert without_names("kira ne kadar dortmundda dortmund", names) == "kira ne kadar dortmundda"
