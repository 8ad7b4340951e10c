"""Reading the phrase lists under ``locales/`` with errors that name file and line.

Staff and translators edit ``intents.yaml`` and ``distress.yaml`` by hand; a typo in an
intent's name or a list written as one string must say where it is, not crash the bot.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

from bot.catalogue.issues import CatalogueError, ContentIssue, FieldPath
from bot.catalogue.yaml_source import YamlSource, read_yaml

PhraseLists = dict[str, list[str]]
"""Language code -> phrases, as written."""


def read_phrase_file(path: Path) -> YamlSource:
    """The parsed file; raises :class:`CatalogueError` (file:line) when it cannot be read."""
    source, issues = read_yaml(path)
    errors = [issue for issue in issues if issue.is_error]
    if source is None or errors:
        raise CatalogueError(errors or [ContentIssue(str(path), 1, "", "empty file")])
    if not isinstance(source.data, Mapping):
        raise CatalogueError([source.issue((), "expected a mapping of names to lists")])
    return source


def phrase_lists(
    source: YamlSource, path: FieldPath, issues: list[ContentIssue], *, required: bool = True
) -> PhraseLists:
    """``language: [phrase, ...]`` at ``path``; problems go to ``issues``."""
    node: object = source.data
    for part in path:
        node = node.get(part) if isinstance(node, Mapping) else None
    if node is None:
        if required:
            issues.append(source.issue(path, "missing"))
        return {}
    if not isinstance(node, Mapping):
        issues.append(source.issue(path, "expected languages, each with a list of phrases"))
        return {}
    lists: PhraseLists = {}
    for code, entries in node.items():
        where = (*path, str(code))
        if entries is None:
            continue
        if not isinstance(entries, list):
            issues.append(source.issue(where, "expected a list: [phrase, phrase, ...]"))
            continue
        phrases = []
        for index, entry in enumerate(entries):
            if isinstance(entry, str | int | float) and not isinstance(entry, bool):
                phrases.append(str(entry))
            else:
                issues.append(source.issue((*where, index), "expected a phrase (text)"))
        lists[str(code)] = phrases
    return lists


def named_sections(
    source: YamlSource,
    section: str,
    known: Collection[str],
    issues: list[ContentIssue],
    *,
    required: bool = True,
) -> dict[str, PhraseLists]:
    """``section: {name: {language: [...]}}`` with every name one of ``known``."""
    node = source.data.get(section) if isinstance(source.data, Mapping) else None
    if node is None and not required:
        return {}
    if not isinstance(node, Mapping):
        issues.append(source.issue((section,), "missing, or not a mapping of names"))
        return {}
    sections: dict[str, PhraseLists] = {}
    for name in node:
        if str(name) not in known:
            issues.append(
                source.issue((section, str(name)), f"unknown; known: {', '.join(sorted(known))}")
            )
            continue
        sections[str(name)] = phrase_lists(source, (section, str(name)), issues)
    return sections
