"""Meeting mode: the running meeting on one screen, driven by single keys, with quick notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...domain import rules
from ...domain.meeting_run import RunStatus, RunTimer, mmss
from ...domain.model import MarkerKind
from ...domain.plain import record
from ..core.document import MeetingDocument, concerns
from ..shared import messages
from ..shared.formatting import format_moment
from .clock import Clock, SystemClock, wall_time
from .commands import RUN_TOPIC, AddMarkerCommand, EndMeetingCommand, SetBlockNoteCommand
from .layout import MeetingModeLayout
from .mini_timer import MiniTimer
from .style import STYLESHEET, scale_for, set_state, use_palette

# How long the line confirming a marker stays, in seconds of the meeting clock.
_MARKED_SHOWN_SECONDS = 4.0

# Meeting mode's single keys: (key, the window's method, what it does). Ready keys work
# before the start, run keys once the clock runs; Help > Keyboard shortcuts lists both.
READY_KEYS: tuple[tuple[Qt.Key, str, str], ...] = (
    (
        Qt.Key.Key_Return,
        "start_meeting",
        QT_TRANSLATE_NOOP("MeetingModeWindow", "Start the meeting"),
    ),
    (Qt.Key.Key_R, "start_rehearsal", QT_TRANSLATE_NOOP("MeetingModeWindow", "Rehearse")),
)
RUN_KEYS: tuple[tuple[Qt.Key, str, str], ...] = (
    (Qt.Key.Key_Right, "next_block", QT_TRANSLATE_NOOP("MeetingModeWindow", "Next block")),
    (Qt.Key.Key_Space, "next_block", QT_TRANSLATE_NOOP("MeetingModeWindow", "Next block")),
    (Qt.Key.Key_PageDown, "next_block", QT_TRANSLATE_NOOP("MeetingModeWindow", "Next block")),
    (Qt.Key.Key_Left, "previous_block", QT_TRANSLATE_NOOP("MeetingModeWindow", "Previous block")),
    (Qt.Key.Key_PageUp, "previous_block", QT_TRANSLATE_NOOP("MeetingModeWindow", "Previous block")),
    (
        Qt.Key.Key_P,
        "toggle_pause",
        QT_TRANSLATE_NOOP("MeetingModeWindow", "Pause or resume the clocks"),
    ),
    (Qt.Key.Key_C, "mark_concern", QT_TRANSLATE_NOOP("MeetingModeWindow", "Mark a concern")),
    (Qt.Key.Key_S, "mark_signal", QT_TRANSLATE_NOOP("MeetingModeWindow", "Mark a strong signal")),
    (
        Qt.Key.Key_N,
        "focus_note",
        QT_TRANSLATE_NOOP("MeetingModeWindow", "Write a note on the block"),
    ),
    (
        Qt.Key.Key_M,
        "toggle_mini_timer",
        QT_TRANSLATE_NOOP("MeetingModeWindow", "Mini timer on or off"),
    ),
)
# Keys with modifiers, as shortcuts of the window: (key sequence, method, what it does).
WINDOW_KEYS: tuple[tuple[str, str, str], ...] = (
    ("F11", "toggle_full_screen", QT_TRANSLATE_NOOP("MeetingModeWindow", "Full screen on or off")),
    (
        "Ctrl+E",
        "end_meeting",
        QT_TRANSLATE_NOOP("MeetingModeWindow", "End the meeting or rehearsal"),
    ),
    ("Ctrl+W", "leave", QT_TRANSLATE_NOOP("MeetingModeWindow", "Leave; the meeting runs on")),
)


@record
class RunSession:
    """One meeting's timer and when it started by the wall clock. The controller keeps it
    in the store's meeting clocks too, so it survives the app closing or crashing.

    A rehearsal runs the same clock through the same blocks, but records nothing: no
    notes, no markers, no end, nothing kept in the store.
    """

    timer: RunTimer
    started_at: datetime
    rehearsal: bool = False


class MeetingModeWindow(QWidget):
    """The current block, its talking points and time, the meeting's time and the next block.

    Without a session the window opens ready: the first block and the plan on screen, the
    clocks at zero, until the manager presses Start (the meeting) or Rehearse (a dry run
    that records nothing). Every figure comes from the clock on each tick, so the display
    is right whenever it is drawn; the timer only decides how often that is.
    """

    # The meeting was ended here (its id); the window closes itself afterwards.
    ended = Signal(str)
    # The timer moved to another block, or was paused or resumed (the meeting's id).
    timer_changed = Signal(str)
    # The clock was started, for the meeting or a rehearsal (the meeting's id).
    started = Signal(str)
    # A rehearsal was ended: nothing was recorded (the meeting's id).
    rehearsal_ended = Signal(str)
    # The window was closed (the meeting's id); a started meeting runs on.
    closed = Signal(str)

    def __init__(
        self,
        doc: MeetingDocument,
        session: RunSession | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.doc = doc
        self.clock = clock or SystemClock()
        self.session: RunSession | None = session
        # Before Start, the screen shows the plan on a clock standing at zero.
        self._ready_timer = RunTimer.start(doc.meeting.agenda, self.clock.monotonic())
        self._ready_timer.toggle_pause(self.clock.monotonic())
        self._shown_block = ""
        self._marked_until = 0.0
        self.setObjectName("MeetingMode")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLESHEET)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(self._title())
        self.ui = MeetingModeLayout(self, read_only=doc.read_only)
        use_palette(self)
        self.note_edit: QPlainTextEdit = self.ui.note_edit
        self.note_edit.textChanged.connect(self._note_edited)
        self.note_edit.installEventFilter(self)
        self.mini_timer: MiniTimer | None = None
        self._connect_buttons()
        self._add_shortcuts()
        doc.changed.connect(self._doc_changed)
        self.ticker = QTimer(self, interval=rules.RUN_TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self.resize(*_default_size(self))
        self._show_phase()
        self.tick()

    # -- what the keys and buttons do ------------------------------------------------
    @property
    def timer(self) -> RunTimer:
        return self.session.timer if self.session is not None else self._ready_timer

    @property
    def running(self) -> bool:
        """The clock was started, for the meeting or a rehearsal."""
        return self.session is not None

    @property
    def rehearsing(self) -> bool:
        return self.session is not None and self.session.rehearsal

    @property
    def recording(self) -> bool:
        """Notes, markers and the end go into the meeting: a started, real, editable one."""
        return self.running and not self.rehearsing and not self.doc.read_only

    def start_meeting(self) -> bool:
        """Start the meeting's clock now; False when it already runs."""
        return self._start(rehearsal=False)

    def start_rehearsal(self) -> bool:
        """Run through the plan on a clock that records nothing."""
        return self._start(rehearsal=True)

    def _start(self, *, rehearsal: bool) -> bool:
        if self.session is not None:
            return False
        timer = RunTimer.start(self.doc.meeting.agenda, self.clock.monotonic())
        self.session = RunSession(timer, self._wall(), rehearsal=rehearsal)
        self._show_phase()
        self.tick()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.started.emit(self.doc.meeting_id)
        return True

    def leave(self) -> None:
        """Close meeting mode; a started meeting's clock runs on, and F5 brings it back."""
        self.close()

    def next_block(self) -> None:
        if not self.running:
            return
        if self.timer.next_block(self.doc.meeting.agenda, self.clock.monotonic()):
            self.tick()
            self.timer_changed.emit(self.doc.meeting_id)

    def previous_block(self) -> None:
        if not self.running:
            return
        if self.timer.previous_block(self.doc.meeting.agenda, self.clock.monotonic()):
            self.tick()
            self.timer_changed.emit(self.doc.meeting_id)

    def toggle_pause(self) -> None:
        if not self.running:
            return
        self.timer.toggle_pause(self.clock.monotonic())
        self.tick()
        self.timer_changed.emit(self.doc.meeting_id)

    def mark(self, kind: MarkerKind) -> None:
        """Stamp a marker on the current block at the meeting's time."""
        if not self.recording:
            return
        status = self.tick()
        block_id = status.block.id if status.block else ""
        command = AddMarkerCommand(
            self.doc, kind, block_id, self._wall(), status.meeting_elapsed, self.session.started_at
        )
        if not self.doc.push(command):
            return
        self._marked_until = self.clock.monotonic() + _MARKED_SHOWN_SECONDS
        what = self.tr("Concern") if kind == MarkerKind.CONCERN else self.tr("Strong signal")
        self.ui.marked.setText(
            self.tr("{0} marked at {1}").format(what, mmss(status.meeting_elapsed))
        )
        self._show_marker_counts()

    def mark_concern(self) -> None:
        self.mark(MarkerKind.CONCERN)

    def mark_signal(self) -> None:
        self.mark(MarkerKind.SIGNAL)

    def focus_note(self) -> None:
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.note_edit.moveCursor(self.note_edit.textCursor().MoveOperation.End)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def toggle_mini_timer(self) -> None:
        if self.mini_timer is not None and self.mini_timer.isVisible():
            self.mini_timer.close()
            return
        if self.mini_timer is None:
            self.mini_timer = MiniTimer()
            self.mini_timer.closed.connect(lambda: self.ui.mini_button.setChecked(False))
            self.mini_timer.activated.connect(self._come_back)
        self.mini_timer.show_status(self.tick())
        self.mini_timer.show()
        self.ui.mini_button.setChecked(True)

    def end_meeting(self) -> bool:
        """Ask, then end the meeting as one undoable step; True when it ended. "Leave"
        in the same question closes the window and lets the meeting run on. A rehearsal
        ends without a question, having recorded nothing."""
        if self.rehearsing:
            self.rehearsal_ended.emit(self.doc.meeting_id)
            self.close()
            return True
        if not self.recording:
            return False
        ended_at = self._wall()
        answer = messages.ask_choice(
            self,
            self.tr("End the meeting"),
            self.tr(
                "End the meeting now, at {0}? It is marked as held, and your notes and "
                "markers are carried into the debrief. Undo takes this back.\n\n"
                "Leave closes meeting mode and lets the meeting's clock run on."
            ).format(ended_at.strftime("%H:%M")),
            [("end", self.tr("End meeting")), ("leave", self.tr("Leave, keep it running"))],
            default="end",
        )
        if answer == "leave":
            self.leave()
            return False
        if answer != "end":
            return False
        self.doc.push(EndMeetingCommand(self.doc, ended_at, self.session.started_at))
        self.ended.emit(self.doc.meeting_id)
        self.close()
        return True

    # -- the display -----------------------------------------------------------------------
    def tick(self) -> RunStatus:
        """Redraw from the clock; returns what was shown."""
        status = self.timer.status(self.doc.meeting, self.clock.monotonic())
        self.ui.show_status(status, self.doc.meeting)
        if not self.running:
            # The standing clock is not a pause: nothing has started yet.
            self.ui.warning.setText("")
            status = replace(status, paused=False)
        set_state(self.ui.block_clock, _clock_state(status))
        set_state(self.ui.meeting_clock, "overrun" if status.meeting_overrun else "")
        self.ui.clock_of_day.setText(self._wall().strftime("%H:%M"))
        if self.ui.marked.text() and self.clock.monotonic() >= self._marked_until:
            self.ui.marked.clear()
        block_id = status.block.id if status.block else ""
        if block_id != self._shown_block:
            self._shown_block = block_id
            self._show_note()
        if self.mini_timer is not None and self.mini_timer.isVisible():
            self.mini_timer.show_status(status)
        return status

    @property
    def status(self) -> RunStatus:
        """Where the meeting stands now (the screen is brought up to date with it)."""
        return self.tick()

    def _show_note(self) -> None:
        note = self.doc.meeting.run.note_for(self._shown_block)
        text = note.text if note else ""
        if self.note_edit.toPlainText() != text:
            with QSignalBlocker(self.note_edit):
                self.note_edit.setPlainText(text)
        self.note_edit.setEnabled(bool(self._shown_block) and self.recording)
        self._show_marker_counts()

    def _show_marker_counts(self) -> None:
        markers = self.doc.meeting.run.markers
        concerns_n = sum(1 for m in markers if m.kind == MarkerKind.CONCERN)
        self.ui.marker_counts.setText(
            self.tr("Markers so far: concerns {0} · strong signals {1}").format(
                concerns_n, len(markers) - concerns_n
            )
        )

    # -- edits -------------------------------------------------------------------------------
    def _note_edited(self) -> None:
        if not self._shown_block or not self.recording:
            return
        text = self.note_edit.toPlainText()[: rules.LONG_TEXT_MAX]
        note = self.doc.meeting.run.note_for(self._shown_block)
        if text != (note.text if note else ""):
            command = SetBlockNoteCommand(
                self.doc, self._shown_block, text, self.session.started_at
            )
            self.doc.push(command)

    def _doc_changed(self, topic: str) -> None:
        if concerns(topic, RUN_TOPIC) or concerns(topic, "agenda"):
            self.tick()
            self._show_note()
        if not topic or topic.startswith(("candidate", "role", "title")):
            self.setWindowTitle(self._title())

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, mods = event.key(), event.modifiers()
        plain = not mods & ~Qt.KeyboardModifier.KeypadModifier
        keys = RUN_KEYS if self.running else READY_KEYS
        methods = {k: name for k, name, _ in keys}
        if not self.running:
            methods[Qt.Key.Key_Enter] = "start_meeting"  # the keypad's Enter too
        if plain and key in methods:
            getattr(self, methods[key])()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Esc in the note field hands the keys back to the meeting.
        if (
            watched is self.note_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _add_shortcuts(self) -> None:
        for keys, name, _what in WINDOW_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(getattr(self, name))
        # Undo here too: a stray marker or a wrong end is taken back without leaving the room.
        self.undo_action = self.doc.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.doc.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.addActions([self.undo_action, self.redo_action])

    def _connect_buttons(self) -> None:
        ui = self.ui
        ui.back_button.clicked.connect(self.previous_block)
        ui.next_button.clicked.connect(self.next_block)
        ui.pause_button.clicked.connect(self.toggle_pause)
        ui.concern_button.clicked.connect(lambda: self.mark(MarkerKind.CONCERN))
        ui.signal_button.clicked.connect(lambda: self.mark(MarkerKind.SIGNAL))
        ui.mini_button.clicked.connect(lambda _checked=False: self.toggle_mini_timer())
        ui.full_button.clicked.connect(self.toggle_full_screen)
        ui.end_button.clicked.connect(self.end_meeting)
        ui.start_button.clicked.connect(self.start_meeting)
        ui.rehearse_button.clicked.connect(self.start_rehearsal)
        ui.leave_button.clicked.connect(self.leave)

    def _show_phase(self) -> None:
        """Ready, running or rehearsing: the buttons, the banner and the title follow."""
        start = self.doc.meeting.start
        self.ui.show_phase(
            running=self.running,
            rehearsal=self.rehearsing,
            read_only=self.doc.read_only,
            # Started on another day, a meeting is marked held on the wrong day: worth a
            # word before Start (the wrong meeting chosen, or a rehearsal meant).
            planned_for="" if self._wall().date() == start.date() else format_moment(start),
        )
        self.note_edit.setEnabled(bool(self._shown_block) and self.recording)
        self.setWindowTitle(self._title())

    # -- window ---------------------------------------------------------------------------------
    def showEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.ticker.start()
        self.tick()
        # The keys belong to the meeting until the manager asks for the note field.
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.ui.apply_scale(scale_for(self.width(), self.height()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.ticker.stop()
        if self.mini_timer is not None:
            self.mini_timer.close()
            self.mini_timer.deleteLater()
            self.mini_timer = None
        super().closeEvent(event)
        self.closed.emit(self.doc.meeting_id)

    def _come_back(self) -> None:
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()

    def _wall(self) -> datetime:
        return wall_time(self.clock, self.doc.meeting.start)

    def _title(self) -> str:
        meeting = self.doc.meeting
        name = meeting.candidate.name or meeting.title or self.tr("Meeting")
        if self.rehearsing:
            return self.tr("Rehearsal: {0}").format(name)
        return self.tr("Meeting mode: {0}").format(name)


def _clock_state(status: RunStatus) -> str:
    if status.paused:
        return "paused"
    return "overrun" if status.block_overrun else ""


def _default_size(widget: QWidget) -> tuple[int, int]:
    screen = widget.screen().availableGeometry() if widget.screen() else None
    if screen is None:
        return 1280, 800
    return min(1280, int(screen.width() * 0.95)), min(800, int(screen.height() * 0.92))
