"""The store package loads its parts on first use: every exported name resolves, and the
errors can be imported without TinyDB or the domain model (the app's window needs only
them before the store is opened)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import meeting_planner.store as store_package

ROOT = Path(__file__).resolve().parents[2]


def test_every_exported_name_resolves_to_what_its_module_defines() -> None:
    assert sorted(store_package.__all__) == sorted(store_package._HOMES)
    for name, home in store_package._HOMES.items():
        module = importlib.import_module(f"meeting_planner.store.{home}")
        value = getattr(store_package, name)
        assert value is getattr(module, name)
        assert (value.__module__, value.__name__) == (module.__name__, name)
    assert callable(store_package.restore)
    assert set(store_package.__all__) <= set(dir(store_package))
    with pytest.raises(AttributeError, match="NoSuchName"):
        store_package.NoSuchName  # noqa: B018


def test_the_errors_load_without_tinydb_or_the_model() -> None:
    probe = (
        "import sys; import meeting_planner.store.errors; "
        "print(sorted(m for m in sys.modules if m.startswith(('tinydb', 'meeting_planner'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "tinydb" not in result.stdout
    assert "meeting_planner.domain.model" not in result.stdout
    assert "meeting_planner.store.errors" in result.stdout
