"""The mediators (``content/team.yaml``): who speaks which language, when they work, and how
to reach them in the staff group. Staff edit the file; it is checked like the catalogue, with
file:line errors, and re-read when it changes (a bad edit keeps the last good team).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.catalogue.issues import CatalogueError, ContentIssue, FieldPath
from bot.catalogue.schedule import WeeklyTime
from bot.catalogue.spec import WeeklySpec
from bot.catalogue.yaml_source import YamlSource, read_yaml

log = logging.getLogger(__name__)

TEAM_FILE = "team.yaml"
_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{4,31}")
"""Telegram usernames: 5-32 letters, digits and underscores, starting with a letter."""
_FRIENDLY = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field (check the spelling)",
}


class _MemberSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=64)
    telegram: int = Field(gt=0)  # the Telegram user id (not the @username)
    username: str | None = None  # optional, for /handto @username
    languages: list[str] = Field(min_length=1)
    hours: list[WeeklySpec] = Field(default_factory=list)
    example: bool = False


@dataclass(frozen=True)
class TeamMember:
    name: str
    user_id: str
    username: str | None
    languages: tuple[str, ...]
    hours: tuple[WeeklyTime, ...]
    example: bool = False


@dataclass(frozen=True)
class Team:
    members: tuple[TeamMember, ...] = ()

    def member(self, user_id: str | None) -> TeamMember | None:
        return next((m for m in self.members if m.user_id == user_id), None)

    def speakers(self, language: str) -> tuple[TeamMember, ...]:
        return tuple(m for m in self.members if language in m.languages)

    def find(self, handle: str) -> TeamMember | None:
        """``@username``, a name or the start of one (case-insensitive), as staff type it."""
        wanted = handle.strip().lstrip("@").casefold()
        if not wanted:
            return None
        for exact in (True, False):
            for member in self.members:
                names = [member.name.casefold(), (member.username or "").casefold()]
                if any(
                    name == wanted if exact else name.startswith(wanted) for name in names if name
                ):
                    return member
        return None


@dataclass(frozen=True)
class TeamInspection:
    team: Team
    issues: tuple[ContentIssue, ...]

    @property
    def errors(self) -> tuple[ContentIssue, ...]:
        return tuple(issue for issue in self.issues if issue.is_error)


def inspect_team(content_dir: Path, languages: Sequence[str]) -> TeamInspection:
    """Read ``team.yaml`` (optional: no file, no team) and report every problem with its line."""
    path = content_dir / TEAM_FILE
    if not path.exists():
        return TeamInspection(Team(), ())
    source, issues = read_yaml(path)
    if source is None:
        return TeamInspection(Team(), tuple(issues))
    members: list[TeamMember] = []
    first_lines: dict[int, int] = {}
    for index, item in _items(source, issues):
        where: FieldPath = ("team", index)
        try:
            spec = _MemberSpec.model_validate(item)
        except ValidationError as error:
            issues += [
                source.issue((*where, *e["loc"]), _FRIENDLY.get(e["type"], e["msg"]))
                for e in error.errors()
            ]
            continue
        issues += [
            source.issue(
                (*where, "languages", i),
                f"unknown language '{code}' (known: {', '.join(languages)})",
            )
            for i, code in enumerate(spec.languages)
            if code not in languages
        ]
        if spec.username is not None and not _USERNAME.fullmatch(spec.username.lstrip("@")):
            issues.append(
                source.issue(
                    (*where, "username"), "not a Telegram username (5-32 letters, digits, _)"
                )
            )
        if spec.telegram in first_lines:
            issues.append(
                source.issue(
                    (*where, "telegram"),
                    f"duplicate telegram id {spec.telegram} "
                    f"(first at line {first_lines[spec.telegram]})",
                )
            )
            continue
        first_lines[spec.telegram] = source.line_of((*where, "telegram"))
        members.append(
            TeamMember(
                name=spec.name.strip(),
                user_id=str(spec.telegram),
                username=spec.username.lstrip("@") if spec.username else None,
                languages=tuple(spec.languages),
                hours=tuple(WeeklyTime(h.weekday, h.start, h.end) for h in spec.hours),
                example=spec.example,
            )
        )
    ordered = sorted(issues, key=lambda issue: issue.line or 0)
    return TeamInspection(Team(tuple(members)), tuple(ordered))


def _items(source: YamlSource, issues: list[ContentIssue]) -> list[tuple[int, object]]:
    data = source.data
    if not isinstance(data, dict) or "team" not in data:
        issues.append(source.issue((), "expected 'team:' at the top of the file"))
        return []
    issues += [
        source.issue((str(key),), "unknown field (check the spelling)")
        for key in data
        if key != "team"
    ]
    items = data["team"]
    if items is None:
        return []
    if not isinstance(items, list):
        issues.append(source.issue(("team",), "expected a list (lines starting with '- ')"))
        return []
    return list(enumerate(items))


class LiveTeam:
    """The team in use; re-read when the file changes, keeping the last good one on errors."""

    def __init__(self, content_dir: Path, languages: Sequence[str]) -> None:
        self._content_dir = content_dir
        self._languages = tuple(languages)
        self._stamp = self._file_stamp()
        inspection = inspect_team(content_dir, self._languages)
        if inspection.errors:
            raise CatalogueError(inspection.errors)
        self._team = inspection.team

    @property
    def current(self) -> Team:
        stamp = self._file_stamp()
        if stamp != self._stamp:
            self._stamp = stamp
            inspection = inspect_team(self._content_dir, self._languages)
            if inspection.errors:
                log.warning(
                    "team.yaml has %d error(s); the last good team stays", len(inspection.errors)
                )
            else:
                self._team = inspection.team
        return self._team

    def _file_stamp(self) -> float | None:
        try:
            return (self._content_dir / TEAM_FILE).stat().st_mtime
        except FileNotFoundError:
            return None
