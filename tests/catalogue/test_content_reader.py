"""The content reader: the same data and lines whichever way a file is read, a duplicate key
named at its line, and a real centre's 240-offer catalogue well inside the limits.

Plain files are built straight from the parser's events; a file with an anchor (``&name``) is
read through the node graph, which measures what aliases expand to. An anchor nobody uses
changes nothing in a file, so both ways must give the same answer on the same content.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bot.catalogue.issues import FieldPath
from bot.catalogue.loader import inspect_content
from bot.catalogue.yaml_source import MAX_ENTRIES, MAX_FILE_BYTES, YamlSource, read_yaml

from .conftest import SHIPPED_CONTENT

SNIPPETS = {
    "scalars": (
        "offers:\n"
        "  - id: a\n"
        "    seats: 010\n"  # YAML 1.1 octal, as the loader has always read it
        "    start: 10:00\n"  # text, not 600
        "    day: 2026-12-03\n"  # text for the schema to check
        "    free: true\n"
        "    answer: no\n"  # a word, not false
        "    latitude: 51.5\n"
        "    note: ~\n"
        "    empty:\n"
        '    quoted: "true"\n'
    ),
    "nested": (
        "offers:\n"
        "  - id: b\n"
        "    title: {de: Kurs, en: Course}\n"
        "    schedule:\n"
        "      - weekday: monday\n"
        "        start: '10:00'\n"
        "      - [1, 2, {x: y}]\n"
        "    text: |\n"
        "      two\n"
        "      lines\n"
    ),
    "duplicates": (
        "offers:\n"
        "  - id: c\n"
        "    title: {de: Erst}\n"
        "    place: here\n"
        "    title: {en: Second}\n"
        "    title: last\n"
        "  - 7: seven\n"
        "    true: yes\n"
    ),
}


def _paths(data: object, prefix: FieldPath = ()) -> Iterator[FieldPath]:
    """Every path in ``data``, and one missing below each (which falls back to its parent)."""
    yield prefix
    yield (*prefix, "missing", 0)
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*prefix, index))


def _read(folder: Path, name: str, text: str) -> tuple[YamlSource | None, list[str]]:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    source, issues = read_yaml(path)
    return source, [f"{issue.line} {issue.path}: {issue.message}" for issue in issues]


@pytest.mark.parametrize("name", SNIPPETS)
def test_a_file_reads_the_same_with_an_unused_anchor(name: str, tmp_path: Path) -> None:
    text = SNIPPETS[name]
    anchored = text.replace("offers:\n", "offers: &all\n", 1)

    plain, plain_issues = _read(tmp_path, "plain.yaml", text)
    careful, careful_issues = _read(tmp_path, "anchored.yaml", anchored)

    assert plain is not None and careful is not None
    assert repr(plain.data) == repr(careful.data)  # repr: 8 and 8.0 differ, True and 1 too
    assert plain_issues == careful_issues
    for path in _paths(plain.data):
        assert plain.line_of(path) == careful.line_of(path), path


def test_the_values_are_read_as_staff_mean_them(tmp_path: Path) -> None:
    source, issues = _read(tmp_path, "offers.yaml", SNIPPETS["scalars"])

    assert source is not None and not issues
    assert source.data == {
        "offers": [
            {
                "id": "a",
                "seats": 8,
                "start": "10:00",
                "day": "2026-12-03",
                "free": True,
                "answer": "no",
                "latitude": 51.5,
                "note": None,
                "empty": None,
                "quoted": "true",
            }
        ]
    }
    assert source.line_of(("offers", 0, "latitude")) == 8
    assert source.line_of(("offers", 0, "latitude", "missing")) == 8
    assert source.line_of(("offers", 3)) == 1  # no fourth offer: the top of the file


def test_a_key_written_twice_is_named_at_its_line_with_the_first(tmp_path: Path) -> None:
    source, issues = _read(tmp_path, "offers.yaml", SNIPPETS["duplicates"])

    assert source is not None
    assert issues == [
        "5 offers[0].title: duplicate key 'title' (first at line 3)",
        "6 offers[0].title: duplicate key 'title' (first at line 3)",
    ]
    assert source.data == {  # YAML keeps the last
        "offers": [{"id": "c", "title": "last", "place": "here"}, {7: "seven", True: "yes"}]
    }
    assert source.line_of(("offers", 0, "title", "de")) == 6  # the last, not the first's 'de'


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("offers:\n  - id: a\n    title: [x\n", 4, "YAML syntax error"),
        ("a: 1\n---\nb: 2\n", 2, "expected a single document"),
        ("offers:\n  - <<: {id: a}\n", 0, ""),  # a merge key is fine
    ],
)
def test_broken_files_are_named_at_a_line(
    text: str, line: int, problem: str, tmp_path: Path
) -> None:
    source, issues = _read(tmp_path, "offers.yaml", text)

    if not problem:
        assert source is not None and source.data == {"offers": [{"id": "a"}]} and not issues
        return
    assert source is None
    assert len(issues) == 1 and issues[0].startswith(f"{line} ") and problem in issues[0]


def test_a_catalogue_of_240_offers_with_their_reviews_is_well_inside_the_limits(
    tmp_path: Path, languages: list[str]
) -> None:
    """The shipped offers 40 times over, written out as staff would (no anchors), with every
    translation's review block: half the size and entries the reader allows, or less. (50 times
    until session 25: the shipped offers' keywords in ten languages grew past 84 KB each.)"""
    content = tmp_path / "content"
    content.mkdir()
    for shipped in SHIPPED_CONTENT.glob("*.yaml"):
        (content / shipped.name).write_text(shipped.read_text(encoding="utf-8"), "utf-8")
    data = yaml.safe_load((SHIPPED_CONTENT / "offers.yaml").read_text(encoding="utf-8"))
    offers = []
    for copy_number in range(40):
        for offer in data["offers"]:
            clone = copy.deepcopy(offer)
            if copy_number:  # the first keeps its id: faq.yaml names it
                clone["id"] = f"{offer['id']}-{copy_number}"[:40]
            offers.append(clone)
    text = yaml.safe_dump({"offers": offers}, allow_unicode=True, sort_keys=False)
    (content / "offers.yaml").write_text(text, encoding="utf-8")

    events = list(yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    entries = sum(isinstance(event, yaml.NodeEvent) for event in events)
    assert len(offers) == 240
    assert not any(isinstance(event, yaml.NodeEvent) and event.anchor for event in events)
    assert len(text.encode()) <= MAX_FILE_BYTES / 2
    assert entries <= MAX_ENTRIES / 2

    inspection = inspect_content(content, languages)

    assert inspection.errors == ()
    assert inspection.catalogue is not None and len(inspection.catalogue.offers) == 240


def test_windows_line_ends_read_as_the_same_data_and_lines(tmp_path: Path) -> None:
    """Files are handed to libyaml as bytes: a file saved with CRLF (a Windows editor) reads
    exactly like the same file with LF, block texts and folded lines included."""
    text = SNIPPETS["nested"] + '    note: "one\n      two"\n    plain: three\n      four\n'
    unix, unix_issues = _read(tmp_path, "unix.yaml", text)
    path = tmp_path / "windows.yaml"
    path.write_bytes(text.replace("\n", "\r\n").encode())
    windows, windows_issues = read_yaml(path)

    assert unix is not None and windows is not None and not unix_issues and not windows_issues
    assert windows.data == unix.data
    assert unix.data["offers"][0]["text"] == "two\nlines\n"  # type: ignore[index]
    for field_path in _paths(unix.data):
        assert windows.line_of(field_path) == unix.line_of(field_path), field_path


@pytest.mark.parametrize(
    "content",
    [
        b"offers:\n  - id: a\n    title: caf\xe9\n",  # Latin-1, as an old editor saves it
        "offers:\n  - id: a\n".encode("utf-16"),  # libyaml would read this; staff tools do not
    ],
)
def test_a_file_that_is_not_utf8_is_named_as_such(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "offers.yaml"
    path.write_bytes(content)

    source, issues = read_yaml(path)

    assert source is None
    assert [(issue.line, issue.message) for issue in issues] == [
        (None, "not UTF-8 text; save the file as UTF-8")
    ]


def test_a_control_character_is_named_as_a_syntax_error(tmp_path: Path) -> None:
    source, issues = _read(tmp_path, "offers.yaml", "offers:\n  - id: a\n    title: x\x07y\n")

    assert source is None
    assert len(issues) == 1 and "control characters are not allowed" in issues[0]
