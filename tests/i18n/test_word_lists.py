"""The per-language word lists under ``locales/`` are data: checked like the phrase files, and a
new language is a few YAML lines, not code."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.booking import words as booking_words
from bot.catalogue.issues import CatalogueError
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.i18n.word_lists import (
    SHARED_WORDS_FILE,
    WORD_FILES,
    load_word_lists,
    read_word_lists,
    shared_words,
)
from bot.matching import elsewhere, stopwords
from bot.understanding import needs, offers, phrase_cache, someone

LOCALES = PROJECT_ROOT / "locales"
LANGUAGES = load_languages()

# Each file and the lists its modules read (None: a file of small lists several modules read).
READ_LISTS: dict[str, tuple[str, ...] | None] = {
    stopwords.WORDS_FILE: tuple(stopwords._LISTS.lists),
    elsewhere.WORDS_FILE: tuple(elsewhere._LISTS.lists),
    offers.WORDS_FILE: tuple(offers._LISTS.lists),
    needs.WORDS_FILE: needs.WORD_LISTS,
    SHARED_WORDS_FILE: None,
    booking_words.WORDS_FILE: booking_words.WORD_LISTS,
    someone.WORDS_FILE: someone.WORD_LISTS,
}


def test_every_file_of_word_lists_is_checked_and_part_of_the_phrase_cache_key() -> None:
    assert sorted(READ_LISTS) == sorted(WORD_FILES)
    with pytest.raises(ValueError, match="not in WORD_FILES"):
        load_word_lists("intents.yaml")


@pytest.mark.parametrize("file_name", sorted(READ_LISTS))
def test_every_list_names_every_language(file_name: str) -> None:
    _, issues = read_word_lists(LOCALES / file_name, READ_LISTS[file_name], LANGUAGES.codes)
    assert not issues, "\n".join(map(str, issues))


def test_a_list_no_module_reads_is_an_error_naming_the_file() -> None:
    with pytest.raises(CatalogueError, match=r"words\.yaml:1 where_wrods: missing list"):
        shared_words().every("where_wrods")


def test_an_edited_word_list_is_a_new_phrase_cache_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stop words shape the phrase tables: a start after staff edit them builds the tables
    again instead of reading those made with the old words."""
    words = tmp_path / "words"
    shutil.copytree(LOCALES, words)
    monkeypatch.setattr(phrase_cache, "WORDS_DIR", words)
    before = phrase_cache.cache_key(LOCALES, ())
    stop_words = words / stopwords.WORDS_FILE
    stop_words.write_text(
        stop_words.read_text(encoding="utf-8").replace("  de: [hab,", "  de: [habe,", 1),
        encoding="utf-8",
    )
    assert phrase_cache.cache_key(LOCALES, ()) != before


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
    names = tuple(stopwords._LISTS.lists)
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
        load_word_lists(stopwords.WORDS_FILE, READ_LISTS[stopwords.WORDS_FILE], locales)
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
    names = tuple(stopwords._LISTS.lists)
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


@pytest.mark.parametrize("file_name", sorted(READ_LISTS))
def test_every_file_takes_a_new_language_as_yaml_lines(tmp_path: Path, file_name: str) -> None:
    locales = _copy_locales(tmp_path, file_name)
    with (locales / "languages.yaml").open("a", encoding="utf-8") as languages:
        languages.write(
            '  - {code: pl, name: "Polski", locale: pl_PL, direction: ltr, fallbacks: [de]}\n'
        )
    names = READ_LISTS[file_name]
    with pytest.raises(CatalogueError, match="missing languages: pl"):
        load_word_lists(file_name, names, locales)
    path = locales / file_name
    text = re.sub(r"(?m)^([a-z_]+):\n(?!  pl:)", r"\1:\n  pl: [polskie]\n", path.read_text("utf-8"))
    path.write_text(text.replace("\nother_languages:\n  pl: [polskie]\n", "\n"), encoding="utf-8")
    lists = load_word_lists(file_name, names, locales)
    assert all(lists.entries(name)["pl"] == ("polskie",) for name in lists.lists)
