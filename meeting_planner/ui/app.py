"""Starts the desktop app: the Qt application, the store (with its problems) and the window.

For start-up timing and smoke tests, the environment variable
MEETING_PLANNER_QUIT_AFTER_SHOW=1 quits as soon as the window is shown (before the
selected meeting's editor is built); MEETING_PLANNER_QUIT_AFTER_SHOW=ready quits
once that editor is on screen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..assets import resource

QUIT_AFTER_SHOW = "MEETING_PLANNER_QUIT_AFTER_SHOW"
APP_ID = "meeting-planner"


def app_icon() -> QIcon:
    """The app icon: the SVG scales to any size, the PNG serves where SVG is not loaded."""
    icon = QIcon()
    for name in ("meeting-planner.svg", "meeting-planner.png"):
        path = resource("icons", name)
        if path.is_file():
            icon.addFile(str(path))
    return icon


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created with the app's name and icon if not there yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("Meeting Planner")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    # Lets desktop shells match the window to resources/meeting-planner.desktop.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def run(data_dir: Path, argv: list[str] | None = None) -> int:
    """Open the meetings in ``data_dir`` in the main window; returns the exit code.

    A damaged or locked store is explained in a dialog first; choosing Quit
    there returns 1 with nothing changed. Nothing is added to the store here:
    on an empty store the welcome lets the user choose how to begin.
    """
    app = application(argv)
    from . import i18n, language_dialog
    from .main_window import MainWindow
    from .store_dialogs import open_store

    # The store's dialogs speak the system's language; the user's choice is in the store.
    i18n.install(i18n.resolve(i18n.FOLLOW_SYSTEM), app)
    store = open_store(Path(data_dir))
    if store is None:
        return 1
    with store:
        chosen = i18n.resolve(store.settings.get(i18n.SETTING, i18n.FOLLOW_SYSTEM))
        if chosen != i18n.installed_language():
            i18n.install(chosen, app)
        window = MainWindow(store, defer_features=True)
        language_dialog.install(window)
        window.show()
        quit_after = os.environ.get(QUIT_AFTER_SHOW, "")
        if quit_after and quit_after != "ready":
            QTimer.singleShot(0, app.quit)
        else:
            if quit_after == "ready":
                window.ready.connect(app.quit, Qt.ConnectionType.QueuedConnection)
            window.start()
        code = app.exec()
        # Quitting the event loop some other way than closing still saves every edit.
        if window.isVisible():
            window.close()
        else:
            window.autosaver.flush()
    return code
