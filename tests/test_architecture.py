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
}
NETWORK = {"socket", "urllib", "http", "requests", "ftplib", "smtplib", "xmlrpc"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                base = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
                parent = base.rsplit(".", node.level)[0]
                names.add(f"{parent}.{node.module}")
            else:
                names.add(node.module)
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


def test_the_checker_sees_a_forbidden_import() -> None:
    sample = PACKAGE / "domain" / "model.py"
    names = _imports(sample) | {"PySide6.QtCore"}
    assert _violations(names, FORBIDDEN["domain"]) == {"PySide6.QtCore"}


def test_no_module_imports_networking() -> None:
    bad = {
        str(f.relative_to(PACKAGE)): sorted(_violations(_imports(f), NETWORK))
        for f in PACKAGE.rglob("*.py")
    }
    assert not {k: v for k, v in bad.items() if v}
