"""Reaching people from the app: invites from the Documents menu, the feedback handed to
the mail program and marked sent only when the user says so, a cancellation offered on
delete, addresses on the People tab, and reminders once a day that open the composer."""

from __future__ import annotations

import email
from datetime import datetime, timedelta
from email import policy
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
from PySide6.QtCore import QObject, QSettings, Qt, Signal

from meeting_planner.domain.followup import DueItem, DueState, What
from meeting_planner.domain.model import Decision, Status
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.debrief import FeedbackComposer
from meeting_planner.ui.editor.people_form import ParticipantsModel
from meeting_planner.ui.reach import sending
from meeting_planner.ui.reach.reminders import ReminderNotifier, ShownLog
from meeting_planner.ui.shared import messages
from meeting_planner.ui.window.main_window import MainWindow

MONDAY = datetime(2026, 12, 7, 9, 0)


@pytest.fixture
def window(qtbot, tmp_path):
    with Store(tmp_path / "store") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        yield win
        win.autosaver.flush()


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """What was handed to the system's programs (nothing really opens)."""
    handed: list[str] = []
    monkeypatch.setattr(
        sending, "open_externally", lambda url: handed.append(url.toString()) or True
    )
    return handed


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: path)


def test_the_candidates_invite_from_the_menu_is_recorded_and_undoable(
    window, monkeypatch, tmp_path
) -> None:
    meeting = sample_meeting(MONDAY)
    assert window.add_meeting(meeting)
    target = tmp_path / "invite.ics"
    save_to(monkeypatch, target)
    action = window.findChild(QObject, "candidateInviteAction")
    assert action.isEnabled()
    action.trigger()
    event = next(iter(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")))
    assert str(event["ATTENDEE"]) == f"mailto:{meeting.candidate.email}"
    doc = window.current_doc
    assert doc.meeting.invites.sequence == {"candidate": 0}
    # Kept for the next issue, but no undo step: issuing it changed nothing in the plan.
    assert not doc.undo_stack.canUndo() and doc.is_modified
    # Moved by an hour and issued again: the same event, one step higher.
    doc.meeting.start += timedelta(hours=1)
    action.trigger()
    event = next(iter(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")))
    assert int(event["SEQUENCE"]) == 1


def test_the_agenda_email_opens_in_the_mail_program(window, monkeypatch, tmp_path, opened) -> None:
    meeting = sample_meeting(MONDAY)
    assert window.add_meeting(meeting)
    target = tmp_path / "agenda.eml"
    save_to(monkeypatch, target)
    window.findChild(QObject, "emailAgendaAction").trigger()
    assert opened == [target.as_uri()]
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert [p.get_content_type() for p in message.iter_attachments()] == [
        "application/pdf",
        "text/calendar",
    ]


def test_an_email_without_an_address_goes_to_the_field(window, monkeypatch, opened) -> None:
    meeting = sample_meeting(MONDAY)
    meeting.candidate.email = ""
    assert window.add_meeting(meeting)
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: errors.append(text))
    window.findChild(QObject, "emailSurveyAction").trigger()
    assert errors == ["The candidate has no email address to send it to."]
    assert opened == []
    editor = window.editors[meeting.id]
    assert editor.tabs.currentWidget().widget_for("candidate.email").hasFocus()


def test_an_agenda_email_sent_anyway_to_a_stored_address_that_is_not_one_says_why(
    window, monkeypatch, tmp_path, opened
) -> None:
    """An older store may hold a header in the address; sending anyway past the check
    shows one message and writes nothing, instead of failing inside the mail package."""
    from meeting_planner.ui.shared.preflight_dialog import PreflightDialog

    meeting = sample_meeting(MONDAY)
    meeting.candidate.email = "a@b.c\r\nBcc: victim@x.y"
    assert window.add_meeting(meeting)
    target = tmp_path / "agenda.eml"
    save_to(monkeypatch, target)
    monkeypatch.setattr(messages, "run_modal", lambda _dialog: PreflightDialog.ANYWAY)
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: errors.append(text))
    window.findChild(QObject, "emailAgendaAction").trigger()
    assert errors == [
        "cannot write the email: the candidate's email address a@b.c\\r\\nBcc: victim@x.y"
        " is not one valid address; correct it on the Candidate tab"
    ]
    assert opened == [] and not target.exists()


def _decided(meeting_start: datetime):
    meeting = sample_meeting(meeting_start - timedelta(days=1))
    meeting.start = meeting_start
    meeting.status = Status.HELD
    meeting.ended_at = meeting.planned_end
    meeting.debrief.decision = Decision.REJECT
    meeting.debrief.feedback = (
        "Dear Sanna,\n\nThank you for Tuesday. It is a no this time: in problem solving "
        "we saw too little of how you measure.\n\nMaja"
    )
    return meeting


@pytest.mark.parametrize("sent", [True, False])
def test_the_feedback_goes_as_a_mailto_link_and_is_sent_only_when_confirmed(
    window, monkeypatch, opened, sent: bool
) -> None:
    meeting = _decided(datetime(2026, 12, 1, 10))
    assert window.add_meeting(meeting)
    composer = window.editors[meeting.id].find_page(FeedbackComposer)
    composer.clock = lambda: datetime(2026, 12, 2, 9)
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: questions.append(text) or sent)
    assert composer.email_button.isEnabled()
    composer.email_button.click()
    (link,) = opened
    query = parse_qs(urlsplit(link).query)
    assert query["body"] == [meeting.debrief.feedback.replace("\n", "\r\n")]
    assert questions == ["Did you send the feedback to Sanna Järvinen? Yes marks it as sent now."]
    debrief = window.current_doc.meeting.debrief
    if sent:
        assert debrief.feedback_sent_at == datetime(2026, 12, 2, 9)
        assert window.current_doc.meeting.status is Status.FEEDBACK_SENT
    else:
        assert debrief.feedback_sent_at is None


def test_a_long_letter_goes_as_an_email_file(window, monkeypatch, tmp_path, opened) -> None:
    meeting = _decided(datetime(2026, 12, 1, 10))
    reason = "A reason worth giving: problem solving. "
    meeting.debrief.feedback = "Dear Sanna,\n\n" + reason * 200 + "\n\nMaja"
    assert window.add_meeting(meeting)
    target = tmp_path / "feedback.eml"
    save_to(monkeypatch, target)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a: False)
    composer = window.editors[meeting.id].find_page(FeedbackComposer)
    composer.clock = lambda: datetime(2026, 12, 2, 9)
    assert composer.email_to_candidate() is False
    assert opened == [target.as_uri()]
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert reason in message.get_body(("plain",)).get_content()


def test_deleting_a_meeting_whose_invite_went_out_offers_the_cancellation(
    window, monkeypatch, tmp_path
) -> None:
    meeting = sample_meeting(MONDAY)
    assert window.add_meeting(meeting)
    save_to(monkeypatch, tmp_path / "invite.ics")
    window.findChild(QObject, "candidateInviteAction").trigger()
    cancel = tmp_path / "cancel.ics"
    save_to(monkeypatch, cancel)
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: questions.append(text) or True)
    assert window.ops.delete()
    assert len(questions) == 2 and "Save their cancellation" in questions[1]
    calendar = icalendar.Calendar.from_ical(cancel.read_bytes())
    assert str(calendar["METHOD"]) == "CANCEL"
    assert meeting.id not in [s.id for s in window.store.meetings.list()]


def test_closing_a_meeting_before_it_took_place_offers_the_cancellation(
    window, monkeypatch, tmp_path
) -> None:
    from meeting_planner.ui.followup import DueFeature

    meeting = sample_meeting(MONDAY)
    assert window.add_meeting(meeting)
    save_to(monkeypatch, tmp_path / "invite.ics")
    window.findChild(QObject, "candidateInviteAction").trigger()
    cancel = tmp_path / "cancel.ics"
    save_to(monkeypatch, cancel)
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: questions.append(text) or True)
    due = window.findChild(DueFeature)
    assert due.status_actions.do_close()
    assert window.current_doc.meeting.status is Status.CLOSED
    assert len(questions) == 2 and "Save their cancellation" in questions[1]
    calendar = icalendar.Calendar.from_ical(cancel.read_bytes())
    assert str(calendar["METHOD"]) == "CANCEL"
    invite = icalendar.Calendar.from_ical((tmp_path / "invite.ics").read_bytes())
    assert str(calendar.walk("VEVENT")[0]["UID"]) == str(invite.walk("VEVENT")[0]["UID"])


def test_closing_a_meeting_that_was_held_offers_no_cancellation(window, monkeypatch) -> None:
    from meeting_planner.ui.followup import DueFeature

    meeting = sample_meeting(MONDAY)
    meeting.status = Status.HELD
    assert window.add_meeting(meeting)
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: questions.append(text) or True)
    due = window.findChild(DueFeature)
    assert due.status_actions.do_close()
    assert len(questions) == 1 and "Close the recruitment" in questions[0]


def test_saving_the_agenda_pdf_offers_the_invite_beside_it(window, monkeypatch, tmp_path) -> None:
    meeting = sample_meeting(MONDAY)
    assert window.add_meeting(meeting)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a: True)
    window.show_document("agenda")
    from meeting_planner.ui.shared.documents import PdfPreviewDialog

    (dialog,) = [d for d in window.findChildren(PdfPreviewDialog) if d.isVisible()]
    dialog.save_as(tmp_path / "agenda.pdf")
    assert (tmp_path / "agenda.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    dialog.close()


def test_an_address_on_the_people_tab_is_one_undoable_edit(window) -> None:
    meeting = sample_meeting(MONDAY)
    assert window.add_meeting(meeting)
    form = window.editors[meeting.id].people
    model = form.model
    index = model.index(1, ParticipantsModel.COL_EMAIL)
    assert model.headerData(ParticipantsModel.COL_EMAIL, Qt.Orientation.Horizontal) == (
        "Email (for the invite)"
    )
    assert model.setData(index, "  aino@example.org ")
    person = window.current_doc.meeting.participants[1]
    assert person.email == "aino@example.org"
    window.current_doc.undo_stack.undo()
    assert person.email == "aino.bjork@nordvik.example"


class FakeTray(QObject):
    messageClicked = Signal()  # noqa: N815 (Qt's name)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str]] = []

    def showMessage(self, title, text, icon, msecs) -> None:  # noqa: N802, ANN001
        self.shown.append((title, text))


def _item(meeting_id: str, what: What, due: datetime, state: DueState) -> DueItem:
    return DueItem(
        meeting_id, "Sanna Järvinen", "", "Backend developer", Status.HELD, what, due, state
    )


def test_a_reminder_comes_once_a_day_and_its_click_opens_the_composer(window, tmp_path) -> None:
    meeting = _decided(datetime(2026, 12, 1, 10))
    meeting.debrief.feedback = ""
    assert window.add_meeting(meeting)
    other = sample_meeting(MONDAY)
    assert window.add_meeting(other)
    now = [datetime(2026, 12, 3, 9, 0)]
    owed = [_item(meeting.id, What.FEEDBACK, datetime(2026, 12, 3, 11, 30), DueState.DUE_TODAY)]
    tray = FakeTray()
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    notifier = ReminderNotifier(
        window, tray=tray, log=ShownLog(settings), clock=lambda: now[0], items=lambda _n: owed
    )
    tray.messageClicked.connect(notifier.open_last)
    notifier.check()
    assert tray.shown == [
        ("Due today at 11:30: the answer to Sanna Järvinen", "Click to open the feedback composer.")
    ]
    # Later the same day, even overdue and after a restart: no second reminder.
    now[0] = datetime(2026, 12, 3, 12, 0)
    owed[0] = _item(meeting.id, What.FEEDBACK, datetime(2026, 12, 3, 11, 30), DueState.OVERDUE)
    again = ReminderNotifier(
        window, tray=tray, log=ShownLog(settings), clock=lambda: now[0], items=lambda _n: owed
    )
    assert again.check() == [] and len(tray.shown) == 1
    # The next day it is said again, with what else became due.
    now[0] = datetime(2026, 12, 4, 9, 0)
    owed.append(_item(other.id, What.DECISION, datetime(2026, 12, 4, 15, 0), DueState.DUE_TODAY))
    assert len(notifier.check()) == 2
    assert tray.shown[-1] == (
        "Overdue: the answer to Sanna Järvinen",
        "And 1 more follow-up. Click to open the feedback composer.",
    )
    window.select_meeting(other.id)
    tray.messageClicked.emit()
    assert window.current_doc.meeting_id == meeting.id
    editor = window.editors[meeting.id]
    assert isinstance(editor.tabs.currentWidget(), FeedbackComposer)


def test_with_no_tray_the_status_bar_says_it_in_one_plain_line(window, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    owed = [
        _item("a", What.FEEDBACK, datetime(2026, 12, 3, 11, 30), DueState.OVERDUE),
        _item("b", What.DECISION, datetime(2026, 12, 3, 15, 0), DueState.DUE_TODAY),
        _item("c", What.DECISION, datetime(2026, 12, 3, 16, 0), DueState.DUE_TODAY),
    ]
    notifier = ReminderNotifier(
        window,
        tray=None,
        log=ShownLog(settings),
        clock=lambda: datetime(2026, 12, 3, 12, 0),
        items=lambda _n: owed,
    )
    assert len(notifier.check()) == 3
    assert window.statusBar().currentMessage() == (
        "Overdue: the answer to Sanna Järvinen. And 2 more follow-ups."
    )


def test_nothing_due_means_no_reminder(window, tmp_path) -> None:
    tray = FakeTray()
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    upcoming = [_item("x", What.DECISION, datetime(2026, 12, 9, 9), DueState.UPCOMING)]
    notifier = ReminderNotifier(
        window,
        tray=tray,
        log=ShownLog(settings),
        clock=lambda: datetime(2026, 12, 3, 9),
        items=lambda _n: upcoming,
    )
    assert notifier.check() == [] and tray.shown == []


def test_an_invite_saved_under_a_bare_name_asks_before_replacing_the_ics_file(
    window, monkeypatch, tmp_path
) -> None:
    assert window.add_meeting(sample_meeting(MONDAY))
    existing = tmp_path / "invite.ics"
    existing.write_text("keep")
    asked: list[str] = []
    save_to(monkeypatch, tmp_path / "invite")
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    window.findChild(QObject, "candidateInviteAction").trigger()
    assert asked == ["invite.ics already exists. Replace it?"]
    assert existing.read_text() == "keep"
