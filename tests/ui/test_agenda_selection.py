"""Whichever way a block is chosen (mouse, keys, a finding, undo, a drop), the agenda's
Remove, Move up and Move down follow it, and so does the Delete key."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QToolBar

from meeting_planner.domain.sample import sample_meeting
from meeting_planner.ui.agenda import AgendaEditor
from meeting_planner.ui.agenda.model import COL_MINUTES, COL_TITLE
from meeting_planner.ui.core.document import MeetingDocument


@pytest.fixture
def editor(qtbot) -> AgendaEditor:
    doc = MeetingDocument(sample_meeting(datetime(2026, 11, 20, 9, 0)))
    widget = AgendaEditor(doc)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def _ids(editor: AgendaEditor) -> list[str]:
    return [b.id for b in editor.doc.meeting.agenda]


def _enabled(editor: AgendaEditor) -> tuple[bool, bool, bool]:
    return (
        editor.remove_action.isEnabled(),
        editor.up_action.isEnabled(),
        editor.down_action.isEnabled(),
    )


def _click_row(qtbot, editor: AgendaEditor, row: int, column: int = COL_TITLE) -> None:
    table = editor.table
    rect = table.visualRect(editor.model.index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _expected(editor: AgendaEditor, row: int) -> tuple[bool, bool, bool]:
    return (True, row > 0, row < editor.model.rowCount() - 1)


def test_a_mouse_click_on_a_row_enables_exactly_its_actions(qtbot, editor: AgendaEditor) -> None:
    last = editor.model.rowCount() - 1
    for row in (3, 0, last, 1):
        _click_row(qtbot, editor, row)
        assert editor.selected_block_id() == _ids(editor)[row]
        assert _enabled(editor) == _expected(editor, row), row
        # The toolbar's buttons, what the user sees, agree.
        toolbar = editor.findChild(QToolBar)
        buttons = [
            toolbar.widgetForAction(a)
            for a in (editor.remove_action, editor.up_action, editor.down_action)
        ]
        assert tuple(b.isEnabled() for b in buttons) == _expected(editor, row)


def test_click_then_delete_removes_the_clicked_block(qtbot, editor: AgendaEditor) -> None:
    ids = _ids(editor)
    # Click another column than the title, as a user does at random.
    _click_row(qtbot, editor, 4, COL_MINUTES)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert _ids(editor) == ids[:4] + ids[5:]
    assert editor.selected_block_id() == ids[5]
    assert _enabled(editor) == _expected(editor, 4)


def test_click_then_ctrl_down_moves_the_clicked_block(qtbot, editor: AgendaEditor) -> None:
    ids = _ids(editor)
    _click_row(qtbot, editor, 2)
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _ids(editor)[3] == ids[2]
    assert editor.selected_block_id() == ids[2]
    assert _enabled(editor) == _expected(editor, 3)


def test_arrow_keys_and_programmatic_selection_follow_too(qtbot, editor: AgendaEditor) -> None:
    ids = _ids(editor)
    editor.select_block(ids[-1])
    assert _enabled(editor) == _expected(editor, len(ids) - 1)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Up)
    assert editor.selected_block_id() == ids[-2]
    assert _enabled(editor) == _expected(editor, len(ids) - 2)
    # A selection set from outside, without the view's current index moving first.
    editor.table.selectRow(0)
    assert editor.selected_block_id() == ids[0]
    assert _enabled(editor) == _expected(editor, 0)
    editor.table.clearSelection()
    assert editor.selected_block_id() is None
    assert _enabled(editor) == (False, False, False)


def test_undo_and_redo_leave_the_actions_right(qtbot, editor: AgendaEditor) -> None:
    ids = _ids(editor)
    _click_row(qtbot, editor, 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _enabled(editor) == _expected(editor, 0)
    editor.doc.undo_stack.undo()
    assert _ids(editor) == ids and editor.selected_block_id() == ids[1]
    assert _enabled(editor) == _expected(editor, 1)
    editor.doc.undo_stack.redo()
    assert editor.selected_block_id() == ids[1]
    assert _enabled(editor) == _expected(editor, 0)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_after_a_drop_the_actions_follow_the_moved_block(qtbot, editor: AgendaEditor) -> None:
    ids = _ids(editor)
    _click_row(qtbot, editor, 3)
    table = editor.table
    mime = editor.model.mimeData([editor.model.index(0, COL_TITLE)])
    target = table.visualRect(editor.model.index(5, COL_TITLE))
    pos = QPoint(target.center().x(), target.top() + 2)
    move = Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    for event in (
        QDragEnterEvent(pos, move, mime, buttons, keys),
        QDragMoveEvent(pos, move, mime, buttons, keys),
        QDropEvent(QPointF(pos), move, mime, buttons, keys),
    ):
        QApplication.sendEvent(table.viewport(), event)
    assert _ids(editor) == ids[1:5] + [ids[0]] + ids[5:]
    selected = editor.selected_block_id()
    assert selected is not None
    assert _enabled(editor) == _expected(editor, _ids(editor).index(selected))
