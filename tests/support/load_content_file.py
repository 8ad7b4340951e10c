"""Load one content file the way the bot does, under a memory limit; print the issues as JSON.

Run as ``python -m tests.support.load_content_file KIND CONTENT_DIR MEMORY_BYTES`` in a child
process, so a file that exhausts memory or recursion shows as a failed child, not a dead test
run. KIND is ``catalogue`` (offers, locations, closures), ``team`` or ``announcement``
(``CONTENT_DIR/announcements/news.yaml``), ``yaml`` (the shared reader on ``CONTENT_DIR/faq.yaml``).

``python -m tests.support.load_content_file --serve MEMORY_BYTES`` does the same for many
files: Python starts and imports once, then every request (``KIND<TAB>CONTENT_DIR`` on stdin)
is read in a process of its own, forked from the ready one, with the memory limit set in that
process only. Each answer is the child's JSON line, then ``exit STATUS`` (its wait status).
(Starting Python and importing the bot took ~2 of the ~2.5 CPU seconds of each file read.)
"""

from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path
from typing import Any


def _imported() -> dict[str, Any]:
    # Imports first: the limit is for reading the file, not for starting Python.
    from bot.catalogue.loader import inspect_content, load_catalogue
    from bot.catalogue.yaml_source import read_yaml
    from bot.config import PROJECT_ROOT
    from bot.handover.team import inspect_team
    from bot.i18n.languages import load_languages
    from bot.staff.announce import load_announcement

    return {
        "inspect_content": inspect_content,
        "load_catalogue": load_catalogue,
        "read_yaml": read_yaml,
        "PROJECT_ROOT": PROJECT_ROOT,
        "inspect_team": inspect_team,
        "languages": list(load_languages().codes),
        "load_announcement": load_announcement,
    }


def _shipped(bot: dict[str, Any]) -> Any:
    """The shipped catalogue (an announcement's offer is looked up there), read once."""
    if "shipped" not in bot:
        bot["shipped"] = bot["load_catalogue"](bot["PROJECT_ROOT"] / "content", bot["languages"])
    return bot["shipped"].catalogue


def _read(bot: dict[str, Any], kind: str, content: Path, memory: int) -> None:
    shipped = _shipped(bot) if kind == "announcement" else None
    languages = bot["languages"]
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    if kind == "catalogue":
        issues = list(bot["inspect_content"](content, languages).errors)
    elif kind == "team":
        issues = list(bot["inspect_team"](content, languages).errors)
    elif kind == "announcement":
        _, issues = bot["load_announcement"](
            content / "announcements" / "news.yaml", shipped, languages
        )
    else:
        _, issues = bot["read_yaml"](content / "faq.yaml")
    print(json.dumps([[Path(i.file).name, i.line, str(i)] for i in issues]), flush=True)


def main(kind: str, content: Path, memory: int) -> None:
    _read(_imported(), kind, content, memory)


def serve(memory: int) -> None:
    bot = _imported()
    _shipped(bot)  # before any fork: each child would otherwise read it again
    for request in sys.stdin:
        kind, content = request.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            status = 1
            try:
                _read(bot, kind, Path(content), memory)
                status = 0
            except BaseException:  # MemoryError, RecursionError: shown, and the child failed
                import traceback

                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(status)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--serve":
        serve(int(sys.argv[2]))
    else:
        main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))
