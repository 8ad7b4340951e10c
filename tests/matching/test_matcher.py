from __future__ import annotations

import pytest

from bot.matching.matcher import (
    CONFIDENT,
    MAX_QUESTION_CHARS,
    POSSIBLE,
    Candidate,
    MatchEntry,
    Matcher,
    MatchResult,
)

ENTRIES = [
    MatchEntry("german-course", "de", "Deutschkurs"),
    MatchEntry("german-course", "ro", "curs de germană"),
    MatchEntry("german-course", "bg", "курс по немски"),
    MatchEntry("german-course", "uk", "німецька мова"),
    MatchEntry("german-course", "ar", "دورة اللغة الألمانية"),
    MatchEntry("sewing-cafe", "de", "Näh Café"),
    MatchEntry("sewing-cafe", "tr", "dikiş makinesi"),
    MatchEntry("parents-cafe", "de", "Elterncafé"),
    MatchEntry("parents-cafe", "en", "parents cafe"),
    MatchEntry("office-hours", "de", "Hilfe mit Formularen"),
    MatchEntry("welcome-europe", "de", "Hilfe bei der Arbeitssuche"),
    MatchEntry("romanian-breakfast", "ro", "mic dejun românesc"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.build(ENTRIES)


def best(matcher: Matcher, question: str) -> Candidate:
    top = matcher.match(question).top
    assert top is not None, f"nothing found for {question!r}"
    return top


@pytest.mark.parametrize(
    ("question", "offer_id"),
    [
        ("Wann ist der Deutschkurs?", "german-course"),
        ("cand e cursul de germana", "german-course"),  # no diacritics, inflected
        ("CÂND E CURSUL DE GERMANĂ", "german-course"),
        ("kurs po nemski kade e", "german-course"),  # Latin-typed Bulgarian
        ("nimetska mova", "german-course"),  # Latin-typed Ukrainian
        ("متى دورة اللغة الالمانيه", "german-course"),  # Arabic without hamza, heh for teh marbuta
        ("cand e Deutschkurs", "german-course"),  # mixed languages
        ("deutschkurz", "german-course"),  # typo
        ("nähcafe", "sewing-cafe"),  # compound written as one word
        ("dikis makinasi", "sewing-cafe"),  # no diacritics plus a typo
        ("Elterncafe Öffnungszeiten", "parents-cafe"),
        ("micul dejun romanesc", "romanian-breakfast"),
    ],
)
def test_finds_the_offer_confidently(matcher: Matcher, question: str, offer_id: str) -> None:
    result = matcher.match(question)
    assert result.top is not None and result.top.offer_id == offer_id, result
    assert result.confident, result


def test_an_offer_counts_once_with_its_best_keyword(matcher: Matcher) -> None:
    result = matcher.match("Deutschkurs, curs de germana")
    assert [candidate.offer_id for candidate in result.candidates] == ["german-course"]
    assert result.candidates[0].score == 100


def test_offers_named_alike_are_ranked_and_asked_about() -> None:
    shared = Matcher.build(
        [
            MatchEntry("office-hours", "de", "Beratung"),
            MatchEntry("welcome-europe", "de", "Beratung zur Arbeit"),
            MatchEntry("welcome-europe", "de", "Beratung"),
            MatchEntry("parents-cafe", "de", "Beratung für Eltern"),
        ]
    )
    result = shared.match("Beratung")
    # Two offers score 100: the bot must offer both, not pick one.
    assert [candidate.score for candidate in result.candidates] == [100, 100]
    assert {candidate.offer_id for candidate in result.candidates} == {
        "office-hours",
        "welcome-europe",
    }
    assert not result.confident
    assert len(shared.match("Beratung", limit=1).candidates) == 1
    assert shared.match("Beratung Arbeit").confident


def test_part_of_a_keyword_is_only_a_suggestion(matcher: Matcher) -> None:
    result = matcher.match("formularen bitte")
    assert result.top is not None and result.top.offer_id == "office-hours"
    assert POSSIBLE <= result.top.score < CONFIDENT
    assert not result.confident


@pytest.mark.parametrize(
    "question",
    [
        "Wo kann ich den Führerschein machen?",
        "how much is a bus ticket",
        "wann ist es",  # stop words only
        "",
        "🙂🙂",
    ],
)
def test_off_topic_questions_find_nothing(matcher: Matcher, question: str) -> None:
    assert matcher.match(question) == MatchResult(candidates=[], confident=False)


def test_one_or_two_letters_are_never_confident() -> None:
    # Not "DE": "de" is a Romanian and Turkish stop word, only suggested alone in English.
    matcher = Matcher.build([MatchEntry("welcome-europe", "en", "CV")])
    result = matcher.match("cv")
    assert result.top is not None and result.top.score == 100
    assert not result.confident


def test_very_long_text_is_cut_before_matching(matcher: Matcher) -> None:
    padding = "x " * MAX_QUESTION_CHARS
    assert matcher.match(padding + "Deutschkurs").top is None
    assert best(matcher, "Deutschkurs " + padding).offer_id == "german-course"


def test_candidate_names_the_language_of_the_matching_keyword(matcher: Matcher) -> None:
    assert best(matcher, "kurs po nemski").language == "bg"
    assert best(matcher, "micul dejun romanesc").language == "ro"


def test_keyword_of_stop_words_only_matches_the_same_words() -> None:
    matcher = Matcher.build([MatchEntry("office-hours", "en", "Who is there?")])
    assert best(matcher, "who is there").offer_id == "office-hours"
    assert matcher.match("who is there for the german course").top is None


def test_empty_matcher_finds_nothing() -> None:
    assert Matcher.build([]).match("Deutschkurs").top is None


def test_a_keyword_amid_another_topic_is_only_a_suggestion() -> None:
    matcher = Matcher.build([MatchEntry("office-hours", "de", "Termin")])
    assert matcher.match("Ich brauche einen Termin").confident
    about_a_doctor = matcher.match("Termin beim Kinderarzt")
    assert about_a_doctor.top is not None and about_a_doctor.top.offer_id == "office-hours"
    assert not about_a_doctor.confident


def test_the_offer_explaining_more_of_the_question_wins() -> None:
    matcher = Matcher.build(
        [
            MatchEntry("office-hours", "de", "Hilfe"),
            MatchEntry("welcome-europe", "de", "Hilfe"),
            MatchEntry("welcome-europe", "de", "Lebenslauf"),
        ]
    )
    assert best(matcher, "Hilfe beim Lebenslauf schreiben").offer_id == "welcome-europe"


def test_a_joined_pair_does_not_borrow_one_words_match_for_both() -> None:
    # "pomosht" + "cv" resembles "pomosht"; that must not explain "cv" too.
    matcher = Matcher.build(
        [MatchEntry("office-hours", "bg", "помощ"), MatchEntry("welcome-europe", "bg", "CV")]
    )
    office, welcome = sorted(matcher.match("pomosht cv").candidates, key=lambda c: c.offer_id)
    assert office.score == welcome.score


def test_inflected_forms_share_the_stem_but_alone_are_not_enough() -> None:
    matcher = Matcher.build([MatchEntry("german-course", "ro", "curs")])
    result = matcher.match("cursului")
    assert result.top is not None and result.top.offer_id == "german-course"
    assert not result.confident


def test_a_short_keyword_word_is_not_found_in_a_word_two_letters_longer() -> None:
    # "детский сад" is "detskiy sad" in Latin letters: "stadt" (town) is not "sad".
    matcher = Matcher.build([MatchEntry("parents-cafe", "ru", "детский сад")])
    assert matcher.match("kaffee in der stadt").top is None
    assert matcher.match("detskiy sadu").top is not None  # an ending still counts


def test_arabic_article_and_prepositions_do_not_matter() -> None:
    matcher = Matcher.build([MatchEntry("german-course", "ar", "الألماني")])
    for question in ("ألماني", "بالألماني", "والالماني"):
        assert best(matcher, question).score == 100


def test_a_word_borrowed_from_another_languages_stop_words_counts_in_its_own_language() -> None:
    """Turkish "iş" (work) folds to English "is": English small words around it are no
    Turkish, Turkish ones are, and so are its own letters (BORROWED_WORDS_NOTE)."""
    matcher = Matcher.build(
        [MatchEntry("welcome-europe", "tr", "iş"), MatchEntry("sewing-cafe", "bg", "яке")]
    )
    assert matcher.match("is there someone today").top is None
    assert matcher.match("а яке?").top is None
    assert best(matcher, "bana is lazim").offer_id == "welcome-europe"
    assert matcher.match("bana is lazim").confident
    assert best(matcher, "İŞ").score == 100
    alone = matcher.match("is")
    assert alone.top is not None and alone.top.score == POSSIBLE and not alone.confident
