"""Follow-up in the main window: the Due view, the overdue notice at start, status actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QVBoxLayout

from ...domain import rules
from ...domain.followup import DueItem, DueState, due_items, with_details
from ..shared.icons import action_icon
from .notice import OverdueNotice
from .status_actions import SetFieldsCommand, StatusActions

if TYPE_CHECKING:
    from ...domain.model import Meeting
    from ..window.frame import WindowFrame
    from .view import DueView

# Ctrl+D already duplicates a meeting; a shared shortcut would make both silent.
DUE_SHORTCUT = "Ctrl+Shift+D"


class DueFeature(QObject):
    """Keeps the Due view and the overdue notice in step with the store and the clock."""

    def __init__(self, window: WindowFrame, clock: Callable[[], datetime] = datetime.now):
        super().__init__(window)
        self.setObjectName("DueFeature")
        self.window = window
        self.clock = clock
        self._view: DueView | None = None
        self.dock = QDockWidget(self.tr("Due follow-ups"), window)
        self.dock.setObjectName("DueDock")
        # It comes back where the user left it, but only when asked for: never over the
        # editor at start (the notice says when something is overdue).
        self.dock.setProperty("startsHidden", True)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._visibility_changed)

        self.action = QAction(
            action_icon("appointment-soon", "due"), self.tr("&Due follow-ups"), window
        )
        self.action.setIconText(self.tr("Due"))
        self.action.setShortcut(QKeySequence(DUE_SHORTCUT))
        self.action.setStatusTip(self.tr("What each candidate is waiting for, overdue first"))
        self.action.setToolTip(self.action.statusTip())
        self.action.triggered.connect(lambda _checked=False: self.show_due())
        window.menu("view").addAction(self.action)
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.action)

        self.notice = OverdueNotice(window)
        self.notice.show_requested.connect(lambda: self.show_due("overdue"))
        layout = window.centralWidget().layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.notice)

        self.status_actions = StatusActions(window, clock=lambda: self.clock())
        self._timer = QTimer(self)
        self._timer.setInterval(rules.DUE_REFRESH_SECONDS * 1000)
        self._timer.timeout.connect(self.refresh)
        # The list model changes whenever the store does (saves, imports, deletes).
        list_model = window.list_panel.model
        for signal in (
            list_model.modelReset,
            list_model.rowsInserted,
            list_model.rowsRemoved,
            list_model.dataChanged,
        ):
            signal.connect(self._store_changed)
        self._refresh_pending = False
        self._shown_before = False
        window.settled.connect(self.announce_overdue)

    @property
    def view(self) -> DueView:
        """The Due view in the dock, made when first shown (most starts never show it)."""
        if self._view is None:
            from .view import DueView

            self._view = DueView()
            self._view.open_requested.connect(self.open_meeting)
            self.dock.setWidget(self._view)
        return self._view

    # -- what is due -----------------------------------------------------------------
    def items(self) -> list[DueItem]:
        """Everything owed, from the store, with open meetings as they are on screen."""
        now = self.clock()
        open_meetings = {doc_id: doc.meeting for doc_id, doc in self.window.docs.items()}
        summaries = self.window.store.meetings.list()
        sources = [
            open_meetings.get(source.id, source)
            for source in with_details(summaries, self._load, now)
        ]
        known = {s.id for s in summaries}
        extra = [m for i, m in open_meetings.items() if i not in known]
        return due_items([*sources, *extra], now)

    def refresh(self) -> None:
        self._refresh_pending = False
        self.view.set_items(self.items(), self.clock())

    def announce_overdue(self) -> None:
        """At start: say what is overdue in the status bar and the notice, without blocking."""
        overdue = self._update_notice()
        if overdue:
            if len(overdue) == 1:
                text = self.tr("One follow-up is overdue: see View > Due follow-ups")
            else:
                text = self.tr("{0} follow-ups are overdue: see View > Due follow-ups")
            self.window.statusBar().showMessage(text.format(len(overdue)))

    def _update_notice(self) -> list[DueItem]:
        overdue = [i for i in self.items() if i.state is DueState.OVERDUE]
        self.notice.set_overdue(overdue, self.clock())
        return overdue

    def show_due(self, filter_key: str | None = None) -> None:
        self.refresh()
        if filter_key is not None:
            self.view.set_filter(filter_key)
        first_time = not self._shown_before
        self._shown_before = True
        self.dock.show()
        self.dock.raise_()
        self.notice.hide()
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        if first_time and self.window.dockWidgetArea(self.dock) == bottom:
            # A third of the window shows a dozen rows without crowding the editor.
            height = self.window.height() // 3
            self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)
        self.view.table.setFocus()

    def open_meeting(self, meeting_id: str) -> None:
        self.window.select_meeting(meeting_id)

    # -- keeping up ---------------------------------------------------------------------
    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.refresh()
            self._timer.start()
        else:
            self._timer.stop()

    def _store_changed(self, *_args: object) -> None:
        if self.dock.isVisible() and not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self.refresh)
        if self.notice.isVisible():
            QTimer.singleShot(0, self._update_notice)

    def _load(self, meeting_id: str) -> Meeting | None:
        from ...store import StoreError

        try:
            return self.window.store.meetings.get(meeting_id)
        except StoreError:
            return None


def install(window: WindowFrame) -> DueFeature:
    return DueFeature(window)


__all__ = ["DueFeature", "SetFieldsCommand", "StatusActions", "install"]
