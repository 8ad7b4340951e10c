"""Russian, Ukrainian and Bulgarian typed in Latin letters the way people romanise (u-translit):
a word spelled another way than the keyword's Latin form ("ishu", "ischu" for "ishchu", ищу;
"xochu" for "khochu") or than a stop word's ("shodit" for "skhodit", сходить) is read as that
word. Lines here are none of the evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.matching.normalize import romanisation_key, transliterate_cyrillic
from bot.understanding import Context, Understander
from bot.understanding.phrases import PhraseIndex, parse
from bot.understanding.result import Outcome
from tests.support.follow_ups import follow_up


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
        ("още", "bg", "oshte o6te"),  # щ in chat letters is "6t"
        # -ия typed "iya", "ia" or "iq" (q for я): the i and the glide are one sound before a
        ("ушия", "bg", "ushiya ushia u6iq"),
        ("консултация", "bg", "konsultatsiya konsultacia konsultaciq"),
        ("информация", "ru", "informatsiya informacia informatsiia"),
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


# --- u-translit2: the romanisation key in every phrase reader -------------------------------


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("kade ste", True),  # ъ as the official "a"
        ("kude ste", True),  # ъ as "u"
        ("kyde ste", True),  # ъ as "y"
        ("kyde ste be", True),
        ("ste kude", True),  # any word order, as every phrase
        ("kuce ste", False),
        ("kude", False),  # both words of the phrase are needed
    ],
)
def test_a_bulgarian_phrase_is_found_however_its_hard_sign_is_typed(
    typed: str, found: bool
) -> None:
    index = PhraseIndex(parse("къде сте", "where", "bg"))
    assert bool(index.find(typed)) is found


@pytest.mark.parametrize(
    ("entry", "language", "typed"),
    [
        ("живо лице", "bg", "jivo litse"),  # ж as "j" (the chat way), ц as "ts" (the official)
        ("живо лице", "bg", "zhivo litse"),
        ("мъжа ми", "bg", "muja mi"),  # ъ as "u", ж as "j"
        ("мъжа ми", "bg", "myzha mi"),  # ъ as "y"
        ("голяма къща", "bg", "golqma ku6ta"),  # щ as "6t", ъ as "u"
        ("пишу письмо", "ru", "pischu pismo"),  # ш as "sch"
        ("пожалуйста помогите", "ru", "pozhaluista pomogite"),
        ("допомога", "uk", "dopomoga"),  # Ukrainian г as "g"
    ],
)
def test_a_cyrillic_phrase_is_found_in_any_romanisation_by_its_key(
    entry: str, language: str, typed: str
) -> None:
    index = PhraseIndex(parse(entry, "key", language))
    assert any(found.exact for found in index.find(typed)), typed
    # ... by the key: without it the phrase is not found that way, or only as a typo (except
    # where a romanisation already spells it so, as "zhivo litse")
    plain = PhraseIndex(parse(entry, "key", language, keys=False))
    if typed in {"zhivo litse", "dopomoga"}:
        return
    assert not any(found.exact for found in plain.find(typed)), typed


def test_latin_script_words_are_not_read_as_short_keys() -> None:
    """A word of fewer than five letters is read by its key only beside another word of its
    phrase."""
    index = PhraseIndex(parse("чао", "bye", "bg"))
    assert index.find("chao")  # as romanised
    assert not index.find("ciao bella")  # Italian: "ciao" and "chao" share the key "Cao"


@pytest.mark.parametrize(
    ("message", "language", "intent"),
    [
        ("kyde e ofisa vi", "bg", "where"),
        ("kude se namirate", "bg", "where"),
    ],
)
def test_bulgarian_typed_with_u_or_y_for_the_hard_sign_is_understood(
    understander: Understander, snapshot: Snapshot, message: str, language: str, intent: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.intent is not None and understood.intent.value == intent


def test_a_follow_up_in_latin_letters_is_read_by_the_key(
    understander: Understander, snapshot: Snapshot
) -> None:
    assert follow_up(understander, snapshot, "kude to4no e", "bg", "sewing-cafe") == "where"


@pytest.mark.parametrize(
    ("entry", "language", "typed"),
    [
        ("часа", "bg", "ne arde casa"),  # Romanian: the house burns; c alone is no ч
        ("телефонно", "bg", "o telefono mulo"),  # Romani: the phone died; nn is no n
        ("хайр", "bg", "hayir"),  # Turkish no: a short word is not read by its key alone
        ("хайр", "bg", "khair"),  # Persian good
        ("де вас", "uk", "was machen de"),  # German: a three-letter key names nothing
    ],
)
def test_other_languages_words_are_not_read_by_a_cyrillic_key(
    entry: str, language: str, typed: str
) -> None:
    index = PhraseIndex(parse(entry, "key", language))
    assert not any(found.exact for found in index.find(typed)), typed
