"""Reading a YAML content file while remembering the line of every key and list item.

Messages for staff must say where to look, so the node tree is walked once to record a line
per field path before it is turned into plain Python data.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.catalogue.issues import ContentIssue, FieldPath, Severity, format_path

MERGE_TAG = "tag:yaml.org,2002:merge"

MAX_FILE_BYTES = 1024 * 1024
"""A content file larger than this is refused unread (the shipped offers.yaml is 44 KB)."""
ALIAS_BUDGET = 10_000
"""How many entries aliases (``*name``) may add to a file once they are written out. A few
aliases that repeat one another grow exponentially ("billion laughs"): 300 bytes would be
millions of entries, so the file is refused before it is expanded, checked or echoed."""
MAX_ENTRIES = 60_000
"""Keys, values and list items written in one file (the shipped offers.yaml has about 2,300
for 30 offers). Counted before the file is built in memory, which costs far more per entry."""
MAX_DEPTH = 50
"""Nesting deeper than this is refused (content files nest about six levels)."""

# libyaml's parser is about ten times faster than the pure-Python one (a 300-offer catalogue
# reloads in a fraction of the time); the resolvers below still apply, they run in Python.
_FastestSafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ContentLoader(_FastestSafeLoader):  # type: ignore[valid-type,misc]
    """A SafeLoader with YAML 1.2 scalars, so staff do not trip over YAML 1.1 surprises.

    Unquoted ``10:00`` stays the text "10:00" (YAML 1.1 reads it as the number 600),
    ``no`` and ``on`` stay words (only true/false are booleans), and dates stay text for
    the schema to check, so a wrong date gets a field path instead of a crash.
    """


_REPLACED_TAGS = {
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
}
ContentLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _REPLACED_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
ContentLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
ContentLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789")
)
ContentLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
    list("-+.0123456789"),
)


@dataclass(frozen=True)
class YamlSource:
    """A parsed content file: its data and the line of each field path in it."""

    name: str
    data: object
    lines: Mapping[FieldPath, int]

    def line_of(self, path: FieldPath) -> int:
        """The line of ``path``, or of its closest parent that exists (for missing fields)."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return 1

    def issue(
        self, path: FieldPath, message: str, severity: Severity = Severity.ERROR
    ) -> ContentIssue:
        return ContentIssue(self.name, self.line_of(path), format_path(path), message, severity)


def read_yaml(path: Path) -> tuple[YamlSource | None, list[ContentIssue]]:
    """Parse ``path``; on unreadable or malformed files return None and say why, with a line."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            too_big = f"file too large (at most {MAX_FILE_BYTES // 1024} KB)"
            return None, [ContentIssue(name, 1, "", too_big)]
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [ContentIssue(name, None, "", "file not found")]
    except UnicodeDecodeError:
        return None, [ContentIssue(name, None, "", "not UTF-8 text; save the file as UTF-8")]

    loader = ContentLoader(text)
    try:
        shape = _shape(text)
        if shape.refusal is not None:
            line, problem = shape.refusal
            return None, [ContentIssue(name, line, "", problem)]
        root = loader.get_single_node()
        lines: dict[FieldPath, int] = {}
        issues: list[ContentIssue] = []
        if root is not None:
            # Without aliases the file is a tree its entries and depth already describe; with
            # them, what they expand to is measured before anything is built from it.
            refusal = _expansion_problem(root) if shape.aliases else None
            if refusal is not None:
                line, problem = refusal
                return None, [ContentIssue(name, line, "", problem)]
            _record_lines(root, (), lines, issues, name)
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as error:
        return None, [_syntax_issue(name, error)]
    finally:
        loader.dispose()
    return YamlSource(name, data, lines), issues


def _syntax_issue(name: str, error: yaml.YAMLError) -> ContentIssue:
    """The line where the parser gave up, and where the broken construct began if elsewhere."""
    if not isinstance(error, yaml.MarkedYAMLError) or error.problem_mark is None:
        return ContentIssue(name, 1, "", f"YAML syntax error: {error}")
    line = error.problem_mark.line + 1
    message = f"YAML syntax error: {error.problem or error}"
    if error.context:
        message += f" ({error.context}"
        if error.context_mark is not None and error.context_mark.line + 1 != line:
            message += f" that starts at line {error.context_mark.line + 1}"
        message += ")"
    return ContentIssue(name, line, "", message)


@dataclass(frozen=True)
class _Shape:
    refusal: tuple[int, str] | None  # line and reason: too many entries, or too deep
    aliases: bool  # whether any ``*name`` occurs


def _shape(text: str) -> _Shape:
    """Entries, nesting and aliases of a file, in one cheap parser pass before it is built."""
    entries = depth = 0
    aliases = False
    for event in yaml.parse(text, Loader=ContentLoader):
        if isinstance(event, yaml.NodeEvent):
            entries += 1
            line = int(event.start_mark.line) + 1
            if entries > MAX_ENTRIES:
                too_many = (
                    f"more than {MAX_ENTRIES} entries (keys, values, list items); split it up"
                )
                return _Shape((line, too_many), aliases)
            if depth > MAX_DEPTH:
                return _Shape((line, f"nested more than {MAX_DEPTH} levels deep"), aliases)
            aliases = aliases or isinstance(event, yaml.AliasEvent)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return _Shape(None, aliases)


class _Refused(Exception):
    def __init__(self, line: int, problem: str) -> None:
        self.line = line
        self.problem = problem


def _expansion_problem(root: yaml.Node) -> tuple[int, str] | None:
    """Line and reason when the node graph, written out as a tree, is too big, too deep, or
    contains itself; None when it may be expanded. Each node is measured once: linear time."""
    sizes: dict[int, int] = {}  # id(node) -> entries it stands for, once written out
    heights: dict[int, int] = {}
    open_nodes: set[int] = set()
    added = 0

    def measure(node: yaml.Node, where: int, depth: int) -> int:
        """``where``: the line that uses ``node`` (for an alias, where ``*name`` stands)."""
        nonlocal added
        key = id(node)
        if key in open_nodes:
            raise _Refused(where, "an alias (*name) refers to the entry it is part of")
        if key in sizes:  # an alias: its entries are written out once more
            added += sizes[key]
            if added > ALIAS_BUDGET:
                raise _Refused(
                    where,
                    f"aliases (*name) repeat more than {ALIAS_BUDGET} entries; "
                    "write the entries out instead",
                )
            if depth + heights[key] > MAX_DEPTH:
                raise _Refused(where, f"nested more than {MAX_DEPTH} levels deep")
            return sizes[key]
        if depth > MAX_DEPTH:
            raise _Refused(where, f"nested more than {MAX_DEPTH} levels deep")
        line = node.start_mark.line + 1
        children: list[tuple[yaml.Node, int]] = []
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                used_at = key_node.start_mark.line + 1
                children += [(key_node, used_at), (value_node, used_at)]
        elif isinstance(node, yaml.SequenceNode):
            children = [(item, line) for item in node.value]
        open_nodes.add(key)
        size, height = 1, 0
        for child, used_at in children:
            size += measure(child, used_at, depth + 1)
            height = max(height, heights[id(child)] + 1)
        open_nodes.discard(key)
        sizes[key], heights[key] = size, height
        return size

    try:
        measure(root, root.start_mark.line + 1, 0)
    except _Refused as refused:
        return refused.line, refused.problem
    return None


def _record_lines(
    node: yaml.Node,
    path: FieldPath,
    lines: dict[FieldPath, int],
    issues: list[ContentIssue],
    name: str,
) -> None:
    """Record the line of every key and list item below ``node``; flag duplicate keys.

    YAML silently keeps the last of two equal keys, which hides a copy-paste mistake.
    """
    if isinstance(node, yaml.MappingNode):
        first_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG or not isinstance(key_node, yaml.ScalarNode):
                continue
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            child = (*path, key)
            if key in first_lines:
                issues.append(
                    ContentIssue(
                        name,
                        line,
                        format_path(child),
                        f"duplicate key '{key}' (first at line {first_lines[key]})",
                    )
                )
            else:
                first_lines[key] = line
            lines[child] = line  # the last one wins in the data, so point there
            _record_lines(value_node, child, lines, issues, name)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            lines[child] = item.start_mark.line + 1
            _record_lines(item, child, lines, issues, name)
