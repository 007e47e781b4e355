"""The layers stay apart: the domain knows no Qt, reportlab or tinydb; nothing goes online."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "meeting_planner"

FORBIDDEN = {
    "domain": {
        "PySide6",
        "shiboken6",
        "reportlab",
        "tinydb",
        "meeting_planner.store",
        "meeting_planner.exchange",
        "meeting_planner.ui",
        "meeting_planner.export",
    },
    "store": {"PySide6", "shiboken6", "reportlab", "meeting_planner.ui", "meeting_planner.export"},
    "exchange": {"PySide6", "shiboken6", "reportlab", "tinydb", "meeting_planner.ui"},
    "teamfolder": {"PySide6", "shiboken6", "reportlab", "tinydb", "meeting_planner.ui"},
}
NETWORK = {"socket", "urllib", "http", "requests", "ftplib", "smtplib", "xmlrpc"}


def _imports(path: Path, source: str | None = None) -> set[str]:
    """Every module ``path`` imports, by its full name; ``from X import y`` also counts as
    ``X.y``, since y may be a module (``from .. import ui`` imports meeting_planner.ui)."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
                parent = base.rsplit(".", node.level)[0]
                module = f"{parent}.{node.module}" if node.module else parent
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _violations(names: set[str], forbidden: set[str]) -> set[str]:
    return {n for n in names for f in forbidden if n == f or n.startswith(f + ".")}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_stay_inside_their_bounds(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found in {layer}"
    bad = {
        str(f.relative_to(PACKAGE)): sorted(_violations(_imports(f), FORBIDDEN[layer]))
        for f in files
    }
    assert not {k: v for k, v in bad.items() if v}


@pytest.mark.parametrize(
    "line, seen",
    [
        ("import PySide6.QtCore as Qt", "PySide6.QtCore"),
        ("from PySide6.QtCore import QTimer", "PySide6.QtCore"),
        ("from .. import ui", "meeting_planner.ui"),
        ("from ..ui.window.main_window import MainWindow", "meeting_planner.ui.window.main_window"),
        ("from meeting_planner import export", "meeting_planner.export"),
        ("if TYPE_CHECKING:\n    from ..store import Store", "meeting_planner.store"),
        ("def later():\n    from tinydb import TinyDB", "tinydb"),
    ],
)
def test_the_checker_sees_a_forbidden_import(line: str, seen: str) -> None:
    module = PACKAGE / "domain" / "model.py"
    assert seen in _violations(_imports(module, line), FORBIDDEN["domain"])
    assert (
        _violations(_imports(module, "from . import rules\nimport json"), FORBIDDEN["domain"])
        == set()
    )


def test_no_module_imports_networking() -> None:
    bad = {
        str(f.relative_to(PACKAGE)): sorted(_violations(_imports(f), NETWORK))
        for f in PACKAGE.rglob("*.py")
    }
    assert not {k: v for k, v in bad.items() if v}


# -- no import circles ---------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _load_time_imports(path: Path, source: str | None = None) -> set[str]:
    """What importing ``path`` imports at once: module-level statements (inside if/try
    too), not those under ``if TYPE_CHECKING`` nor those a function makes when it runs."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    package = _module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    names: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
            elif isinstance(node, (ast.If, ast.Try)):
                visit(node.body)
                visit(node.orelse)
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)
                visit(getattr(node, "finalbody", []))
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = node.module or ""
                if node.level:
                    module = ".".join(base + ([node.module] if node.module else []))
                names.add(module)
                names.update(f"{module}.{alias.name}" for alias in node.names)

    visit(tree.body)
    return names


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def _import_graph(sources: dict[Path, str | None]) -> dict[str, set[str]]:
    """Who imports whom. A module's own packages are left out: Python loads them before
    the module, so ``from . import dialog`` in a package's module is no circle."""
    modules = {_module_name(path): path for path in sources}
    return {
        name: {
            other
            for other in _load_time_imports(path, sources[path])
            if other in modules and not (name == other or name.startswith(other + "."))
        }
        for name, path in modules.items()
    }


def test_no_two_modules_import_each_other_when_loaded() -> None:
    """A new reader finds each part in its room: the window, its actions and features
    (and every other module) never import each other in a circle."""
    graph = _import_graph({path: None for path in PACKAGE.rglob("*.py")})
    assert len(graph) > 200
    assert _circles(graph) == []


def test_the_circle_check_sees_a_circle_through_a_package() -> None:
    ui = PACKAGE / "ui"
    sources = {
        ui / "window" / "main_window.py": "from .actions import build\n",
        ui / "window" / "actions.py": "from ..window import main_window\n",
        ui / "window" / "__init__.py": "",
        ui / "window" / "lazy.py": "def f():\n    from . import actions\n",
        ui / "window" / "typed.py": (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import lazy\n"
        ),
    }
    assert _circles(_import_graph(sources)) == [
        ["meeting_planner.ui.window.actions", "meeting_planner.ui.window.main_window"]
    ]
