"""A newcomer's first message: the languages offered first and a foreign language, if any, from
one run of the foreign-language detector (lingua is the slow step of the first screen)."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.matching.detect import LanguageDetector
from bot.understanding import Understander
from bot.understanding.foreign import ForeignLanguage, ForeignLanguages


@pytest.mark.parametrize(
    ("message", "offered_first", "foreign_code"),
    [
        ("buenas tardes necesito ayuda con una carta del jobcenter", None, "es"),
        # Read as Hungarian by the detector; "kamav" is a Romani word of ours.
        ("lacho dives, kamav te sikljovav nemcicka chib", "rom", None),
        ("zdraveite, tarsya kurs po nemski za vazrastni", "bg", None),
        # Read as Turkish by our detector; "baddi" is an Arabic word of ours.
        ("salam, baddi et3allam almani, wen fi kurs?", "ar", None),
        ("ich suche arbeit wer hilft mir", "de", None),
        # Arabizi's digits are letters: "3alaykom" is an Arabic word of ours (was Türkçe first).
        ("salam 3alaykom", "ar", None),
        # Found in a trial: Turkish first; without digits, typed as Arabs type it too.
        ("salam alikum", "ar", None),
    ],
)
def test_the_first_message_names_its_language_from_one_detector_run(
    snapshot: Snapshot,
    monkeypatch: pytest.MonkeyPatch,
    message: str,
    offered_first: str | None,
    foreign_code: str | None,
) -> None:
    codes = load_languages().codes
    foreign = ForeignLanguages.load(PROJECT_ROOT / "locales", codes)
    runs: list[str] = []

    def counted(text: str, reader: str | None) -> ForeignLanguage | None:
        runs.append(text)
        return ForeignLanguages.detect(foreign, text, reader)

    monkeypatch.setattr(foreign, "detect", counted)
    understander = Understander.load(PROJECT_ROOT / "locales", LanguageDetector(codes), foreign)

    first = understander.first_language(message, snapshot)

    assert (first.guesses[0] if first.guesses else None) == offered_first
    assert (first.foreign.code if first.foreign else None) == foreign_code
    assert len(runs) == 1


@pytest.mark.parametrize(
    ("greeting", "offered_first"),
    [
        # Found in a trial (session 34): a Russian "здравствуйте" was greeted back in Bulgarian,
        # Bulgarian first in the picker; the detector hears it as Bulgarian "здравейте".
        ("здравствуйте", "ru"),
        ("zdravstvuite", "ru"),
        ("здрастуйте", "uk"),
        ("здравейте", "bg"),
        ("buna ziua", "ro"),
    ],
)
def test_a_greeting_alone_is_offered_a_language_it_is_a_greeting_of(
    snapshot: Snapshot, greeting: str, offered_first: str
) -> None:
    codes = load_languages().codes
    understander = Understander.load(PROJECT_ROOT / "locales", LanguageDetector(codes))

    assert understander.first_language(greeting, snapshot).guesses[0] == offered_first


@pytest.mark.parametrize(
    "message",
    [
        # Found in a new-user trial: the detector heard German, and no word is in our lists.
        "momken a7dar ma3 awladi?",
        "3ayez at3alem almani",
        "ana 3ayza 7ad ysa3edni f gawab",
    ],
)
def test_words_with_digits_for_letters_are_arabic_first(snapshot: Snapshot, message: str) -> None:
    codes = load_languages().codes
    understander = Understander.load(PROJECT_ROOT / "locales", LanguageDetector(codes))

    assert understander.first_language(message, snapshot).guesses[:1] == ("ar",)


@pytest.mark.parametrize(
    ("message", "denied"),
    [
        ("ich spreche kein deutsch", {"de"}),
        ("i dont speak romanian", {"ro"}),
        ("turkce bilmiyorum", {"tr"}),
        ("ich spreche nicht gut deutsch, englisch bitte", {"de"}),
        # Latin-typed Slavic "na" (in) before a name asks for it; Romani "na" (not) is no
        # preposition there: the language is asked for, not denied.
        ("na russkom pozhaluysta", set()),
        ("pishi mi na angliiski", set()),
        ("mozhe li na bulgarski", set()),
    ],
)
def test_a_language_the_person_says_they_do_not_speak_is_told_from_one_asked_for(
    understander: Understander, message: str, denied: set[str]
) -> None:
    assert understander.languages_denied(message) == denied


@pytest.mark.parametrize(
    "message",
    [
        # no everyday request in them, and the detector hears Albanian or English
        "mardjas man mo rom thaj daravav",
        "peli mi dej thaj na vushtel",
    ],
)
def test_a_romani_first_message_is_offered_romanes_first(snapshot: Snapshot, message: str) -> None:
    """Before a language is chosen, Romani's own small words ("thaj", "mange", "kamav") name
    it, as the words of its requests do: the person is greeted in Romanes, not told that
    Albanian is not written here."""
    codes = load_languages().codes
    understander = Understander.load(
        PROJECT_ROOT / "locales",
        LanguageDetector(codes),
        ForeignLanguages.load(PROJECT_ROOT / "locales", codes),
    )

    first = understander.first_language(message, snapshot)

    assert first.foreign is None
    assert first.guesses[:1] == ("rom",)


@pytest.mark.parametrize(
    ("message", "offered_first"),
    [
        # Persian typed on a Persian keyboard (ی ک, پ): was Arabic first, normalising had folded
        # the letters into Arabic ones before the detector saw them.
        ("ساعت کاریتون چیه", "fa"),
        ("سلام علیکم", "fa"),
        ("بچم نفس نمیکشه", "fa"),
        ("شوهرم مرا لت میکنه", "fa"),
        # typed on an Arabic keyboard: ي ك
        ("السلام عليكم، وين مكانكم؟ بدي احكي مع حدا", "ar"),
    ],
)
def test_persian_is_told_from_arabic_by_the_letters_of_its_keyboard(
    snapshot: Snapshot, message: str, offered_first: str
) -> None:
    codes = load_languages().codes
    understander = Understander.load(
        PROJECT_ROOT / "locales",
        LanguageDetector(codes),
        ForeignLanguages.load(PROJECT_ROOT / "locales", codes),
    )

    assert understander.first_language(message, snapshot).guesses[:1] == (offered_first,)


def _understander_with_foreign_languages() -> Understander:
    codes = load_languages().codes
    return Understander.load(
        PROJECT_ROOT / "locales",
        LanguageDetector(codes),
        ForeignLanguages.load(PROJECT_ROOT / "locales", codes),
    )


@pytest.mark.parametrize(
    ("message", "offered_first"),
    [
        # Latin typing the detectors and word lists missed (no guess, or another language
        # first); the letter runs read them (bot/understanding/letter_languages.py).
        ("u nas nemae hroshei na orendu", "uk"),  # no guess
        ("zhinka zahvorila vchora", "uk"),  # German first
        ("ya pryikhav z kharkova", "uk"),  # English first
        ("ya priehal iz kazani", "ru"),  # no guess
        ("otkuda vy", "ru"),  # no guess
        ("zhena mi e bremenna", "bg"),  # no guess
        ("salam, man donbale kar hastam", "fa"),  # Turkish first
        ("mersi kheili", "fa"),  # Bulgarian first
        ("shu el sa3at", "ar"),  # no guess
        ("kaj san", "rom"),  # no guess
    ],
)
def test_latin_typing_is_offered_its_language_first_by_its_letters(
    snapshot: Snapshot, message: str, offered_first: str
) -> None:
    first = _understander_with_foreign_languages().first_language(message, snapshot)

    assert first.foreign is None
    assert first.guesses[:1] == (offered_first,)


@pytest.mark.parametrize(
    ("message", "foreign_code"),
    [
        ("dzien dobry, szukam pracy w magazynie", "pl"),
        ("hola buenos dias, necesito trabajo", "es"),
        ("mirupafshim, kam nevoje per ndihme me dokumentet", "sq"),
    ],
)
def test_a_language_we_do_not_speak_is_not_taken_for_one_of_ours_by_its_letters(
    snapshot: Snapshot, message: str, foreign_code: str
) -> None:
    """The letter runs read these as foreign too: the detector's language stays."""
    first = _understander_with_foreign_languages().first_language(message, snapshot)

    assert first.foreign is not None and first.foreign.code == foreign_code
    assert first.guesses == ()


@pytest.mark.parametrize(
    ("message", "offered_first"),
    [
        # Heard as French and as Polish by the detector (before session 25: "Sorry, I cannot
        # write French/Polish yet"); their letter runs are Ukrainian and Russian typed in Latin.
        ("otrymala lyst vid familienkasse", "uk"),
        ("dobryj den, kto govorit po russki", "ru"),
    ],
)
def test_latin_typing_of_ours_heard_as_a_foreign_language_is_offered_ours(
    snapshot: Snapshot, message: str, offered_first: str
) -> None:
    first = _understander_with_foreign_languages().first_language(message, snapshot)

    assert first.foreign is None
    assert first.guesses[:1] == (offered_first,)


@pytest.mark.parametrize(
    "message",
    [
        # Hungarian, Spanish, Portuguese and Italian, too short for the foreign detector: they
        # were offered Українська, العربية, Türkçe and Русский first (session 24).
        "jo napot kivanok",
        "hola que tal",
        "ola tudo bem",
        "buongiorno a tutti",
    ],
)
def test_a_message_whose_letters_read_foreign_is_offered_no_language_of_ours(
    snapshot: Snapshot, message: str
) -> None:
    first = _understander_with_foreign_languages().first_language(message, snapshot)

    assert first.guesses == ()
