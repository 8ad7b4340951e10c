"""Load one content file the way the bot does, under a memory limit; print the issues as JSON.

Run as ``python -m tests.support.load_content_file KIND CONTENT_DIR MEMORY_BYTES`` in a child
process, so a file that exhausts memory or recursion shows as a failed child, not a dead test
run. KIND is ``catalogue`` (offers, locations, closures), ``team`` or ``announcement``
(``CONTENT_DIR/announcements/news.yaml``), ``yaml`` (the shared reader on ``CONTENT_DIR/faq.yaml``).
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path


def main(kind: str, content: Path, memory: int) -> None:
    # Imports first: the limit is for reading the file, not for starting Python.
    from bot.catalogue.issues import ContentIssue
    from bot.catalogue.loader import inspect_content, load_catalogue
    from bot.catalogue.yaml_source import read_yaml
    from bot.config import PROJECT_ROOT
    from bot.handover.team import inspect_team
    from bot.i18n.languages import load_languages
    from bot.staff.announce import load_announcement

    languages = list(load_languages().codes)
    shipped = (
        load_catalogue(PROJECT_ROOT / "content", languages).catalogue
        if kind == "announcement"  # the offer it names is looked up there
        else None
    )
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    issues: list[ContentIssue]
    if kind == "catalogue":
        issues = list(inspect_content(content, languages).errors)
    elif kind == "team":
        issues = list(inspect_team(content, languages).errors)
    elif kind == "announcement":
        assert shipped is not None
        _, issues = load_announcement(content / "announcements" / "news.yaml", shipped, languages)
    else:
        _, issues = read_yaml(content / "faq.yaml")
    print(json.dumps([[Path(i.file).name, i.line, str(i)] for i in issues]))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))
