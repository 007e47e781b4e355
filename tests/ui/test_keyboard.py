"""The keyboard: Help > Keyboard shortcuts lists every key from the actions, the platform's
redo keys all work, Ctrl+PgUp/PgDn switch the meeting's tabs, Tab leaves the agenda table,
and a restart reopens the meeting and tab the user left."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.core.commands import SetFieldCommand
from meeting_planner.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    with Store(tmp_path / "store") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        win.install_features()
        assert win.add_meeting(sample_meeting(datetime(2026, 12, 7, 9, 0)))
        yield win
        win.autosaver.flush()


def _native(text: str) -> str:
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_shortcuts_list_comes_from_the_actions(qtbot, window) -> None:
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    by_command = {command: keys for _section, keys, command in rows}
    assert by_command["Start meeting mode"] == _native("F5")
    assert by_command["Next part of the meeting"] == _native("Ctrl+PgDown")
    assert _native("Ctrl+Y") in by_command["Redo"]
    assert by_command["Add block"] == _native("Ins")
    assert by_command["Move up"] == _native("Ctrl+Up")
    assert by_command["Keyboard shortcuts"] == QKeySequence(
        QKeySequence.StandardKey.HelpContents
    ).toString(QKeySequence.SequenceFormat.NativeText)
    sections = {section for section, _keys, _command in rows}
    assert {"File", "Edit", "Meeting", "Agenda table", "Meeting mode, while it runs"} <= sections
    running = {c: k for s, k, c in rows if s == "Meeting mode, while it runs"}
    assert running["Next block"] == ", ".join(_native(k) for k in ("Right", "Space", "PgDown"))
    # A shortcut added to any action shows at once: the list is read, not written down.
    window.actions.profile.setShortcut(QKeySequence("Ctrl+Alt+P"))
    again = {c: k for _s, k, c in window.show_shortcuts().rows()}
    assert again["Employer profile"] == _native("Ctrl+Alt+P")


@pytest.mark.parametrize("keys", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_every_usual_redo_key_redoes(qtbot, window, keys: str) -> None:
    doc = window.current_doc
    doc.push(SetFieldCommand(doc, "title", "Changed", label="Title"))
    doc.undo_stack.undo()
    assert doc.meeting.title != "Changed"
    sequence = QKeySequence(keys)
    assert any(s == sequence for s in window.actions.redo.shortcuts())
    window.actions.redo.trigger()
    assert doc.meeting.title == "Changed"


def test_ctrl_page_down_and_up_walk_the_tabs(qtbot, window) -> None:
    editor = window.editors[window.current_doc.meeting_id]
    editor.tabs.setCurrentIndex(0)
    window.actions.next_tab.trigger()
    assert editor.tabs.currentIndex() == 1
    window.actions.previous_tab.trigger()
    window.actions.previous_tab.trigger()  # wraps round to the last tab
    assert editor.tabs.currentIndex() == editor.tabs.count() - 1


def test_tab_leaves_the_agenda_table(qtbot, window) -> None:
    editor = window.editors[window.current_doc.meeting_id]
    editor.tabs.setCurrentWidget(editor.agenda_editor)
    table = editor.agenda_editor.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 2))
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert QApplication.focusWidget() is editor.agenda_editor.details.points


def test_a_restart_reopens_the_meeting_and_tab_left_open(qtbot, tmp_path) -> None:
    data = tmp_path / "store"
    first, second = (
        sample_meeting(datetime(2026, 12, 7, 9, 0)),
        sample_meeting(datetime(2026, 12, 14, 9, 0)),
    )
    with Store(data) as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        assert win.add_meeting(first) and win.add_meeting(second)
        win.select_meeting(second.id)
        editor = win.editors[second.id]
        editor.tabs.setCurrentIndex(3)
        win.close()
    with Store(data) as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        win.start()
        qtbot.waitUntil(lambda: win.current_doc is not None)
        assert win.current_doc.meeting_id == second.id
        assert win.editors[second.id].tabs.currentIndex() == 3
        win.close()
