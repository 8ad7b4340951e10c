"""Reading a YAML content file while remembering the line of every key and list item.

Messages for staff must say where to look, so the line of each entry is recorded while the
file is read. A plain file (no anchors, aliases, tags or merge keys: what staff and the web
desk write) is built straight from libyaml's parser events in one pass, which costs about a
third of ``yaml.load``; any other file goes through PyYAML's node graph, where what aliases
expand to can be measured before it is built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.catalogue.issues import ContentIssue, FieldPath, Severity, format_path

MERGE_TAG = "tag:yaml.org,2002:merge"

MAX_FILE_BYTES = 8 * 1024 * 1024
"""A content file larger than this is refused unread (the shipped offers.yaml: 54 KB for 6
offers, so 300 such offers are 2.7 MB)."""
ALIAS_BUDGET = 10_000
"""How many entries aliases (``*name``) may add to a file once they are written out. A few
aliases that repeat one another grow exponentially ("billion laughs"): 300 bytes would be
millions of entries, so the file is refused before it is expanded, checked or echoed."""
MAX_ENTRIES = 400_000
"""Keys, values and list items written in one file (the shipped offers.yaml has about 3,030
for 6 offers, most of them the words people type for each offer, so 300 such offers are about
151,700; it was 2,350 before eight rounds of keywords). Counted while the file is built, so a
crowded file is refused with no more than this many entries in memory."""
MAX_ENTRIES_WITH_ALIASES = 60_000
"""The same for a file that uses anchors or aliases (``&name``, ``*name``). Such a file is read
through PyYAML's node graph, which costs about four times the memory and time per entry, so
its entries are counted first, in a pass that builds nothing. Catalogues write entries out."""
MAX_DEPTH = 50
"""Nesting deeper than this is refused (content files nest about six levels)."""

# libyaml's parser is about ten times faster than the pure-Python one; plain files are built
# straight from its events (_read_plain_tree), with the resolvers below applied in Python.
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


class LineTree:
    """The lines of the entries directly below one mapping (by key, as written) or list (by
    index), and the trees of those entries that hold more. Kept per container rather than per
    field path, so recording them costs no path tuple per entry."""

    __slots__ = ("below", "lines")

    def __init__(self, lines: dict[str, int] | list[int]) -> None:
        self.lines = lines
        self.below: dict[str | int, LineTree] = {}

    def line(self, part: str | int) -> int | None:
        if isinstance(self.lines, dict):
            return self.lines.get(part) if isinstance(part, str) else None
        if isinstance(part, (str, bool)) or not 0 <= part < len(self.lines):
            return None
        return self.lines[part]


@dataclass(frozen=True)
class YamlSource:
    """A parsed content file: its data and the line of each key and list item in it."""

    name: str
    data: object
    lines: LineTree | None  # None for an empty file

    def line_of(self, path: FieldPath) -> int:
        """The line of ``path``, or of its closest parent that exists (for missing fields)."""
        found, tree = 1, self.lines
        for part in path:
            line = tree.line(part) if tree is not None else None
            if line is None:
                break
            found, tree = line, tree.below.get(part) if tree is not None else None
        return found

    def issue(
        self, path: FieldPath, message: str, severity: Severity = Severity.ERROR
    ) -> ContentIssue:
        return ContentIssue(self.name, self.line_of(path), format_path(path), message, severity)


def read_yaml(path: Path) -> tuple[YamlSource | None, list[ContentIssue]]:
    """Parse ``path``; on unreadable or malformed files return None and say why, with a line."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            too_big = f"file too large (at most {MAX_FILE_BYTES // 1024 // 1024} MB)"
            return None, [ContentIssue(name, 1, "", too_big)]
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [ContentIssue(name, None, "", "file not found")]
    # libyaml reads UTF-8 bytes itself: decoding them to text first (and libyaml encoding that
    # text back) cost a tenth of a reload. Bytes it refuses, and UTF-16 (which it would take),
    # are read again as text, so the message is the one staff always got.
    if not raw.startswith(_UTF16_MARKS):
        try:
            return _parse(raw, name)
        except yaml.reader.ReaderError:
            pass
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, [ContentIssue(name, None, "", "not UTF-8 text; save the file as UTF-8")]
    return _parse(text, name)


_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def _parse(text: str | bytes, name: str) -> tuple[YamlSource | None, list[ContentIssue]]:
    """The file's data and lines, or why not; a ReaderError on bytes is left to the caller."""
    try:
        try:
            data, lines, issues = _read_plain_tree(text, name)
        except _NotPlainTree:
            data, lines, issues = _read_through_nodes(text, name)
    except _Refused as refused:
        return None, [ContentIssue(name, refused.line, "", refused.problem)]
    except yaml.YAMLError as error:
        if isinstance(error, yaml.reader.ReaderError) and isinstance(text, bytes):
            raise
        return None, [_syntax_issue(name, error)]
    return YamlSource(name, data, lines), issues


class _NotPlainTree(Exception):
    """The file uses anchors, aliases, tags, merge keys or keys that are lists or mappings."""


class _Refused(Exception):
    def __init__(self, line: int, problem: str) -> None:
        self.line = line
        self.problem = problem


def _too_many(line: int) -> _Refused:
    return _Refused(
        line, f"more than {MAX_ENTRIES} entries (keys, values, list items); split it up"
    )


def _too_deep(line: int) -> _Refused:
    return _Refused(line, f"nested more than {MAX_DEPTH} levels deep")


_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_NO_KEY = object()
_UNRESOLVED = object()


def _read_plain_tree(
    text: str | bytes, name: str
) -> tuple[object, LineTree | None, list[ContentIssue]]:
    """Build the data straight from libyaml's events in one pass, counting entries and depth
    and recording lines on the way: no node graph, no second walk. Files that need the node
    graph (aliases, tags, merge keys) raise _NotPlainTree and are read the careful way.

    This loop runs once per key, value and list item (65,000 times for 300 offers), so it is
    written out flat: the innermost open mapping or list lives in local variables, and the
    ones around it wait on ``stack`` as tuples."""
    loader = ContentLoader(text)
    resolvers = loader.yaml_implicit_resolvers
    may_resolve = frozenset(first for first, candidates in resolvers.items() if candidates)
    resolved: dict[str, object] = {}  # unquoted scalars already resolved: "10:00", "true"
    issues: list[ContentIssue] = []
    firsts: dict[tuple[int, str], int] = {}  # first lines of keys written twice
    # The innermost open container: its data, the lines of its entries, the trees of the
    # entries that hold more, its key or index in the one around it, and (a mapping) the
    # key whose value comes next. ``data`` is None at the top, outside any container.
    data: dict[object, object] | list[object] | None = None
    lines: dict[str, int] | list[int] = []
    below: dict[str | int, LineTree] = {}
    is_list = False
    part: str | int = ""
    key: object = _NO_KEY
    key_text = ""
    stack: list[tuple[object, ...]] = []
    root: object = None
    root_tree: LineTree | None = None
    entries = 0
    depth = 0  # containers open, len(stack)
    next_event = loader.get_event
    scalar, mapping, sequence = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    try:
        while True:
            event = next_event()
            kind = type(event)
            if kind is scalar:
                entries += 1
                line = event.start_mark.line + 1
                if entries > MAX_ENTRIES or depth > MAX_DEPTH:
                    raise _too_many(line) if entries > MAX_ENTRIES else _too_deep(line)
                if event.anchor is not None or event.tag is not None:
                    raise _NotPlainTree
                written = value = event.value
                if event.implicit[0] and written[:1] in may_resolve:  # maybe not text
                    value = resolved.get(written, _UNRESOLVED)
                    if value is _UNRESOLVED:
                        value = resolved[written] = _plain_scalar(loader, resolvers, event)
                if is_list:
                    data.append(value)  # type: ignore[union-attr]
                    lines.append(line)  # type: ignore[union-attr]
                elif key is not _NO_KEY:
                    data[key] = value  # type: ignore[index,call-overload]
                    key = _NO_KEY
                elif data is None:
                    root = value
                else:
                    if written in lines:  # a key written twice: the value written last wins
                        first = firsts.setdefault((id(lines), written), lines[written])  # type: ignore[call-overload]
                        # the keys and indexes down to here (the top mapping has none)
                        path = [frame[4] for frame in stack[2:]] + [part] * (len(stack) > 1)
                        issues.append(_duplicate(name, line, (*path, written), written, first))
                        below.pop(written, None)  # the value written first is replaced
                    lines[written] = line  # type: ignore[index]
                    key, key_text = value, written
            elif kind is mapping or kind is sequence:
                entries += 1
                line = event.start_mark.line + 1
                if entries > MAX_ENTRIES or depth > MAX_DEPTH:
                    raise _too_many(line) if entries > MAX_ENTRIES else _too_deep(line)
                if event.anchor is not None or event.tag is not None:
                    raise _NotPlainTree
                opened: dict[object, object] | list[object] = {} if kind is mapping else []
                opened_lines: dict[str, int] | list[int] = {} if kind is mapping else []
                tree = LineTree(opened_lines)
                if is_list:
                    index = len(lines)
                    data.append(opened)  # type: ignore[union-attr]
                    lines.append(line)  # type: ignore[union-attr]
                    below[index] = tree
                    opened_part: str | int = index
                elif key is not _NO_KEY:
                    data[key] = opened  # type: ignore[index,call-overload]
                    key = _NO_KEY
                    below[key_text] = tree
                    opened_part = key_text
                elif data is None:
                    root, root_tree = opened, tree
                    opened_part = ""
                else:
                    raise _NotPlainTree  # a list or mapping as a key
                stack.append((data, lines, below, is_list, part))
                depth += 1
                data, lines, below, is_list, part = (
                    opened,
                    opened_lines,
                    tree.below,
                    kind is sequence,
                    opened_part,
                )
            elif kind is mapping_end or kind is sequence_end:
                data, lines, below, is_list, part = stack.pop()  # type: ignore[assignment]
                depth -= 1
            elif kind is yaml.AliasEvent:
                raise _NotPlainTree
            elif kind is yaml.DocumentEndEvent:
                if not loader.check_event(yaml.StreamEndEvent):
                    raise _NotPlainTree  # a second document: the composer says what is wrong
            elif kind is yaml.StreamEndEvent:
                return root, root_tree, issues
    finally:
        loader.dispose()


def _plain_scalar(
    loader: ContentLoader,
    resolvers: dict[str, list[tuple[str, re.Pattern[str]]]],
    event: yaml.ScalarEvent,
) -> object:
    """An unquoted scalar resolved and built as the loader would (text, number, true, null)."""
    text = event.value
    candidates = resolvers[text[:1]]
    tag = next((tag for tag, pattern in candidates if pattern.match(text)), _STR_TAG)
    if tag == _STR_TAG:
        return text
    if tag == _NULL_TAG:
        return None
    if tag == MERGE_TAG:
        raise _NotPlainTree
    node = yaml.ScalarNode(tag, text, event.start_mark, event.end_mark)
    return loader.construct_object(node)


def _duplicate(
    name: str, line: int, path: tuple[object, ...], text: str, first: int
) -> ContentIssue:
    """A key written twice in one mapping; the value written last wins."""
    return ContentIssue(
        name,
        line,
        format_path(path),  # type: ignore[arg-type]
        f"duplicate key '{text}' (first at line {first})",
    )


def _read_through_nodes(
    text: str | bytes, name: str
) -> tuple[object, LineTree | None, list[ContentIssue]]:
    """Files with anchors, aliases, tags or merge keys, through PyYAML's node graph: counted
    first in a pass that builds nothing, and what aliases expand to is measured before
    anything is built from it."""
    shape = _shape(text)
    if shape.refusal is not None:
        raise _Refused(*shape.refusal)
    loader = ContentLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None, []
        if shape.aliases:
            refusal = _expansion_problem(root)
            if refusal is not None:
                raise _Refused(*refusal)
        issues: list[ContentIssue] = []
        tree = _record_lines(root, (), issues, name)
        return loader.construct_document(root), tree, issues
    finally:
        loader.dispose()


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


def _shape(text: str | bytes) -> _Shape:
    """Entries, nesting and aliases of a file, in one cheap parser pass before it is built."""
    entries = depth = 0
    aliases = False
    for event in yaml.parse(text, Loader=ContentLoader):
        if isinstance(event, yaml.NodeEvent):
            entries += 1
            line = int(event.start_mark.line) + 1
            if entries > MAX_ENTRIES_WITH_ALIASES:
                too_many = (
                    f"more than {MAX_ENTRIES_WITH_ALIASES} entries (keys, values, list items) "
                    "in a file with anchors or aliases (&name, *name); write the entries out "
                    "or split the file"
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
    node: yaml.Node, path: FieldPath, issues: list[ContentIssue], name: str
) -> LineTree | None:
    """The lines of every key and list item below ``node``; flags duplicate keys.

    YAML silently keeps the last of two equal keys, which hides a copy-paste mistake.
    """
    if isinstance(node, yaml.MappingNode):
        lines: dict[str, int] = {}
        tree = LineTree(lines)
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
            lines[key] = line  # the last one wins in the data, so point there
            below = _record_lines(value_node, child, issues, name)
            if below is not None:
                tree.below[key] = below
            else:
                tree.below.pop(key, None)
        return tree
    if isinstance(node, yaml.SequenceNode):
        items: list[int] = []
        tree = LineTree(items)
        for index, item in enumerate(node.value):
            items.append(item.start_mark.line + 1)
            below = _record_lines(item, (*path, index), issues, name)
            if below is not None:
                tree.below[index] = below
        return tree
    return None
