"""The shape of the house, read from the source: one small core contract low down, features and
channels above it, no import circles.

Every ``import`` in ``bot/`` counts, also those under ``if TYPE_CHECKING:`` (a type is a
dependency too) and those inside a function body: a deferred import is how a module loads a
sibling only when asked (``python -m bot`` loads the channel it runs), never a way around a
circle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[2] / "bot"

CORE = ("bot.core", "bot.ports", "bot.messages")
"""The core contract; everything they import, directly or not, is the core too."""
FEATURES = (
    "bot.booking",
    "bot.handover",
    "bot.staff",
    "bot.news",
    "bot.web",
    "bot.voice",
    "bot.path",
    "bot.translation",
    "bot.dialogue.basics",
)
CHANNELS = ("bot.channels",)
CHANNEL_RUNNER = "bot.channels.run"
"""Starts the channels next to the web desk: a composition root like ``bot.app``."""
FRONT_ENDS = ("bot.web",)
"""The staff web desk: a second front end beside the staff group, over every feature's shared
parts (today's appointments, open cases, reports), started next to the channels. It may import
features as ``bot.app`` does; ``bot.web.links`` (the ``/web`` command) is a feature itself."""
PART_OF = {"bot.path": "bot.handover", "bot.translation": "bot.handover"}
"""Installed by the handover's own ``install`` on its outbox and topics: one feature in three
packages."""
KNOWN_FEATURE_IMPORTS = {
    ("bot.staff", "bot.handover"): "/stats counts cases, waits and path steps",
    ("bot.staff", "bot.news"): "/announce sends news to subscribers",
    ("bot.voice", "bot.booking"): "spoken reminders read the booking",
    ("bot.voice", "bot.staff"): "/audio reloads the catalogue after a recording",
    ("bot.web.links", "bot.handover"): "the /web link is for team members",
}
"""Feature -> feature imports still left, each with why; the list may only shrink (the test
fails on a new one, and on one that is gone, so it stays true). The way out is a registry
or a shared part in the core, as booking's menu entry, /termin and "coming appointments"
reach the handover now."""
SHARED_BY_CHANNELS = frozenset({"bot.channels", "bot.channels.web", "bot.channels.text_split"})
"""The HTTP server both webhooks use, and the text splitting every renderer uses."""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(BOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for path in sorted(BOT.rglob("*.py"))
        if "migrations" not in path.parts
    }


MODULES = _modules()


def _top_level(tree: ast.Module) -> Iterator[ast.stmt]:
    """Statements that run when the module loads, and those under ``if TYPE_CHECKING:``."""
    for statement in tree.body:
        yield statement
        if isinstance(statement, ast.If | ast.Try):
            yield from statement.body


def _imported(module: str, path: Path, *, deferred: bool) -> set[str]:
    """The ``bot`` modules ``module`` imports (a package and the module it names)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    statements = ast.walk(tree) if deferred else _top_level(tree)
    found: set[str] = set()
    for node in statements:
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        found |= {name for name in names if name in MODULES and name != module}
    return found


def _graph(*, deferred: bool) -> dict[str, set[str]]:
    return {module: _imported(module, path, deferred=deferred) for module, path in MODULES.items()}


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return circles


def _within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(f"{p}.") for p in packages)


def _reached_from(graph: dict[str, set[str]], roots: tuple[str, ...]) -> dict[str, str]:
    """Every module the roots reach, with the module that first imported it (for the message)."""
    seen: dict[str, str] = {root: root for root in roots}
    todo = list(roots)
    while todo:
        module = todo.pop()
        for target in sorted(graph[module]):
            if target not in seen:
                seen[target] = module
                todo.append(target)
    return seen


def test_the_finder_sees_the_imports_it_checks() -> None:
    """The rules below are only worth something if the walk finds real edges."""
    graph = _graph(deferred=True)
    assert "bot.messages" in graph["bot.core"]
    assert "bot.core" in graph["bot.booking.setup"]
    assert "bot.app" in graph["bot.__main__"]  # a deferred import
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("deferred", [False, True], ids=["at-load", "also-deferred"])
def test_no_import_circles_in_bot(deferred: bool) -> None:
    circles = _circles(_graph(deferred=deferred))
    assert circles == [], f"import circles: {circles}"


@pytest.mark.parametrize("rule", ["feature", "channel"])
def test_the_core_imports_no_feature_and_no_channel(rule: str) -> None:
    forbidden = FEATURES if rule == "feature" else CHANNELS
    reached = _reached_from(_graph(deferred=True), CORE)
    wrong = sorted(
        f"{by} -> {module}" for module, by in reached.items() if _within(module, forbidden)
    )
    assert wrong == [], f"the core reaches a {rule}: {wrong}"


def test_the_ground_floor_imports_nothing_above_it() -> None:
    """``bot.messages`` imports no other ``bot`` module; ``bot.ports`` only ``bot.messages``."""
    graph = _graph(deferred=True)
    assert graph["bot.messages"] == set()
    assert graph["bot.ports"] <= {"bot.messages"}


def _feature_of(module: str) -> str | None:
    """The feature a module belongs to (``bot.handover`` for ``bot.path.desk``), None for the
    core, channels and the web desk."""
    if module == "bot.web.links" or module.startswith("bot.web.links."):
        return "bot.web.links"
    if _within(module, FRONT_ENDS):
        return None
    for feature in FEATURES:
        if _within(module, (feature,)):
            return PART_OF.get(feature, feature)
    return None


def test_no_feature_imports_another_beyond_the_known_few() -> None:
    """Features meet in the core's registries, never by importing each other: leaving one out
    (``FEATURES`` in ``bot/app.py``) must not break another."""
    found: dict[tuple[str, str], list[str]] = {}
    for module, targets in _graph(deferred=True).items():
        importer = _feature_of(module)
        for target in sorted(targets):
            imported = _feature_of(target)
            if importer is not None and imported is not None and imported != importer:
                found.setdefault((importer, imported), []).append(f"{module} -> {target}")
    new = {pair: found[pair] for pair in sorted(found) if pair not in KNOWN_FEATURE_IMPORTS}
    gone = sorted(set(KNOWN_FEATURE_IMPORTS) - set(found))
    assert new == {}, f"a feature imports another: {new}"
    assert gone == [], f"no longer imported, remove from KNOWN_FEATURE_IMPORTS: {gone}"


def _channel_family(module: str) -> str | None:
    """``telegram`` for ``bot.channels.telegram_send``; None for what channels share."""
    if module in SHARED_BY_CHANNELS:
        return None
    return module.removeprefix("bot.channels.").split("_", 1)[0]


def test_a_channel_imports_no_feature_and_no_other_channel() -> None:
    """A channel only translates: it talks to the core (``bot.core``, ``bot.ports``), never to
    booking or the handover directly, and never borrows another channel's code."""
    graph = _graph(deferred=True)
    wrong: list[str] = []
    for module, targets in graph.items():
        if not _within(module, CHANNELS) or module == CHANNEL_RUNNER:
            continue
        family = _channel_family(module)
        for target in sorted(targets):
            if _within(target, FEATURES):
                wrong.append(f"{module} -> {target} (a feature)")
            elif _within(target, CHANNELS):
                other = _channel_family(target)
                if other is not None and other != family:
                    wrong.append(f"{module} -> {target} (another channel)")
    assert wrong == []
