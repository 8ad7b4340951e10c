"""The per-language word lists under ``locales/`` are data: checked like the phrase files, and a
new language is a few YAML lines, not code."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.catalogue.issues import CatalogueError
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.i18n.word_lists import load_word_lists, read_word_lists
from bot.matching import stopwords

LOCALES = PROJECT_ROOT / "locales"
LANGUAGES = load_languages()

# Each file and the lists its module reads.
WORD_FILES = {
    stopwords.WORDS_FILE: tuple(stopwords._LISTS.lists),
}


@pytest.mark.parametrize("file_name", sorted(WORD_FILES))
def test_every_list_names_every_language(file_name: str) -> None:
    _, issues = read_word_lists(LOCALES / file_name, WORD_FILES[file_name], LANGUAGES.codes)
    assert not issues, "\n".join(map(str, issues))


def _copy_locales(tmp_path: Path, file_name: str) -> Path:
    shutil.copy(LOCALES / "languages.yaml", tmp_path / "languages.yaml")
    shutil.copy(LOCALES / file_name, tmp_path / file_name)
    return tmp_path


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if line == text)


def test_a_language_missing_from_a_list_is_reported_with_file_and_line(tmp_path: Path) -> None:
    locales = _copy_locales(tmp_path, stopwords.WORDS_FILE)
    path = locales / stopwords.WORDS_FILE
    text = path.read_text(encoding="utf-8")
    # Turkish's filler words taken out: Turkish is still in every other list.
    text = re.sub(r"(?m)^(filler_words:\n(?:  .*\n|       .*\n)*?)  tr: \[[^\]]*\]\n", r"\1", text)
    path.write_text(text, encoding="utf-8")
    names = WORD_FILES[stopwords.WORDS_FILE]
    with pytest.raises(CatalogueError) as raised:
        load_word_lists(stopwords.WORDS_FILE, names, locales)
    line = _line_of(path, "filler_words:")
    assert (
        str(raised.value)
        == f"{path}:{line} filler_words: missing languages: tr (write `xx: []` for none)"
    )


def test_an_unknown_language_or_list_is_reported_with_file_and_line(tmp_path: Path) -> None:
    locales = _copy_locales(tmp_path, stopwords.WORDS_FILE)
    path = locales / stopwords.WORDS_FILE
    text = path.read_text(encoding="utf-8")
    text = text.replace("room_words:\n", "room_words:\n  xx: [miejsca]\n", 1)
    text += "\nroom_wrods:\n  de: [platz]\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as raised:
        load_word_lists(stopwords.WORDS_FILE, WORD_FILES[stopwords.WORDS_FILE], locales)
    message = str(raised.value)
    assert f"{path}:{_line_of(path, '  xx: [miejsca]')} room_words.xx: unknown language" in message
    assert f"{path}:{_line_of(path, 'room_wrods:')} room_wrods: unknown list" in message


def test_a_new_language_is_yaml_lines_not_code(tmp_path: Path) -> None:
    """Polish added to languages.yaml and to each list: its words are read, and the matcher's
    stop words are made from them as from every other language's."""
    locales = _copy_locales(tmp_path, stopwords.WORDS_FILE)
    with (locales / "languages.yaml").open("a", encoding="utf-8") as languages:
        languages.write(
            '  - {code: pl, name: "Polski", locale: pl_PL, direction: ltr, fallbacks: [de]}\n'
        )
    names = WORD_FILES[stopwords.WORDS_FILE]
    with pytest.raises(CatalogueError, match="missing languages: pl"):
        load_word_lists(stopwords.WORDS_FILE, names, locales)

    path = locales / stopwords.WORDS_FILE
    text = path.read_text(encoding="utf-8")
    for name in names:
        polish = "[gdzie, kiedy, prosze, proszę]" if name == "function_words" else "[]"
        text = text.replace(f"\n{name}:\n", f"\n{name}:\n  pl: {polish}\n", 1)
    path.write_text(text, encoding="utf-8")

    lists = load_word_lists(stopwords.WORDS_FILE, names, locales)
    assert lists.words("function_words")["pl"] == "gdzie kiedy prosze proszę"
    assert "pl" not in lists.words("room_words")  # an empty list: no words
    assert {"gdzie", "kiedy", "prosze"} <= stopwords._normalized(lists.words("function_words"))
    assert "gdzie" not in stopwords.STOP_WORDS  # the shipped files are untouched
