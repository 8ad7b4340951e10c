"""A hostile content file (a stolen staff phone is enough) gets a short refusal naming file and
line, within a fixed memory and time budget, whatever it contains: alias bombs that would
expand to millions of entries, an alias that contains itself, deep nesting, a huge file.

Each file is read in a child process of its own under a memory limit (``RLIMIT_AS``) and a time
limit, forked from one that started Python and imported the bot once for the module.
Before the alias budget, the bombs below took seconds and hundreds of MB or raised
MemoryError / RecursionError.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.catalogue.issues import MAX_ECHO_CHARS
from bot.catalogue.yaml_source import (
    ALIAS_BUDGET,
    MAX_DEPTH,
    MAX_ENTRIES,
    MAX_ENTRIES_WITH_ALIASES,
    MAX_FILE_BYTES,
)
from bot.channels.text_split import MAX_TEXT_PARTS
from bot.config import PROJECT_ROOT

MEMORY_LIMIT = 512 * 1024 * 1024  # the shipped catalogue loads in well under 100 MB
TIME_LIMIT = 60  # seconds for reading one file (the bombs: hours)


def alias_bomb(top: str, depth: int = 8, width: int = 9) -> str:
    """``depth`` lists of ``width`` aliases to the one before: width**depth strings, ~400 B."""
    lines = [f'a0: &a0 ["{"x" * 10}"]']
    for level in range(1, depth + 1):
        lines.append(f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * width)}]")
    lines.append(f"{top}: *a{depth}")
    return "\n".join(lines) + "\n"


def self_reference(top: str) -> str:
    return f"{top}: &a [*a]\n"


def deep(top: str) -> str:
    return f"{top}: {'[' * 990}{']' * 990}\n"


def huge(top: str) -> str:
    return f'{top}: "{"x" * MAX_FILE_BYTES}"\n'


def crowded(top: str) -> str:
    """No alias, under the size limit, but more entries than a catalogue ever needs."""
    return f"{top}:\n" + "- x\n" * (MAX_ENTRIES + 1)


def crowded_with_anchors(top: str) -> str:
    """Files with anchors are read through the node graph, which costs more per entry."""
    return f"{top}:\n- &first x\n- *first\n" + "- x\n" * MAX_ENTRIES_WITH_ALIASES


def echoed(top: str) -> str:
    """No alias at all: one long value that an error message would quote."""
    return f"{top}: [{{id: {'y' * 400_000}}}]\n"


FILES = {  # file -> (how it is loaded, its top key)
    "offers.yaml": ("catalogue", "offers"),
    "locations.yaml": ("catalogue", "locations"),
    "closures.yaml": ("catalogue", "closures"),
    "team.yaml": ("team", "team"),
    "announcements/news.yaml": ("announcement", "offer"),
    "faq.yaml": ("yaml", "faq"),  # any future file read with read_yaml
}
ATTACKS = {
    "alias_bomb": (alias_bomb, "aliases (*name) repeat more than"),
    "self_reference": (self_reference, "refers to the entry it is part of"),
    "deep": (deep, "nested more than"),
    "huge": (huge, "file too large"),
    "crowded": (crowded, f"more than {MAX_ENTRIES} entries"),
    "crowded_with_anchors": (crowded_with_anchors, f"more than {MAX_ENTRIES_WITH_ALIASES} entries"),
    "echoed": (echoed, ""),
}


class ContentReader:
    """``load_content_file --serve``: Python started and the bot imported once for the module;
    each file is still read in a child process of its own, under the memory limit."""

    def __init__(self, errors: Path) -> None:
        self.errors = errors
        self._errors_file = errors.open("wb")
        self.server = subprocess.Popen(
            [sys.executable, "-m", "tests.support.load_content_file", "--serve", str(MEMORY_LIMIT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors_file,
            bufsize=0,
            cwd=PROJECT_ROOT,
            env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        )
        self._read = b""
        self._lines = selectors.DefaultSelector()
        assert self.server.stdout is not None
        self._lines.register(self.server.stdout, selectors.EVENT_READ)

    def _line(self, deadline: float) -> str:
        assert self.server.stdout is not None
        while b"\n" not in self._read:  # unbuffered: select() sees every byte not yet read
            if not self._lines.select(timeout=max(0.0, deadline - time.monotonic())):
                raise AssertionError(f"no answer within {TIME_LIMIT}s")
            more = os.read(self.server.stdout.fileno(), 1 << 16)
            assert more, f"the reader died: {self.errors.read_text()[-2000:]}"
            self._read += more
        line, self._read = self._read.split(b"\n", 1)
        return line.decode()

    def refusals(self, kind: str, content: Path) -> list[tuple[str, int, str]]:
        assert self.server.stdin is not None
        deadline = time.monotonic() + TIME_LIMIT
        self.server.stdin.write(f"{kind}\t{content}\n".encode())
        answer = self._line(deadline)
        if answer.startswith("exit "):  # the child printed nothing: it failed
            raise AssertionError(f"{answer}: {self.errors.read_text()[-2000:]}")
        status = self._line(deadline)
        assert status == "exit 0", f"{status}: {self.errors.read_text()[-2000:]}"
        return [tuple(issue) for issue in json.loads(answer)]

    def close(self) -> None:
        assert self.server.stdin is not None
        self.server.stdin.close()
        try:
            self.server.wait(timeout=TIME_LIMIT)
        finally:
            self.server.kill()
            self._errors_file.close()


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ContentReader]:
    reader = ContentReader(tmp_path_factory.mktemp("reader") / "stderr.txt")
    try:
        yield reader
    finally:
        reader.close()


CASES = [
    (filename, attack)
    for filename in FILES
    for attack in ATTACKS
    if not (attack == "echoed" and FILES[filename][0] == "yaml")  # valid YAML, no schema here
]


@pytest.mark.parametrize(("filename", "attack"), CASES)
def test_a_hostile_content_file_gets_a_short_refusal_naming_file_and_line(
    filename: str, attack: str, tmp_path: Path, reader: ContentReader
) -> None:
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    kind, top = FILES[filename]
    make, reason = ATTACKS[attack]
    hostile = make(top)
    (content / filename).parent.mkdir(exist_ok=True)
    (content / filename).write_text(hostile, encoding="utf-8")

    found = reader.refusals(kind, content)

    ours = [issue for issue in found if issue[0] == Path(filename).name]
    assert ours, f"{filename} was not refused: {found}"
    _, line, text = ours[0]
    assert 1 <= line <= hostile.count("\n"), "the refusal names a line of the file"
    assert reason in text
    assert all(len(issue[2]) <= len(f"{filename}:{line} ") + 2 * MAX_ECHO_CHARS for issue in ours)


def test_the_bomb_is_small_and_would_be_huge() -> None:
    """The bytes sent above are the attack: a few hundred bytes, tens of millions of entries."""
    bomb = alias_bomb("offers")
    assert len(bomb.encode()) < 500
    assert 1000 * ALIAS_BUDGET < 9**8
    assert deep("offers").count("[") > MAX_DEPTH


def test_aliases_within_the_budget_still_work(tmp_path: Path, reader: ContentReader) -> None:
    """Staff may still share a block with an anchor and ``<<: *name``."""
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    (content / "faq.yaml").write_text(alias_bomb("faq", depth=2, width=3), encoding="utf-8")

    assert reader.refusals("yaml", content) == []


def test_the_content_guide_states_the_limits_the_code_applies() -> None:
    text = (PROJECT_ROOT / "content" / "README.md").read_text(encoding="utf-8")
    guide = " ".join(text.split())
    assert f"höchstens {MAX_FILE_BYTES // 1024 // 1024} MB" in guide
    assert f"höchstens {MAX_ENTRIES:,} Einträge".replace(",", " ") in guide
    assert f"höchstens {MAX_DEPTH} Ebenen" in guide
    assert f"höchstens {MAX_ENTRIES_WITH_ALIASES:,} Einträge".replace(",", " ") in guide
    assert f"höchstens {ALIAS_BUDGET:,} Einträge".replace(",", " ") in guide
    assert f"höchstens {MAX_ECHO_CHARS} Zeichen" in guide
    assert f"länger als {MAX_TEXT_PARTS} Nachrichten" in guide
