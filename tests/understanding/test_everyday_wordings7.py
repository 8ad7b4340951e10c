"""Everyday requests and typed yes/no in the forms the seventh round added (issue 11):
Russian as Belarusians and labour migrants spell it, Ukrainian on a Russian keyboard,
Bavarian and Anatolian spoken endings, "this one" / "not this one" and address words beside a
typed answer, a person asked for as "not a machine". Lines here are none of the evaluation
sets' lines."""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.matching.normalize import normalize
from bot.understanding import Understander
from bot.understanding.phrases import latin_slavic_spelling, slavic_spelling
from bot.understanding.result import Intent, YesNo

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


def _folded(word: str) -> str:
    return slavic_spelling(normalize(word))


@pytest.mark.parametrize(
    ("spelled", "written"),
    [
        ("чалавекам", "человеком"),  # Belarusian akanye
        ("нада", "надо"),  # a migrant's spelling
        ("делат", "делать"),  # the soft sign left out
        ("запісацца", "записаться"),  # -цца is -ться
        ("пагаварыць", "поговорить"),  # soft ц is т
        ("видкрито", "відкрито"),  # и for і on a Russian keyboard
    ],
)
def test_russian_as_belarusians_and_migrants_spell_it_folds_to_one_form(
    spelled: str, written: str
) -> None:
    assert _folded(spelled) == _folded(written)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("чоловік", "человек"),  # Ukrainian: a man, a husband; Russian: a person
        ("допоможе", "допоможи"),  # it will help / help me!
    ],
)
def test_other_words_stay_apart_when_folded(one: str, other: str) -> None:
    assert _folded(one) != _folded(other)


@pytest.mark.parametrize(
    ("typed", "romanised"),
    [("vi", "vy"), ("4to", "chto"), ("xochu", "khochu"), ("jivim", "zhivym"), ("nada", "nado")],
)
def test_russian_typed_in_latin_letters_folds_to_one_form(typed: str, romanised: str) -> None:
    assert latin_slavic_spelling(typed) == latin_slavic_spelling(romanised)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("kogda vi otkriti zavtra", Intent.HOURS),
        ("4to ti mojesh", Intent.HELP),
        ("koly vy vidkryti", Intent.HOURS),  # Ukrainian
    ],
)
def test_russian_and_ukrainian_typed_in_latin_letters_any_way(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize("message", ["do do", "what do you do"])
def test_short_latin_words_are_no_russian_yes(message: str) -> None:
    assert PHRASES.yes_no(message) is None


def test_two_words_typed_as_one_are_not_folded() -> None:
    # "para nasil" read as one would fold like Russian "перенес*" (move an appointment)
    assert PHRASES.find("turkiyeye para nasil gonderirim").intent is not Intent.CANCEL


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("дзякуй вялікі", Intent.THANKS),
        ("добры дзень", Intent.GREET),
        ("хачу пагаварыць з жывым чалавекам", Intent.HUMAN),
        ("дзе ваш офіс", Intent.WHERE),
        ("мне нада запис на сераду", Intent.BOOK),
        ("адмяніце запіс, калі ласка", Intent.CANCEL),
        ("коли видкрито завтра", Intent.HOURS),  # Ukrainian on a Russian keyboard
    ],
)
def test_russian_of_belarusians_and_migrants(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("kon i an termin ausmacha", Intent.BOOK),  # Bavarian: -a for -en
        ("i mog mei termin absogn", Intent.CANCEL),  # Bavarian: -n for -en
        ("wo is eier büro", Intent.WHERE),
        ("almanca bilmiyom, türkçe yazın", Intent.LANGUAGE),  # Anatolian: -yom for -yorum
    ],
)
def test_spoken_endings_are_read_as_written(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    "message",
    [
        "mit am menschen redn, ned mit da maschin",
        "i want a person, not a computer",
        "vreau un om, nu o masina",
        "makine değil insan",
        "не машина, а жывы чалавек",
    ],
)
def test_a_person_asked_for_as_not_a_machine(message: str) -> None:
    assert PHRASES.find(message).intent is Intent.HUMAN


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("ja, des do", YesNo.YES),  # Bavarian
        ("da bre, asta", YesNo.YES),
        ("yeah mate, that one", YesNo.YES),
        ("wah, hadi", YesNo.YES),  # Maghreb Arabic
        ("areh dadash, hamoon", YesNo.YES),  # Finglish with an address word
        ("так, оце", YesNo.YES),
        ("nah bruv, not that", YesNo.NO),
        ("yok, bu değil", YesNo.NO),
        ("لا، مش هاد", YesNo.NO),
        ("не, не тот", YesNo.NO),
        ("نه، این نیست", YesNo.NO),
    ],
)
def test_a_typed_answer_beside_this_one_or_an_address_word(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize("message", ["da, dar nu asta", "yes no", "так, але ні"])
def test_yes_and_no_together_are_no_answer(message: str) -> None:
    assert PHRASES.yes_no(message) is None


def test_two_small_words_do_not_read_as_a_listed_stem() -> None:
    # "di la" typed as one is "dila", which starts like Turkish "dil*" (language)
    assert PHRASES.find("salutari di la bacau").intent is not Intent.LANGUAGE


def test_a_word_said_twice_is_explained_once_found() -> None:
    assert PHRASES.find("om, vreau om").intent is Intent.HUMAN


@pytest.mark.parametrize(
    ("message", "social"),
    [("ciao, buna seara", Intent.GREET), ("ciao, bis morgen", Intent.BYE)],
)
def test_a_word_of_hello_and_goodbye_goes_with_the_formula_beside_it(
    message: str, social: Intent
) -> None:
    assert PHRASES.find(message).social is social


@pytest.mark.parametrize(
    ("message", "language"),
    [("en anglais svp", "en"), ("bel allemand", "de"), ("англиский давай", "en")],
)
def test_languages_named_in_french_or_misspelled(message: str, language: str) -> None:
    found = PHRASES.find(message)

    assert (found.intent, found.target) == (Intent.LANGUAGE, language)
