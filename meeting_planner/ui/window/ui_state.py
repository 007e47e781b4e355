"""Window geometry, splitter positions and the UI language, kept in the data folder
(never in system settings), readable before the meetings are opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter

STATE_FILE = "ui-state.ini"
_GEOMETRY = "window/geometry"
_WINDOW_STATE = "window/state"
_SPLITTER = "window/splitter"
_LANGUAGE = "ui/language"
# The meeting open when the app was closed (its id, nothing personal) and its tab.
_LAST_MEETING = "ui/last_meeting"
_LAST_TAB = "ui/last_tab"


class UiState:
    """Remembers how the user left the window, and the language chosen for it.

    Read before the store is opened, so the window can be built (in the right
    language) while the meetings load. Losing the file only means the window opens
    at its default size in the system's language."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / STATE_FILE
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow, splitter: QSplitter) -> bool:
        """Apply the saved layout; False when there is none (first start)."""
        geometry = self._settings.value(_GEOMETRY)
        if not isinstance(geometry, QByteArray) or geometry.isEmpty():
            return False
        window.restoreGeometry(geometry)
        self.restore_docks(window)
        sizes = self._settings.value(_SPLITTER)
        if isinstance(sizes, QByteArray):
            splitter.restoreState(sizes)
        return True

    def restore_docks(self, window: QMainWindow) -> None:
        """Put back the toolbars and docks; run again for docks added after ``restore``
        (the features' docks): QMainWindow.restoreState only places docks that exist."""
        state = self._settings.value(_WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            window.restoreState(state)

    def language(self) -> str | None:
        """The language chosen in View > Language ("system", "en", "sv", "da"), if any."""
        value = self._settings.value(_LANGUAGE)
        return value if isinstance(value, str) and value else None

    def set_language(self, choice: str) -> None:
        self._settings.setValue(_LANGUAGE, choice)
        self._settings.sync()

    def last_meeting(self) -> tuple[str, int]:
        """The meeting id and tab index open when the app was last closed ("" when none)."""
        meeting = self._settings.value(_LAST_MEETING)
        try:
            tab = int(self._settings.value(_LAST_TAB, 0))
        except (TypeError, ValueError):
            tab = 0
        return (meeting if isinstance(meeting, str) else "", tab)

    def set_last_meeting(self, meeting_id: str, tab: int) -> None:
        self._settings.setValue(_LAST_MEETING, meeting_id)
        self._settings.setValue(_LAST_TAB, tab)
        self._settings.sync()

    def save(self, window: QMainWindow, splitter: QSplitter) -> None:
        self._settings.setValue(_GEOMETRY, window.saveGeometry())
        self._settings.setValue(_WINDOW_STATE, window.saveState())
        self._settings.setValue(_SPLITTER, splitter.saveState())
        self._settings.sync()
