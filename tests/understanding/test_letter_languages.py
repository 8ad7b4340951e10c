"""The letter-run reading of Latin typing: shipped from today's data, safe when missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.understanding.letter_languages import (
    FOREIGN,
    LetterLanguages,
    shipped_letter_languages,
    typed_in_latin_letters,
)
from bot.understanding.train_intent_head import training_files
from bot.understanding.train_letter_languages import (
    FOREIGN_LINES,
    build,
    foreign_lines,
    latin_lines,
    stored_table,
    table,
)

AGREE_ENOUGH = 0.98
"""Share of today's Latin-letter lines the shipped table must read as a table counted today
does. A round's new probe files (a few hundred lines of ~23,000) are fine until it is rebuilt."""


def test_the_shipped_table_reads_todays_lines_as_a_fresh_one() -> None:
    shipped = shipped_letter_languages()
    assert shipped is not None
    ours = latin_lines(training_files())
    lines = ours + foreign_lines(ours)
    fresh = table(lines)

    agree = sum(shipped.language(text) == fresh.language(text) for _, text in lines)

    assert shipped.languages == fresh.languages
    assert agree >= AGREE_ENOUGH * len(lines), (
        "the sets changed since letter_languages.json was built: run "
        "`python -m bot.understanding.train_letter_languages` and commit the file"
    )


def test_the_table_is_learnt_from_no_report_set() -> None:
    names = {path.name for path in training_files()}

    assert "heldout35.yaml" not in names
    assert FOREIGN_LINES.name == "dev.yaml"  # never the foreign lines' report part


def test_german_office_words_in_foreign_lines_do_not_say_foreign(tmp_path: Path) -> None:
    """A Pole writes "Anmeldung" as a Bulgarian does: the foreign class learns only the rest."""
    foreign = tmp_path / "foreign.yaml"
    foreign.write_text("lines:\n  pl: ['potrzebuje pomocy z Anmeldung']\n", encoding="utf-8")
    ours = [("de", "wo mache ich die anmeldung"), ("bg", "pomosht s anmeldung")]

    assert foreign_lines(ours, foreign) == [(FOREIGN, "potrzebuje pomocy z")]


def test_the_reading_says_how_much_likelier_a_foreign_language_is() -> None:
    shipped = shipped_letter_languages()
    assert shipped is not None and FOREIGN in shipped.languages

    polish = shipped.reading("dzien dobry, szukam pracy w magazynie")
    russian = shipped.reading("zdravstvuite, mne nuzhna pomoshch s pismom")

    assert polish is not None and polish.foreign_lead is not None and polish.foreign_lead > 0
    assert russian is not None and russian.language == "ru"
    assert russian.foreign_lead is not None and russian.foreign_lead < 0


def test_a_built_table_reads_as_the_counted_one(tmp_path: Path) -> None:
    out = tmp_path / "letters.json"
    build(out, without=[])
    ours = latin_lines(training_files())
    lines = ours + foreign_lines(ours)
    texts = [text for _, text in lines[::50]]

    stored, counted = stored_table(out), table(lines)

    assert [stored.language(t) for t in texts] == [counted.language(t) for t in texts]


@pytest.mark.parametrize("text", ["👍", "12:30", "Привет", "سلام", "", "?!"])
def test_only_latin_letters_are_read(text: str) -> None:
    shipped = shipped_letter_languages()
    assert shipped is not None

    assert shipped.language(text) is None


def test_latin_letters_are_told_from_other_scripts() -> None:
    assert typed_in_latin_letters("ce ora deschideti? 👍")
    assert typed_in_latin_letters("şimdi açık mı")
    assert not typed_in_latin_letters("salam سلام")
    assert not typed_in_latin_letters("3 7 9")


def test_a_missing_or_broken_table_leaves_the_detectors_alone(tmp_path: Path) -> None:
    broken = tmp_path / "letters.json"
    broken.write_text("{not json", encoding="utf-8")

    assert LetterLanguages.load(tmp_path / "missing.json") is None
    assert LetterLanguages.load(broken) is None
