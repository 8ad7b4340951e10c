"""A hostile content file (a stolen staff phone is enough) gets a short refusal naming file and
line, within a fixed memory and time budget, whatever it contains: alias bombs that would
expand to millions of entries, an alias that contains itself, deep nesting, a huge file.

Each file is read in a child process under a memory limit (``RLIMIT_AS``) and a time limit.
Before the alias budget, the bombs below took seconds and hundreds of MB or raised
MemoryError / RecursionError.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
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
TIME_LIMIT = 60  # seconds for the whole child, Python's start included (the bombs: hours)


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


def refusals(kind: str, content: Path) -> list[tuple[str, int, str]]:
    memory = str(MEMORY_LIMIT)
    child = subprocess.run(
        [sys.executable, "-m", "tests.support.load_content_file", kind, str(content), memory],
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    return [tuple(issue) for issue in json.loads(child.stdout)]


CASES = [
    (filename, attack)
    for filename in FILES
    for attack in ATTACKS
    if not (attack == "echoed" and FILES[filename][0] == "yaml")  # valid YAML, no schema here
]


@pytest.mark.parametrize(("filename", "attack"), CASES)
def test_a_hostile_content_file_gets_a_short_refusal_naming_file_and_line(
    filename: str, attack: str, tmp_path: Path
) -> None:
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    kind, top = FILES[filename]
    make, reason = ATTACKS[attack]
    hostile = make(top)
    (content / filename).parent.mkdir(exist_ok=True)
    (content / filename).write_text(hostile, encoding="utf-8")

    found = refusals(kind, content)

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


def test_aliases_within_the_budget_still_work(tmp_path: Path) -> None:
    """Staff may still share a block with an anchor and ``<<: *name``."""
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    (content / "faq.yaml").write_text(alias_bomb("faq", depth=2, width=3), encoding="utf-8")

    assert refusals("yaml", content) == []


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
