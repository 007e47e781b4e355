"""Watches the team folder: QFileSystemWatcher for changes as they happen, a periodic
look as the fallback (network shares and some sync engines send no notifications).
Each look judges the folder against the store and says what is waiting."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ...domain import rules
from ..shared.i18n import told

if TYPE_CHECKING:
    from ...store import Store
    from ...teamfolder import Inbox


class TeamFolderWatcher(QObject):
    """Looks at the folder after it changes (once the changes settle) and every few minutes."""

    # The inbox after a look: its new and changed files are waiting.
    looked = Signal(object)
    # A look failed (the folder is gone, the store is closed...): a message for the user.
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.folder: Path | None = None
        self.language = "en"
        self.tag = ""
        self.inbox: Inbox | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._settle = QTimer(self, singleShot=True, interval=rules.TEAM_FOLDER_SETTLE_MS)
        self._settle.timeout.connect(self.look)
        self._rescan = QTimer(self, interval=rules.TEAM_FOLDER_RESCAN_SECONDS * 1000)
        self._rescan.timeout.connect(self.look)

    def watch(self, folder: Path | None) -> None:
        """Watch ``folder`` (None: stop watching)."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self.folder = folder
        self.inbox = None
        if folder is None:
            self._rescan.stop()
            return
        if folder.is_dir():
            self._watcher.addPath(str(folder))
        self._rescan.start()

    def look(self) -> Inbox | None:
        """Judge the folder now; emits ``looked`` (or ``failed``)."""
        from ...batch import collector_paused
        from ...store import StoreError
        from ...teamfolder import read_inbox, remember

        if self.folder is None:
            return None
        if not self.folder.is_dir():
            self.failed.emit(str(self.folder))
            return None
        if str(self.folder) not in self._watcher.directories():
            self._watcher.addPath(str(self.folder))
        try:
            with collector_paused():
                inbox = read_inbox(self.store, self.folder, tag=self.tag, language=self.language)
            remember(self.store, inbox)
        except (StoreError, OSError) as error:
            self.failed.emit(told(error))
            return None
        self.inbox = inbox
        self.looked.emit(inbox)
        return inbox
