"""Problems found in the content files, each pointing at a file, a line and a field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

MAX_ECHO_CHARS = 200
"""An issue's field path and message are cut to this: they may quote what the file says, and
a hostile file could make one message as long as the file (or longer, through aliases)."""

FieldPath = tuple[str | int, ...]
"""Where a value sits in a YAML file: ``("offers", 3, "schedule", 0, "weekday")``."""


def format_path(path: FieldPath) -> str:
    """``("offers", 3, "title")`` -> ``offers[3].title``, the way staff see it in messages."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class ContentIssue:
    """One problem, printed ``file:line field.path: message``, e.g.
    ``content/offers.yaml:42 offers[3].title: missing translation 'fa'``.

    ``line`` is None only when the file itself is missing.
    """

    file: str
    line: int | None
    path: str
    message: str
    severity: Severity = Severity.ERROR

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", shorten(self.path))
        object.__setattr__(self, "message", shorten(self.message))

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def relative_to(self, root: Path) -> ContentIssue:
        """The same issue naming its file as staff know it (``offers.yaml``), not by full path."""
        path = Path(self.file)
        return replace(
            self, file=str(path.relative_to(root)) if path.is_relative_to(root) else path.name
        )

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.path:
            where += f" {self.path}"
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{where}: {prefix}{self.message}"


def shorten(text: str, limit: int = MAX_ECHO_CHARS) -> str:
    """``text``, or its start and "…" when longer than ``limit`` characters."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CatalogueError(Exception):
    """The content cannot be served: ``issues`` lists every problem found, errors first."""

    def __init__(self, issues: Sequence[ContentIssue]) -> None:
        self.issues = list(issues)
        super().__init__("\n".join(map(str, self.issues)))
