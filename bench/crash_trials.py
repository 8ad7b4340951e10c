"""Crash trials against the real bot process (issue 13): each reports lost / doubled / answered.

python -m bench.crash_trials                      every trial
python -m bench.crash_trials --only announcement  some of them

A trial is an async function taking a fresh work folder and returning a :class:`Trial`; add
one to :data:`TRIALS`. The target is 0 lost everywhere; "doubled" is what the channel cannot
tell apart (a message it took in the instant the process died is sent again after the restart).
Results go to bench/results/crash_trials.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.support.crash_trials import Counts

RESULTS = Path(__file__).resolve().parent / "results" / "crash_trials.json"


@dataclass(frozen=True)
class Trial:
    name: str
    total: int  # messages (or people) that should have been answered
    answered: int  # answered at least once
    lost: int  # never answered
    doubled: int  # answered more than once
    seconds: float
    note: str = ""


async def announcement(workdir: Path) -> Trial:
    """SIGKILL after 300 of 1,000 subscribers got the news; restart; count who got it."""
    from tests.support.announce_trial import announcement_killed_halfway
    from tests.support.fake_bot_api import FakeBotApi
    from tests.support.handover import TEST_TEAM

    async with FakeBotApi() as fake:
        result = await announcement_killed_halfway(fake, workdir, TEST_TEAM)
    return Trial(
        "SIGKILL during an announcement to 1,000 subscribers",
        result.subscribers,
        result.received,
        result.lost,
        result.doubled,
        result.seconds,
        f"killed after {result.sent_before_kill} sent; doubles are sends in flight at the kill",
    )


def _from_counts(counts: Counts, started: float, note: str) -> Trial:
    notes = [note, *counts.notes]
    if counts.exit_seconds is not None:
        notes.insert(0, f"exit {counts.exit_seconds:.1f} s after SIGTERM")
    return Trial(
        counts.trial,
        counts.sent,
        counts.answered,
        counts.lost,
        counts.doubled,
        time.monotonic() - started,
        "; ".join(n for n in notes if n),
    )


async def whatsapp_kill(workdir: Path) -> Trial:
    """40 people each send one WhatsApp message; SIGKILL right after the 40th HTTP 200."""
    from tests.support import crash_trials

    started = time.monotonic()
    counts = await crash_trials.whatsapp_kill_after_acknowledged(workdir, 40)
    return _from_counts(
        counts, started, "doubles: an answer Meta took just before the kill is sent again"
    )


async def whatsapp_term(workdir: Path) -> Trial:
    """300 people each send one WhatsApp message; SIGTERM while the answers go out."""
    from tests.support import crash_trials

    started = time.monotonic()
    counts = await crash_trials.whatsapp_term_during_answers(workdir, 300)
    return _from_counts(counts, started, "")


async def staff_outage(workdir: Path) -> Trial:
    """A mediator writes 20 messages; PostgreSQL is cut off (TCP proxy) for 5 s meanwhile."""
    from tests.support import staff_outage

    url = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    started = time.monotonic()
    counts = await staff_outage.mediator_writes_through_a_database_outage(workdir, url)
    return _from_counts(counts, started, "")


TRIALS: dict[str, Callable[[Path], Awaitable[Trial]]] = {
    "announcement": announcement,
    "whatsapp-kill": whatsapp_kill,
    "whatsapp-term": whatsapp_term,
    "staff-outage": staff_outage,
}


def table(trials: list[Trial]) -> str:
    lines = ["| trial | total | answered | lost | doubled | seconds | note |", "|---" * 7 + "|"]
    lines += [
        f"| {t.name} | {t.total} | {t.answered} | {t.lost} | {t.doubled} | {t.seconds:.0f} "
        f"| {t.note} |"
        for t in trials
    ]
    return "\n".join(lines)


async def run(names: list[str]) -> list[Trial]:
    results = []
    for name in names:
        print(f"… {name}", flush=True)
        with tempfile.TemporaryDirectory(prefix=f"crash-{name}-") as folder:
            results.append(await TRIALS[name](Path(folder)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.crash_trials")
    parser.add_argument("--only", default="", help=f"comma-separated: {','.join(TRIALS)}")
    args = parser.parse_args()
    names = [name.strip() for name in args.only.split(",") if name.strip()] or list(TRIALS)
    results = asyncio.run(run(names))
    print(table(results))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps([asdict(t) for t in results], indent=2), encoding="utf-8")
    print(f"\nwritten to {RESULTS}")


if __name__ == "__main__":
    main()
