"""Start-up: ``python -m bot ask --json hallo`` from start to answer, as staff and the tests run
it, with the phrase cache warm (the tables read from ``PHRASE_CACHE_DIR``) and cold (built and
written), beside the same start without a cache (``PHRASE_CACHE_DIR=off``: built every time).

Without the model (``UNDERSTANDING_MODEL=off``), which loads the same with or without the cache.
Median of RUNS fresh processes each; the note gives the median user CPU seconds too, which a
shared machine disturbs less than the wall clock.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import Figure
from bot.config import PROJECT_ROOT

RUNS = 3


def _start(cache: str) -> tuple[float, float]:
    """Wall and user CPU seconds of one start answering "hallo"."""
    env = {**os.environ, "UNDERSTANDING_MODEL": "off", "PHRASE_CACHE_DIR": cache}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "hallo"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        check=True,
        timeout=300,
    )
    wall = time.perf_counter() - started
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before


def _median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(w for w, _ in runs), statistics.median(u for _, u in runs)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        none = _median([_start("off") for _ in range(RUNS)])
        cold = []
        for attempt in range(RUNS):
            cold.append(_start(str(Path(folder) / f"cold-{attempt}")))  # an empty folder each
        warm_folder = str(Path(folder) / "cold-0")
        warm = _median([_start(warm_folder) for _ in range(RUNS)])
    cold_median = _median(cold)
    note = "median of {runs}; user CPU {ours:.2f} s against {base:.2f} s"
    return [
        Figure(
            "start-up, `ask --json hallo`, phrase cache warm",
            "s",
            warm[0],
            none[0],
            "no cache",
            target="< 3 s",
            note=note.format(runs=RUNS, ours=warm[1], base=none[1]),
        ),
        Figure(
            "start-up, `ask --json hallo`, phrase cache cold (built, written)",
            "s",
            cold_median[0],
            none[0],
            "no cache",
            note=note.format(runs=RUNS, ours=cold_median[1], base=none[1]),
        ),
    ]
