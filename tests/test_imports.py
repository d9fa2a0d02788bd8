"""The direction of imports in journal_app, read from the sources (nothing is imported).

No module imports a module that imports it back, however far round (lazy imports inside
functions count: they close the circle as soon as they run). And once the window is split
into rooms (`ui/<room>/` packages), a room imports only `ui/common/` and the layers below
(core, pdf, paths): `ui/window/` and `ui/app.py` are the ones that compose rooms.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "journal_app"
UI = PACKAGE / "ui"
COMPOSERS = {"window"}  # rooms that may import other rooms (besides ui/app.py)
SHARED = {"common"}  # what every room may import
# No circle is allowed (the last two were cut in issue 16: core/sqlite.py under db.py and
# backups.py; the exporters' registry in a module of its own).
KNOWN_CYCLES: list[set[str]] = []


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def sources() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, path: Path, known: dict[str, Path]) -> Iterator[str]:
    """The journal_app modules `path` imports, anywhere in it (lazy and typing-only too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            # `from . import x` imports the module x when there is one.
            subs = [f"{target}.{alias.name}" for alias in node.names]
            targets = [s for s in subs if s in known] or [target]
        else:
            continue
        for target in targets:
            while target and target not in known:  # `import a.b.c` of a name inside c
                target = target.rpartition(".")[0]
            if target.startswith("journal_app") and target != name:
                yield target


def graph() -> dict[str, set[str]]:
    known = sources()
    return {name: set(imported(name, path, known)) for name, path in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def rooms() -> set[str]:
    return {d.name for d in UI.iterdir() if (d / "__init__.py").is_file()}


def room_of(name: str, known: set[str]) -> str | None:
    """'journal_app.ui.editor.editor_view' -> 'editor'; None outside the rooms."""
    parts = name.split(".")
    if parts[:2] != ["journal_app", "ui"] or len(parts) < 3:
        return None
    return parts[2] if parts[2] in known else None


def room_violations(edges: dict[str, set[str]], known: set[str]) -> list[str]:
    offenders = []
    for name, targets in sorted(edges.items()):
        room = room_of(name, known)
        if room is None or room in COMPOSERS:
            continue
        for target in sorted(targets):
            other = room_of(target, known)
            if other is None and target.startswith("journal_app.ui."):
                offenders.append(f"{name} -> {target} (outside the rooms)")
            elif other not in (None, room, *SHARED):
                offenders.append(f"{name} -> {target}")
    return offenders


def test_the_walk_sees_the_package() -> None:
    edges = graph()
    assert len(edges) > 50
    assert "journal_app.core.errors" in edges["journal_app.core.journal"]
    assert "journal_app.ui.app" in edges["journal_app.cli"]  # a lazy import counts
    window = next(n for n in edges if n.endswith(".main_window"))
    assert any(t.endswith(".editor_controller") for t in edges[window])


def test_no_import_cycles() -> None:
    new = [c for c in cycles(graph()) if not any(set(c) <= known for known in KNOWN_CYCLES)]
    assert new == []


def test_the_cycle_finder_finds_a_circle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c"]]


def test_a_room_imports_only_common_and_the_layers_below() -> None:
    assert room_violations(graph(), rooms()) == []


def test_the_room_rule_catches_a_sibling() -> None:
    ui = "journal_app.ui"
    edges = {
        f"{ui}.editor.token_picker": {f"{ui}.entries.entry_delegate", f"{ui}.common.chips"},
        f"{ui}.window.main_window": {f"{ui}.editor.editor_view"},  # the window composes
        f"{ui}.trends.trends_window": {"journal_app.core.trends", f"{ui}.app"},
    }
    assert room_violations(edges, {"editor", "entries", "common", "window", "trends"}) == [
        f"{ui}.editor.token_picker -> {ui}.entries.entry_delegate",
        f"{ui}.trends.trends_window -> {ui}.app (outside the rooms)",
    ]


def test_nothing_below_the_window_imports_it() -> None:
    """core, pdf, paths and cli never import the window (the CLI starts it lazily, via
    ui.app, which is the one door)."""
    offenders = [
        f"{name} -> {target}"
        for name, targets in graph().items()
        if not name.startswith("journal_app.ui")
        for target in targets
        if target.startswith("journal_app.ui")
        and not (name.startswith("journal_app.cli") and target == "journal_app.ui.app")
    ]
    assert offenders == []
