"""The installed package holds every sub-package and the resources it needs."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_every_package_is_listed_for_installation() -> None:
    listed = set(_config()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "meeting_planner").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"


def test_resource_files_are_covered_by_package_data() -> None:
    patterns = _config()["tool"]["setuptools"]["package-data"]["meeting_planner.resources"]
    suffixes = {pattern.rsplit(".", 1)[-1] for pattern in patterns}
    shipped = {
        path.suffix.lstrip(".")
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix
    }
    assert shipped - suffixes == set(), "add these file types to package-data"


def test_ci_runs_the_readme_test_command_in_a_random_order() -> None:
    def test_command(text: str) -> str:
        [line] = [
            ln for ln in text.splitlines() if ln.startswith("python3 -m venv") and "pytest" in ln
        ]
        return line[line.index("python -m pytest") :]

    readme = test_command((ROOT / "README.md").read_text("utf-8"))
    assert test_command((ROOT / ".ci" / "run").read_text("utf-8")) == readme
    # The order is random and its seed printed, so an order-dependent test shows.
    assert readme.endswith("python -m pytest -p randomly")
    test_extra = _config()["project"]["optional-dependencies"]["test"]
    assert any(dep.startswith("pytest-randomly") for dep in test_extra)
