"""The Debrief tab: edits as undo steps back to the exact earlier state, a decision moves the
meeting to debriefed, the filled PDF form comes in as one step, and the window's menu."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from meeting_planner.domain.model import ConcernCategory, Decision, Status
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.export.debrief_form import export_debrief_form
from meeting_planner.store import Store
from meeting_planner.ui.core.document import MeetingDocument
from meeting_planner.ui.debrief import DebriefTab, FeedbackComposer, show_tab
from meeting_planner.ui.debrief.commands import SetDecisionCommand
from meeting_planner.ui.shared import messages
from meeting_planner.ui.window.main_window import MainWindow

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def shown(monkeypatch) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"error": [], "info": []}
    monkeypatch.setattr(messages, "show_error", lambda p, t, text: seen["error"].append(text))
    monkeypatch.setattr(messages, "show_info", lambda p, t, text: seen["info"].append(text))
    return seen


@pytest.fixture
def tab(qtbot) -> DebriefTab:
    meeting = sample_meeting(NOW)
    meeting.status = Status.HELD
    widget = DebriefTab(MeetingDocument(meeting))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _undo_all(doc: MeetingDocument) -> None:
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()


def test_ratings_follow_the_ranking_and_edits_undo_to_the_exact_earlier_state(qtbot, tab) -> None:
    doc = tab.doc
    before = meeting_to_dict(doc.meeting)
    ranked = doc.meeting.ranked_criteria
    assert list(tab.ratings.rows) == [c.id for c in ranked]
    combo, evidence = tab.ratings.rows[ranked[0].id]
    combo.setCurrentIndex(combo.findData(2))
    evidence.setFocus()
    qtbot.keyClicks(evidence, "Guessed")
    tab.interest.setCurrentIndex(tab.interest.findData(4))
    check, text = tab.concern_rows[ConcernCategory.COMPENSATION]
    qtbot.keyClicks(text, "Wants more")
    qtbot.keyClicks(tab.timeline, "Two weeks")
    rating = doc.meeting.debrief.rating_for(ranked[0].id)
    assert (rating.rating, rating.evidence) == (2, "Guessed")
    assert doc.meeting.debrief.interest == 4
    assert check.isChecked(), "typing a concern raises it"
    assert [(c.category, c.text) for c in doc.meeting.debrief.concerns] == [
        (ConcernCategory.COMPENSATION, "Wants more")
    ]
    # Typing merges: one undo step per field, not per key.
    assert doc.undo_stack.count() == 5
    _undo_all(doc)
    assert meeting_to_dict(doc.meeting) == before
    assert combo.currentData() is None and evidence.toPlainText() == ""
    assert not check.isChecked() and text.text() == ""


def test_the_line_for_the_candidate_is_its_own_undo_step_and_reaches_the_letter(qtbot, tab) -> None:
    doc = tab.doc
    first = doc.meeting.ranked_criteria[0]
    combo, evidence = tab.ratings.rows[first.id]
    shared = tab.ratings.shared[first.id]
    assert shared.property("shared") and evidence.property("internal")
    combo.setCurrentIndex(combo.findData(1))
    evidence.setFocus()
    qtbot.keyClicks(evidence, "Guessed first")
    shared.setFocus()
    qtbot.keyClicks(shared, "You went for a cache before measuring")
    rating = doc.meeting.debrief.rating_for(first.id)
    assert (rating.rating, rating.evidence, rating.shared) == (
        1,
        "Guessed first",
        "You went for a cache before measuring",
    )
    assert doc.undo_stack.count() == 3, "rating, evidence, line: one step each"
    tab.decision.setCurrentIndex(tab.decision.findData(Decision.REJECT))
    from meeting_planner.domain.feedback import draft_feedback

    letter = draft_feedback(doc.meeting)
    assert "You went for a cache before measuring." in letter
    assert "Guessed first" not in letter
    doc.undo_stack.undo()  # the decision
    doc.undo_stack.undo()  # the line
    assert doc.meeting.debrief.rating_for(first.id).shared == ""
    assert shared.text() == "" and evidence.toPlainText() == "Guessed first"


def test_the_reason_to_give_and_the_later_role_tick_are_undoable(qtbot, tab) -> None:
    doc = tab.doc
    before = meeting_to_dict(doc.meeting)
    assert tab.shared_reason.property("shared") and tab.reasons.property("internal")
    tab.shared_reason.setFocus()
    qtbot.keyClicks(tab.shared_reason, "We need more system design")
    tab.later_role.setChecked(True)
    assert doc.meeting.debrief.shared_reason == "We need more system design"
    assert doc.meeting.debrief.later_role is True
    doc.undo_stack.undo()
    assert doc.meeting.debrief.later_role is False and not tab.later_role.isChecked()
    _undo_all(doc)
    assert meeting_to_dict(doc.meeting) == before


def test_unticking_a_concern_drops_it_and_undo_brings_its_text_back(qtbot, tab) -> None:
    check, text = tab.concern_rows[ConcernCategory.PROCESS_TEMPO]
    qtbot.keyClicks(text, "Another offer soon")
    check.setChecked(False)
    assert tab.doc.meeting.debrief.concerns == []
    assert text.text() == ""
    tab.doc.undo_stack.undo()
    assert check.isChecked() and text.text() == "Another offer soon"


def test_a_decision_sets_the_meeting_debriefed_in_the_same_undo_step(tab) -> None:
    doc = tab.doc
    tab.decision.setCurrentIndex(tab.decision.findData(Decision.REJECT))
    assert doc.meeting.debrief.decision is Decision.REJECT
    assert doc.meeting.status is Status.DEBRIEFED
    assert "Say no" in tab.status_label.text()
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.meeting.debrief.decision is None
    assert doc.meeting.status is Status.HELD
    assert tab.decision.currentData() is None


def test_a_later_status_is_never_moved_back_by_a_decision(tab) -> None:
    doc = tab.doc
    doc.meeting.status = Status.FEEDBACK_SENT
    doc.push(SetDecisionCommand(doc, Decision.HOLD))
    assert doc.meeting.status is Status.FEEDBACK_SENT


def test_criteria_renamed_or_reranked_elsewhere_show_at_once(tab) -> None:
    from meeting_planner.ui.core.commands import RankCriteriaCommand, UpdateCriterionCommand

    doc = tab.doc
    ids = [c.id for c in doc.meeting.ranked_criteria]
    doc.push(RankCriteriaCommand(doc, list(reversed(ids))))
    assert list(tab.ratings.rows) == list(reversed(ids))
    doc.push(UpdateCriterionCommand(doc, ids[0], name="Finding causes"))
    assert tab.ratings.findChildren(type(tab.status_label))
    texts = [label.text() for label in tab.ratings.findChildren(type(tab.status_label))]
    assert "5. Finding causes" in texts


def test_import_of_a_filled_form_brings_the_decision_and_status_in_one_step(
    tab, tmp_path, shown
) -> None:
    from pypdf import PdfReader, PdfWriter

    doc = tab.doc
    blank = export_debrief_form(doc.meeting)
    reader = PdfReader(__import__("io").BytesIO(blank))
    writer = PdfWriter()
    writer.append(reader)
    writer.update_page_form_field_values(
        None, {"decision": "/advance", "interest": "/5"}, auto_regenerate=False
    )
    path = tmp_path / "filled.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    before = meeting_to_dict(doc.meeting)
    assert tab.import_form(path), shown
    assert doc.meeting.debrief.decision is Decision.ADVANCE
    assert doc.meeting.debrief.interest == 5
    assert doc.meeting.status is Status.DEBRIEFED
    assert tab.decision.currentData() == Decision.ADVANCE
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert meeting_to_dict(doc.meeting) == before


def test_a_bad_file_imports_nothing(tab, tmp_path, shown) -> None:
    path = tmp_path / "not-a-form.pdf"
    path.write_bytes(b"hello")
    assert not tab.import_form(path)
    assert shown["error"] and tab.doc.undo_stack.count() == 0


def test_read_only_meetings_cannot_be_changed(qtbot) -> None:
    meeting = sample_meeting(NOW)
    widget = DebriefTab(MeetingDocument(meeting, read_only=True))
    qtbot.addWidget(widget)
    combo, evidence = next(iter(widget.ratings.rows.values()))
    assert not combo.isEnabled() and evidence.isReadOnly()
    assert not widget.decision.isEnabled() and not widget.import_button.isEnabled()


def test_the_window_adds_the_tabs_and_the_menu_switches_to_them(qtbot, tmp_path) -> None:
    with Store(tmp_path / "store") as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        meeting = sample_meeting(NOW)
        assert window.add_meeting(meeting)
        editor = window.editors[meeting.id]
        titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        assert "Debrief" in titles and "Feedback" in titles
        menu = window.menu("meeting")
        names = {a.objectName(): a for a in menu.actions()}
        names["composeFeedbackAction"].trigger()
        assert isinstance(editor.tabs.currentWidget(), FeedbackComposer)
        names["showDebriefAction"].trigger()
        debrief = editor.tabs.currentWidget()
        assert isinstance(debrief, DebriefTab)
        qtbot.mouseClick(debrief.compose_button, Qt.MouseButton.LeftButton)
        assert isinstance(editor.tabs.currentWidget(), FeedbackComposer)
        assert show_tab(window, DebriefTab)
        window.autosaver.flush()
