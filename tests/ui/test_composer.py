"""The feedback composer: the live draft, edits and regeneration as undo steps, copy, save as
text, marking it sent (time and status), and the due time with overdue."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from meeting_planner.domain.model import Decision, Status
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.ui.core.commands import SetFieldCommand
from meeting_planner.ui.core.document import MeetingDocument
from meeting_planner.ui.debrief.commands import SetDecisionCommand
from meeting_planner.ui.debrief.composer import FeedbackComposer
from meeting_planner.ui.shared import messages

NOW = datetime(2026, 11, 20, 9, 0)
# The sample meeting ends Monday 23 November 11:30; feedback is due 48 hours later.
AFTER_MEETING = datetime(2026, 11, 23, 15, 0)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Asker:
    """Stands in for the yes/no question: records each one and gives ``answer``."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.answer = True

    def __call__(self, parent, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def asked(monkeypatch) -> Asker:
    asker = Asker()
    monkeypatch.setattr(messages, "ask_yes_no", asker)
    return asker


@pytest.fixture(autouse=True)
def computer_in_stockholm(computer_zone) -> None:
    """This process's clock where the sample meeting is (Stockholm), whatever the
    machine's: the spans here are then the meeting's own (a computer elsewhere counts
    them from its own clock, tested in tests/domain/test_followup.py)."""
    computer_zone("Europe/Stockholm")


@pytest.fixture(autouse=True)
def errors(monkeypatch) -> list[str]:
    """Error messages shown, instead of a modal box."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def clock() -> Clock:
    return Clock(AFTER_MEETING)


@pytest.fixture
def composer(qtbot, clock) -> FeedbackComposer:
    meeting = sample_meeting(NOW)
    meeting.status = Status.HELD
    ids = {c.name: c.id for c in meeting.criteria}
    meeting.set_rating(
        ids["Problem solving"], 2, "Reached for a cache first", "you went for a cache first"
    )
    meeting.set_rating(
        ids["Collaboration"], 4, "Built on Aino's hints", "You built on Aino's hints out loud."
    )
    widget = FeedbackComposer(MeetingDocument(meeting), clock=clock)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _decide(composer: FeedbackComposer, decision: Decision) -> None:
    composer.doc.push(SetDecisionCommand(composer.doc, decision))


def test_without_a_decision_there_is_nothing_to_send(composer) -> None:
    assert composer.text() == ""
    assert composer.editor.isReadOnly()
    assert not composer.sent_button.isEnabled()
    assert "No decision yet" in composer.source_label.text()


def test_the_draft_follows_the_debrief_until_it_is_edited(qtbot, composer) -> None:
    _decide(composer, Decision.REJECT)
    assert "You went for a cache first." in composer.text()
    assert "Reached for a cache first" not in composer.text(), "evidence stays internal"
    assert composer.doc.meeting.debrief.feedback == "", "showing a draft changes nothing"
    _decide(composer, Decision.ADVANCE)
    assert "take the next step" in composer.text()
    composer.editor.setFocus()
    composer.editor.moveCursor(composer.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(composer.editor, "PS")
    assert composer.doc.meeting.debrief.feedback.endswith("PS")
    assert "take the next step" in composer.doc.meeting.debrief.feedback
    # The typing is one undo step; undoing it shows the live draft again.
    composer.doc.undo_stack.undo()
    assert composer.doc.meeting.debrief.feedback == ""
    assert not composer.text().endswith("PS") and "take the next step" in composer.text()


def test_regenerate_asks_before_replacing_edited_text_and_undoes_in_one_step(
    composer, asked
) -> None:
    _decide(composer, Decision.REJECT)
    doc = composer.doc
    doc.push(SetFieldCommand(doc, "debrief.feedback", "My own words", merge=False))
    assert composer.text() == "My own words"
    asked.answer = False
    assert not composer.regenerate()
    assert composer.text() == "My own words" and len(asked.questions) == 1
    asked.answer = True
    count = doc.undo_stack.count()
    assert composer.regenerate()
    assert "You went for a cache first." in doc.meeting.debrief.feedback
    assert doc.undo_stack.count() == count + 1
    doc.undo_stack.undo()
    assert composer.text() == "My own words"


def test_copy_to_clipboard(qtbot, composer) -> None:
    _decide(composer, Decision.REJECT)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(composer.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == composer.text()
    assert composer.text().startswith("Hi Sanna,")


def test_save_as_text_writes_utf8_where_the_user_chose(composer, tmp_path, monkeypatch) -> None:
    _decide(composer, Decision.REJECT)
    suggested: list[str] = []

    def ask_save(parent, title, name, file_filter):
        suggested.append(str(name))
        return tmp_path / "answer"

    monkeypatch.setattr(messages, "ask_save_file", ask_save)
    path = composer.save_as_text()
    assert suggested == ["feedback-sanna-järvinen.txt"]
    assert path == tmp_path / "answer.txt"
    assert path.read_text(encoding="utf-8") == composer.text()
    assert "Saved" in composer.note_label.text()


def test_a_failed_save_says_why(composer, tmp_path, errors) -> None:
    _decide(composer, Decision.REJECT)
    assert composer.save_as_text(tmp_path / "missing-folder" / "a.txt") is None
    assert errors and "missing-folder" in errors[0]


def test_mark_as_sent_records_the_time_and_status_in_one_undo_step(composer, clock) -> None:
    _decide(composer, Decision.REJECT)
    doc = composer.doc
    before = meeting_to_dict(doc.meeting)
    shown = composer.text()
    assert composer.mark_sent()
    assert doc.meeting.debrief.feedback_sent_at == AFTER_MEETING
    assert doc.meeting.status is Status.FEEDBACK_SENT
    assert doc.meeting.debrief.feedback == shown, "what was sent is kept"
    assert not composer.sent_button.isEnabled()
    assert "Sent" in composer.due_label.text() and "3 h 30 min after" in composer.due_label.text()
    doc.undo_stack.undo()
    assert meeting_to_dict(doc.meeting) == before
    assert composer.sent_button.isEnabled()


def test_a_draft_with_gaps_cannot_be_marked_sent_and_says_why(composer, errors) -> None:
    composer.doc.meeting.participants.clear()
    _decide(composer, Decision.REJECT)
    assert "[to fill in: your name]" in composer.text()
    assert not composer.sent_button.isEnabled()
    assert "[to fill in: your name]" in composer.send_label.text()
    assert not composer.mark_sent()
    assert composer.doc.meeting.debrief.feedback_sent_at is None
    assert errors and "square brackets" in errors[0]


def test_a_template_placeholder_left_in_the_text_also_stops_it(composer) -> None:
    _decide(composer, Decision.ADVANCE)
    composer.editor.setPlainText(composer.text() + "\n[Hiring manager's name]")
    assert composer.doc.meeting.debrief.feedback.endswith("[Hiring manager's name]")
    assert not composer.sent_button.isEnabled() and not composer.mark_sent()


def test_it_cannot_be_marked_sent_before_the_meeting_has_ended(composer, clock, errors) -> None:
    clock.now = datetime(2026, 11, 22, 18, 0)  # the day before the meeting
    _decide(composer, Decision.ADVANCE)
    assert not composer.sent_button.isEnabled()
    assert "before the meeting has ended" in composer.send_label.text()
    assert not composer.mark_sent()
    assert errors and "Mon 23 Nov 11:30" in errors[0]
    clock.now = AFTER_MEETING
    composer.refresh()
    assert composer.sent_button.isEnabled() and composer.send_label.text() == ""
    assert composer.mark_sent()


def test_a_stock_reason_is_flagged(composer) -> None:
    _decide(composer, Decision.REJECT)
    assert composer.reason_label.isHidden()
    composer.editor.setPlainText("Hi Sanna, another candidate matched better. Kind regards, Erik")
    assert not composer.reason_label.isHidden()
    assert "another candidate" in composer.reason_label.text()
    assert "names no criterion" in composer.reason_label.text()
    assert "Insights" in composer.reason_label.text()


def test_a_chosen_reason_that_names_no_criterion_is_flagged(composer) -> None:
    composer.doc.meeting.debrief.shared_reason = "we felt it was not quite right this time"
    _decide(composer, Decision.REJECT)
    assert "reason you chose" in composer.reason_label.text()


def test_the_due_time_shows_and_turns_overdue(composer, clock) -> None:
    due = composer.doc.meeting.feedback_due
    assert due == datetime(2026, 11, 25, 11, 30)
    composer.refresh()
    assert "Feedback due" in composer.due_label.text()
    assert "in 1 day 20 h" in composer.due_label.text()
    assert not composer.due_label.property("overdue")
    clock.now = due + timedelta(hours=5)
    composer.refresh()
    assert "overdue by 5 h" in composer.due_label.text()
    assert composer.due_label.property("overdue")


def test_sent_late_is_said_plainly(composer, clock) -> None:
    _decide(composer, Decision.ADVANCE)
    clock.now = composer.doc.meeting.feedback_due + timedelta(days=2)
    assert composer.mark_sent()
    assert "after the deadline of Wed 25 Nov 11:30" in composer.due_label.text()


def test_a_completed_name_that_exists_is_not_replaced_unasked(
    composer, tmp_path, monkeypatch
) -> None:
    _decide(composer, Decision.REJECT)
    existing = tmp_path / "answer.txt"
    existing.write_text("keep")
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: tmp_path / "answer")
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    assert composer.save_as_text() is None
    assert asked == ["answer.txt already exists. Replace it?"]
    assert existing.read_text() == "keep"


def test_copying_or_saving_a_letter_with_template_text_runs_the_preflight_first(
    qtbot, composer, monkeypatch, tmp_path
) -> None:
    from PySide6.QtGui import QGuiApplication

    from meeting_planner.ui.shared.preflight_dialog import PreflightDialog

    _decide(composer, Decision.REJECT)
    composer.editor.setPlainText("Dear Sanna,\n\n[one concrete sentence]\n\nErik")
    QGuiApplication.clipboard().setText("before")
    shown: list[list[str]] = []

    def answer(button: str):
        def run(dialog: PreflightDialog) -> int:
            shown.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
            getattr(dialog, button).click()
            return dialog.result()

        return run

    monkeypatch.setattr(messages, "run_modal", answer("fix_button"))
    composer.copy_to_clipboard()
    assert QGuiApplication.clipboard().text() == "before", "Fix: nothing leaves"
    assert shown == [
        [
            "Template text would reach the candidate: [one concrete sentence] in the letter.",
            # A warning beside it: a no with no criterion tells the candidate nothing.
            "The letter names none of the meeting's criteria; say which one the no rests on.",
        ]
    ]
    assert composer.save_as_text(tmp_path / "letter.txt") is None
    assert not (tmp_path / "letter.txt").exists()
    monkeypatch.setattr(messages, "run_modal", answer("anyway_button"))
    composer.copy_to_clipboard()
    assert "[one concrete sentence]" in QGuiApplication.clipboard().text()
    # A letter that passes (a no that says which criterion it rests on) goes without a
    # question.
    monkeypatch.setattr(messages, "run_modal", lambda dialog: pytest.fail("no question"))
    composer.editor.setPlainText(
        "Dear Sanna,\n\nIn problem solving we saw too little of how you measure.\n\nErik"
    )
    composer.copy_to_clipboard()
    assert QGuiApplication.clipboard().text().startswith("Dear Sanna")
