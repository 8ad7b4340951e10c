"""Catalogue load and reload: validated load plus matcher build, beside a bare YAML parse.

The big catalogue is the shipped one repeated 50 times (300 offers, 1.9 MB, 65,000 entries),
the size of the target; the content limits take it with room to spare (8 MB, 300,000
entries; bot/catalogue/yaml_source.py). A reload keeps the matchers when the words people
type did not change (most edits change times and texts); "first load" builds everything, as
after an edit of keywords or titles. Compare the ratio to the bare parse of the same run:
on a loaded machine both slow down.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import yaml

from bench.report import Figure
from bench.synthetic import make_content
from bot.catalogue.live import LiveCatalogue
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages

ROUNDS = 5
BIG_FACTOR = 50


def _best_of(action: object, rounds: int = ROUNDS) -> float:
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def _measure(content: Path, label: str) -> list[Figure]:
    languages = load_languages().codes
    live = LiveCatalogue(content, languages)
    files = sorted(content.glob("*.yaml"))
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    bare = _best_of(
        lambda: [yaml.load(f.read_text(encoding="utf-8"), Loader=loader) for f in files]
    )
    reload_seconds = _best_of(live.reload)
    first_seconds = _best_of(lambda: LiveCatalogue(content, languages))
    offers = len(live.current.catalogue.offers)
    return [
        Figure(
            f"catalogue reload, {offers} offers ({label})",
            "ms",
            reload_seconds * 1000,
            bare * 1000,
            "bare YAML parse",
            "< 300 ms at 50x",
            "validate + line map; matcher kept (same words)",
        ),
        Figure(
            f"catalogue first load, {offers} offers ({label})",
            "ms",
            first_seconds * 1000,
            bare * 1000,
            "bare YAML parse",
            "",
            "validate + line map + matcher index",
        ),
    ]


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        big = make_content(Path(folder) / "content", factor=BIG_FACTOR)
        return [
            *_measure(PROJECT_ROOT / "content", "shipped"),
            *_measure(big, f"{BIG_FACTOR}x"),
        ]
