"""Reminders that reach the manager while the app runs, also minimised to the tray: a
desktop notification when an answer or decision falls due today or is overdue, at
most once a day for each, which opens the meeting's feedback composer when clicked."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ...domain import rules
from ...domain.followup import DueItem, DueState, What, due_items, open_items, with_details
from ...domain.reminders import remembered, to_remind

if TYPE_CHECKING:
    from ...domain.model import Meeting
    from ..window.frame import WindowFrame

_SHOWN_KEY = "reminders/shown"
_TO_TRAY_KEY = "reminders/minimise_to_tray"
# How long a notification stays, where the desktop lets the app choose.
NOTIFICATION_MS = 15_000
# The first look waits until the app has settled after start-up.
FIRST_CHECK_MS = 3_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


class Tray(Protocol):
    """What the notifier needs of a tray icon (QSystemTrayIcon, or a fake in tests)."""

    def showMessage(  # noqa: N802 (Qt's name)
        self, title: str, text: str, icon: QIcon | QSystemTrayIcon.MessageIcon, msecs: int
    ) -> None: ...


class ShownLog:
    """Which reminders were shown on which day, kept beside the window's state so a
    restart does not repeat them."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def load(self) -> dict[str, date]:
        raw = self.settings.value(_SHOWN_KEY, "")
        try:
            data = json.loads(raw) if isinstance(raw, str) and raw else {}
            return {str(k): date.fromisoformat(v) for k, v in data.items()}
        except (ValueError, TypeError, AttributeError):
            return {}

    def save(self, shown: dict[str, date]) -> None:
        self.settings.setValue(_SHOWN_KEY, json.dumps({k: d.isoformat() for k, d in shown.items()}))
        self.settings.sync()


class ReminderNotifier(QObject):
    """Looks at the deadlines every few minutes and notifies of what became due.

    ``clock`` gives the time and ``tray`` shows the message (tests give fakes);
    ``items`` gives what is owed, by default from the store and the open meetings."""

    def __init__(
        self,
        window: WindowFrame,
        *,
        tray: Tray | None,
        log: ShownLog,
        clock: Callable[[], datetime] = datetime.now,
        items: Callable[[datetime], list[DueItem]] | None = None,
    ):
        super().__init__(window)
        self.setObjectName("ReminderNotifier")
        self.window = window
        self.tray = tray
        self.log = log
        self.clock = clock
        self._items = items or self._store_items
        # The meeting the last notification was about: a click opens it.
        self.last_meeting: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(rules.REMINDER_CHECK_SECONDS * 1000)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> list[DueItem]:
        """Notify of what is due today or overdue and not shown today; returns it."""
        from ...store import StoreError

        now = self.clock()
        try:
            owed = self._items(now)
        except StoreError:
            # The store is closing or locked away: the next look tries again.
            return []
        shown = self.log.load()
        fresh = to_remind(open_items(owed), now, shown)
        if not fresh:
            return []
        self.log.save(remembered(shown, fresh, now))
        self.last_meeting = fresh[0].id
        title, text = notification(fresh)
        if self.tray is not None:
            icon = QSystemTrayIcon.MessageIcon.Warning
            if all(item.state is not DueState.OVERDUE for item in fresh):
                icon = QSystemTrayIcon.MessageIcon.Information
            self.tray.showMessage(title, text, icon, NOTIFICATION_MS)
        else:
            self.window.statusBar().showMessage(status_line(fresh))
        return fresh

    def open_last(self) -> bool:
        """The notification was clicked: show its meeting's feedback composer."""
        if self.last_meeting is None:
            return False
        from ..debrief import FeedbackComposer, show_tab

        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        return self.window.select_meeting(self.last_meeting) and show_tab(
            self.window, FeedbackComposer
        )

    def _store_items(self, now: datetime) -> list[DueItem]:
        due = self.window.findChild(QObject, "DueFeature")
        if due is not None and hasattr(due, "items"):
            return due.items()
        store = self.window.store
        if store is None:
            return []
        return due_items(with_details(store.meetings.list(), self._load, now), now)

    def _load(self, meeting_id: str) -> Meeting | None:
        from ...store import StoreError

        try:
            return self.window.store.meetings.get(meeting_id)
        except StoreError:
            return None


def notification(items: list[DueItem]) -> tuple[str, str]:
    """The title and text of one notification about ``items`` (overdue first)."""
    first = items[0]
    who = first.candidate or first.title or _tr("a candidate")
    feedback = first.what is What.FEEDBACK
    if first.state is DueState.OVERDUE:
        title = (
            _tr("Overdue: the answer to {0}") if feedback else _tr("Overdue: the decision on {0}")
        )
    elif feedback:
        title = _tr("Due today at {1}: the answer to {0}")
    else:
        title = _tr("Due today at {1}: the decision on {0}")
    title = title.format(who, first.due.strftime("%H:%M"))
    text = _tr("Click to open the feedback composer.")
    more = _more(items)
    return title, f"{more} {text}" if more else text


def status_line(items: list[DueItem]) -> str:
    """The same said in the status bar, where there is nothing to click."""
    title, _text = notification(items)
    more = _more(items)
    return f"{title}. {more}" if more else title


def _more(items: list[DueItem]) -> str:
    more = len(items) - 1
    if more == 1:
        return _tr("And 1 more follow-up.")
    if more > 1:
        return _tr("And {0} more follow-ups.").format(more)
    return ""


class TrayPresence(QObject):
    """The app's icon in the system tray: it shows the notifications, brings the window
    back when clicked, and takes the window in when minimised (when the user wants)."""

    def __init__(self, window: WindowFrame, settings: QSettings):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.icon = QSystemTrayIcon(window.windowIcon(), window)
        self.icon.setToolTip(_tr("Meeting Planner"))
        menu = QMenu(window)
        show = QAction(_tr("&Show Meeting Planner"), menu)
        show.triggered.connect(self.restore)
        quit_action = QAction(_tr("&Quit"), menu)
        quit_action.triggered.connect(window.close)
        menu.addActions([show, quit_action])
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)
        self.to_tray = QAction(_tr("Minimise to the &tray"), window)
        self.to_tray.setCheckable(True)
        self.to_tray.setChecked(self.settings.value(_TO_TRAY_KEY, "false") == "true")
        self.to_tray.setStatusTip(
            _tr("When minimised, the window goes to the tray; reminders still come")
        )
        self.to_tray.toggled.connect(self._remember_choice)
        window.installEventFilter(self)
        self.icon.show()

    def restore(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.restore()

    def _remember_choice(self, checked: bool) -> None:
        self.settings.setValue(_TO_TRAY_KEY, "true" if checked else "false")
        self.settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.window
            and event.type() == QEvent.Type.WindowStateChange
            and self.to_tray.isChecked()
            and self.window.windowState() & Qt.WindowState.WindowMinimized
        ):
            QTimer.singleShot(0, self.window.hide)
        return False


def install_reminders(window: WindowFrame) -> ReminderNotifier:
    """The tray icon where the desktop has a tray, and the notifier, whose first look
    comes a few seconds from now (the app installs them once the window has settled)."""
    settings = QSettings(str(window.ui_state.path), QSettings.Format.IniFormat)
    presence = TrayPresence(window, settings) if QSystemTrayIcon.isSystemTrayAvailable() else None
    notifier = ReminderNotifier(
        window, tray=presence.icon if presence is not None else None, log=ShownLog(settings)
    )
    if presence is not None:
        presence.icon.messageClicked.connect(notifier.open_last)
        window.menu("view").addAction(presence.to_tray)
    # A timer of the notifier's own, so a closed window takes the pending look with it.
    first = QTimer(notifier)
    first.setSingleShot(True)
    first.setInterval(FIRST_CHECK_MS)
    first.timeout.connect(notifier.start)
    first.start()
    return notifier
