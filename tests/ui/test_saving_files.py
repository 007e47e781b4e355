"""Save dialogs start in the user's Documents folder (then where the user last saved),
and the status bar confirms each save with a link that opens the folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.shared import file_actions, messages
from meeting_planner.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(messages, "_save_folder", None)
    with Store(tmp_path / "store") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        assert win.add_meeting(sample_meeting(datetime(2026, 12, 7, 9, 0)))
        yield win
        win.autosaver.flush()


def test_a_save_dialog_starts_in_documents_then_where_the_user_saved(
    window, tmp_path, monkeypatch
) -> None:
    offered: list[str] = []

    def dialog(_parent, _title, start, _filter):
        offered.append(start)
        return str(tmp_path / "out" / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    (tmp_path / "out").mkdir()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    meeting = window.current_doc.meeting
    saved = file_actions.export_meeting_file(window, meeting, plan_only=True)
    assert Path(offered[0]).parent == Path(documents)
    assert Path(offered[0]).name == file_actions.suggested_meeting_file_name(meeting, True)
    assert saved is not None and saved.exists()
    file_actions.export_meeting_file(window, meeting, plan_only=False)
    assert Path(offered[1]).parent == tmp_path / "out"


def test_the_status_bar_says_where_it_saved_with_a_link_to_the_folder(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "Sanna <i>& brief.pdf"
    path.write_bytes(b"%PDF")
    messages.saved(window.stack, path)  # any widget inside the window reaches it
    label = window.findChild(type(window._saved_label), "SavedNotice")
    assert label is not None and label.isVisible()
    assert "Sanna &lt;i&gt;&amp; brief.pdf" in label.text()  # a name is not markup
    assert "Open the folder" in label.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    label.linkActivated.emit(QUrl.fromLocalFile(str(tmp_path)).toString())
    assert opened and opened[0].toLocalFile().rstrip("/") == str(tmp_path)
