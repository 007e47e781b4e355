"""The agenda builder as a user drives it: palette, keyboard, drops, details, findings."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QSpinBox

from meeting_planner.domain.library import library
from meeting_planner.domain.model import BlockKind, PitchTopic
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.ui.agenda import AgendaEditor
from meeting_planner.ui.agenda.model import BLOCK_ID_ROLE, COL_MINUTES, COL_TITLE
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
    # The main window owns Undo; the test stands in for it.
    undo = doc.undo_stack.createUndoAction(widget)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    widget.addAction(undo)
    return widget


def _ids(editor: AgendaEditor) -> list[str]:
    return [b.id for b in editor.doc.meeting.agenda]


def _double_click(qtbot, widget, pos: QPoint) -> None:
    # A real double-click starts with a press; item views ignore one without it.
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def _activate_palette_item(qtbot, editor: AgendaEditor, title: str) -> None:
    tree = editor.palette.tree
    item = editor.palette.find_item(title)
    assert item is not None, title
    tree.setCurrentItem(item)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def test_palette_adds_a_pitch_with_library_talking_points_after_the_selection(
    qtbot, editor: AgendaEditor
) -> None:
    ids = _ids(editor)
    editor.select_block(ids[2])
    tree = editor.palette.tree
    item = editor.palette.find_item("Pitch: Flexibility")
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    _double_click(qtbot, tree.viewport(), rect.center())
    agenda = editor.doc.meeting.agenda
    assert len(agenda) == len(ids) + 1
    added = agenda[3]
    assert added.kind is BlockKind.PITCH and added.topic is PitchTopic.FLEXIBILITY
    expected = [p.text for p in library().talking_points[PitchTopic.FLEXIBILITY]]
    assert added.talking_points == expected and expected
    assert added.owner == "Erik Lundgren"
    # The new block is selected and its talking points are shown to edit.
    assert editor.selected_block_id() == added.id
    assert editor.details.points.toPlainText().splitlines() == expected
    editor.doc.undo_stack.undo()
    assert _ids(editor) == ids


def test_a_case_idea_adds_the_block_and_the_case_task_in_one_undo_step(
    qtbot, editor: AgendaEditor
) -> None:
    before = meeting_to_dict(editor.doc.meeting)
    _activate_palette_item(qtbot, editor, "Case: Design a small API")
    meeting = editor.doc.meeting
    assert meeting.case.title == "Design a small API"
    assert any(b.kind is BlockKind.CASE and "small API" in b.title for b in meeting.agenda)
    assert editor.doc.undo_stack.count() == 1
    editor.doc.undo_stack.undo()
    assert meeting_to_dict(meeting) == before
    # With the option off only the block is added.
    editor.palette.use_case.setChecked(False)
    _activate_palette_item(qtbot, editor, "Case: Design a small API")
    assert meeting.case.title != "Design a small API"


def test_the_case_option_wraps_its_words_and_a_click_on_them_ticks_it(
    qtbot, editor: AgendaEditor
) -> None:
    palette = editor.palette
    palette.resize(170, 600)
    editor.show()
    qtbot.waitExposed(editor)
    label = palette.use_case_label
    assert label.wordWrap() and label.text() == "Case ideas fill in the case task"
    assert palette.use_case.isChecked()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not palette.use_case.isChecked()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert palette.use_case.isChecked()
    palette.setEnabled(False)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert palette.use_case.isChecked() and not label.isEnabled()


def test_delete_removes_the_selected_block_and_ctrl_z_restores_it(
    qtbot, editor: AgendaEditor
) -> None:
    before = meeting_to_dict(editor.doc.meeting)
    ids = _ids(editor)
    editor.select_block(ids[4])
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert _ids(editor) == ids[:4] + ids[5:]
    # The block that took its place is selected, ready for the next key press.
    assert editor.selected_block_id() == ids[5]
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert meeting_to_dict(editor.doc.meeting) == before


def test_keyboard_moves_and_inserts(qtbot, editor: AgendaEditor) -> None:
    ids = _ids(editor)
    editor.select_block(ids[1])
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _ids(editor)[2] == ids[1]
    assert editor.selected_block_id() == ids[1]
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _ids(editor)[0] == ids[1]
    assert not editor.up_action.isEnabled()
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    new = editor.doc.meeting.agenda[1]
    assert new.id not in ids and new.title == "New block"
    assert editor.doc.undo_stack.count() == 4


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_a_real_drop_on_the_table_moves_the_block(qtbot, editor: AgendaEditor) -> None:
    ids = _ids(editor)
    table = editor.table
    mime = editor.model.mimeData([editor.model.index(0, COL_TITLE)])
    target = table.visualRect(editor.model.index(5, COL_TITLE))
    # The upper part of row 5: the block lands just before it.
    pos = QPoint(target.center().x(), target.top() + 2)
    # What the system sends while the mouse drags a row: enter, move, then drop.
    move = Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    for event in (
        QDragEnterEvent(pos, move, mime, buttons, keys),
        QDragMoveEvent(pos, move, mime, buttons, keys),
        QDropEvent(QPointF(pos), move, mime, buttons, keys),
    ):
        QApplication.sendEvent(table.viewport(), event)
    assert _ids(editor) == ids[1:5] + [ids[0]] + ids[5:]
    assert editor.model.rowCount() == len(ids)


def test_retiming_in_place_updates_clock_balance_and_undo_redo_exactly(
    qtbot, editor: AgendaEditor
) -> None:
    doc = editor.doc
    states = [meeting_to_dict(doc.meeting)]
    sell_before = doc.review().selling_share
    index = editor.model.index(2, COL_MINUTES)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    spin = editor.table.focusWidget()
    assert isinstance(spin, QSpinBox)
    spin.selectAll()
    qtbot.keyClicks(spin, "30")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: doc.meeting.agenda[2].minutes == 30, timeout=2000)
    states.append(meeting_to_dict(doc.meeting))
    assert editor.model.index(3, 0).data() == "10:42–11:07"
    assert doc.review().selling_share > sell_before
    assert "Pitch: 48 min" in editor.balance.toolTip()
    editor.model.dropMimeData(
        editor.model.mimeData([editor.model.index(9, 0)]),
        Qt.DropAction.MoveAction,
        0,
        0,
        editor.model.index(0, 0).parent(),
    )
    states.append(meeting_to_dict(doc.meeting))
    doc.undo_stack.undo()
    assert meeting_to_dict(doc.meeting) == states[1]
    doc.undo_stack.undo()
    assert meeting_to_dict(doc.meeting) == states[0]
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert meeting_to_dict(doc.meeting) == states[2]


def test_talking_points_typing_is_one_undo_step(qtbot, editor: AgendaEditor) -> None:
    doc = editor.doc
    block = doc.meeting.agenda[4]
    editor.select_block(block.id)
    points = editor.details.points
    points.setFocus()
    points.moveCursor(points.textCursor().MoveOperation.End)
    qtbot.keyClick(points, Qt.Key.Key_Return)
    qtbot.keyClicks(points, "Show the team board")
    assert block.talking_points[-1] == "Show the team board"
    assert doc.undo_stack.count() == 1
    # Delete in the text edits the text; it never removes the block.
    qtbot.keyClick(points, Qt.Key.Key_Backspace)
    qtbot.keyClick(points, Qt.Key.Key_Delete)
    assert block.id in _ids(editor)
    editor.details.notes.setPlainText("Ask Aino to show the incident review")
    assert block.internal_notes == "Ask Aino to show the incident review"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert "Show the team board" not in block.talking_points
    assert "Show the team board" not in points.toPlainText()


def test_block_findings_select_the_block_and_others_are_passed_on(
    qtbot, editor: AgendaEditor
) -> None:
    doc = editor.doc
    ownerless = doc.meeting.agenda[6]
    editor.model.setData(editor.model.index(6, 4), "")
    assert ownerless.owner == ""
    editor.select_block(doc.meeting.agenda[0].id)
    view = editor.coach.list
    row = next(
        i
        for i in range(editor.coach.model.rowCount())
        if editor.coach.model.finding(i).target == f"block:{ownerless.id}"
    )
    rect = view.visualRect(editor.coach.model.index(row, 0))
    _double_click(qtbot, view.viewport(), rect.center())
    assert editor.selected_block_id() == ownerless.id
    assert editor.table.currentIndex().data(BLOCK_ID_ROLE) == ownerless.id

    doc.meeting.role.tech_stack.clear()
    doc.notify("role.tech_stack")
    seen: list[str] = []
    editor.finding_activated.connect(seen.append)
    row = next(
        i
        for i in range(editor.coach.model.rowCount())
        if editor.coach.model.finding(i).target == "role.tech_stack"
    )
    view.setCurrentIndex(editor.coach.model.index(row, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert seen == ["role.tech_stack"]


def test_read_only_document_disables_every_edit(qtbot) -> None:
    doc = MeetingDocument(sample_meeting(datetime(2026, 11, 20, 9, 0)), read_only=True)
    editor = AgendaEditor(doc)
    qtbot.addWidget(editor)
    before = meeting_to_dict(doc.meeting)
    assert not editor.add_action.isEnabled() and not editor.remove_action.isEnabled()
    assert not editor.palette.tree.isEnabled()
    assert editor.details.points.isReadOnly()
    editor.remove_selected()
    editor.move_selected(1)
    assert meeting_to_dict(doc.meeting) == before


def test_owner_kind_and_topic_columns_widen_to_their_text_but_not_past_a_cap(
    qtbot, editor: AgendaEditor
) -> None:
    from meeting_planner.ui.agenda.editor import FITTED_COLUMNS
    from meeting_planner.ui.agenda.model import COL_OWNER
    from meeting_planner.ui.core.commands import UpdateBlockCommand

    table = editor.table
    metrics = table.fontMetrics()

    def owner_fits(name: str) -> bool:
        return table.columnWidth(COL_OWNER) >= metrics.horizontalAdvance(name)

    name = "Erik Lundgren"
    assert all(b.owner for b in editor.doc.meeting.agenda)
    qtbot.waitUntil(lambda: owner_fits(name))
    before_title = table.columnWidth(COL_TITLE)

    # A longer owner typed in later widens the column too, up to its cap.
    longer = "Anna-Karin Söderström-Lindqvist"
    first = editor.doc.meeting.agenda[0].id
    editor.doc.push(UpdateBlockCommand(editor.doc, first, owner=longer))
    cap = dict(FITTED_COLUMNS)[COL_OWNER][1] * metrics.averageCharWidth()
    qtbot.waitUntil(lambda: table.columnWidth(COL_OWNER) == cap or owner_fits(longer))
    assert table.columnWidth(COL_OWNER) <= cap
    assert table.columnWidth(COL_TITLE) > 0 and before_title > 0
