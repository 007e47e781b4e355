"""What the app keeps about what was done with a meeting (an invite's sequence number)
is saved and survives a restart, but is no undo step: the first Ctrl+Z takes back the
user's own last edit."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QObject

from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.core.commands import ReplaceMeetingCommand, SetFieldCommand
from meeting_planner.ui.reach import sending
from meeting_planner.ui.shared import messages
from meeting_planner.ui.shared.documents import PdfPreviewDialog
from meeting_planner.ui.window.main_window import MainWindow

MONDAY = datetime(2026, 12, 7, 9, 0)


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    handed: list[str] = []
    monkeypatch.setattr(
        sending, "open_externally", lambda url: handed.append(url.toString()) or True
    )
    return handed


@pytest.fixture
def window(qtbot, tmp_path):
    with Store(tmp_path / "store") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        yield win
        win.autosaver.flush()


def _kept(tmp_path: Path, meeting_id: str):
    """The meeting as the store holds it on disk, as the app reads it after a restart."""
    with Store(tmp_path / "store", read_only=True) as store:
        return store.meetings.get(meeting_id)


def _edit_menu_undo(window: MainWindow) -> str:
    return window.actions.undo.text().replace("&", "")


def _sequence(path: Path) -> int:
    event = next(iter(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")))
    return int(event["SEQUENCE"])


def test_the_agenda_pdf_with_its_invite_leaves_the_users_edit_first_to_undo(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a: True)
    meeting = sample_meeting(MONDAY)
    assert window.add_meeting(meeting)
    doc = window.current_doc
    doc.undo_stack.clear()
    # The user's own last edit, as the role form pushes it.
    doc.push(SetFieldCommand(doc, "role.title", "Platform engineer", label="Role"))
    steps = doc.undo_stack.count()
    window.show_document("agenda")
    (dialog,) = [d for d in window.findChildren(PdfPreviewDialog) if d.isVisible()]
    dialog.save_as(tmp_path / "agenda.pdf")
    dialog.close()
    assert _sequence(tmp_path / "agenda.ics") == 0
    assert doc.meeting.invites.sequence == {"candidate": 0}
    # The Edit menu offers the user's edit, not the bookkeeping.
    assert doc.undo_stack.count() == steps
    assert _edit_menu_undo(window) == "Undo Change Role"
    # Saved all the same, by the autosaver, and there after a restart.
    assert doc.is_modified
    qtbot.waitUntil(lambda: not doc.is_modified, timeout=5000)
    assert _kept(tmp_path, meeting.id).invites.sequence == {"candidate": 0}
    # Undo takes back the title, and keeps the record of the invite.
    doc.undo_stack.undo()
    assert doc.meeting.role.title != "Platform engineer"
    assert doc.meeting.invites.sequence == {"candidate": 0}
    assert not doc.undo_stack.canUndo()
    # The moved meeting's next invite is the next in line.
    doc.meeting.start += timedelta(hours=1)
    sending.save_invite(window, doc, "candidate", None, path=tmp_path / "again.ics")
    assert _sequence(tmp_path / "again.ics") == 1


def test_the_agenda_email_records_its_invite_without_an_undo_step(
    window, tmp_path, monkeypatch, opened
) -> None:
    assert window.add_meeting(sample_meeting(MONDAY))
    doc = window.current_doc
    doc.undo_stack.clear()
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: tmp_path / "agenda.eml")
    window.findChild(QObject, "emailAgendaAction").trigger()
    assert opened and doc.meeting.invites.sequence == {"candidate": 0}
    assert doc.undo_stack.count() == 0 and not doc.undo_stack.canUndo()
    assert doc.is_modified
    assert window.autosaver.flush() and not doc.is_modified
    assert _kept(tmp_path, doc.meeting_id).invites.sequence == {"candidate": 0}


def test_undoing_an_import_does_not_take_back_an_invite_issued_after_it(window, tmp_path) -> None:
    """The next invite must count on from every one issued, or calendars ignore it."""
    from meeting_planner.domain.serialize import meeting_to_dict

    assert window.add_meeting(sample_meeting(MONDAY))
    doc = window.current_doc
    state = meeting_to_dict(doc.meeting)
    state["role"]["title"] = "Imported role"
    doc.push(ReplaceMeetingCommand(doc, state, "Import"))
    sending.save_invite(window, doc, "candidate", None, path=tmp_path / "invite.ics")
    doc.undo_stack.undo()
    assert doc.meeting.role.title != "Imported role"
    assert doc.meeting.invites.sequence == {"candidate": 0}
    doc.undo_stack.redo()
    assert doc.meeting.invites.sequence == {"candidate": 0}
