"""Round-trip editing of the content files: only the changed values are touched.

ruamel.yaml keeps comments (``# BEISPIEL``), key order, quoting and flow style; a value that
did not change is never reassigned, so its comments and layout stay exactly as staff wrote
them. The files stay the source of truth: git, ``catalogue check`` and the Telegram upload
see ordinary YAML.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long text line
    yaml.indent(mapping=2, sequence=4, offset=2)  # the style of the shipped files
    return yaml


def load(text: str) -> Any:
    return _yaml().load(text)


def dump(document: Any) -> str:
    out = io.StringIO()
    _yaml().dump(document, out)
    return out.getvalue()


def version_of(text: str) -> str:
    """A short hash of a file's text: a form saved against an older version is refused."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def quoted(text: str) -> DoubleQuotedScalarString:
    return DoubleQuotedScalarString(text)


def flow_map(items: Iterable[tuple[str, Any]]) -> CommentedMap:
    mapping = CommentedMap(items)
    mapping.fa.set_flow_style()
    return mapping


def flow_list(items: Iterable[Any]) -> CommentedSeq:
    sequence = CommentedSeq(items)
    sequence.fa.set_flow_style()
    return sequence


def plain(value: Any) -> Any:
    """A YAML value as plain Python data, for comparing old and new."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return None if value is None else str(value)


def set_value(mapping: CommentedMap, key: str, value: Any) -> bool:
    """Set ``mapping[key]`` only if it changes; True if it did."""
    if key in mapping and plain(mapping[key]) == plain(value):
        return False
    mapping[key] = value
    return True


def drop(mapping: CommentedMap, key: str) -> bool:
    if key in mapping:
        del mapping[key]
        return True
    return False


def find_item(items: Sequence[Any], item_id: str) -> tuple[int, CommentedMap] | None:
    """The position and item with ``id: item_id`` in a list of mappings."""
    for index, item in enumerate(items):
        if isinstance(item, CommentedMap) and str(item.get("id")) == item_id:
            return index, item
    return None


def insert_after(mapping: CommentedMap, after: Sequence[str], key: str, value: Any) -> None:
    """Add ``key`` right after the first of ``after`` present (else at the end)."""
    keys = list(mapping.keys())
    for anchor in after:
        if anchor in keys:
            mapping.insert(keys.index(anchor) + 1, key, value)
            return
    mapping[key] = value
