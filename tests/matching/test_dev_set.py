"""The shipped catalogue's titles and keywords against the development set of questions."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.matching.evaluate import Question, evaluate, load_questions
from bot.matching.matcher import Matcher
from bot.matching.normalize import normalize
from tests.matching.offer_entries import DEV_QUESTIONS, SHIPPED_OFFERS, entries_from_offers_file

LANGUAGES_FILE = Path(__file__).parents[2] / "locales" / "languages.yaml"
OFFER_IDS = {
    "german-course",
    "parents-cafe",
    "sewing-cafe",
    "office-hours",
    "romanian-breakfast",
    "welcome-europe",
}
MIN_TOP1_ACCURACY = 0.9
MIN_QUESTIONS_PER_LANGUAGE = 15
MIN_OFF_TOPIC_PER_LANGUAGE = 3
MAX_WORDS_OF_A_KEYWORD = 3


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    return load_questions(DEV_QUESTIONS)


def test_shipped_keywords_find_the_offer_and_never_answer_off_topic(
    questions: list[Question],
) -> None:
    report = evaluate(Matcher.build(entries_from_offers_file(SHIPPED_OFFERS)), questions)
    print(f"\n{report.table()}")  # the figures, also when the test passes (pytest -s)
    total = report.total
    assert total.top1_accuracy >= MIN_TOP1_ACCURACY, report.table()
    assert total.off_topic_confident == 0, report.table()
    assert total.confident_wrong == 0, report.table()


def test_every_language_has_enough_questions_and_off_topic_ones(
    questions: list[Question],
) -> None:
    languages = {
        language["code"]
        for language in yaml.safe_load(LANGUAGES_FILE.read_text(encoding="utf-8"))["languages"]
    }
    per_language = Counter(question.language for question in questions)
    off_topic = Counter(question.language for question in questions if question.expected is None)
    assert set(per_language) == languages
    assert min(per_language.values()) >= MIN_QUESTIONS_PER_LANGUAGE, per_language
    assert min(off_topic[language] for language in languages) >= MIN_OFF_TOPIC_PER_LANGUAGE


def test_questions_name_real_offers_once_each(questions: list[Question]) -> None:
    assert {question.expected for question in questions} - {None} == OFFER_IDS
    texts = Counter(normalize(question.text) for question in questions)
    assert [text for text, count in texts.items() if count > 1] == []


def test_no_question_is_pasted_into_the_keywords(questions: list[Question]) -> None:
    """Keywords copied from the questions would make the accuracy figure meaningless.

    Short questions may well equal a title or keyword ("шукаю роботу"): that is how people ask.
    """
    keywords = {normalize(entry.text) for entry in entries_from_offers_file(SHIPPED_OFFERS)}
    pasted = [
        question.text
        for question in questions
        if len(normalize(question.text).split()) > MAX_WORDS_OF_A_KEYWORD
        and normalize(question.text) in keywords
    ]
    assert pasted == []
