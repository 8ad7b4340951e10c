"""Danger as concepts (``locales/danger.yaml``): word groups, and pairs of groups meaning danger.

A phrase list only finds the sentences someone wrote down. "someone + hurts", "breathe + not"
find the ones nobody did: "мъжът ми постоянно ме бие", "geschlagen werde ich von meinem mann",
"bebeto ne moje da dishe". A pair is found when a word of each group, in the same language, is
found on different words of the message (:class:`~bot.understanding.emergency.DistressWords`),
in any order, with endings, typos and Latin letters like any listed phrase.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.catalogue.issues import ContentIssue
from bot.catalogue.yaml_source import YamlSource
from bot.understanding.phrase_files import PhraseLists, phrase_lists, read_phrase_file

DANGER_FILE = "danger.yaml"


@dataclass(frozen=True)
class Pair:
    """Two groups that together mean danger. ``after``: only when a word of ``second`` stands
    at most this many words AFTER a word of ``first`` ("can't find | my 4yo": the child is the
    one not found; "my son can't find his keys" is no child missing); None: anywhere.
    ``unless``: a group whose word right before the word of ``first`` (at most one word
    between) makes it someone else's companion, not the one ``second`` is said of ("mit
    meinem baby allein zuhause": the parent is at home with the baby, who is not alone)."""

    first: str
    second: str
    after: int | None = None
    unless: str | None = None


Concepts = tuple[dict[str, PhraseLists], list[Pair]]
"""``({group: {language: words}}, [Pair(group, group), ...])``."""


def read_concepts(path: Path, issues: list[ContentIssue]) -> Concepts:
    """The word groups and the pairs of groups that mean danger.

    Problems (an unknown group in a pair, a pair that is no list of two names) go to
    ``issues`` with file and line.
    """
    source = read_phrase_file(path)
    groups = _groups(source, issues)
    pairs = source.data.get("pairs") if isinstance(source.data, Mapping) else None
    if not isinstance(pairs, list):
        issues.append(source.issue(("pairs",), "missing: a list of [group, group]"))
        return groups, []
    valid: list[Pair] = []
    for index, pair in enumerate(pairs):
        after = pair[2] if isinstance(pair, list) and len(pair) in (3, 4) else None
        unless = str(pair[3]) if isinstance(pair, list) and len(pair) == 4 else None
        names = [str(name) for name in pair[:2]] if isinstance(pair, list) else []
        if len(names) != 2 or len(pair) > 4 or _not_a_reach(after):
            issues.append(
                source.issue(
                    ("pairs", index),
                    "expected two group names, a reach and a group of companions:"
                    " [a, b], [a, b, 3] or [a, b, 3, c]",
                )
            )
            continue
        unknown = [name for name in (*names, *([unless] if unless else [])) if name not in groups]
        if unknown:
            known = ", ".join(sorted(groups))
            issues.append(
                source.issue(("pairs", index), f"unknown group {unknown[0]}; known: {known}")
            )
            continue
        valid.append(Pair(names[0], names[1], after, unless))
    return groups, valid


def _not_a_reach(after: object) -> bool:
    """Whether a pair's third item is no reach (a whole number, one or more)."""
    if after is None:
        return False
    return not isinstance(after, int) or isinstance(after, bool) or after < 1


@dataclass(frozen=True)
class Family:
    """One figure of speech of ``figures:``: its subjects and verbs, and how it is read.

    ``reach``: how many words from a subject a verb may stand (default 3); ``anyone``: a person
    named ("my brother", "he") does not keep the alarm and may be part of the hit (a joke about
    killing one's brother over a cake); ``me``: whether "me" counts among the verbs (not for a
    joke: "he will kill ME if I eat the cake" stays an alarm); ``someone``: with ``anyone``,
    whether every word of the group ``someone`` may be part of the hit, or only the persons
    listed among the verbs ("my mother will kill me": a mother, not a husband); ``unless``:
    words that, anywhere in the message, keep the alarm ("the stadium exploded" is a crowd
    cheering, "a bomb exploded in the stadium" is not), also every word of the groups named in
    ``unless_groups``; ``learned``: a subject and a verb
    within reach also keep the learned reading from ringing (danger_head.py), which has no
    words to explain: "az gushnagi mordom" (I'm dying of hunger) is no alarm.
    """

    subjects: PhraseLists
    verbs: PhraseLists
    reach: int = 3
    anyone: bool = False
    unless: PhraseLists = field(default_factory=dict)
    learned: bool = False


Figures = tuple[PhraseLists, dict[str, Family]]
"""``(persons, {family: Family})`` of ``figures:``; persons include ``someone``; every
family's verbs include the group ``me`` (unless ``me: false``), and ``someone`` too when it
is ``anyone: true`` (unless ``someone: false``)."""


def read_figures(path: Path, issues: list[ContentIssue]) -> Figures:
    """The figures of speech of ``danger.yaml`` (none when it has no ``figures:``).

    Problems (a family without subjects or verbs, a reach that is no number) go to ``issues``
    with file and line.
    """
    source = read_phrase_file(path)
    node = source.data.get("figures") if isinstance(source.data, Mapping) else None
    if not isinstance(node, Mapping):
        return {}, {}
    groups = _groups(source, [])  # their problems are reported with the pairs
    persons = _merged(
        phrase_lists(source, ("figures", "persons"), issues), groups.get("someone", {})
    )
    families: dict[str, Family] = {}
    for name in node:
        if name == "persons":
            continue
        family = node[name] if isinstance(node[name], Mapping) else {}
        reach = family.get("reach", 3)
        if not isinstance(reach, int) or isinstance(reach, bool) or reach < 1:
            issues.append(source.issue(("figures", str(name), "reach"), "expected a number >= 1"))
            reach = 3
        anyone = family.get("anyone", False) is True
        extras = [groups.get("me", {})] if family.get("me", True) is not False else []
        if anyone and family.get("someone", True) is not False:
            extras.append(groups.get("someone", {}))
        families[str(name)] = Family(
            phrase_lists(source, ("figures", str(name), "subjects"), issues),
            _merged(phrase_lists(source, ("figures", str(name), "verbs"), issues), *extras),
            reach,
            anyone,
            _merged(
                phrase_lists(source, ("figures", str(name), "unless"), issues, required=False),
                *_unless_groups(source, family, str(name), groups, issues),
            ),
            family.get("learned", False) is True,
        )
    return persons, families


def _unless_groups(
    source: YamlSource,
    family: Mapping[str, object],
    name: str,
    groups: Mapping[str, PhraseLists],
    issues: list[ContentIssue],
) -> list[PhraseLists]:
    """The groups a family names in ``unless_groups:``, whose words keep the alarm too (a
    child named, drinking, an eye: "my toddler got the bleach while i was cleaning"); an
    unknown name goes to ``issues``."""
    names = family.get("unless_groups", [])
    if not isinstance(names, list):
        issues.append(source.issue(("figures", name, "unless_groups"), "expected a list"))
        return []
    unknown = [str(group) for group in names if group not in groups]
    if unknown:
        issues.append(
            source.issue(("figures", name, "unless_groups"), f"no such group: {', '.join(unknown)}")
        )
    return [groups[group] for group in names if group in groups]


def _merged(*parts: PhraseLists) -> PhraseLists:
    merged: PhraseLists = {}
    for lists in parts:
        for code, entries in lists.items():
            merged.setdefault(code, []).extend(entries)
    return merged


def _groups(source: YamlSource, issues: list[ContentIssue]) -> dict[str, PhraseLists]:
    node = source.data.get("groups") if isinstance(source.data, Mapping) else None
    if not isinstance(node, Mapping):
        issues.append(source.issue(("groups",), "missing, or not a mapping of group names"))
        return {}
    return {str(name): phrase_lists(source, ("groups", str(name)), issues) for name in node}


def missing_languages(path: Path, codes: list[str]) -> list[str]:
    """Groups that lack a language, as "group: code" (for the completeness test)."""
    issues: list[ContentIssue] = []
    source = read_phrase_file(path)
    return [
        f"{name}: {code}"
        for name, lists in _groups(source, issues).items()
        for code in codes
        if not lists.get(code)
    ]
