"""Store test fixtures; the helpers they share live in store_helpers.py."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
