"""The main window: new meeting from a template to the store, duplicate, delete, undo and
redo, drops, the welcome, read-only mode and a start-up without the PDF libraries."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QDialog

from meeting_planner.domain.model import AgendaBlock, BlockKind
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.store import Store
from meeting_planner.ui.core.commands import AddBlockCommand, MoveBlockCommand, SetFieldCommand
from meeting_planner.ui.dialogs.new_meeting_dialog import NewMeetingDialog
from meeting_planner.ui.shared import messages
from meeting_planner.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store") as opened:
        yield opened


@pytest.fixture
def window(qtbot, store):
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.autosaver.flush()


def _with_sample(win: MainWindow) -> str:
    meeting = sample_meeting(datetime(2026, 9, 14, 9, 0))
    assert win.add_meeting(meeting)
    return meeting.id


def test_new_meeting_from_a_template_is_saved_and_listed(qtbot, window, monkeypatch) -> None:
    def fill_and_accept(dialog: QDialog) -> int:
        assert isinstance(dialog, NewMeetingDialog)
        dialog.show()
        assert not dialog.ok_button.isEnabled()
        assert dialog.select_template("case-meeting-90")
        qtbot.keyClicks(dialog.candidate, "Robin Dahl")
        qtbot.keyClicks(dialog.role, "Platform engineer")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    asked: list[list[str]] = []

    def pick_country(parent, title: str, label: str, items: list[str]) -> str:
        asked.append(items)
        return "Denmark"

    monkeypatch.setattr(messages, "run_modal", fill_and_accept)
    monkeypatch.setattr(messages, "ask_item", pick_country)
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    [summary] = window.store.meetings.list()
    assert (summary.candidate, summary.role) == ("Robin Dahl", "Platform engineer")
    saved = window.store.meetings.get(summary.id)
    assert saved.template == "case-meeting-90"
    assert saved.agenda, "the template's agenda came along"
    assert window.list_panel.current_id() == summary.id
    assert "Robin Dahl" in window.windowTitle()
    # An English meeting and no country in the profile: asked once, and kept.
    assert len(asked) == 1 and "Sweden" in asked[0]
    assert saved.country == "DK"
    assert window.store.profile.get().country == "DK"
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    assert len(asked) == 1
    assert {window.store.meetings.get(s.id).country for s in window.store.meetings.list()} == {"DK"}


def test_duplicate_and_delete_with_confirmation(window, monkeypatch) -> None:
    original = _with_sample(window)
    window.actions.duplicate.trigger()
    ids = [s.id for s in window.store.meetings.list()]
    assert len(ids) == 2
    copy_id = window.list_panel.current_id()
    assert copy_id != original
    assert window.store.meetings.get(copy_id).agenda[0].title == (
        window.store.meetings.get(original).agenda[0].title
    )

    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    window.actions.delete.trigger()
    assert len(window.store.meetings) == 2, "declining the confirmation keeps the meeting"
    assert asked and "cannot be undone" in asked[0]

    monkeypatch.setattr(messages, "ask_yes_no", lambda *_: True)
    window.actions.delete.trigger()
    assert [s.id for s in window.store.meetings.list()] == [original]
    assert window.list_panel.model.rowCount() == 1


def test_undo_and_redo_from_the_window_return_the_exact_states(window) -> None:
    window.select_meeting(_with_sample(window))
    doc = window.current_doc
    states = [meeting_to_dict(doc.meeting)]
    doc.push(SetFieldCommand(doc, "candidate.name", "Changed"))
    states.append(meeting_to_dict(doc.meeting))
    doc.push(AddBlockCommand(doc, AgendaBlock(title="Extra", kind=BlockKind.PITCH, minutes=5)))
    states.append(meeting_to_dict(doc.meeting))
    doc.push(MoveBlockCommand(doc, doc.meeting.agenda[-1].id, 0))
    states.append(meeting_to_dict(doc.meeting))
    assert window.isWindowModified()
    for expected in reversed(states[:-1]):
        assert window.actions.undo.isEnabled()
        window.actions.undo.trigger()
        assert meeting_to_dict(doc.meeting) == expected
    assert not window.actions.undo.isEnabled()
    assert not window.isWindowModified()
    for expected in states[1:]:
        window.actions.redo.trigger()
        assert meeting_to_dict(doc.meeting) == expected
    assert window.actions.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_each_meeting_keeps_its_own_undo_history(window) -> None:
    first = _with_sample(window)
    second = _with_sample(window)
    window.select_meeting(first)
    doc = window.current_doc
    doc.push(SetFieldCommand(doc, "candidate.name", "Only In First"))
    window.select_meeting(second)
    assert not window.actions.undo.isEnabled()
    window.select_meeting(first)
    window.actions.undo.trigger()
    assert doc.meeting.candidate.name == "Sanna Järvinen"


def _drop(win: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dropEvent(event)


def test_a_bad_dropped_meeting_file_shows_why_and_changes_nothing(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    _with_sample(window)
    before = [s.id for s in window.store.meetings.list()]
    bad = tmp_path / "broken.meeting.json"
    bad.write_text('{"format": "meeting-planner/meeting", "version": 1, "meeting": 7}')
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: errors.append(text))
    _drop(window, [bad])
    qtbot.waitUntil(lambda: bool(errors))
    assert "not valid" in errors[0]
    assert [s.id for s in window.store.meetings.list()] == before


def test_a_good_dropped_meeting_file_is_imported_and_selected(qtbot, window, tmp_path) -> None:
    from meeting_planner.exchange import write_meeting_file

    meeting = sample_meeting(datetime(2026, 9, 1, 9, 0))
    meeting.candidate.name = "Dropped In"
    path = tmp_path / "dropped.meeting.json"
    write_meeting_file(meeting, path)
    _drop(window, [path])
    qtbot.waitUntil(lambda: len(window.store.meetings) == 1)
    assert window.current_doc.meeting.candidate.name == "Dropped In"


def test_find_focuses_the_search(qtbot, window) -> None:
    _with_sample(window)
    window.activateWindow()
    window.actions.find.trigger()
    assert window.list_panel.search.hasFocus()
    assert window.actions.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_welcome_on_an_empty_store_opens_the_sample(qtbot, window) -> None:
    assert len(window.store.meetings) == 0
    window.offer_welcome()
    dialog = window.welcome
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)
    assert len(window.store.meetings) == 1
    assert window.current_doc is not None
    assert window.current_doc.meeting.candidate.name == "Sanna Järvinen"


def test_read_only_store_disables_editing_and_says_so(qtbot, tmp_path) -> None:
    data = tmp_path / "store"
    meeting = sample_meeting(datetime(2026, 9, 14, 9, 0))
    with Store(data) as writer:
        writer.meetings.save(meeting)
    with Store(data, read_only=True) as reader:
        win = MainWindow(reader)
        qtbot.addWidget(win)
        win.show()
        win.select_meeting(meeting.id)
        assert win.read_only_note.isVisible()
        assert "Read-only" in win.read_only_note.text()
        assert not win.actions.new.isEnabled()
        assert not win.actions.delete.isEnabled()
        assert win.actions.documents["brief"].isEnabled()
        doc = win.current_doc
        assert not doc.push(SetFieldCommand(doc, "candidate.name", "Nope"))
        win.close()


def test_geometry_and_splitter_are_remembered_in_the_data_folder(qtbot, tmp_path) -> None:
    data = tmp_path / "store"
    with Store(data) as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        win.resize(700, 520)
        win.splitter.setSizes([260, 400])
        win.close()
        again = MainWindow(store)
        qtbot.addWidget(again)
        again.show()
        assert (again.width(), again.height()) == (700, 520)
        assert again.splitter.sizes()[0] == 260
    assert (data / "ui-state.ini").is_file()


def test_start_up_leaves_reportlab_and_qtpdf_unloaded(tmp_path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from meeting_planner.ui.app import run
        code = run(Path({str(tmp_path / "store")!r}))
        print(code, "reportlab" in sys.modules, "PySide6.QtPdf" in sys.modules)
        """
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        MEETING_PLANNER_QUIT_AFTER_SHOW="1",
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("shown-at "), result.stderr
    assert lines[-1].split() == ["0", "False", "False"], result.stderr


def test_window_icon_is_set(tmp_path) -> None:
    # The icon is set on the QApplication the app creates; the tests share one made
    # by pytest-qt, so this looks at a window in a process of its own.
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from meeting_planner.ui.app import app_icon, application
        from meeting_planner.ui.window.main_window import MainWindow
        application()
        window = MainWindow(data_dir=Path({str(tmp_path / "store")!r}))
        shown = window.windowIcon().pixmap(32, 32).toImage()
        colours = {{shown.pixel(x, y) for x in range(32) for y in range(32)}}
        print(len(colours), shown == app_icon().pixmap(32, 32).toImage())
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    colours, same = result.stdout.split()
    assert int(colours) > 2, "the window's icon draws nothing"
    assert same == "True", "the window does not show the app's icon"


def test_every_toolbar_action_has_an_icon_that_draws(window) -> None:
    # Offscreen there is no icon theme, so these are the app's own icons.
    actions = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert len(actions) >= 6
    for action in actions:
        pixmap = action.icon().pixmap(24, 24)
        assert not pixmap.isNull(), action.iconText()
        image = pixmap.toImage()
        drawn = {image.pixel(x, y) for x in range(0, 24, 3) for y in range(0, 24, 3)}
        assert len(drawn) > 2, f"{action.iconText()} draws nothing"


def test_start_opens_the_next_meeting_or_welcomes_a_new_user(qtbot, store) -> None:
    empty = MainWindow(store)
    qtbot.addWidget(empty)
    empty.show()
    with qtbot.waitSignal(empty.ready):
        empty.start()
    assert empty.welcome is not None and empty.welcome.isVisible()
    assert len(store.meetings) == 0, "the welcome adds nothing until the user chooses"
    empty.welcome.reject()

    past = sample_meeting(datetime(2020, 1, 6, 9, 0))
    past.candidate.name = "Long Ago"
    upcoming = sample_meeting(datetime.now())
    store.meetings.save_many([past, upcoming])
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready):
        win.start()
    assert win.current_doc is not None
    assert win.current_doc.meeting.id == upcoming.id
    assert win.welcome is None


def test_employer_profile_is_saved_and_new_meetings_start_from_it(window, monkeypatch) -> None:
    from meeting_planner.ui.dialogs.profile_dialog import ProfileDialog

    def edit(dialog: QDialog) -> int:
        assert isinstance(dialog, ProfileDialog)
        dialog.company.setText("Fjord Systems")
        dialog.tech_stack.setPlainText("Rust\n\nPostgreSQL\n")
        dialog.salary_min.setValue(50000)
        dialog.country.setCurrentIndex(dialog.country.findData("NO"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_modal", edit)
    window.actions.profile.trigger()
    profile = window.store.profile.get()
    assert profile.company == "Fjord Systems"
    assert profile.tech_stack == ["Rust", "PostgreSQL"]
    assert profile.offer.salary.minimum == 50000 and profile.offer.salary.maximum is None

    def create(dialog: QDialog) -> int:
        dialog.candidate.setText("Kim Ek")
        dialog.role.setText("Developer")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_modal", create)
    window.actions.new.trigger()
    assert window.current_doc.meeting.role.tech_stack == ["Rust", "PostgreSQL"]
    # The profile names the country: nobody is asked, the meeting takes it.
    assert window.current_doc.meeting.country == "NO"
