"""requirements.lock (production installs) still fits pyproject.toml (what the tests run on)."""

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
    wanted = [
        Requirement(line)
        for line in project["project"]["dependencies"]
        + project["project"]["optional-dependencies"]["sentry"]
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
