# People write in many scripts; look-alike letters are the point here:
"""``python -m bot ask``: the JSON contract and the per-language report on a question set."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.config import PROJECT_ROOT

SET = """
questions:
  - {q: "buna ziua", lang: ro, intent: greet}
  - {q: "мъжът ми ме бие", lang: bg, intent: emergency}
  - {q: "romaneste", lang: de, intent: language, target: ro}
  - {q: "da", lang: ro, yesno: "yes"}
  - {q: "cand e cursul de germana", lang: ro, expect: german-course}
  - {q: "wie wird das wetter morgen", lang: de, expect: null}
  - {q: "wann habt ihr offen", lang: de, intent: bye}
"""


def test_the_report_counts_each_kind_per_language_and_names_the_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    questions = tmp_path / "set.yaml"
    questions.write_text(SET, encoding="utf-8")

    assert main(["ask", "--eval", str(questions)]) == 0

    report = capsys.readouterr().out
    rows = {line.split()[0]: line for line in report.splitlines() if line[:3].strip()}
    assert "100% of 1" in rows["ro"] and "100% of 1" in rows["bg"]
    assert "50% of 2" in rows["de"], "one of two intents right: 'wann habt ihr offen' is hours"
    assert "MISS [de] intent 'wann habt ihr offen': expected bye, got hours" in report
    assert "emergency numbers shown for other lines: 0 of 6" in report


def test_the_older_question_set_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--eval", str(PROJECT_ROOT / "tests" / "data" / "questions.yaml")]) == 0
    assert "offers top-1" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("vreau sa vorbesc cu un om", "human"),
        ("بدي موعد", "book"),
        ("cand e cursul de germana", None),
        # danger wins, whatever else the message says
        ("hallo wann ist der deutschkurs mein mann schlägt mich", "emergency"),
    ],
)
def test_ask_json_reports_the_intent_and_the_faq(
    question: str, intent: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "--lang", "ro", "--json", question]) == 0

    record = json.loads(capsys.readouterr().out)
    assert record["intent"] == intent
    assert "faq" in record
    assert record["answer"] == ("german-course" if question.startswith("cand") else None)


@pytest.mark.parametrize(
    ("question", "intent", "numbers"),
    [
        ("there was a fight, where are you", "where", True),  # the line, then the addresses
        ("mein mann schlägt mich", "emergency", True),  # the screen
        ("wann ist der deutschkurs", None, False),
    ],
)
def test_ask_json_says_when_the_numbers_are_shown(
    question: str, intent: str | None, numbers: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "--lang", "en", "--json", question]) == 0

    record = json.loads(capsys.readouterr().out)
    assert record["numbers"] is numbers
    assert record["intent"] == intent, "emergency only for the screen"


def test_the_report_counts_numbers_shown_for_emergencies_and_the_line_on_other_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    questions = tmp_path / "set.yaml"
    questions.write_text(
        """
questions:
  - {q: "there was a fight, where are you", lang: en, intent: emergency}
  - {q: "i am scared, where is your office", lang: en, intent: where}
  - {q: "where is your office", lang: en, intent: where}
""",
        encoding="utf-8",
    )

    assert main(["ask", "--eval", str(questions)]) == 0

    report = capsys.readouterr().out
    header, *rows = report.splitlines()
    columns = re.split(r"\s{2,}", header.strip())
    english = dict(
        zip(columns, re.split(r"\s{2,}", next(r for r in rows if r[:3] == "en ")), strict=True)
    )
    assert english["emergencies"] == "0% of 1", "no screen ..."
    assert english["numbers shown"] == "100% of 1", "... but the numbers, in the line"
    assert "the line with 112 and 110 before the answer to other lines (hint rate): 1 of 2" in (
        report
    )


def test_a_typo_in_the_phrase_lists_names_file_and_line_instead_of_crashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    locales = tmp_path / "locales"
    shutil.copytree(PROJECT_ROOT / "locales", locales)
    intents = locales / "intents.yaml"
    text = intents.read_text(encoding="utf-8").replace("\n  greet:\n", "\n  gret:\n", 1)
    intents.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  gret:") + 1
    monkeypatch.setenv("LOCALES_DIR", str(locales))

    assert main(["ask", "hallo"]) == 1

    error = capsys.readouterr().err
    assert f"intents.yaml:{line} intents.gret: unknown" in error
