from __future__ import annotations

import pytest

from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Cursul de GERMANĂ", "cursul de germana"),
        ("învăț șase țări ş ţ", "invat sase tari s t"),  # comma below and cedilla alike
        ("Nähcafé Öffnungszeiten Straße", "nahcafe offnungszeiten strasse"),
        ("Dikiş atölyesi var mı İSTANBUL ğ ç", "dikis atolyesi var mi istanbul g c"),
        ("  Deutsch-Kurs?!  wann??? 🙂👍 ", "deutsch kurs wann"),
        ("КУРС по Немски, моля!", "курс по немски моля"),
    ],
)
def test_normalize_folds_case_diacritics_and_punctuation(typed: str, expected: str) -> None:
    assert normalize(typed) == expected


def test_arabic_letter_variants_and_vowel_marks_are_unified() -> None:
    # hamza forms, madda, alef maqsura, teh marbuta, tashkeel and tatweel
    assert normalize("أإآا") == "اااا"
    assert normalize("مستشفى") == normalize("مستشفي")
    assert normalize("مدرسة") == normalize("مدرسه")
    assert normalize("اللُّغَةُ الألمـــانية") == normalize("اللغه الالمانيه")


def test_persian_and_arabic_yeh_and_kaf_are_one_letter() -> None:
    assert normalize("کلاس آلمانی") == normalize("كلاس آلماني")


def test_persian_zero_width_non_joiner_separates_words() -> None:
    assert normalize("کلاس\u200cهای") == normalize("کلاس های")


def test_digits_stay_for_latin_typed_arabic() -> None:
    assert normalize("mosa3ada b awra2") == "mosa3ada b awra2"


@pytest.mark.parametrize(
    ("cyrillic", "language", "latin"),
    [
        ("Курс по немски", "bg", "kurs po nemski"),
        ("Помощ с документи", "bg", "pomosht s dokumenti"),  # щ -> sht in Bulgarian
        ("Търся работа", "bg", "tarsya rabota"),  # ъ -> a, я -> ya
        ("Німецька мова", "uk", "nimetska mova"),  # ь vanishes instead of splitting the word
        ("Допомога з документами", "uk", "dopomoha z dokumentamy"),  # г -> h, и -> y
        ("Шукаю роботу", "uk", "shukayu robotu"),
    ],
)
def test_cyrillic_is_transliterated_as_people_type_it(
    cyrillic: str, language: str, latin: str
) -> None:
    assert transliterate_cyrillic(cyrillic, language) == latin


def test_transliteration_leaves_other_scripts_alone() -> None:
    assert transliterate_cyrillic("Курс Deutsch دورة", "bg") == "kurs deutsch دوره"


def test_has_cyrillic() -> None:
    assert has_cyrillic("kurs по nemski")
    assert not has_cyrillic("kurs po nemski دورة")


@pytest.mark.parametrize("apostrophe", ["'", "\u02bc", "\u2019", "`"])
def test_a_ukrainian_word_with_any_apostrophe_is_one_word(apostrophe: str) -> None:
    assert normalize(f"б{apostrophe}є мене, зв{apostrophe}язатися") == "бє мене звязатися"
    assert transliterate_cyrillic(f"зв{apostrophe}язок", language="uk") == "zvyazok"


def test_an_apostrophe_between_latin_letters_still_splits_the_word() -> None:
    assert normalize("almanya'da, don’t") == "almanya da don t"
