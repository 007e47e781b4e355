"""Meeting mode: the timer on screen with a fake clock, keys, markers, notes saved through the
store, the overrun warning, the mini timer and ending the meeting into the debrief."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from meeting_planner.domain.model import MarkerKind, Status
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.core.autosave import Autosaver
from meeting_planner.ui.core.document import MeetingDocument
from meeting_planner.ui.meeting_mode import MeetingModeController
from meeting_planner.ui.meeting_mode.window import MeetingModeWindow
from meeting_planner.ui.shared import messages
from meeting_planner.ui.window.main_window import MainWindow

DAY = datetime(2026, 9, 13, 9, 0)


class FakeClock:
    """Time that moves only when a test says so."""

    def __init__(self) -> None:
        self.seconds = 500.0
        self.wall = datetime(2026, 9, 14, 10, 0)

    def monotonic(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.seconds += seconds
        self.wall += timedelta(seconds=seconds)


@pytest.fixture(autouse=True)
def _no_surprise_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Meeting mode never shows a modal except the end confirmation, which tests answer."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda *a: shown.append("error"))
    monkeypatch.setattr(messages, "show_info", lambda *a: shown.append("info"))
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a: pytest.fail("unexpected question"))
    monkeypatch.setattr(messages, "ask_choice", lambda *a, **k: pytest.fail("unexpected question"))
    return shown


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def doc() -> MeetingDocument:
    return MeetingDocument(sample_meeting(DAY))


@pytest.fixture
def mode(qtbot, doc: MeetingDocument, clock: FakeClock) -> MeetingModeWindow:
    window = MeetingModeWindow(doc, clock=clock)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.start_meeting()
    return window


def _advance(mode: MeetingModeWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    mode.tick()


def test_the_screen_shows_the_block_its_points_time_and_the_next_block(mode, clock, doc) -> None:
    _advance(mode, clock, 125)
    welcome, following = doc.meeting.agenda[:2]
    assert mode.ui.block_title.text() == welcome.title
    assert mode.ui.talking_points == welcome.talking_points
    assert mode.ui.block_clock.text() == "01:55"  # 4 min block, 2:05 gone
    assert mode.ui.meeting_clock.text() == "02:05"
    assert "87:55 left" in mode.ui.meeting_detail.text()
    assert following.title in mode.ui.next_label.text()
    assert mode.ui.block_title.textFormat() == Qt.TextFormat.PlainText


def test_keys_move_on_and_back(qtbot, mode, doc) -> None:
    titles = [b.title for b in doc.meeting.agenda]
    for key, expected in (
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Space, 2),
        (Qt.Key.Key_PageDown, 3),
        (Qt.Key.Key_Left, 2),
        (Qt.Key.Key_PageUp, 1),
    ):
        qtbot.keyClick(mode, key)
        assert mode.ui.block_title.text() == titles[expected], key


def test_the_block_clock_restarts_for_each_block_while_the_meeting_clock_runs_on(
    qtbot, mode, clock
) -> None:
    _advance(mode, clock, 200)
    qtbot.keyClick(mode, Qt.Key.Key_Right)
    _advance(mode, clock, 30)
    assert mode.status.block_elapsed == 30
    assert mode.ui.block_clock.text() == "07:30"  # 8 min pitch
    assert mode.ui.meeting_clock.text() == "03:50"


def test_a_pause_does_not_count(qtbot, mode, clock) -> None:
    _advance(mode, clock, 60)
    qtbot.keyClick(mode, Qt.Key.Key_P)
    _advance(mode, clock, 600)
    assert mode.ui.meeting_clock.text() == "01:00"
    assert "Paused" in mode.ui.warning.text()
    assert mode.ui.pause_button.text() == "Resume"
    qtbot.keyClick(mode, Qt.Key.Key_P)
    _advance(mode, clock, 15)
    assert mode.ui.meeting_clock.text() == "01:15"
    assert mode.ui.warning.text() == ""


def test_an_overrun_turns_the_clock_amber_and_says_so_without_a_dialog(mode, clock) -> None:
    _advance(mode, clock, 3 * 60 + 30)
    assert "About a minute left" in mode.ui.warning.text()
    assert mode.ui.block_clock.property("state") in (None, "")
    _advance(mode, clock, 40)
    assert mode.status.block_overrun
    assert mode.ui.block_clock.text() == "+00:10"
    assert mode.ui.block_clock.property("state") == "overrun"
    assert "Over time by 00:10" in mode.ui.warning.text()


def test_the_meeting_time_left_counts_to_the_booked_end(qtbot, mode, clock, doc) -> None:
    for _ in doc.meeting.agenda[1:]:
        qtbot.keyClick(mode, Qt.Key.Key_Right)
    _advance(mode, clock, 91 * 60)
    assert mode.status.meeting_overrun
    assert "over by 01:00" in mode.ui.meeting_detail.text()
    assert "Last block" in mode.ui.next_label.text()


def test_markers_are_stamped_with_block_and_time_and_undo_takes_them_back(
    qtbot, mode, clock, doc
) -> None:
    qtbot.keyClick(mode, Qt.Key.Key_Right)
    _advance(mode, clock, 95)
    qtbot.keyClick(mode, Qt.Key.Key_C)
    _advance(mode, clock, 5)
    qtbot.keyClick(mode, Qt.Key.Key_S)
    concern, signal = doc.meeting.run.markers
    pitch = doc.meeting.agenda[1]
    assert (concern.kind, concern.block_id, concern.elapsed_seconds) == (
        MarkerKind.CONCERN,
        pitch.id,
        95,
    )
    assert (signal.kind, signal.elapsed_seconds, signal.at) == (MarkerKind.SIGNAL, 100, clock.wall)
    assert doc.meeting.run.started_at == datetime(2026, 9, 14, 10, 0)
    assert "Strong signal marked at 01:40" in mode.ui.marked.text()
    qtbot.keyClick(mode, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [m.kind for m in doc.meeting.run.markers] == [MarkerKind.CONCERN]


def test_n_opens_the_note_field_and_typing_there_is_not_a_key_command(qtbot, mode, doc) -> None:
    qtbot.keyClick(mode, Qt.Key.Key_N)
    assert QApplication.focusWidget() is mode.note_edit
    qtbot.keyClicks(mode.note_edit, "Solid answers")
    block = doc.meeting.agenda[0]
    assert doc.meeting.run.note_for(block.id).text == "Solid answers"
    # Letters typed as notes stamp no markers and the space moves no block.
    assert doc.meeting.run.markers == []
    assert mode.status.index == 0
    qtbot.keyClick(mode.note_edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is not mode.note_edit
    qtbot.keyClick(mode, Qt.Key.Key_Right)
    assert mode.note_edit.toPlainText() == ""
    qtbot.keyClick(mode, Qt.Key.Key_Left)
    assert mode.note_edit.toPlainText() == "Solid answers"
    # The whole run of typing is one undo step.
    doc.undo_stack.undo()
    assert doc.meeting.run.note_for(block.id) is None
    assert mode.note_edit.toPlainText() == ""


def test_notes_reach_the_store_through_autosave(qtbot, tmp_path, clock) -> None:
    meeting = sample_meeting(DAY)
    store = Store(tmp_path / "store")
    store.meetings.save(meeting)
    doc = MeetingDocument(store.meetings.get(meeting.id))
    saver = Autosaver(store)
    saver.watch(doc)
    window = MeetingModeWindow(doc, clock=clock)
    qtbot.addWidget(window)
    window.show()
    window.start_meeting()
    window.focus_note()
    qtbot.keyClicks(window.note_edit, "Asked about on-call")
    window.mark(MarkerKind.SIGNAL)
    qtbot.waitUntil(lambda: not doc.is_modified, timeout=5000)
    store.close()
    with Store(tmp_path / "store", read_only=True) as again:
        run = again.meetings.get(meeting.id).run
    assert run.note_for(meeting.agenda[0].id).text == "Asked about on-call"
    assert [m.kind for m in run.markers] == [MarkerKind.SIGNAL]


def test_ending_marks_held_and_carries_the_notes_into_the_debrief(
    qtbot, mode, clock, doc, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "ask_choice", lambda _p, title, *_a, **_k: asked.append(title) or "end"
    )
    case = doc.meeting.agenda[3]
    for _ in range(3):
        qtbot.keyClick(mode, Qt.Key.Key_Right)
    _advance(mode, clock, 12 * 60 + 5)
    qtbot.keyClick(mode, Qt.Key.Key_S)
    mode.note_edit.setPlainText("Went for the query plan first.")
    ended: list[str] = []
    mode.ended.connect(ended.append)
    qtbot.keyClick(mode, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    meeting = doc.meeting
    assert asked and ended == [meeting.id]
    assert meeting.status == Status.HELD and meeting.ended_at == clock.wall
    assert f"[{case.title}, 12:05] strong signal" in meeting.debrief.resonated
    assert f"[{case.title}] Went for the query plan first." in meeting.debrief.reasons
    assert not mode.isVisible()
    doc.undo_stack.undo()
    assert meeting.status == Status.PLANNED and meeting.ended_at is None
    assert meeting.debrief.resonated == "" and meeting.debrief.reasons == ""


def test_saying_no_to_the_end_changes_nothing(qtbot, mode, doc, monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask_choice", lambda *a, **k: None)
    assert not mode.end_meeting()
    assert doc.meeting.status == Status.PLANNED and doc.undo_stack.count() == 0
    assert mode.isVisible()


def test_the_mini_timer_stays_on_top_and_follows_the_clock(qtbot, mode, clock) -> None:
    qtbot.keyClick(mode, Qt.Key.Key_M)
    mini = mode.mini_timer
    assert mini is not None and mini.isVisible()
    assert mini.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    _advance(mode, clock, 60)
    assert mini.block_clock.text() == "03:00"
    _advance(mode, clock, 200)
    assert mini.block_clock.text() == "+00:20"
    assert mini.block_clock.property("state") == "overrun"
    qtbot.keyClick(mode, Qt.Key.Key_M)
    assert not mini.isVisible() and not mode.ui.mini_button.isChecked()


def test_f11_toggles_full_screen_and_escape_leaves_it(qtbot, mode) -> None:
    qtbot.keyClick(mode, Qt.Key.Key_F11)
    qtbot.waitUntil(mode.isFullScreen)
    qtbot.keyClick(mode, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not mode.isFullScreen())


def test_a_read_only_meeting_shows_the_timer_but_takes_no_notes(qtbot, clock) -> None:
    doc = MeetingDocument(sample_meeting(DAY), read_only=True)
    window = MeetingModeWindow(doc, clock=clock)
    qtbot.addWidget(window)
    window.show()
    assert not window.ui.start_button.isEnabled()
    window.start_meeting()
    qtbot.keyClick(window, Qt.Key.Key_C)
    assert doc.meeting.run.markers == []
    assert window.note_edit.isReadOnly() and not window.ui.end_button.isEnabled()
    assert not window.end_meeting()


def test_the_main_window_starts_meeting_mode_with_f5_and_keeps_its_timer(
    qtbot, tmp_path, clock, monkeypatch
) -> None:
    with Store(tmp_path / "store") as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        meeting = sample_meeting(DAY)
        assert window.add_meeting(meeting)
        controller = window.findChild(MeetingModeController)
        controller.clock = clock
        action = controller.action
        assert action in window.menu("meeting").actions()
        assert action in window.toolbar.actions()
        assert action.shortcut() == QKeySequence("F5")
        assert action.isEnabled()
        action.trigger()
        mode = controller.windows[meeting.id]
        qtbot.addWidget(mode)
        _advance(mode, clock, 90)
        assert mode.status.meeting_elapsed == 0, "the clock waits for Start"
        assert store.run_clocks.get(meeting.id) is None
        mode.start_meeting()
        _advance(mode, clock, 90)
        mode.close()
        clock.advance(30)
        action.trigger()
        again = controller.windows[meeting.id]
        assert again.status.meeting_elapsed == 120, "closing the window does not stop the meeting"
        monkeypatch.setattr(messages, "ask_choice", lambda *a, **k: "end")
        assert again.end_meeting()
        assert meeting.id not in controller.sessions
        assert "held" in window.statusBar().currentMessage()
        editor = window.editors[meeting.id]
        assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Debrief"
        window.close()
    with Store(tmp_path / "store", read_only=True) as reader:
        saved = reader.meetings.get(meeting.id)
    assert saved.status == Status.HELD and saved.ended_at == clock.wall


def test_meeting_mode_carries_on_after_the_app_was_closed_mid_meeting(
    qtbot, tmp_path, clock, monkeypatch
) -> None:
    data = tmp_path / "store"
    meeting = sample_meeting(DAY)
    with Store(data) as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        assert window.add_meeting(meeting)
        controller = window.findChild(MeetingModeController)
        controller.clock = clock
        controller.action.trigger()
        mode = controller.windows[meeting.id]
        qtbot.addWidget(mode)
        mode.start_meeting()
        _advance(mode, clock, 90)
        mode.next_block()
        _advance(mode, clock, 30)
        assert store.run_clocks.get(meeting.id) is not None
        mode.close()
        window.close()

    # The app starts again a minute later: a new process, so a new monotonic clock.
    later = FakeClock()
    later.seconds = 5.0
    later.wall = clock.wall + timedelta(seconds=60)
    with Store(data) as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        window.select_meeting(meeting.id)
        from meeting_planner.ui.editor.header import MeetingHeader

        header = window.editors[meeting.id].findChild(MeetingHeader)
        # Still under way, before meeting mode is opened again: the header and the list.
        assert header.details_label.text().endswith("In progress")
        model = window.list_panel.model
        row_text = model.data(model.index(model.row_of(meeting.id)))
        assert "· In progress" in row_text, row_text
        controller = window.findChild(MeetingModeController)
        controller.clock = later
        controller.action.trigger()
        mode = controller.windows[meeting.id]
        qtbot.addWidget(mode)
        status = mode.status
        assert status.index == 1, "on the block it had moved to"
        assert status.meeting_elapsed == 90 + 30 + 60, "the meeting went on meanwhile"
        assert status.block_elapsed == 30 + 60
        assert "carries on" in window.statusBar().currentMessage()
        monkeypatch.setattr(messages, "ask_choice", lambda *a, **k: "end")
        assert mode.end_meeting()
        assert store.run_clocks.get(meeting.id) is None
        assert header.details_label.text().endswith("Held")
        assert "· Held" in model.data(model.index(model.row_of(meeting.id)))
        window.close()


def test_the_window_opens_ready_and_the_clock_waits_for_start(qtbot, doc, clock) -> None:
    window = MeetingModeWindow(doc, clock=clock)
    qtbot.addWidget(window)
    window.show()
    assert not window.running
    assert window.ui.start_button.isVisible() and window.ui.rehearse_button.isVisible()
    assert not window.ui.next_button.isVisible() and not window.ui.end_button.isVisible()
    assert window.ui.banner.text().startswith("Ready.")
    _advance(window, clock, 300)
    qtbot.keyClick(window, Qt.Key.Key_Right)  # no effect before the start
    qtbot.keyClick(window, Qt.Key.Key_C)
    status = window.status
    assert (status.index, status.meeting_elapsed) == (0, 0)
    assert window.ui.schedule.text() == "On schedule"
    assert doc.meeting.run.markers == [] and doc.undo_stack.count() == 0
    started: list[str] = []
    window.started.connect(started.append)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert started == [doc.meeting.id] and window.running and not window.rehearsing
    assert window.session.started_at == clock.wall
    _advance(window, clock, 62)
    assert window.status.meeting_elapsed == 62
    assert not window.ui.start_button.isVisible() and window.ui.next_button.isVisible()


def test_on_another_day_than_planned_the_ready_banner_says_so_first(qtbot, doc, clock) -> None:
    clock.wall = doc.meeting.start - timedelta(days=1)
    window = MeetingModeWindow(doc, clock=clock)
    qtbot.addWidget(window)
    window.show()
    banner = window.ui.banner.text()
    assert banner.startswith("This meeting is planned for ") and ", not today." in banner
    assert "Ready." in banner
    clock.wall = doc.meeting.start.replace(hour=8)  # the day itself, before the hour
    window = MeetingModeWindow(doc, clock=clock)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.banner.text().startswith("Ready.")


def test_a_rehearsal_runs_the_clock_and_records_nothing(qtbot, doc, clock) -> None:
    window = MeetingModeWindow(doc, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert window.rehearsing and window.windowTitle().startswith("Rehearsal: ")
    assert "no note, marker or end is recorded" in window.ui.banner.text()
    _advance(window, clock, 90)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_C)
    qtbot.keyClick(window, Qt.Key.Key_S)
    window.note_edit.setPlainText("should not be kept")
    assert window.status.index == 1
    assert not window.note_edit.isEnabled()
    assert window.ui.end_button.text() == "End rehearsal"
    ended: list[str] = []
    window.rehearsal_ended.connect(ended.append)
    assert window.end_meeting()  # no question: there is nothing to end
    assert ended == [doc.meeting.id] and not window.isVisible()
    meeting = doc.meeting
    assert meeting.status == Status.PLANNED and meeting.run.is_empty
    assert doc.undo_stack.count() == 0


def test_leave_closes_the_window_and_the_meeting_runs_on(qtbot, mode, clock, doc) -> None:
    _advance(mode, clock, 30)
    qtbot.keyClick(mode, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not mode.isVisible()
    clock.advance(45)
    assert mode.status.meeting_elapsed == 75
    assert doc.meeting.status == Status.PLANNED


def test_leave_in_the_end_question_keeps_the_meeting_running(mode, doc, monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask_choice", lambda *a, **k: "leave")
    assert not mode.end_meeting()
    assert not mode.isVisible()
    assert doc.meeting.status == Status.PLANNED and doc.undo_stack.count() == 0


def _contrast(a, b) -> float:
    def luminance(colour) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b_ = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light palette", "dark palette"])
def test_the_end_question_is_readable_over_meeting_mode(qtbot, mode, dark: bool) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QLabel

    palette = QPalette(QColor("#2b2b2b")) if dark else QPalette(QColor("#efefef"))
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(palette)
    try:
        box, _ = messages.choice_box(
            mode, "End the meeting", "End the meeting now?", [("end", "End meeting")], "end"
        )
        qtbot.addWidget(box)
        box.show()
        image = box.grab().toImage()
        label = next(w for w in box.findChildren(QLabel) if w.text() == "End the meeting now?")
        area = label.geometry()
        colours = {
            image.pixelColor(x, y).rgb()
            for x in range(area.left(), area.right(), 2)
            for y in range(area.top(), area.bottom(), 2)
        }
        background = image.pixelColor(area.left() + 1, area.top() + 1)
        darkest = max((QColor.fromRgb(c) for c in colours), key=lambda c: _contrast(c, background))
        assert _contrast(darkest, background) >= 4.5, "the question's text must be readable"
        assert background.lightness() < 128 if dark else background.lightness() > 128
    finally:
        app.setPalette(before)


def test_talking_points_say_the_offers_figures(mode, doc) -> None:
    doc.meeting.agenda[0].talking_points = ["Salary: {salary}", "Remote: {remote_days} days"]
    mode.tick()
    assert mode.ui.talking_points == ["Salary: 52,000–64,000 SEK a month", "Remote: 3 days"]
