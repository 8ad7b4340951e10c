"""``python -m bench``: run the benchmarks, print one table, write bench/results/latest.json.

python -m bench                       everything (about 10 minutes on 2 cores)
python -m bench --quick               smaller runs, for a first look
python -m bench --only matching,core  some of them
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path

from bench.report import Figure, machine, table, write_json

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


def _suites(quick: bool) -> dict[str, Callable[[], list[Figure]]]:
    def load(name: str) -> object:
        return importlib.import_module(f"bench.{name}")

    return {
        "core": lambda: load("core").run(),  # type: ignore[attr-defined]
        "telegram": lambda: load("telegram_e2e").run((1, 50) if quick else (1, 50, 500)),  # type: ignore[attr-defined]
        "matching": lambda: load("matching").run(),  # type: ignore[attr-defined]
        "understanding": lambda: load("understanding").run(),  # type: ignore[attr-defined]
        "catalogue": lambda: load("catalogue").run(),  # type: ignore[attr-defined]
        "memory": lambda: load("memory").run(1_000 if quick else 10_000),  # type: ignore[attr-defined]
        "booking": lambda: load("booking_race").run(),  # type: ignore[attr-defined]
        "scale-out": lambda: load("scale_out").run(),  # type: ignore[attr-defined]
        "announce": lambda: load("announce").run(),  # type: ignore[attr-defined]
        "backup": lambda: load("backup").run(),  # type: ignore[attr-defined]
        "turn-profile": lambda: load("turn_profile").run(),  # type: ignore[attr-defined]
        "telegram-profile": lambda: load("telegram_profile").run(),  # type: ignore[attr-defined]
        "voice": lambda: load("voice").run(),  # type: ignore[attr-defined]
        "startup": lambda: load("startup").run(),  # type: ignore[attr-defined]
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="smaller runs")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated: core,telegram,matching,understanding,catalogue,memory,booking,"
        "scale-out,announce,backup,turn-profile,telegram-profile,voice,startup",
    )
    args = parser.parse_args()
    suites = _suites(args.quick)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()] or list(suites)
    figures: list[Figure] = []
    for name in chosen:
        print(f"… {name}", flush=True)
        figures += suites[name]()
    print()
    print(f"Machine: {machine()}")
    print(table(figures))
    write_json(figures, RESULTS)
    print(f"\nwritten to {RESULTS}")


if __name__ == "__main__":
    main()
