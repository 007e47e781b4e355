"""Meeting mode in the main window: "Start meeting mode" (F5) opens the running meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..shared.icons import action_icon
from .clock import Clock, SystemClock

if TYPE_CHECKING:
    from ..window.frame import WindowFrame
    from .window import MeetingModeWindow, RunSession

__all__ = ["MeetingModeController", "MeetingModeWindow", "RunSession", "install"]


def __getattr__(name: str) -> Any:
    # The meeting-mode window loads when meeting mode is first started, not with the
    # main window (it is most of this package's import time).
    if name in ("MeetingModeWindow", "RunSession"):
        from . import window

        return getattr(window, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class MeetingModeController(QObject):
    """Opens meeting mode for the selected meeting and keeps each meeting's timer.

    Closing the meeting-mode window does not stop its meeting: opening it again
    carries on with the same clock, until the meeting is ended. The clock is also
    kept in the store (``run_clocks``) on every change, so after the app was closed
    or crashed mid-meeting, meeting mode carries on where it was, counting the
    time in between as meeting time unless the timer was paused.
    """

    def __init__(self, window: WindowFrame, clock: Clock | None = None):
        super().__init__(window)
        self.setObjectName("MeetingModeController")
        self.window = window
        self.clock: Clock = clock or SystemClock()
        self.sessions: dict[str, RunSession] = {}
        self.windows: dict[str, MeetingModeWindow] = {}
        tr = self.tr
        self.action = QAction(tr("Start &meeting mode"), window)
        self.action.setShortcut(QKeySequence("F5"))
        self.action.setIconText(tr("Meeting mode"))
        self.action.setIcon(action_icon("media-playback-start", "meeting-mode"))
        tip = tr("Run the meeting from its plan: timer, talking points, quick notes")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        # A meeting whose clock was kept when the app closed is still under way: its
        # header says so as soon as it is open, before meeting mode is opened again.
        window.editor_created.connect(self._mark_kept_clock)
        for editor in window.editors.values():
            self._mark_kept_clock(editor)
        store = window.store
        for meeting_id in store.run_clocks.meeting_ids() if store is not None else ():
            window.list_panel.model.set_running(meeting_id, True)
        self.action.triggered.connect(lambda _checked=False: self.start())

    def start(self) -> MeetingModeWindow | None:
        """Open (or bring back) meeting mode for the meeting on screen: a meeting already
        running carries on; otherwise the window opens ready, and its Start runs the clock."""
        from .window import MeetingModeWindow

        doc = self.window.current_doc
        if doc is None:
            return None
        meeting_id = doc.meeting_id
        mode = self.windows.get(meeting_id)
        if mode is None:
            session = self.sessions.get(meeting_id) or self._kept_session(meeting_id)
            if session is not None:
                self.sessions[meeting_id] = session
                doc.set_running(not session.rehearsal)
            mode = MeetingModeWindow(doc, session, self.clock)
            mode.started.connect(lambda started_id, m=mode: self._started(started_id, m))
            mode.closed.connect(self._window_closed)
            mode.ended.connect(self._ended)
            mode.rehearsal_ended.connect(self._rehearsal_ended)
            mode.timer_changed.connect(self._keep)
            mode.destroyed.connect(lambda _obj=None, i=meeting_id: self.windows.pop(i, None))
            self.windows[meeting_id] = mode
        mode.show()
        mode.raise_()
        mode.activateWindow()
        return mode

    def _started(self, meeting_id: str, mode: MeetingModeWindow) -> None:
        if mode.session is None:
            return
        self.sessions[meeting_id] = mode.session
        mode.doc.set_running(not mode.session.rehearsal)
        self._keep(meeting_id)

    def _window_closed(self, meeting_id: str) -> None:
        """Leaving keeps a meeting running; a rehearsal, or a window never started, goes."""
        session = self.sessions.get(meeting_id)
        if session is not None and not session.rehearsal:
            return
        self.sessions.pop(meeting_id, None)
        mode = self.windows.pop(meeting_id, None)
        if mode is not None:
            mode.deleteLater()

    def _rehearsal_ended(self, meeting_id: str) -> None:
        self.sessions.pop(meeting_id, None)
        mode = self.windows.pop(meeting_id, None)
        if mode is not None:
            mode.deleteLater()
        self.window.statusBar().showMessage(
            self.tr("Rehearsal over: nothing in the meeting was changed.")
        )

    def _mark_kept_clock(self, editor: Any) -> None:
        store = self.window.store
        doc = editor.doc
        if doc.meeting_id in self.sessions or store is None:
            return
        if store.run_clocks.get(doc.meeting_id) is not None:
            doc.set_running(True)

    def _kept_session(self, meeting_id: str) -> RunSession | None:
        """The session kept in the store from before the app was last closed, if any."""
        from ...domain.meeting_run import RunTimer
        from ...domain.model import DomainError
        from .window import RunSession

        store = self.window.store
        record = store.run_clocks.get(meeting_id) if store is not None else None
        if record is None:
            return None
        try:
            timer, started_at = RunTimer.from_record(
                record, self.clock.monotonic(), self.clock.now()
            )
        except DomainError:
            return None  # unreadable: the meeting starts a fresh clock
        self.window.statusBar().showMessage(
            self.tr("Meeting mode carries on where it was when the app closed.")
        )
        return RunSession(timer, started_at)

    def _keep(self, meeting_id: str) -> None:
        """Write the meeting's clock to the store, so a crash or restart does not lose it."""
        from ...store.errors import StoreError, StoreReadOnly
        from ..shared.i18n import told

        session = self.sessions.get(meeting_id)
        store = self.window.store
        if session is None or session.rehearsal or store is None or store.read_only:
            return
        record = session.timer.to_record(
            self.clock.monotonic(), self.clock.now(), session.started_at
        )
        try:
            store.run_clocks.save(meeting_id, record)
        except StoreReadOnly:
            pass
        except StoreError as error:
            # The meeting goes on from memory; only a restart would lose its clock.
            self.window.statusBar().showMessage(
                self.tr("The meeting clock could not be kept: {0}").format(told(error))
            )

    def _ended(self, meeting_id: str) -> None:
        from ...store.errors import StoreError

        store = self.window.store
        if store is not None and not store.read_only:
            try:
                store.run_clocks.delete(meeting_id)
            except StoreError:
                pass  # a leftover clock only means meeting mode, opened again, goes on from it
        self.sessions.pop(meeting_id, None)
        mode = self.windows.pop(meeting_id, None)
        if mode is not None:
            mode.doc.set_running(False)
            mode.deleteLater()
        self.window.autosaver.flush()
        self.window.select_meeting(meeting_id)
        self._show_debrief(meeting_id)
        self.window.statusBar().showMessage(
            self.tr("The meeting is marked as held; your notes and markers are in the debrief.")
        )

    def _show_debrief(self, meeting_id: str) -> None:
        """After the meeting comes the debrief: its tab is where the manager lands."""
        from ..debrief.debrief_form import DebriefTab

        editor = self.window.editors.get(meeting_id)
        debrief = editor.find_page(DebriefTab) if editor is not None else None
        if debrief is not None:
            editor.tabs.setCurrentWidget(debrief)


def install(window: WindowFrame) -> MeetingModeController:
    controller = MeetingModeController(window)
    window.menu("meeting").addAction(controller.action)
    window.toolbar.addSeparator()
    window.toolbar.addAction(controller.action)
    # Enabled exactly when a meeting is on screen, like the window's other meeting actions.
    window.actions.meeting_actions.append(controller.action)
    controller.action.setEnabled(window.current_doc is not None)
    return controller
