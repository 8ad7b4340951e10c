"""The phrase tables kept on disk between starts (bot/understanding/phrase_cache.py): a start
reads them instead of building them, an edited phrase file is built again, and a damaged or
unwritable cache only costs time.

Each "start" is ``python -m bot ask --json`` run in this process with the tables of earlier
starts forgotten, as a new process has none.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot import config
from bot.__main__ import main
from bot.config import PROJECT_ROOT, Settings
from bot.understanding import phrase_cache, shared_phrases

NEW_GREETING = "gudde"
"""A greeting staff might add (Hessian "gude"), which the shipped tables do not know."""


@pytest.fixture
def locales(tmp_path: Path) -> Path:
    """A copy of the shipped locales folder, for staff to edit."""
    copy = tmp_path / "locales"
    shutil.copytree(PROJECT_ROOT / "locales", copy)
    return copy


def start(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    locales: Path,
    cache: Path,
    question: str,
    *,
    may_build: bool = True,
) -> dict[str, object]:
    """What a fresh ``python -m bot ask --json QUESTION`` answers; ``may_build`` False: it
    must take the tables from the cache."""
    monkeypatch.setattr(shared_phrases, "_loaded", {})  # a new process knows no tables
    monkeypatch.setenv("LOCALES_DIR", str(locales))
    monkeypatch.setenv("PHRASE_CACHE_DIR", str(cache))
    monkeypatch.setenv("UNDERSTANDING_MODEL", "off")
    if not may_build:

        def no_building(_: Path) -> object:
            raise AssertionError("the phrase tables were built, not read from the cache")

        monkeypatch.setattr(shared_phrases, "_build", no_building)
    assert main(["ask", "--json", question]) == 0
    monkeypatch.undo()
    output = capsys.readouterr()
    assert "Traceback" not in output.err
    answer: dict[str, object] = json.loads(output.out)
    return answer


def add_greeting(locales: Path, word: str) -> None:
    intents = locales / "intents.yaml"
    text = intents.read_text(encoding="utf-8")
    edited = text.replace(
        "\n  greet:\n    de: [hallo, ", f"\n  greet:\n    de: [{word}, hallo, ", 1
    )
    assert edited != text
    intents.write_text(edited, encoding="utf-8")


def cache_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("phrases-*.pickle"))


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    """A cache folder holding the shipped tables, as a first start leaves it (written from the
    tables this test process has anyway, which saves building them once more)."""
    folder = tmp_path / "cache"
    shipped = PROJECT_ROOT / "locales"
    tables = shared_phrases.shared_phrases(shipped)
    key = phrase_cache.cache_key(shipped, shared_phrases.PHRASE_FILES)
    phrase_cache.cached(folder, lambda: key, lambda: tables, lambda _: False)
    assert len(cache_files(folder)) == 1
    return folder


def test_a_start_reads_the_tables_and_an_edited_phrase_file_is_understood_at_the_next(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], locales: Path, cache: Path
) -> None:
    first = start(monkeypatch, capsys, locales, cache, NEW_GREETING, may_build=False)
    assert first["intent"] != "greet"
    assert start(monkeypatch, capsys, locales, cache, "hallo", may_build=False)["intent"] == "greet"

    add_greeting(locales, NEW_GREETING)  # staff add a word, then start the bot again

    assert start(monkeypatch, capsys, locales, cache, NEW_GREETING)["intent"] == "greet"
    assert len(cache_files(cache)) == 2, "the edited files' tables are kept beside the old ones"
    later = start(monkeypatch, capsys, locales, cache, NEW_GREETING, may_build=False)
    assert later["intent"] == "greet", "and read at the start after"


def test_a_damaged_cache_file_is_built_again_without_a_word(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], locales: Path, cache: Path
) -> None:
    [kept] = cache_files(cache)
    damaged = bytearray(kept.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF  # one byte changed on the disk
    kept.write_bytes(bytes(damaged))

    assert start(monkeypatch, capsys, locales, cache, "hallo")["intent"] == "greet"

    assert kept.read_bytes() != damaged, "written again"
    assert start(monkeypatch, capsys, locales, cache, "hallo", may_build=False)["intent"] == "greet"


def test_an_unwritable_cache_folder_still_answers(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    locales: Path,
    cache: Path,
    tmp_path: Path,
) -> None:
    def read_only(*_: object, **__: object) -> object:
        raise OSError(30, "Read-only file system")

    # The disk the cache is on became read-only (as root, permissions would not stop a test).
    with monkeypatch.context() as disk:
        disk.setattr(phrase_cache.tempfile, "mkstemp", read_only)
        disk.setattr(phrase_cache.os, "utime", read_only)
        kept = start(monkeypatch, capsys, locales, cache, "hallo", may_build=False)
        assert kept["intent"] == "greet", "read from the cache as before"

    # A cache folder that cannot be made at all (a file stands where it should be): built.
    add_greeting(locales, NEW_GREETING)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    assert start(monkeypatch, capsys, locales, blocked / "cache", NEW_GREETING)["intent"] == "greet"
    assert blocked.read_text(encoding="utf-8") == ""


def test_the_cache_folder_is_configured_like_the_other_data_folders() -> None:
    # data/phrase-cache, but this test session's own folder while tests run (tests/conftest.py)
    assert Settings.from_env({}).phrase_cache_dir == config.PHRASE_CACHE_DIR
    assert Settings().phrase_cache_dir == config.PHRASE_CACHE_DIR
    assert Settings.from_env({"PHRASE_CACHE_DIR": "/var/cache/bot"}).phrase_cache_dir == Path(
        "/var/cache/bot"
    )
    assert Settings.from_env({"PHRASE_CACHE_DIR": "off"}).phrase_cache_dir is None


def test_every_module_the_tables_are_built_by_is_part_of_the_key() -> None:
    """An edited module builds the tables again only if its source is hashed: the modules
    loaded by importing shared_phrases (in a fresh interpreter) are all in SOURCES."""
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, bot.understanding.shared_phrases\n"
            "for module in list(sys.modules.values()):\n"
            "    if module.__name__.split('.')[0] == 'bot': print(module.__file__)",
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    hashed = {path.resolve() for path in phrase_cache.source_files()}
    assert loaded and {Path(path).resolve() for path in loaded} <= hashed


KILLED_WHILE_WRITING = """
import sys
from pathlib import Path
from bot.understanding import phrase_cache

class Blocking:
    def __reduce__(self):
        print("writing", flush=True)  # half the file is on the disk now
        sys.stdin.readline()  # killed while waiting here
        return (str, ())

tables = [b"x" * 1_000_000, Blocking()]
phrase_cache.cached(Path(sys.argv[1]), lambda: "killed", lambda: tables, lambda _: False)
"""


def test_the_half_written_file_of_a_start_killed_while_writing_is_removed_later(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "cache"
    start = subprocess.Popen(
        [sys.executable, "-c", KILLED_WHILE_WRITING, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=PROJECT_ROOT,
        text=True,
    )
    assert start.stdout is not None and start.stdout.readline() == "writing\n"
    start.kill()
    start.wait()
    [leftover] = folder.glob(".phrases-*.tmp")
    assert leftover.stat().st_size >= 1_000_000 and not cache_files(folder)

    # An hour later another start writes its tables, while a third is writing its own now.
    hour_ago = leftover.stat().st_mtime - 3600
    os.utime(leftover, (hour_ago, hour_ago))
    being_written = folder / ".phrases-now.tmp"
    being_written.write_bytes(b"erstkontakt")
    built = phrase_cache.cached(
        folder, lambda: "later", lambda: {"greet": ["hallo"]}, lambda _: False
    )

    assert not leftover.exists(), "the killed start's half file is gone"
    assert being_written.exists(), "a file another start is writing just now is left alone"
    nothing: dict[str, list[str]] = {}
    read = phrase_cache.cached(folder, lambda: "later", lambda: nothing, lambda found: bool(found))
    assert read == built == {"greet": ["hallo"]}
