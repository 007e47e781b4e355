"""The feedback letter on a laptop with no mail program: the user is told, and the
letter is saved as an email file to send from anywhere."""

from __future__ import annotations

import email
from datetime import datetime
from email import policy

import pytest

from meeting_planner.domain.model import Decision, Status
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.debrief import FeedbackComposer
from meeting_planner.ui.reach import sending
from meeting_planner.ui.shared import messages
from meeting_planner.ui.window.main_window import MainWindow

LETTER = (
    "Dear Sanna,\n\nThank you for Tuesday. It is a no this time: in problem solving "
    "we saw too little of how you measure.\n\nMaja"
)


@pytest.fixture
def composer(qtbot, tmp_path, monkeypatch):
    with Store(tmp_path / "store") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        meeting = sample_meeting(datetime(2026, 11, 30, 10))
        meeting.start = datetime(2026, 12, 1, 10)
        meeting.status = Status.HELD
        meeting.ended_at = meeting.planned_end
        meeting.debrief.decision = Decision.REJECT
        meeting.debrief.feedback = LETTER
        assert win.add_meeting(meeting)
        page = win.editors[meeting.id].find_page(FeedbackComposer)
        page.clock = lambda: datetime(2026, 12, 2, 9)
        yield page
        win.autosaver.flush()


@pytest.fixture
def no_mail_program(monkeypatch) -> list[str]:
    """Nothing opens a mailto: link or an .eml here, as on an offline meeting-room laptop."""
    tried: list[str] = []
    monkeypatch.setattr(
        sending, "open_externally", lambda url: tried.append(url.scheme()) and False
    )
    return tried


@pytest.fixture
def dialogs(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, t, text: shown.append(("info", text)))
    monkeypatch.setattr(messages, "show_error", lambda _p, t, text: shown.append(("error", text)))
    return shown


def test_no_mail_program_offers_the_letter_as_an_email_file(
    composer, monkeypatch, tmp_path, no_mail_program, dialogs
) -> None:
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: questions.append(text) or True)
    target = tmp_path / "feedback.eml"
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: target)
    composer.email_button.click()
    assert no_mail_program == ["mailto", "file"]
    # Told what happened, and offered the file.
    assert len(questions) == 1 and "No mail program" in questions[0]
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == composer.doc.meeting.candidate.email
    assert "we saw too little of how you measure." in message.get_body(("plain",)).get_content()
    # Saved, not sent: it says where the file is, and asks nothing about sending.
    assert [kind for kind, _text in dialogs] == ["info"]
    assert str(target) in dialogs[0][1] and "Mark as sent" in dialogs[0][1]
    assert composer.doc.meeting.debrief.feedback_sent_at is None


def test_declining_the_email_file_saves_nothing_but_says_why(
    composer, monkeypatch, tmp_path, no_mail_program, dialogs
) -> None:
    questions: list[str] = []
    monkeypatch.setattr(
        messages, "ask_yes_no", lambda _p, _t, text: questions.append(text) and False
    )
    asked: list[object] = []
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: asked.append(a))
    assert composer.email_to_candidate() is False
    assert len(questions) == 1 and "No mail program" in questions[0]
    assert asked == [] and not list(tmp_path.glob("*.eml"))
    assert composer.doc.meeting.debrief.feedback_sent_at is None


def test_an_email_file_that_opens_asks_whether_it_went(
    composer, monkeypatch, tmp_path, dialogs
) -> None:
    """Where only .eml files open (a mail program that takes no mailto: links)."""
    monkeypatch.setattr(sending, "open_externally", lambda url: url.scheme() == "file")
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: questions.append(text) or True)
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: tmp_path / "feedback.eml")
    assert composer.email_to_candidate() is True
    assert len(questions) == 2 and questions[1].startswith("Did you send the feedback")
    assert composer.doc.meeting.debrief.feedback_sent_at == datetime(2026, 12, 2, 9)
    assert dialogs == []


def test_the_agenda_email_without_a_mail_program_says_where_it_was_saved(
    composer, monkeypatch, tmp_path, no_mail_program, dialogs
) -> None:
    from PySide6.QtCore import QObject

    window = composer.window()
    target = tmp_path / "agenda.eml"
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: target)
    # Whatever the invite's check would say of a meeting already held: not the point here.
    monkeypatch.setattr(sending, "preflight_passes", lambda *a, **k: True)
    window.findChild(QObject, "emailAgendaAction").trigger()
    assert target.is_file()
    assert [kind for kind, _text in dialogs] == ["info"] and str(target) in dialogs[0][1]
