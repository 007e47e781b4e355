"""Start-up: the window appears before the meetings are opened, in the language chosen
for it; a damaged or locked store is explained over the window; quitting there ends
the app with nothing changed."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui import app as app_module
from meeting_planner.ui.editor.meeting_editor import AGENDA, CRITERIA, OVERVIEW
from meeting_planner.ui.shared import i18n, messages
from meeting_planner.ui.window.main_window import MainWindow
from meeting_planner.ui.window.store_dialogs import CorruptStoreDialog, LockedStoreDialog
from meeting_planner.ui.window.ui_state import UiState


def _store_with_sample(data: Path) -> str:
    meeting = sample_meeting(datetime(2026, 11, 23, 10))
    with Store(data) as store:
        store.meetings.save(meeting)
    return meeting.id


def _snapshot(data: Path) -> dict[str, bytes]:
    """The store's files (the window's own state file may change: it is not the store)."""
    return {
        str(p.relative_to(data)): p.read_bytes()
        for p in data.rglob("*")
        if p.is_file() and p.name != UiState(data).path.name
    }


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch, qapp) -> list[MainWindow]:
    """Every main window run() builds, with what each looked like when its store arrived
    and which pages of its editors were on screen when it was ready."""
    built: list[MainWindow] = []
    original = MainWindow.attach_store

    def attach(window: MainWindow, store: Store) -> None:
        window.seen_before_store = {  # type: ignore[attr-defined]
            "visible": window.isVisible(),
            "note": window.list_panel.empty_note.text(),
            "new enabled": window.actions.new.isEnabled(),
        }
        window.seen_on_screen = []  # type: ignore[attr-defined]
        window.tabs_when_ready = []  # type: ignore[attr-defined]
        window.ready.connect(
            lambda: window.seen_on_screen.extend(  # type: ignore[attr-defined]
                page
                for editor in window.editors.values()
                for page in editor.tabs.built_pages()
                if page.isVisible()
            )
        )
        window.ready.connect(
            lambda: window.tabs_when_ready.extend(  # type: ignore[attr-defined]
                _tab_names(editor) for editor in window.editors.values()
            )
        )
        built.append(window)
        original(window, store)

    monkeypatch.setattr(MainWindow, "attach_store", attach)
    # A run that never ends would hang the suite: give up after ten seconds.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.instance().exit(99))
    guard.start(10_000)
    yield built
    guard.stop()
    i18n.install(i18n.ENGLISH)


def test_the_window_is_on_screen_before_the_meetings_are_opened(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow]
) -> None:
    data = tmp_path / "data"
    meeting_id = _store_with_sample(data)
    monkeypatch.setenv(app_module.QUIT_AFTER_SHOW, "ready")
    assert app_module.run(data) == 0
    [window] = windows
    assert window.seen_before_store == {
        "visible": True,
        "note": "Opening your meetings…",
        "new enabled": False,
    }
    assert window.list_panel.current_id() == meeting_id
    assert window.actions.new.isEnabled()
    # run() closed the store on the way out: it opens again without a lock conflict.
    with Store(data) as store:
        assert store.meetings.exists(meeting_id)


def test_a_damaged_store_is_explained_over_the_window_and_quit_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow]
) -> None:
    data = tmp_path / "data"
    _store_with_sample(data)
    with Store(data) as store:  # a second save, so the backup holds a good state
        meeting = store.meetings.get(store.meetings.list()[0].id)
        meeting.candidate.name = "Kept In The Backup"
        store.meetings.save(meeting)
    next(data.glob("meetings-*.json")).write_bytes(b'{"meetings": {"1": ')
    before = _snapshot(data)
    asked: list[QDialog] = []

    def quit_here(dialog: QDialog) -> int:
        asked.append(dialog)
        assert dialog.parent() is not None and dialog.parent().isVisible()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(messages, "run_modal", quit_here)
    assert app_module.run(data) == 1
    assert [type(d) for d in asked] == [CorruptStoreDialog]
    assert windows == []  # no store was attached
    assert _snapshot(data) == before


def test_a_locked_store_opens_read_only_when_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow]
) -> None:
    data = tmp_path / "data"
    _store_with_sample(data)
    asked: list[QDialog] = []

    def read_only(dialog: QDialog) -> int:
        asked.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_modal", read_only)
    monkeypatch.setenv(app_module.QUIT_AFTER_SHOW, "list")
    with Store(data):
        assert app_module.run(data) == 0
    assert [type(d) for d in asked] == [LockedStoreDialog]
    [window] = windows
    assert window.read_only
    assert not window.read_only_note.isHidden()
    assert not window.actions.new.isEnabled()
    assert window.list_panel.model.rowCount() == 1


def test_the_chosen_language_is_used_from_the_first_widget(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow]
) -> None:
    data = tmp_path / "data"
    _store_with_sample(data)
    UiState(data).set_language("sv")
    monkeypatch.setenv(app_module.QUIT_AFTER_SHOW, "list")
    assert app_module.run(data) == 0
    [window] = windows
    assert window.seen_before_store["note"] == "Öppnar dina möten…"
    assert window.menu("file").title() == "&Arkiv"


def test_a_language_chosen_by_an_earlier_version_moves_to_the_window_state(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow]
) -> None:
    data = tmp_path / "data"
    _store_with_sample(data)
    with Store(data) as store:
        store.settings.set(app_module.LEGACY_LANGUAGE_SETTING, "da")
    monkeypatch.setenv(app_module.QUIT_AFTER_SHOW, "list")
    assert app_module.run(data) == 0
    assert UiState(data).language() == "da"
    with Store(data) as store:
        assert store.settings.get(app_module.LEGACY_LANGUAGE_SETTING) is None
    # A choice made since is never overwritten by an old one.
    UiState(data).set_language("sv")
    with Store(data) as store:
        store.settings.set(app_module.LEGACY_LANGUAGE_SETTING, "da")
    assert app_module.run(data) == 0
    assert UiState(data).language() == "sv"


def test_a_window_built_before_its_store_changes_nothing(qtbot, tmp_path: Path) -> None:
    window = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    assert window.store is None
    assert window.list_panel.empty_note.text() == "Opening your meetings…"
    assert not any(action.isEnabled() for action in window.actions.write_actions)
    assert not window.empty_new_button.isEnabled()
    assert not window.acceptDrops()
    assert window.save_now()
    window.close()  # closing before the store arrives is fine too
    with pytest.raises(ValueError):
        MainWindow()


def test_the_collector_is_back_on_once_started_and_on_every_way_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow]
) -> None:
    import gc

    from meeting_planner import cli

    data = tmp_path / "data"
    _store_with_sample(data)
    monkeypatch.setenv(app_module.QUIT_AFTER_SHOW, "ready")
    seen: list[bool] = []
    quit_for_timing = app_module._quit_for_timing
    monkeypatch.setattr(
        app_module,
        "_quit_for_timing",
        lambda app: (seen.append(gc.isenabled()), quit_for_timing(app)),
    )
    try:
        assert cli.main(["--data-dir", str(data)]) == 0
        assert seen == [True]  # turned back on when the editor was ready
        assert gc.isenabled()

        def fail(_data_dir: Path, **_: object) -> int:
            assert not gc.isenabled()  # off while starting
            raise RuntimeError("start-up failed")

        monkeypatch.setattr(app_module, "run", fail)
        with pytest.raises(RuntimeError):
            cli.main(["--data-dir", str(data)])
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_an_unexpected_failure_opening_the_meetings_is_shown_and_ends_the_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow], capsys
) -> None:
    from meeting_planner.ui.window import store_dialogs

    def broken(_data_dir: Path, _parent=None):
        raise PermissionError("no access to the meetings folder")

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(store_dialogs, "open_store", broken)
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: told.append((title, text)))
    assert app_module.run(tmp_path / "data") == 1
    assert told == [
        ("Meetings cannot be opened", "PermissionError: no access to the meetings folder")
    ]
    assert "PermissionError" in capsys.readouterr().err  # the details stay available
    assert windows == []


def test_a_meeting_file_given_at_start_is_imported_and_shown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow]
) -> None:
    """The desktop's "Open with" (Exec ... %f) starts the app with the file."""
    from meeting_planner.exchange.writer import write_meeting_file

    meeting = sample_meeting(datetime(2026, 11, 23, 10))
    meeting.candidate.name = "Şükrü Öztürk"
    path = tmp_path / "from-the-recruiter.meeting.json"
    write_meeting_file(meeting, path)
    data = tmp_path / "data"
    monkeypatch.setenv(app_module.QUIT_AFTER_SHOW, "ready")
    assert app_module.run(data, open_files=[path]) == 0
    [window] = windows
    assert window.list_panel.current_id() == meeting.id
    with Store(data, read_only=True) as store:
        assert store.meetings.get(meeting.id).candidate.name == "Şükrü Öztürk"


def _tab_names(editor) -> list[str]:
    return [editor.tabs.tabText(i).replace("&", "") for i in range(editor.tabs.count())]


def test_the_features_arrive_just_after_the_meeting_each_tab_once(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow]
) -> None:
    data = tmp_path / "data"
    left_open, _coming = _two_meetings(data)
    with Store(data) as store:  # a window with its features from the start, to compare
        usual = MainWindow(store)
        qtbot.addWidget(usual)
        usual.select_meeting(left_open)
        every_tab = _tab_names(usual.editors[left_open])
        usual.close()
    assert "Debrief" in every_tab and "Comments" in every_tab
    UiState(data).set_last_meeting(left_open, AGENDA)
    monkeypatch.setenv(app_module.QUIT_AFTER_SHOW, "settled")
    assert app_module.run(data) == 0
    [_usual, window] = windows
    editor = window.editors[left_open]
    # The meeting came first, on its own tabs; the features' tabs and menus came next.
    assert window.tabs_when_ready == [every_tab[: CRITERIA + 1]]  # type: ignore[attr-defined]
    assert _tab_names(editor) == every_tab
    assert editor.tabs.currentIndex() == AGENDA
    meeting_menu = [a.text().replace("&", "") for a in window.menu("meeting").actions()]
    assert "Start meeting mode" in meeting_menu


def _two_meetings(data: Path) -> tuple[str, str]:
    """A meeting long past and one coming up (which a start without a last meeting opens)."""
    past = sample_meeting(datetime(2020, 1, 6, 9))
    past.candidate.name = "Left Open"
    coming = sample_meeting(datetime.now() + timedelta(days=30))
    with Store(data) as store:
        store.meetings.save_many([past, coming])
    return past.id, coming.id


@pytest.mark.parametrize("tab_name", ["Agenda", "Debrief"])
def test_the_meeting_left_open_comes_back_on_its_tab_the_others_wait(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow], tab_name: str
) -> None:
    data = tmp_path / "data"
    left_open, _coming = _two_meetings(data)
    # The Debrief tab is one a feature adds, after the editor's own eight.
    UiState(data).set_last_meeting(left_open, {"Agenda": AGENDA, "Debrief": CRITERIA + 1}[tab_name])
    monkeypatch.setenv(app_module.QUIT_AFTER_SHOW, "ready")
    assert app_module.run(data) == 0
    [window] = windows
    assert window.list_panel.current_id() == left_open
    editor = window.editors[left_open]
    tabs = editor.tabs
    assert tabs.tabText(tabs.currentIndex()) == tab_name
    assert window.seen_on_screen == [tabs.currentWidget()]  # type: ignore[attr-defined]
    # Only the tab on screen was made; the Overview is made when the user goes there.
    assert not tabs.is_built(OVERVIEW)
    assert UiState(data).last_meeting() == (left_open, tabs.currentIndex())


def test_closing_before_the_meetings_are_open_keeps_the_meeting_left_open(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, windows: list[MainWindow]
) -> None:
    data = tmp_path / "data"
    left_open, _coming = _two_meetings(data)
    UiState(data).set_last_meeting(left_open, AGENDA)
    monkeypatch.setenv(app_module.QUIT_AFTER_SHOW, "1")
    assert app_module.run(data) == 0
    assert windows == []
    assert UiState(data).last_meeting() == (left_open, AGENDA)
