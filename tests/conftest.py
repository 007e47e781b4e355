"""Shared test set-up: offscreen Qt and a temporary data directory for every test."""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import settings

# Without a display Qt aborts; every GUI test runs offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis fails an example that takes over 200 ms: a timing check that a busy CI
# machine trips now and then, and not what any of our properties is about.
settings.register_profile("meeting-planner", deadline=None)
settings.load_profile("meeting-planner")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test ever touches a real user's store or settings."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("MEETING_PLANNER_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(data / "xdg-cache"))
    # The command line speaks the locale's language: tests start from none (English).
    monkeypatch.setenv("LANG", "C.UTF-8")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    yield data


@pytest.fixture(autouse=True)
def _no_key_held_over():
    """Qt remembers the modifiers of the last key event it saw, and QTest's release of
    Ctrl or Shift still carries them: a later test's selectRow would then extend or
    toggle a selection as if the key were held. Every test starts with no key down."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    if QApplication.instance() is None:
        return
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        blank = QWidget()
        QTest.keyRelease(blank, Qt.Key.Key_Shift)
        blank.deleteLater()


@pytest.fixture
def computer_zone():
    """Set this process's time zone for the test, whatever the machine's:
    ``computer_zone("Europe/London")``; the machine's comes back afterwards."""
    import time

    before = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
