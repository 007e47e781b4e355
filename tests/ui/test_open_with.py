"""Opening a meeting file from the desktop ("Open with", Exec ... %f) opens the app with it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from meeting_planner.domain.sample import sample_meeting
from meeting_planner.exchange.writer import write_meeting_file
from meeting_planner.store import Store
from meeting_planner.ui import app as app_module
from meeting_planner.ui.main_window import MainWindow


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch, qapp) -> list[MainWindow]:
    built: list[MainWindow] = []
    original = MainWindow.attach_store

    def attach(window: MainWindow, store: Store) -> None:
        built.append(window)
        original(window, store)

    monkeypatch.setattr(MainWindow, "attach_store", attach)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.instance().exit(99))
    guard.start(10_000)
    yield built
    guard.stop()


def test_a_meeting_file_given_at_start_is_imported_and_shown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow]
) -> None:
    meeting = sample_meeting(datetime(2026, 11, 23, 10))
    meeting.candidate.name = "Şükrü Öztürk"
    path = tmp_path / "from-the-recruiter.meeting.json"
    write_meeting_file(meeting, path)
    data = tmp_path / "data"
    monkeypatch.setenv(app_module.QUIT_AFTER_SHOW, "ready")
    assert app_module.run(data, open_files=[path]) == 0
    [window] = windows
    assert window.list_panel.current_id() == meeting.id
    with Store(data, read_only=True) as store:
        assert store.meetings.get(meeting.id).candidate.name == "Şükrü Öztürk"
