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
