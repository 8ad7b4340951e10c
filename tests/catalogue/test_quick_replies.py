"""``content/quick_replies.yaml``: the mediators' short answers, complete in every language,
marked as examples, checked like offers (file:line errors, outdated translations)."""

from __future__ import annotations

import pytest
import yaml

from bot.catalogue.issues import CatalogueError
from bot.catalogue.loader import load_catalogue
from bot.catalogue.model import ReviewStatus
from tests.catalogue.conftest import SHIPPED_CONTENT, ContentCopy

QUICK = "quick_replies.yaml"


def test_the_shipped_quick_replies_are_complete_unreviewed_examples(languages: list[str]) -> None:
    raw = yaml.safe_load((SHIPPED_CONTENT / QUICK).read_text(encoding="utf-8"))["quick_replies"]
    assert {"morgen-anrufen", "brief-mitbringen", "heute-geschlossen"} <= {e["id"] for e in raw}
    assert all(entry["example"] is True for entry in raw)
    catalogue = load_catalogue(SHIPPED_CONTENT, languages, strict=True).catalogue
    for entry in catalogue.quick_replies.values():
        assert set(entry.texts) == set(languages), entry.id
        assert all(entry.review_status(code) is ReviewStatus.MACHINE for code in languages)
        assert not any(entry.is_outdated(code) for code in languages)
    assert catalogue.quick_replies["morgen-anrufen"].text("ro") == "Vă sun mâine."


def test_a_missing_translation_and_a_bad_id_are_named_by_file_and_line(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    content_copy.edit(QUICK, '      uk: "Я зателефоную вам завтра."\n', "")
    content_copy.edit(QUICK, "  - id: kurz-warten\n", "  - id: Kurz Warten\n")
    text_line = content_copy.line_of(QUICK, "id: morgen-anrufen") + 2  # its 'text:' line
    id_line = content_copy.line_of(QUICK, "id: Kurz Warten")

    with pytest.raises(CatalogueError) as refused:
        load_catalogue(content_copy.root, languages, strict=True)

    found = {
        (issue.file.split("/")[-1], issue.line, issue.message) for issue in refused.value.issues
    }
    assert any(
        f == QUICK and line == text_line and "missing translation 'uk'" in m for f, line, m in found
    )
    assert any(f == QUICK and line == id_line and "not a valid id" in m for f, line, m in found)
    run = content_copy.check(languages)
    assert run.exit_code == 1
    assert f"{QUICK}:{text_line}" in run.output


def test_a_changed_german_text_marks_the_translations_outdated(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    content_copy.edit(QUICK, '"Ich rufe Sie morgen an."', '"Ich rufe Sie morgen früh an."')

    run = content_copy.check(languages)

    assert run.exit_code == 0, "outdated is a warning: the old translation still serves"
    assert "outdated: the German text changed" in run.output
    table = run.output.split("Status per quick reply")[1]
    row = next(line for line in table.splitlines() if line.startswith("morgen-anrufen"))
    assert row.split()[1:] == ["m"] + ["o"] * (len(languages) - 1)


def test_without_the_file_there_are_no_quick_replies(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    (content_copy.root / QUICK).unlink()
    catalogue = load_catalogue(content_copy.root, languages, strict=True).catalogue
    assert dict(catalogue.quick_replies) == {}
