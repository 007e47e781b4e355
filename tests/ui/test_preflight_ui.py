"""Before the candidate's agenda leaves the app, the preflight lists what to fix and "Fix"
takes the user there; filling in a person's name carries over to the blocks they lead."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain.preflight import check
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.core.commands import UpdateParticipantCommand
from meeting_planner.ui.core.document import MeetingDocument
from meeting_planner.ui.shared import documents, i18n, messages
from meeting_planner.ui.shared.preflight_dialog import PreflightDialog
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


def _placeholder_meeting():
    meeting = sample_meeting(MONDAY)
    meeting.location = "[Room]"
    return meeting


def _answer(button: str):
    """A stand-in for running the dialog: the user clicks ``button`` at once."""
    seen: list[PreflightDialog] = []

    def run(dialog):
        seen.append(dialog)
        getattr(dialog, button).click()
        return dialog.result()

    return run, seen


def test_fix_takes_the_user_to_the_field_and_shows_no_preview(window, monkeypatch) -> None:
    meeting = _placeholder_meeting()
    assert window.add_meeting(meeting)
    previews = []
    monkeypatch.setattr(documents, "preview_document", lambda *a: previews.append(a))
    run, seen = _answer("fix_button")
    monkeypatch.setattr(messages, "run_modal", run)
    window.show_document("agenda")
    (dialog,) = seen
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text() == (
        "Template text would reach the candidate: [Room] in the location."
    )
    assert previews == []
    editor = window.editors[meeting.id]
    assert editor.tabs.currentWidget() is editor.overview
    assert editor.overview.widget_for("location").hasFocus()


@pytest.fixture
def _english_afterwards(qapp):
    yield
    i18n.install(i18n.ENGLISH)


@pytest.mark.usefixtures("_english_afterwards")
@pytest.mark.parametrize(
    ("app_language", "said"),
    [
        ("en", "Template text would reach the candidate: [Room] in the location."),
        ("da", "Skabelontekst ville nå kandidaten: [Room] i stedet."),
    ],
)
def test_the_list_is_in_the_apps_language_whatever_the_meetings(
    window, monkeypatch, app_language: str, said: str
) -> None:
    """A Danish manager preparing a meeting held in Swedish reads what to fix in Danish."""
    i18n.install(app_language)
    meeting = _placeholder_meeting()
    meeting.language = "sv"
    assert window.add_meeting(meeting)
    monkeypatch.setattr(documents, "preview_document", lambda *a: None)
    run, seen = _answer("fix_button")
    monkeypatch.setattr(messages, "run_modal", run)
    window.show_document("agenda")
    (dialog,) = seen
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [said]


def test_continue_anyway_shows_the_preview(window, monkeypatch) -> None:
    assert window.add_meeting(_placeholder_meeting())
    previews = []
    monkeypatch.setattr(documents, "preview_document", lambda *a: previews.append(a[1]))
    run, _ = _answer("anyway_button")
    monkeypatch.setattr(messages, "run_modal", run)
    window.show_document("agenda")
    assert previews == ["agenda"]


def test_a_sound_agenda_and_the_internal_brief_go_straight_to_the_preview(
    window, monkeypatch
) -> None:
    meeting = sample_meeting(MONDAY)
    meeting.agenda[1].talking_points.append("[internal: say the figure]")  # never leaves
    assert window.add_meeting(meeting)
    previews = []
    monkeypatch.setattr(documents, "preview_document", lambda *a: previews.append(a[1]))
    monkeypatch.setattr(messages, "run_modal", lambda dialog: pytest.fail("no dialog"))
    window.show_document("agenda")
    window.show_document("brief")
    assert previews == ["agenda", "brief"]


def test_a_renamed_person_takes_their_blocks_along_in_one_undo_step(qtbot) -> None:
    meeting = sample_meeting(MONDAY)
    erik = next(p for p in meeting.participants if p.name == "Erik Lundgren")
    led = [b.id for b in meeting.agenda if b.owner == "Erik Lundgren"]
    doc = MeetingDocument(meeting)
    doc.push(UpdateParticipantCommand(doc, erik.id, merge=True, name="Erik L"))
    doc.push(UpdateParticipantCommand(doc, erik.id, merge=True, name="Erik Lund"))
    assert [meeting.block(i).owner for i in led] == ["Erik Lund"] * len(led)
    assert doc.undo_stack.count() == 1  # typing merges into one step
    assert check("agenda", meeting) == []  # every block still has a lead who is there
    doc.undo_stack.undo()
    assert erik.name == "Erik Lundgren"
    assert [meeting.block(i).owner for i in led] == ["Erik Lundgren"] * len(led)
    doc.undo_stack.redo()
    assert [meeting.block(i).owner for i in led] == ["Erik Lund"] * len(led)


def test_a_missing_company_is_worth_a_look_and_fix_goes_to_the_field(window, monkeypatch) -> None:
    meeting = sample_meeting(MONDAY)
    meeting.role.company = ""
    assert window.add_meeting(meeting)
    previews = []
    monkeypatch.setattr(documents, "preview_document", lambda *a: previews.append(a[1]))
    run, seen = _answer("fix_button")
    monkeypatch.setattr(messages, "run_modal", run)
    window.show_document("agenda")
    (dialog,) = seen
    # Only a warning: continuing is the default, and it says so without "anyway".
    assert dialog.anyway_button.isDefault() and not dialog.fix_button.isDefault()
    assert dialog.anyway_button.text() == "&Continue"
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "The company's name is empty, so nothing the candidate receives says whose meeting "
        "it is: add it on the Role tab."
    ]
    assert previews == []
    editor = window.editors[meeting.id]
    assert editor.tabs.currentWidget() is editor.role
    assert editor.role.company_edit.hasFocus()
    run, _ = _answer("anyway_button")
    monkeypatch.setattr(messages, "run_modal", run)
    window.show_document("agenda")
    assert previews == ["agenda"]


def test_with_something_to_fix_fix_stays_the_default(window, monkeypatch) -> None:
    meeting = _placeholder_meeting()
    meeting.role.company = ""
    assert window.add_meeting(meeting)
    monkeypatch.setattr(documents, "preview_document", lambda *a: None)
    run, seen = _answer("fix_button")
    monkeypatch.setattr(messages, "run_modal", run)
    window.show_document("agenda")
    (dialog,) = seen
    assert dialog.fix_button.isDefault() and dialog.anyway_button.text() == "Continue &anyway"
    assert dialog.list.count() == 2
