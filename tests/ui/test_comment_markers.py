"""Review comments beside what they are about: a block's row, a field, a criterion and the
people carry a numbered bubble while a comment on them is open; its tooltip shows the
comments as written; a click, a key or a link opens the comment in the Comments tab; the
markers follow adding, resolving, undoing and an imported plan."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from meeting_planner.domain.comments import (
    FIELD_LABELS,
    block_target,
    criterion_target,
    field_target,
)
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import copy_meeting
from meeting_planner.domain.team import Comment
from meeting_planner.exchange import write_meeting_file
from meeting_planner.store import Store
from meeting_planner.ui.agenda.model import COL_KIND, COL_TITLE
from meeting_planner.ui.comments import CommentsTab, attach
from meeting_planner.ui.comments.commands import AddCommentCommand, ResolveCommentCommand
from meeting_planner.ui.core.document import MeetingDocument
from meeting_planner.ui.editor.criteria_form import CriteriaModel
from meeting_planner.ui.editor.meeting_editor import MeetingEditor
from meeting_planner.ui.plan_update import dialog
from meeting_planner.ui.shared import i18n
from meeting_planner.ui.shared.comment_marks import CommentMarker, count_text, marker_rect
from meeting_planner.ui.window.main_window import MainWindow

NOW = datetime(2026, 11, 20, 9, 0)
HOSTILE = "Keep it short: <b>x</b> & <a href='y'>z</a>"
# The bubble's blue (resources/icons/actions/comment.svg).
BUBBLE = QColor("#3d6fa8")


@pytest.fixture
def editor(qtbot) -> MeetingEditor:
    widget = MeetingEditor(MeetingDocument(sample_meeting(NOW)))
    attach(widget, "Maja Manager")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _comments_tab(editor: MeetingEditor) -> CommentsTab:
    tab = editor.findChild(CommentsTab)
    assert tab is not None
    return tab


def _add(editor: MeetingEditor, target: str, text: str, author: str = "Rita Recruiter") -> str:
    comment = Comment(target=target, text=text, author=author, at=NOW)
    assert editor.doc.push(AddCommentCommand(editor.doc, comment))
    return comment.id


def _resolve(editor: MeetingEditor, comment_id: str) -> None:
    assert editor.doc.push(ResolveCommentCommand(editor.doc, comment_id, True))


def _shown_text(tooltip: str) -> str:
    """What a tooltip shows a person: Qt renders it as rich text when it looks like it."""
    assert QtGui.mightBeRichText(tooltip)
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def _bubble_pixels(view: QTableView, index: QModelIndex, colour: QColor = BUBBLE) -> int:
    """How many pixels of the bubble's colour the view draws where the item's marker goes."""
    rect = marker_rect(view, index)
    if rect.isEmpty():
        return 0
    image = view.viewport().grab().toImage()
    found = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            seen = image.pixelColor(x, y)
            near = (
                abs(seen.red() - colour.red())
                + abs(seen.green() - colour.green())
                + abs(seen.blue() - colour.blue())
            )
            found += near < 40
    return found


def _marker(form: QWidget, field: QWidget) -> CommentMarker | None:
    """The marker shown beside ``field`` (in its row), if any."""
    markers = [
        m for m in form.findChildren(CommentMarker) if m.parentWidget() is field.parentWidget()
    ]
    shown = [m for m in markers if m.isVisibleTo(form)]
    return shown[0] if shown else None


# -- the agenda ------------------------------------------------------------------------------


def test_a_block_with_an_open_comment_shows_a_bubble_until_resolved_and_again_on_undo(
    qtbot, editor
) -> None:
    agenda = editor.agenda_editor
    editor.tabs.setCurrentWidget(agenda)
    block = editor.doc.meeting.agenda[2]
    row = agenda.model.row_of(block.id)
    title = agenda.model.index(row, COL_TITLE)
    other = agenda.model.index(row + 1, COL_TITLE)
    assert _bubble_pixels(agenda.table, title) == 0
    comment_id = _add(editor, block_target(block.id), "Show the load graph here")
    assert _bubble_pixels(agenda.table, title) > 20
    assert _bubble_pixels(agenda.table, other) == 0
    assert "1 open review comment" in _shown_text(title.data(Qt.ItemDataRole.ToolTipRole))
    _add(editor, block_target(block.id), "And name the on-call rota")
    assert "2 open review comments" in _shown_text(title.data(Qt.ItemDataRole.ToolTipRole))
    _resolve(editor, comment_id)
    assert "1 open review comment" in _shown_text(title.data(Qt.ItemDataRole.ToolTipRole))
    editor.doc.undo_stack.undo()
    editor.doc.undo_stack.undo()
    _resolve(editor, comment_id)
    assert _bubble_pixels(agenda.table, title) == 0
    assert title.data(Qt.ItemDataRole.DecorationRole) is None
    editor.doc.undo_stack.undo()
    assert _bubble_pixels(agenda.table, title) > 20


def test_a_block_tooltip_shows_the_comment_as_written_above_the_talking_points(editor) -> None:
    block = editor.doc.meeting.agenda[1]
    _add(editor, block_target(block.id), HOSTILE, author="Rita <i>R</i>")
    model = editor.agenda_editor.model
    tooltip = model.index(model.row_of(block.id), COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    shown = _shown_text(tooltip)
    assert "Rita <i>R</i>, 2026-11-20 09:00: " + HOSTILE in shown
    assert shown.index(HOSTILE) < shown.index(block.talking_points[0])
    # Nothing of the comment became markup: no bold run, no link.
    assert "<b>" not in tooltip.replace("<b>1 open review comment</b>", "")
    assert "<a " not in tooltip
    # Other columns and blocks carry no marker.
    assert model.index(model.row_of(block.id), COL_KIND).data(Qt.ItemDataRole.ToolTipRole) is None


def test_the_selected_block_details_list_its_open_comments_and_open_one(qtbot, editor) -> None:
    agenda = editor.agenda_editor
    editor.tabs.setCurrentWidget(agenda)
    block = editor.doc.meeting.agenda[3]
    agenda.select_block(block.id)
    assert not agenda.details.comments.isVisible()
    first = _add(editor, block_target(block.id), HOSTILE)
    assert agenda.details.comments.isVisible()
    label = QTextDocument()
    label.setHtml(agenda.details.comments.text())
    assert "Rita Recruiter, 2026-11-20 09:00: " + HOSTILE in label.toPlainText()
    # A comment on another block is not listed here.
    _add(editor, block_target(editor.doc.meeting.agenda[0].id), "Elsewhere")
    label.setHtml(agenda.details.comments.text())
    assert "Elsewhere" not in label.toPlainText()
    # Tab reaches the link from the keyboard; Enter opens the comment.
    agenda.details.comments.setFocus()
    qtbot.keyClick(agenda.details.comments, Qt.Key.Key_Tab)
    qtbot.keyClick(agenda.details.comments, Qt.Key.Key_Return)
    tab = _comments_tab(editor)
    assert editor.tabs.currentWidget() is tab
    assert tab.current_comment_id() == first
    _resolve(editor, first)
    editor.tabs.setCurrentWidget(agenda)
    assert not agenda.details.comments.isVisible()


def test_clicking_a_blocks_bubble_opens_its_comment_in_the_comments_tab(qtbot, editor) -> None:
    agenda = editor.agenda_editor
    editor.tabs.setCurrentWidget(agenda)
    block = editor.doc.meeting.agenda[4]
    _add(editor, block_target(editor.doc.meeting.agenda[0].id), "Not this one")
    wanted = _add(editor, block_target(block.id), "Give the break a real length")
    index = agenda.model.index(agenda.model.row_of(block.id), COL_TITLE)
    rect = marker_rect(agenda.table, index)
    assert not rect.isEmpty()
    qtbot.mouseClick(agenda.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab = _comments_tab(editor)
    assert editor.tabs.currentWidget() is tab
    assert tab.current_comment_id() == wanted
    # A click on the title's text still just selects the block, as before.
    editor.tabs.setCurrentWidget(agenda)
    text_point = agenda.table.visualRect(index).center()
    qtbot.mouseClick(agenda.table.viewport(), Qt.MouseButton.LeftButton, pos=text_point)
    assert editor.tabs.currentWidget() is agenda
    assert agenda.selected_block_id() == block.id


def test_the_key_opens_the_selected_blocks_comment(qtbot, editor) -> None:
    agenda = editor.agenda_editor
    editor.tabs.setCurrentWidget(agenda)
    block = editor.doc.meeting.agenda[2]
    agenda.select_block(block.id)
    assert not agenda.comments_action.isEnabled()
    wanted = _add(editor, block_target(block.id), "Shorter, please")
    assert agenda.comments_action.isEnabled()
    editor.activateWindow()
    agenda.table.setFocus()
    qtbot.waitUntil(agenda.table.hasFocus)
    qtbot.keyClick(
        agenda.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    tab = _comments_tab(editor)
    assert editor.tabs.currentWidget() is tab
    assert tab.current_comment_id() == wanted
    assert QApplication.focusWidget() is tab.tree


# -- the forms -------------------------------------------------------------------------------


def test_a_field_with_an_open_comment_has_a_marker_beside_it(qtbot, editor) -> None:
    role = editor.role
    editor.tabs.setCurrentWidget(role)
    assert _marker(role, role.stack_edit) is None
    comment_id = _add(editor, field_target("role.tech_stack"), HOSTILE)
    marker = _marker(role, role.stack_edit)
    assert marker is not None and marker.isVisible()
    assert "Rita Recruiter, 2026-11-20 09:00: " + HOSTILE in _shown_text(marker.toolTip())
    assert marker.accessibleName() == "Tech stack: 1 open review comment"
    # Beside its own field only, and right of it.
    assert _marker(role, role.team_edit) is None
    assert (
        marker.mapTo(role, marker.rect().topLeft()).x()
        > role.stack_edit.mapTo(role, role.stack_edit.rect().topRight()).x()
    )
    _resolve(editor, comment_id)
    assert _marker(role, role.stack_edit) is None
    editor.doc.undo_stack.undo()
    assert _marker(role, role.stack_edit) is not None


def test_markers_land_on_the_form_that_shows_the_field(editor) -> None:
    _add(editor, field_target("title"), "A warmer title?")
    _add(editor, field_target("offer.salary"), "Give the range")
    _add(editor, field_target("candidate.motivations"), "She said remote matters most")
    _add(editor, field_target("case"), "Closer to the real work")
    assert _marker(editor.overview, editor.overview.title_edit) is not None
    assert _marker(editor.role, editor.role.title_edit) is None
    assert _marker(editor.offer, editor.offer.salary_min) is not None
    assert _marker(editor.offer, editor.offer.salary_max) is None
    assert _marker(editor.candidate, editor.candidate.motivations_edit) is not None
    assert _marker(editor.case, editor.case.title_edit) is not None
    assert not editor.people.marker.isVisibleTo(editor.people)
    people = _add(editor, field_target("participants"), "Bring a future colleague")
    assert editor.people.marker.isVisibleTo(editor.people)
    assert "Bring a future colleague" in _shown_text(editor.people.marker.toolTip())
    _resolve(editor, people)
    assert not editor.people.marker.isVisibleTo(editor.people)


@pytest.mark.parametrize("path", sorted(FIELD_LABELS))
def test_every_field_a_comment_can_name_shows_its_marker(editor, path: str) -> None:
    """A comment on any field the Comments tab offers (the company too) is marked beside
    that field, and on no other."""
    # Every tab visited, so every page is built (each is made when first shown).
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
    comment_id = _add(editor, field_target(path), f"About {path}")
    shown = [m for m in editor.findChildren(CommentMarker) if not m.isHidden()]
    assert [[c.id for c in m.comments] for m in shown] == [[comment_id]]
    _resolve(editor, comment_id)
    assert not [m for m in editor.findChildren(CommentMarker) if not m.isHidden()]


def test_tab_reaches_a_fields_marker_and_space_opens_the_comment(qtbot, editor) -> None:
    role = editor.role
    editor.tabs.setCurrentWidget(role)
    wanted = _add(editor, field_target("role.tech_stack"), "Which Kotlin version?")
    marker = _marker(role, role.stack_edit)
    assert marker is not None
    editor.activateWindow()
    role.stack_edit.setFocus()
    qtbot.waitUntil(role.stack_edit.hasFocus)
    qtbot.keyClick(role.stack_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is marker
    qtbot.keyClick(marker, Qt.Key.Key_Space)
    tab = _comments_tab(editor)
    assert editor.tabs.currentWidget() is tab
    assert tab.current_comment_id() == wanted


def test_clicking_a_field_marker_opens_the_first_open_comment(qtbot, editor) -> None:
    editor.tabs.setCurrentWidget(editor.overview)
    old = _add(editor, field_target("location"), "Which entrance?")
    wanted = _add(editor, field_target("location"), "Add the floor")
    _resolve(editor, old)
    marker = _marker(editor.overview, editor.overview.location_edit)
    assert marker is not None
    qtbot.mouseClick(marker, Qt.MouseButton.LeftButton)
    tab = _comments_tab(editor)
    assert editor.tabs.currentWidget() is tab
    assert tab.current_comment_id() == wanted


# -- the criteria ------------------------------------------------------------------------------


def test_a_criterion_with_an_open_comment_is_marked_and_opens_it(qtbot, editor) -> None:
    form = editor.criteria
    editor.tabs.setCurrentWidget(form)
    criterion = editor.doc.meeting.criteria[1]
    name = form.model.index(1, CriteriaModel.COL_NAME)
    assert _bubble_pixels(form.table, name) == 0
    wanted = _add(editor, criterion_target(criterion.id), HOSTILE)
    assert _bubble_pixels(form.table, name) > 20
    assert _bubble_pixels(form.table, form.model.index(0, CriteriaModel.COL_NAME)) == 0
    shown = _shown_text(name.data(Qt.ItemDataRole.ToolTipRole))
    assert HOSTILE in shown and criterion.name in shown
    qtbot.mouseClick(
        form.table.viewport(), Qt.MouseButton.LeftButton, pos=marker_rect(form.table, name).center()
    )
    tab = _comments_tab(editor)
    assert editor.tabs.currentWidget() is tab
    assert tab.current_comment_id() == wanted
    editor.tabs.setCurrentWidget(form)
    _resolve(editor, wanted)
    assert _bubble_pixels(form.table, name) == 0
    editor.doc.undo_stack.undo()
    # The click selected the row: on its highlight the bubble turns white, still plain to see.
    assert form.current_row() == 1
    assert _bubble_pixels(form.table, name, QColor("white")) > 20
    form.table.clearSelection()
    assert _bubble_pixels(form.table, name) > 20


def test_the_key_opens_the_selected_criterions_comment(qtbot, editor) -> None:
    form = editor.criteria
    editor.tabs.setCurrentWidget(form)
    wanted = _add(editor, criterion_target(editor.doc.meeting.criteria[2].id), "Rank higher?")
    form.table.selectRow(2)
    editor.activateWindow()
    form.table.setFocus()
    qtbot.waitUntil(form.table.hasFocus)
    qtbot.keyClick(
        form.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    tab = _comments_tab(editor)
    assert editor.tabs.currentWidget() is tab
    assert tab.current_comment_id() == wanted


# -- a plan that comes back ----------------------------------------------------------------------


def test_an_imported_plan_brings_its_markers_and_undo_takes_them_away(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    with Store(tmp_path / "store") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.install_features()
        win.show()
        meeting = sample_meeting(NOW)
        assert win.add_meeting(meeting)
        editor = win.editors[meeting.id]
        theirs = copy_meeting(meeting)
        theirs.revision += 1
        block = theirs.agenda[0]
        theirs.comments = [
            Comment(block_target(block.id), "Shorter welcome", "Rita Recruiter", NOW),
            Comment(field_target("role.problems"), "Name the first problem", "Rita Recruiter", NOW),
            Comment(field_target("role.team"), "Already settled", "Rita", NOW, resolved=True),
        ]
        path = tmp_path / "back.meeting.json"
        write_meeting_file(theirs, path, plan_only=True)
        monkeypatch.setattr(dialog, "confirm_import", lambda *a, **k: (True, False))
        assert win.import_files([path]) == [meeting.id]
        agenda, role = editor.agenda_editor, editor.role
        title = agenda.model.index(agenda.model.row_of(block.id), COL_TITLE)
        assert title.data(Qt.ItemDataRole.DecorationRole) is not None
        assert _marker(role, role.problems_edit) is not None
        # A resolved comment marks nothing.
        assert _marker(role, role.team_edit) is None
        win.current_doc.undo_stack.undo()
        assert title.data(Qt.ItemDataRole.DecorationRole) is None
        assert _marker(role, role.problems_edit) is None
        win.autosaver.flush()
        win.close()


# -- in the app's languages ------------------------------------------------------------------------


@pytest.fixture
def _english_afterwards(qapp):
    yield
    i18n.install(i18n.ENGLISH)


@pytest.mark.usefixtures("_english_afterwards")
@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "1 open review comment", "3 open review comments"),
        ("sv", "1 öppen granskningskommentar", "3 öppna granskningskommentarer"),
        ("da", "1 åben kommentar", "3 åbne kommentarer"),
    ],
)
def test_the_marker_counts_in_the_apps_language(language: str, one: str, many: str) -> None:
    i18n.install(language)
    assert count_text(1) == one
    assert count_text(3) == many
