"""Meeting mode in the main window: "Start meeting mode" (F5) opens the running meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle

from .clock import Clock, SystemClock, wall_time

if TYPE_CHECKING:
    from ..main_window import MainWindow
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
    carries on with the same clock, until the meeting is ended.
    """

    def __init__(self, window: MainWindow, clock: Clock | None = None):
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
        self.action.setIcon(
            QIcon.fromTheme(
                "media-playback-start",
                window.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
            )
        )
        tip = tr("Run the meeting from its plan: timer, talking points, quick notes")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(lambda _checked=False: self.start())

    def start(self) -> MeetingModeWindow | None:
        """Open (or bring back) meeting mode for the meeting on screen."""
        from ...domain.meeting_run import RunTimer
        from .window import MeetingModeWindow, RunSession

        doc = self.window.current_doc
        if doc is None:
            return None
        meeting_id = doc.meeting_id
        mode = self.windows.get(meeting_id)
        if mode is None:
            session = self.sessions.get(meeting_id)
            if session is None:
                session = RunSession(
                    RunTimer.start(doc.meeting.agenda, self.clock.monotonic()),
                    wall_time(self.clock, doc.meeting.start),
                )
                self.sessions[meeting_id] = session
            mode = MeetingModeWindow(doc, session, self.clock)
            mode.ended.connect(self._ended)
            mode.destroyed.connect(lambda _obj=None, i=meeting_id: self.windows.pop(i, None))
            self.windows[meeting_id] = mode
        mode.show()
        mode.raise_()
        mode.activateWindow()
        return mode

    def _ended(self, meeting_id: str) -> None:
        self.sessions.pop(meeting_id, None)
        mode = self.windows.pop(meeting_id, None)
        if mode is not None:
            mode.deleteLater()
        self.window.autosaver.flush()
        self.window.select_meeting(meeting_id)
        self.window.statusBar().showMessage(
            self.tr("The meeting is marked as held; your notes and markers are in the debrief.")
        )


def install(window: MainWindow) -> MeetingModeController:
    controller = MeetingModeController(window)
    window.menu("meeting").addAction(controller.action)
    window.toolbar.addSeparator()
    window.toolbar.addAction(controller.action)
    # Enabled exactly when a meeting is on screen, like the window's other meeting actions.
    window.actions.meeting_actions.append(controller.action)
    controller.action.setEnabled(window.current_doc is not None)
    return controller
