"""Autosave: edits reach the store within two seconds, on switching and on close; a killed
app keeps what its autosave wrote. The two-second bound is checked on a fake clock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.domain import rules
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.core import autosave
from meeting_planner.ui.core.commands import SetFieldCommand
from meeting_planner.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _store_with_two(data: Path) -> tuple[str, str]:
    first = sample_meeting(datetime(2026, 6, 1, 9, 0))
    second = sample_meeting(datetime(2026, 6, 2, 9, 0))
    second.candidate.name = "Second Candidate"
    with Store(data) as store:
        store.meetings.save_many([first, second])
    return first.id, second.id


def _saved_name(data: Path, meeting_id: str) -> str:
    with Store(data, read_only=True) as store:
        return store.meetings.get(meeting_id).candidate.name


class FakeClock:
    """Milliseconds that pass only when a test says so, for the autosave timers.

    On a busy machine a real timer fires late and a wall-clock bound fails for no
    fault of the app; here each timer fires exactly when it is due."""

    def __init__(self) -> None:
        self.now = 0
        self.timers: list[FakeTimer] = []

    def advance(self, ms: int) -> None:
        end = self.now + ms
        while due := [t for t in self.timers if t.active and t.due <= end]:
            timer = min(due, key=lambda t: t.due)
            self.now = timer.due
            timer.fire()
        self.now = end


class FakeTimer:
    """What the autosaver uses of QTimer, driven by a FakeClock."""

    def __init__(self, clock: FakeClock, *, singleShot: bool = False, interval: int = 0) -> None:
        self.clock = clock
        self.single_shot = singleShot
        self.interval = interval
        self.active = False
        self.due = 0
        self._slots: list = []
        self.timeout = self  # timer.timeout.connect(slot)
        clock.timers.append(self)

    def connect(self, slot) -> None:
        self._slots.append(slot)

    def start(self) -> None:
        self.active = True
        self.due = self.clock.now + self.interval

    def stop(self) -> None:
        self.active = False

    def isActive(self) -> bool:
        return self.active

    def fire(self) -> None:
        if self.single_shot:
            self.active = False
        else:
            self.due += self.interval
        for slot in self._slots:
            slot()


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(autosave, "QTimer", lambda _parent=None, **kw: FakeTimer(fake, **kw))
    return fake


@pytest.fixture
def window(qtbot, tmp_path, clock):
    data = tmp_path / "store"
    ids = _store_with_two(data)
    store = Store(data)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    win.select_meeting(ids[0])
    yield win, data, ids
    win.autosaver.flush()
    store.close()


def _save_times(win: MainWindow, clock: FakeClock) -> list[int]:
    times: list[int] = []
    win.autosaver.saved.connect(lambda _id: times.append(clock.now))
    return times


def test_an_edit_is_saved_within_two_seconds_and_survives_a_reopen(window, clock) -> None:
    win, data, (first, _) = window
    saved_at = _save_times(win, clock)
    doc = win.current_doc
    doc.push(SetFieldCommand(doc, "candidate.name", "Autosaved Name"))
    assert win.isWindowModified()
    clock.advance(rules.AUTOSAVE_MAX_DELAY_MS)
    # Saved once, after the quiet pause that follows the edit.
    assert saved_at == [rules.AUTOSAVE_DEBOUNCE_MS]
    assert rules.AUTOSAVE_DEBOUNCE_MS < rules.AUTOSAVE_MAX_DELAY_MS <= 2000
    assert not doc.is_modified
    assert not win.isWindowModified()
    assert win.autosaver.last_save_ms < 200, "a save must not freeze the window"
    assert _saved_name(data, first) == "Autosaved Name"
    listed = win.list_panel.model.index(win.list_panel.model.row_of(first)).data()
    assert listed.startswith("Autosaved Name")


def test_steady_typing_is_still_saved_within_the_upper_bound(window, clock) -> None:
    win, data, (first, _) = window
    saved_at = _save_times(win, clock)
    doc = win.current_doc
    # An edit every 300 ms never leaves the 800 ms pause the debounce waits for.
    for n in range(10):
        doc.push(SetFieldCommand(doc, "candidate.name", f"Typing {n}"))
        clock.advance(300)
    assert saved_at, "nothing was saved during steady typing"
    assert saved_at[0] == rules.AUTOSAVE_MAX_DELAY_MS
    # When the typing stops, the last of it is saved after the pause.
    assert doc.is_modified
    clock.advance(rules.AUTOSAVE_DEBOUNCE_MS)
    assert saved_at[1:] == [10 * 300 - 300 + rules.AUTOSAVE_DEBOUNCE_MS]
    assert not doc.is_modified
    assert _saved_name(data, first) == "Typing 9"


def test_switching_meetings_and_closing_save_at_once(qtbot, window) -> None:
    win, data, (first, second) = window
    doc = win.current_doc
    doc.push(SetFieldCommand(doc, "candidate.name", "Saved On Switch"))
    win.select_meeting(second)
    assert not doc.is_modified
    other = win.current_doc
    other.push(SetFieldCommand(other, "candidate.name", "Saved On Close"))
    win.close()
    assert not other.is_modified
    win.store.close()
    assert _saved_name(data, first) == "Saved On Switch"
    assert _saved_name(data, second) == "Saved On Close"


@pytest.mark.slow
def test_after_kill_9_the_store_has_the_autosaved_edit(tmp_path) -> None:
    data = tmp_path / "store"
    first, _ = _store_with_two(data)
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from meeting_planner.store import Store
        from meeting_planner.ui.core.commands import SetFieldCommand
        from meeting_planner.ui.window.main_window import MainWindow

        app = QApplication([])
        store = Store(Path({str(data)!r}))
        window = MainWindow(store)
        window.show()
        window.select_meeting({first!r})
        doc = window.current_doc
        saved = []
        window.autosaver.saved.connect(saved.append)
        doc.push(SetFieldCommand(doc, "candidate.name", "Before The Crash"))
        # The timers, not a close or an explicit flush, save the edit (when they
        # save it is checked on a fake clock above); a busy machine may fire them late.
        end = time.monotonic() + 30
        while not saved and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        print("edited" if saved else "never saved", flush=True)
        while True:
            app.processEvents()
            time.sleep(0.01)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, env=env, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "edited"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    with Store(data) as store:
        assert store.meetings.get(first).candidate.name == "Before The Crash"
