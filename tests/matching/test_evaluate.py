from __future__ import annotations

from pathlib import Path

from bot.matching.evaluate import Question, evaluate, evaluate_file, load_questions
from bot.matching.matcher import MatchEntry, Matcher

MATCHER = Matcher.build(
    [
        MatchEntry("german-course", "de", "Deutschkurs"),
        MatchEntry("german-course", "ro", "curs de germană"),
        MatchEntry("sewing-cafe", "de", "Nähcafé"),
        MatchEntry("office-hours", "de", "Termin"),
    ]
)


def test_counts_hits_misses_and_off_topic_answers_per_language() -> None:
    report = evaluate(
        MATCHER,
        [
            Question("wann ist der Deutschkurs", "de", "german-course"),  # direct, right
            Question("Nähcafé", "de", "german-course"),  # direct, wrong offer
            Question("Termin", "de", None),  # off-topic, answered directly
            Question("Termin beim Arzt", "de", None),  # off-topic, only suggested
            Question("cand e cursul de germana", "ro", "german-course"),
            Question("unde e gara", "ro", None),  # off-topic, nothing found
        ],
    )
    german = report.by_language["de"]
    assert (german.on_topic, german.top1_correct, german.top1_accuracy) == (2, 1, 0.5)
    assert (german.confident_correct, german.confident_wrong) == (1, 1)
    assert (german.off_topic, german.off_topic_confident, german.off_topic_suggested) == (2, 1, 1)
    romanian = report.by_language["ro"]
    assert (romanian.top1_accuracy, romanian.off_topic, romanian.off_topic_confident) == (1, 1, 0)
    assert (report.total.on_topic, report.total.top1_correct, report.total.off_topic) == (3, 2, 3)
    assert [miss.question.text for miss in report.misses] == ["Nähcafé", "Termin"]


def test_table_shows_every_language_the_total_and_the_misses() -> None:
    report = evaluate(
        MATCHER,
        [Question("Deutschkurs", "de", "german-course"), Question("Nähcafé", "ro", "office-hours")],
    )
    rows = report.table().splitlines()
    assert rows[0].split()[:3] == ["lang", "on-topic", "top-1"]
    assert [row.split()[:3] for row in rows[1:4]] == [
        ["de", "1", "100%"],
        ["ro", "1", "0%"],
        ["all", "2", "50%"],
    ]
    assert rows[4] == "MISS [ro] 'Nähcafé': expected office-hours, direct sewing-cafe (100)"


def test_reads_a_development_set_file(tmp_path: Path) -> None:
    path = tmp_path / "questions.yaml"
    path.write_text(
        "questions:\n"
        '  - {q: "Wann ist der Deutschkurs?", lang: de, expect: german-course}\n'
        '  - {q: "Hallo", lang: de, expect: null}\n',
        encoding="utf-8",
    )
    assert load_questions(path) == [
        Question("Wann ist der Deutschkurs?", "de", "german-course"),
        Question("Hallo", "de", None),
    ]
    assert evaluate_file(MATCHER, path).total.top1_accuracy == 1
