"""The meeting editor: its tabs, the header that follows edits, and jumping to a finding."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from meeting_planner.domain.model import AgendaBlock, BlockKind, Meeting
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.ui.agenda.model import COL_TITLE
from meeting_planner.ui.core.commands import AddBlockCommand, SetFieldCommand
from meeting_planner.ui.core.document import MeetingDocument
from meeting_planner.ui.editor.meeting_editor import (
    AGENDA,
    CANDIDATE,
    CRITERIA,
    OVERVIEW,
    MeetingEditor,
)

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def editor(qtbot) -> MeetingEditor:
    doc = MeetingDocument(sample_meeting(NOW))
    widget = MeetingEditor(doc)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _focused() -> object:
    return QApplication.focusWidget()


def test_tabs_in_the_order_a_manager_prepares(editor: MeetingEditor) -> None:
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert titles == [
        "Overview",
        "Candidate",
        "Role",
        "Offer",
        "People",
        "Agenda",
        "Case",
        "Criteria",
    ]


def test_header_follows_edits_and_the_coach(qtbot, editor: MeetingEditor) -> None:
    doc = editor.doc
    header = editor.header
    assert header.title_label.text() == doc.meeting.candidate.name
    assert doc.meeting.role.title in header.details_label.text()
    assert header.score_label.text() == f"Coach: {doc.review().score}/100"
    editor.candidate.name_edit.clear()
    qtbot.keyClicks(editor.candidate.name_edit, "Ana Lima")
    assert header.title_label.text() == "Ana Lima"
    score_before = doc.review().score
    doc.push(AddBlockCommand(doc, AgendaBlock("Grilling", BlockKind.DIALOGUE, 120), 1))
    assert doc.review().score < score_before
    assert header.score_label.text() == f"Coach: {doc.review().score}/100"
    doc.push(SetFieldCommand(doc, "status", "held"))
    assert "Held" in header.details_label.text()


def test_an_empty_plan_asks_for_an_agenda_instead_of_scoring_zero(qtbot) -> None:
    doc = MeetingDocument(Meeting())
    editor = MeetingEditor(doc)
    qtbot.addWidget(editor)
    assert editor.header.score_label.text() == "Coach: add an agenda"
    assert editor.header.title_label.text() == "New candidate"
    doc.push(AddBlockCommand(doc, AgendaBlock("Welcome", BlockKind.WELCOME, 5)))
    assert editor.header.score_label.text() == f"Coach: {doc.review().score}/100"


@pytest.mark.parametrize(
    ("target", "tab", "widget"),
    [
        ("role.tech_stack", "role", "stack_edit"),
        ("offer.salary", "offer", "salary_min"),
        ("offer.flexibility", "offer", "flexibility_edit"),
        ("offer.development_paths", "offer", "paths_edit"),
        ("role.problems", "role", "problems_edit"),
        ("case", "case", "title_edit"),
        ("follow_up.feedback_hours", "overview", "feedback_spin"),
        ("candidate.name", "candidate", "name_edit"),
    ],
)
def test_focus_target_shows_the_tab_and_focuses_the_field(
    editor: MeetingEditor, target: str, tab: str, widget: str
) -> None:
    editor.tabs.setCurrentWidget(editor.criteria)
    editor.focus_target(target)
    page = getattr(editor, tab)
    assert editor.tabs.currentWidget() is page
    assert _focused() is getattr(page, widget)


def test_focus_target_selects_the_motivation_it_points_at(editor: MeetingEditor) -> None:
    editor.focus_target("candidate.motivations[2]")
    edit = editor.candidate.motivations_edit
    assert editor.tabs.currentWidget() is editor.candidate
    assert _focused() is edit
    assert edit.textCursor().selectedText() == editor.doc.meeting.candidate.motivations[2]


def test_focus_target_for_tables_and_blocks(editor: MeetingEditor) -> None:
    editor.focus_target("participants")
    assert editor.tabs.currentWidget() is editor.people
    assert _focused() is editor.people.table
    editor.focus_target("criteria")
    assert editor.tabs.currentWidget() is editor.criteria
    assert _focused() is editor.criteria.table
    third = editor.doc.meeting.agenda[2]
    editor.focus_target(f"block:{third.id}")
    assert editor.tabs.currentWidget() is editor.agenda_editor
    assert editor.agenda_editor.selected_block_id() == third.id
    editor.focus_target("agenda")
    assert editor.tabs.currentWidget() is editor.agenda_editor


def test_a_finding_outside_the_agenda_opens_its_tab(editor: MeetingEditor) -> None:
    editor.tabs.setCurrentWidget(editor.agenda_editor)
    editor.agenda_editor.finding_activated.emit("role.tech_stack")
    assert editor.tabs.currentWidget() is editor.role
    assert _focused() is editor.role.stack_edit


def test_mnemonics_reach_their_fields_from_the_keyboard(qtbot, editor: MeetingEditor) -> None:
    editor.tabs.setCurrentWidget(editor.candidate)
    editor.candidate.name_edit.setFocus()
    qtbot.keyClick(editor.candidate.name_edit, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert _focused() is editor.candidate.motivations_edit


def test_tab_moves_down_the_form(qtbot, editor: MeetingEditor) -> None:
    editor.tabs.setCurrentWidget(editor.candidate)
    form = editor.candidate
    form.name_edit.setFocus()
    order = [form.name_edit, form.email_edit, form.phone_edit, form.title_edit]
    for current in order[:-1]:
        assert _focused() is current
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    assert _focused() is form.title_edit


def test_a_tab_opened_later_shows_the_edits_made_before(editor: MeetingEditor) -> None:
    # Only the tab on screen is built at first; the others are made when first opened.
    assert editor.tabs.currentIndex() == OVERVIEW
    assert not editor.tabs.is_built(CANDIDATE) and not editor.tabs.is_built(AGENDA)
    doc = editor.doc
    doc.push(SetFieldCommand(doc, "candidate.name", "Ana Lima"))
    doc.push(AddBlockCommand(doc, AgendaBlock("Coffee with the team", BlockKind.TEAM, 15), 0))
    editor.tabs.setCurrentIndex(CANDIDATE)
    assert editor.tabs.currentWidget() is editor.candidate
    assert editor.candidate.isVisible()
    assert editor.candidate.name_edit.text() == "Ana Lima"
    editor.tabs.setCurrentIndex(AGENDA)
    table = editor.agenda_editor.table
    assert table.isVisible()
    assert table.model().index(0, COL_TITLE).data() == "Coffee with the team"
    doc.undo_stack.undo()
    assert table.model().index(0, COL_TITLE).data() != "Coffee with the team"


def test_a_page_asked_for_is_built_without_leaving_the_tab_on_screen(
    editor: MeetingEditor,
) -> None:
    editor.tabs.setCurrentIndex(AGENDA)
    assert not editor.tabs.is_built(CRITERIA)
    criteria = editor.criteria
    assert editor.tabs.is_built(CRITERIA)
    assert editor.tabs.indexOf(criteria) == CRITERIA
    assert editor.tabs.currentWidget() is editor.agenda_editor
    assert not criteria.isVisible()


def test_a_meeting_opened_on_its_agenda_shows_both_side_panels_at_full_width(qtbot) -> None:
    """The agenda builder is made as its tab first appears: it must see the window's
    width from the start, not fold its side panels at some smaller size first and keep
    the narrower widths."""
    from meeting_planner.ui.agenda.editor import COMPACT_WIDTH, SIDE_WIDTHS

    editor = MeetingEditor(MeetingDocument(sample_meeting(NOW)))
    qtbot.addWidget(editor)
    editor.tabs.setCurrentIndex(AGENDA)
    editor.resize(COMPACT_WIDTH + 400, 760)
    editor.show()
    qtbot.waitExposed(editor)
    agenda = editor.agenda_editor
    assert not agenda.palette_side.folded and not agenda.coach_side.folded
    palette, _table, coach = agenda.splitter.sizes()
    assert (palette, coach) == SIDE_WIDTHS
