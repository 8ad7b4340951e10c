"""Fixtures for catalogue tests: the shipped content, a copy to break, and a one-offer folder."""

from __future__ import annotations

import io
import shutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from bot.catalogue.check import run_check
from bot.catalogue.loader import load_catalogue
from bot.catalogue.model import Offer

REPO = Path(__file__).resolve().parents[2]
SHIPPED_CONTENT = REPO / "content"


@pytest.fixture(scope="session")
def languages() -> list[str]:
    """The codes from locales/languages.yaml, read directly so these tests need no i18n code."""
    data = yaml.safe_load((REPO / "locales" / "languages.yaml").read_text(encoding="utf-8"))
    return [entry["code"] for entry in data["languages"]]


@dataclass
class CheckRun:
    exit_code: int
    output: str

    def issue_line(self, file: Path, line: int, field: str) -> str:
        """The one output line for ``file:line field``; fails listing the output otherwise."""
        prefix = f"{file}:{line} {field}: " if field else f"{file}:{line}: "
        found = [text for text in self.output.splitlines() if text.startswith(prefix)]
        assert len(found) == 1, f"expected one line starting {prefix!r} in:\n{self.output}"
        return found[0]


@dataclass
class ContentCopy:
    """A copy of the shipped content folder that a test may break."""

    root: Path

    def edit(self, filename: str, old: str, new: str) -> None:
        path = self.root / filename
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur exactly once in {filename}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def line_of(self, filename: str, snippet: str) -> int:
        """The 1-based line holding ``snippet``, which must be unique in the file."""
        lines = (self.root / filename).read_text(encoding="utf-8").splitlines()
        numbers = [n for n, line in enumerate(lines, start=1) if snippet in line]
        assert len(numbers) == 1, f"{snippet!r} must occur on exactly one line of {filename}"
        return numbers[0]

    def check(self, languages: list[str]) -> CheckRun:
        out = io.StringIO()
        exit_code = run_check(self.root, languages, out)
        return CheckRun(exit_code, out.getvalue())


@pytest.fixture
def content_copy(tmp_path: Path) -> ContentCopy:
    root = tmp_path / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    return ContentCopy(root)


ONE_LOCATION = """\
locations:
  - {id: hall, name: Halle, address: "Beispielstraße 1, 44147 Dortmund",
     latitude: 51.5236, longitude: 7.4601}
"""

ONE_OFFER = """\
offers:
  - id: course
    icon: "📚"
    title: {de: Kurs}
    summary: {de: Ein Kurs.}
    details: {de: Ein Kurs.}
    cost: {de: Kostenlos.}
    audience: {de: Alle.}
    bring: {de: Nichts.}
    keywords: {de: [kurs]}
    location: hall
    languages: [de]
"""


@pytest.fixture
def german_offer(tmp_path: Path) -> Callable[..., Offer]:
    """Build a German-only offer from YAML lines (schedule, dates, ...); closures optional."""

    def build(offer_yaml: str, closures_yaml: str | None = None) -> Offer:
        (tmp_path / "locations.yaml").write_text(ONE_LOCATION, encoding="utf-8")
        extra = textwrap.indent(textwrap.dedent(offer_yaml), "    ")
        (tmp_path / "offers.yaml").write_text(ONE_OFFER + extra, encoding="utf-8")
        if closures_yaml is not None:
            (tmp_path / "closures.yaml").write_text(textwrap.dedent(closures_yaml), "utf-8")
        offer = load_catalogue(tmp_path, ["de"], strict=True).catalogue.offer("course")
        assert offer is not None
        return offer

    return build
