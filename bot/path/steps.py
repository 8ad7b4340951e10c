"""The 9 steps of Willkommen Europa's path (``content/path.yaml``): for each step its name, what
it means for the person and whom they see, in every language. Staff edit the file; it is
checked like the catalogue (file:line errors) and re-read when it changes, keeping the last
good version when an edit is broken.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.catalogue.issues import CatalogueError, ContentIssue, FieldPath, Severity
from bot.catalogue.yaml_source import YamlSource, read_yaml

log = logging.getLogger(__name__)

PATH_FILE = "path.yaml"
STEPS = 9
TEXT_FIELDS = ("title", "means", "whom")
REVIEW_STATES = ("machine", "reviewed")
TEXT_MAX = 600
"""One step's text stays one short message: longer ones are refused with their line."""
_KNOWN = {"step", "example", "review", *TEXT_FIELDS}


@dataclass(frozen=True)
class Step:
    number: int
    texts: Mapping[str, Mapping[str, str]]  # field -> language -> text
    example: bool = False
    unreviewed: frozenset[str] = frozenset()  # languages still machine-translated

    def text(self, field: str, chain: Sequence[str]) -> str:
        """The text in the first language of ``chain`` that has it (German is always there)."""
        by_language = self.texts[field]
        return next((by_language[code] for code in chain if code in by_language), "")


@dataclass(frozen=True)
class Path9:
    steps: Mapping[int, Step]

    def step(self, number: int) -> Step | None:
        return self.steps.get(number)


@dataclass(frozen=True)
class PathInspection:
    path: Path9
    issues: tuple[ContentIssue, ...]

    @property
    def errors(self) -> tuple[ContentIssue, ...]:
        return tuple(issue for issue in self.issues if issue.is_error)


def inspect_path(content_dir: Path, languages: Sequence[str]) -> PathInspection:
    """Read ``path.yaml`` (optional: without it, steps are recorded but not explained) and
    report every problem with its line."""
    file = content_dir / PATH_FILE
    if not file.exists():
        return PathInspection(Path9({}), ())
    source, issues = read_yaml(file)
    if source is None:
        return PathInspection(Path9({}), tuple(issues))
    steps: dict[int, Step] = {}
    for index, item in _items(source, issues):
        step = _step(source, ("steps", index), item, languages, issues)
        if step is None:
            continue
        if step.number in steps:
            issues.append(source.issue(("steps", index, "step"), f"step {step.number} twice"))
            continue
        steps[step.number] = step
    if source.data is not None and not any(issue.is_error for issue in issues):
        missing = [str(n) for n in range(1, STEPS + 1) if n not in steps]
        if missing:
            issues.append(source.issue(("steps",), f"missing step(s): {', '.join(missing)}"))
    ordered = sorted(issues, key=lambda issue: issue.line or 0)
    return PathInspection(Path9(dict(sorted(steps.items()))), tuple(ordered))


def _items(source: YamlSource, issues: list[ContentIssue]) -> list[tuple[int, object]]:
    data = source.data
    if not isinstance(data, dict) or "steps" not in data:
        issues.append(source.issue((), "expected 'steps:' at the top of the file"))
        return []
    issues += [
        source.issue((str(key),), "unknown field (check the spelling)")
        for key in data
        if key != "steps"
    ]
    items = data["steps"]
    if not isinstance(items, list):
        issues.append(source.issue(("steps",), "expected a list (lines starting with '- ')"))
        return []
    return list(enumerate(items))


def _step(
    source: YamlSource,
    where: FieldPath,
    item: object,
    languages: Sequence[str],
    issues: list[ContentIssue],
) -> Step | None:
    if not isinstance(item, dict):
        issues.append(source.issue(where, "expected a step with 'step:', 'title:', 'means:'"))
        return None
    before = len(issues)
    issues += [
        source.issue((*where, str(key)), "unknown field (check the spelling)")
        for key in item
        if key not in _KNOWN
    ]
    number = item.get("step")
    if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= STEPS:
        issues.append(source.issue((*where, "step"), f"expected a number from 1 to {STEPS}"))
    example = item.get("example", False)
    if not isinstance(example, bool):
        issues.append(source.issue((*where, "example"), "expected true or false"))
    texts: dict[str, dict[str, str]] = {}
    for field in TEXT_FIELDS:
        texts[field] = _texts(source, (*where, field), item.get(field), languages, issues)
    unreviewed = _review(source, (*where, "review"), item.get("review"), languages, issues)
    if any(issue.is_error for issue in issues[before:]):
        return None
    assert isinstance(number, int)
    return Step(number, texts, bool(example), unreviewed)


def _texts(
    source: YamlSource,
    where: FieldPath,
    raw: object,
    languages: Sequence[str],
    issues: list[ContentIssue],
) -> dict[str, str]:
    if not isinstance(raw, dict):
        issues.append(source.issue(where, 'expected one text per language (de: "...")'))
        return {}
    texts: dict[str, str] = {}
    for code, text in raw.items():
        if code not in languages:
            issues.append(source.issue((*where, str(code)), f"unknown language '{code}'"))
        elif not isinstance(text, str) or not text.strip():
            issues.append(source.issue((*where, str(code)), "expected a text in quotes"))
        elif len(text) > TEXT_MAX:
            issues.append(source.issue((*where, str(code)), f"longer than {TEXT_MAX} characters"))
        else:
            texts[str(code)] = " ".join(text.split())
    issues += [
        source.issue(where, f"missing translation '{code}'")
        for code in languages
        if code not in raw
    ]
    return texts


def _review(
    source: YamlSource,
    where: FieldPath,
    raw: object,
    languages: Sequence[str],
    issues: list[ContentIssue],
) -> frozenset[str]:
    """Languages still ``machine``; a missing review counts as unreviewed, with a warning."""
    if raw is None:
        issues.append(
            source.issue(where, "no review: every text counts as unreviewed", Severity.WARNING)
        )
        return frozenset(languages)
    if not isinstance(raw, dict):
        issues.append(source.issue(where, "expected machine or reviewed per language"))
        return frozenset(languages)
    machine = set(languages) - set(raw)
    for code, state in raw.items():
        if code not in languages:
            issues.append(source.issue((*where, str(code)), f"unknown language '{code}'"))
        elif state not in REVIEW_STATES:
            issues.append(source.issue((*where, str(code)), "expected machine or reviewed"))
        elif state == "machine":
            machine.add(str(code))
    return frozenset(machine)


class LivePath:
    """The steps in use; re-read when the file changes, keeping the last good ones on errors."""

    def __init__(self, content_dir: Path, languages: Sequence[str]) -> None:
        self._content_dir = content_dir
        self._languages = tuple(languages)
        self._stamp = self._file_stamp()
        inspection = inspect_path(content_dir, self._languages)
        if inspection.errors:
            raise CatalogueError(inspection.errors)
        self._path = inspection.path

    @property
    def current(self) -> Path9:
        stamp = self._file_stamp()
        if stamp != self._stamp:
            self._stamp = stamp
            inspection = inspect_path(self._content_dir, self._languages)
            if inspection.errors:
                log.warning(
                    "path.yaml has %d error(s); the last good steps stay", len(inspection.errors)
                )
            else:
                self._path = inspection.path
        return self._path

    def _file_stamp(self) -> float | None:
        try:
            return (self._content_dir / PATH_FILE).stat().st_mtime
        except FileNotFoundError:
            return None
