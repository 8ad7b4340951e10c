from __future__ import annotations

import pytest

import bot.matching.detect as detect_module
from bot.matching.detect import LanguageDetector

OUR_LANGUAGES = ["de", "en", "ro", "bg", "rom", "ar", "tr", "uk", "fa"]


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector(OUR_LANGUAGES)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wann findet der Deutschkurs statt?", "de"),
        ("When does the German course start?", "en"),
        ("Când începe cursul de limba germană?", "ro"),
        ("Кога започва курсът по немски?", "bg"),
        ("متى تبدأ دورة اللغة الألمانية؟", "ar"),
        ("Almanca kursu ne zaman başlıyor?", "tr"),
        ("Коли починається курс німецької мови?", "uk"),
        ("کلاس زبان آلمانی کی شروع می‌شود؟", "fa"),
    ],
)
def test_detects_clear_sentences(detector: LanguageDetector, text: str, language: str) -> None:
    assert detector.detect(text) == language


@pytest.mark.parametrize("text", ["ok", "Deutsch", "  hallo  ", "1234567890 🙂🙂🙂"])
def test_short_or_letterless_text_is_not_guessed(detector: LanguageDetector, text: str) -> None:
    assert detector.detect(text) is None


def test_romani_is_never_detected_because_lingua_does_not_know_it(
    detector: LanguageDetector,
) -> None:
    assert detector.detectable == frozenset(OUR_LANGUAGES) - {"rom"}


def test_a_single_known_language_is_no_choice() -> None:
    assert LanguageDetector(["de", "rom"]).detect("Wann findet der Deutschkurs statt?") is None


def test_models_are_built_on_first_detection_only(monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[object] = []
    real_from_languages = detect_module.LanguageDetectorBuilder.from_languages

    def counting_from_languages(*languages: detect_module.Language) -> object:
        builds.append(languages)
        return real_from_languages(*languages)

    monkeypatch.setattr(
        detect_module.LanguageDetectorBuilder, "from_languages", counting_from_languages
    )
    detector = LanguageDetector(["de", "en"])
    assert builds == []
    detector.detect("Wann findet der Deutschkurs statt?")
    detector.detect("When does the German course start?")
    assert len(builds) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("добрий день, коли курс німецької?", "uk"),  # lingua alone: Russian
        ("ні", "uk"),  # short, but only Ukrainian writes і
        ("шо там по курсу, є місця?", "uk"),
        ("здравствуйте, мне нужна помощь с письмом", "ru"),
        ("ещё вопрос", "ru"),
        ("кога е курсът по немски", "bg"),
        ("ساعت کاریتون چیه", "fa"),  # Persian yeh and keheh; lingua alone: Arabic
        ("پسرم", "fa"),  # short, but only Persian writes پ
    ],
)
def test_letters_only_one_of_our_languages_writes_name_it(text: str, language: str) -> None:
    assert LanguageDetector([*OUR_LANGUAGES, "ru"]).detect(text) == language


def test_a_language_we_do_not_offer_is_not_named_by_its_letters() -> None:
    assert LanguageDetector(["de", "ru"]).detect("ні") is None
