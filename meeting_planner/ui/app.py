"""Starts the desktop app: the Qt application, the store (with its problems) and the window.

For start-up timing and smoke tests, the environment variable
MEETING_PLANNER_QUIT_AFTER_SHOW=1 quits on the first event-loop turn after the
window is shown (before the meetings are opened); =list quits once the meetings
are listed, =ready once the selected meeting's editor is on screen, and =settled
once the start-up work that waits for the editor is done too. Each prints the
moment of quitting as ``shown-at SECONDS`` on the monotonic clock, so a benchmark
can time the start without the exit.
"""

from __future__ import annotations

import gc
import os
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..assets import resource
from .window.ui_state import UiState

if TYPE_CHECKING:
    from ..store import Store

QUIT_AFTER_SHOW = "MEETING_PLANNER_QUIT_AFTER_SHOW"
# Where earlier versions kept the UI language (now in the window's state file).
LEGACY_LANGUAGE_SETTING = "ui_language"
APP_ID = "meeting-planner"


def app_icon() -> QIcon:
    """The app icon: the SVG, which scales to any size; the PNG only where Qt cannot
    load SVG (reading the PNG as well would cost every start a few milliseconds)."""
    icon = QIcon(str(resource("icons", "meeting-planner.svg")))
    return QIcon(str(resource("icons", "meeting-planner.png"))) if icon.isNull() else icon


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


def run(data_dir: Path, argv: list[str] | None = None, open_files: list[Path] | None = None) -> int:
    """Open the meetings in ``data_dir`` in the main window; returns the exit code.

    The window appears first, in the language chosen for it (kept with the
    window's state, so it is known before the meetings are opened); the store is
    opened on the first turn of the event loop. A damaged or locked store is
    explained in a dialog over the window; choosing Quit there returns 1 with
    nothing changed. Nothing is added to the store here: on an empty store the
    welcome lets the user choose how to begin. ``open_files`` (meeting files or
    filled forms, as the desktop's "Open with" passes them) are opened once the
    window is ready, as if dropped on it.
    """
    app = application(argv)
    from .shared import i18n, messages
    from .window.main_window import MainWindow

    data_dir = Path(data_dir)
    ui_state = UiState(data_dir)
    i18n.install(i18n.resolve(ui_state.language()), app)
    window = MainWindow(data_dir=data_dir, ui_state=ui_state, defer_features=True)
    window.show()
    quit_after = os.environ.get(QUIT_AFTER_SHOW, "")
    opened: list[Store] = []

    def open_meetings() -> None:
        try:
            from .window.store_dialogs import open_store

            store = open_store(data_dir, window)
            if store is None:
                app.exit(1)
                return
            opened.append(store)
            window.attach_store(store)
        except Exception as error:  # a slot must not swallow it and leave an empty window
            traceback.print_exc()
            messages.show_error(
                window,
                QCoreApplication.translate("App", "Meetings cannot be opened"),
                f"{type(error).__name__}: {error}",
            )
            app.exit(1)
            return
        _adopt_stored_language(store, window.ui_state)
        if quit_after == "list":
            QTimer.singleShot(0, lambda: _quit_for_timing(app))
            return
        window.ready.connect(_start_up_done)
        if open_files:
            window.ready.connect(
                lambda: window.ops.open_dropped(list(open_files)),
                Qt.ConnectionType.SingleShotConnection,
            )
        if quit_after in ("ready", "settled"):
            signal = window.ready if quit_after == "ready" else window.settled
            signal.connect(lambda: _quit_for_timing(app), Qt.ConnectionType.QueuedConnection)
        window.start()

    if quit_after in ("", "list", "ready", "settled"):
        QTimer.singleShot(0, open_meetings)
    else:
        QTimer.singleShot(0, lambda: _quit_for_timing(app))
    code = app.exec()
    try:
        # Quitting the event loop some other way than closing still saves every edit.
        if window.isVisible():
            window.close()
        elif window.autosaver is not None:
            window.autosaver.flush()
    finally:
        for store in opened:
            store.close()
    return code


def _adopt_stored_language(store: Store, ui_state: UiState) -> None:
    """Earlier versions kept the language choice in the store: move it to the window's
    state, where the next start finds it before opening the store."""
    from ..store.errors import StoreError

    choice = store.settings.get(LEGACY_LANGUAGE_SETTING)
    if ui_state.language() is None and isinstance(choice, str) and not store.read_only:
        ui_state.set_language(choice)
        try:
            store.settings.delete(LEGACY_LANGUAGE_SETTING)
        except StoreError:
            pass  # the window's state has the choice now; the old copy is only unused


def _start_up_done() -> None:
    """Everything made so far lives as long as the app: keep the cyclic collector off
    it (gc.freeze), and turn the collector on if start-up had turned it off.

    Freezing without collecting first also keeps start-up's cyclic leftovers: about
    300 small objects, against the 15 ms a full collection would pause the window."""
    gc.freeze()
    gc.enable()


def _quit_for_timing(app: QApplication) -> None:
    """End the event loop; run() closes the window after it, as for any other way out.

    Not app.quit(): that closes the window inside the loop, and the last window
    closing asks to quit a second time. That request outlives the loop, and when a
    later event loop handles it (say, a test after run() in the same process) it
    leaves Qt quitting: every QEventLoop after it returns at once, timers never fire."""
    print(f"shown-at {time.monotonic():.6f}", flush=True)
    app.exit(0)
