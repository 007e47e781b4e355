"""The team folder in the app: choose it, share the plan on screen, see the notice when
someone else's file arrives, review it with the preview, and the meeting changes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from meeting_planner.domain.comments import add_comment
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.teamfolder import FOLDER_SETTING, share_meeting
from meeting_planner.ui.plan_update import dialog
from meeting_planner.ui.shared import messages
from meeting_planner.ui.team_folder import TeamFolder
from meeting_planner.ui.window.main_window import MainWindow

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def window(qtbot, tmp_path):
    with Store(tmp_path / "store") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        yield win
        win.autosaver.flush()


def test_share_notice_review_and_the_open_meeting_follows(window, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    feature = window.findChild(TeamFolder)
    assert feature is not None
    meeting = sample_meeting(NOW)
    assert window.add_meeting(meeting)
    assert feature.choose(folder) == folder
    path = feature.share()
    assert path is not None and path.parent == folder and path.name.endswith(".meeting.json")
    # Our own file is ours: nothing to review.
    assert feature.watcher.look().pending == []
    assert not feature.notice.isVisible()

    theirs = window.store.meetings.get(meeting.id)
    theirs.revision += 1
    theirs.role.team = "Payments"
    add_comment(theirs, "Shorter welcome", "Rita", NOW)
    share_meeting(folder, theirs, "rita-1a2b3c")
    (folder / "half.meeting.json").write_text('{"format": "meeting-planner/meeting", "ver', "utf-8")
    feature.watcher.look()
    assert feature.notice.isVisible()
    assert feature.notice.text.text() == "The team folder has 1 changed file."

    shown: list[list[str]] = []
    monkeypatch.setattr(
        dialog, "confirm_import", lambda p, lines, **k: (shown.append(lines), (True, False))[1]
    )
    assert feature.review() == [meeting.id]
    assert any("Role › Team:" in line and "“Payments”" in line for line in shown[0])
    assert any(line.startswith("half.meeting.json: left alone") for line in shown[0])
    assert window.current_doc.meeting.role.team == "Payments"
    assert window.store.meetings.get(meeting.id).comments[0].text == "Shorter welcome"
    assert not feature.notice.isVisible()
    # Undo takes the change back in the open meeting.
    window.current_doc.undo_stack.undo()
    assert window.current_doc.meeting.role.team != "Payments"


def test_a_new_meeting_from_the_folder_and_nothing_twice(window, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    feature = window.findChild(TeamFolder)
    feature.choose(folder)
    share_meeting(folder, sample_meeting(NOW), "rita-1a2b3c")
    feature.watcher.look()
    assert feature.notice.text.text() == "The team folder has 1 new file."
    monkeypatch.setattr(dialog, "confirm_import", lambda *a, **k: (True, False))
    (new_id,) = feature.review()
    assert window.list_panel.model.rowCount() == 1
    infos: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda p, t, text: infos.append(text))
    assert feature.review(look_first=True) == []
    assert infos == ["Nothing new in the team folder."]
    assert window.store.meetings.exists(new_id)


def test_a_change_in_the_folder_starts_a_look_once_it_settles(window, tmp_path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    feature = window.findChild(TeamFolder)
    feature.choose(folder)
    watcher = feature.watcher
    assert str(folder.resolve()) in watcher._watcher.directories()
    assert watcher._rescan.isActive()
    watcher._watcher.directoryChanged.emit(str(folder))
    assert watcher._settle.isActive()


def test_sharing_into_a_folder_that_refuses_says_why(window, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    feature = window.findChild(TeamFolder)
    feature.choose(folder)
    window.add_meeting(sample_meeting(NOW))
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda p, t, text: errors.append(text))

    def refuse(path: Path, data: bytes) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("meeting_planner.teamfolder.files.write_atomically", refuse)
    assert feature.share() is None
    assert errors and "Permission denied" in errors[0] and str(folder) in errors[0]


def test_a_folder_chosen_before_is_watched_once_the_meeting_is_on_screen(qtbot, tmp_path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    with Store(tmp_path / "store") as store:
        store.settings.set(FOLDER_SETTING, str(folder))
        store.meetings.save(sample_meeting(NOW))
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        feature = win.findChild(TeamFolder)
        look = win.findChild(QAction, "lookTeamFolderAction")
        with qtbot.waitSignal(win.settled):
            win.start()
        assert feature.watcher.folder == folder
        assert look.isEnabled()
        win.autosaver.flush()


def test_deleting_in_the_app_removes_your_file_and_the_folder_never_brings_it_back(
    window, tmp_path, monkeypatch
) -> None:
    from meeting_planner.teamfolder import State

    folder = tmp_path / "team"
    folder.mkdir()
    feature = window.findChild(TeamFolder)
    meeting = sample_meeting(NOW)
    assert window.add_meeting(meeting)
    feature.choose(folder)
    mine = feature.share()
    assert mine is not None and mine.exists()
    share_meeting(folder, window.store.meetings.get(meeting.id), "rita-1a2b3c")
    told: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda *_a: True)
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: told.append(text))
    assert window.ops.delete()
    assert not mine.exists()
    assert told and "Removed your shared file from the team folder." in told[0]
    assert "someone else's copy of this meeting" in told[0]

    inbox = feature.watcher.look()
    assert inbox is not None and inbox.pending == []
    assert [f.state for f in inbox.files] == [State.DELETED]
    assert not feature.notice.isVisible()
    assert feature.review(look_first=True) == []
    assert not window.store.meetings.exists(meeting.id)


def test_a_form_imported_in_the_app_is_not_applied_again_by_the_folder(
    window, tmp_path, monkeypatch
) -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    from meeting_planner.export.debrief_form import REASONS, export_debrief_form
    from meeting_planner.teamfolder import State

    folder = tmp_path / "team"
    folder.mkdir()
    feature = window.findChild(TeamFolder)
    meeting = sample_meeting(NOW)
    assert window.add_meeting(meeting)
    feature.choose(folder)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(export_debrief_form(meeting))))
    writer.update_page_form_field_values(None, {REASONS: "First notes"}, auto_regenerate=False)
    form = folder / "debrief.pdf"
    with form.open("wb") as handle:
        writer.write(handle)
    monkeypatch.setattr(messages, "show_info", lambda *_a: None)
    assert window.ops.import_debrief(form)
    window.autosaver.flush()
    # A later edit of the same field, in the app.
    changed = window.store.meetings.get(meeting.id)
    changed.debrief.reasons = "Revised notes"
    window.current_doc.meeting.debrief.reasons = "Revised notes"
    window.store.meetings.save(changed)
    inbox = feature.watcher.look()
    assert inbox is not None and inbox.pending == []
    assert [f.state for f in inbox.files] == [State.IMPORTED]
    assert window.store.meetings.get(meeting.id).debrief.reasons == "Revised notes"
