"""Saves edited meetings shortly after each edit, so a crash loses at most two seconds."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain import rules
from ...store.errors import StoreError
from ..shared.i18n import told

if TYPE_CHECKING:
    from ...store import Store
    from .document import MeetingDocument


class Autosaver(QObject):
    """Writes every modified document to the store after a quiet pause.

    A debounce timer restarts with each edit; a second timer, started by the
    first unsaved edit and never restarted, caps the wait, so steady typing is
    still saved within ``rules.AUTOSAVE_MAX_DELAY_MS``.
    """

    # The id of a meeting just written to the store.
    saved = Signal(str)
    # A message fit for the user when a save failed; the edits stay unsaved.
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._docs: list[MeetingDocument] = []
        self._quiet = QTimer(self, singleShot=True, interval=rules.AUTOSAVE_DEBOUNCE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=rules.AUTOSAVE_MAX_DELAY_MS)
        self._quiet.timeout.connect(self.flush)
        self._deadline.timeout.connect(self.flush)
        self.last_save_ms = 0.0
        self._last_error = ""

    def watch(self, doc: MeetingDocument) -> None:
        if doc in self._docs or doc.read_only:
            return
        self._docs.append(doc)
        doc.undo_stack.indexChanged.connect(self._edited)
        doc.recorded.connect(self._edited)

    def forget(self, doc: MeetingDocument) -> None:
        if doc in self._docs:
            self._docs.remove(doc)
            doc.undo_stack.indexChanged.disconnect(self._edited)
            doc.recorded.disconnect(self._edited)

    @property
    def pending(self) -> bool:
        return any(doc.is_modified for doc in self._docs)

    def _edited(self) -> None:
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush(self, doc: MeetingDocument | None = None) -> bool:
        """Save now (one document, or every modified one); False if a save failed."""
        if doc is None:
            self._quiet.stop()
            self._deadline.stop()
        targets = [d for d in ([doc] if doc else self._docs) if d.is_modified and not d.read_only]
        ok = True
        for target in targets:
            ok = self._save(target) and ok
        if not ok and doc is None:
            # Try again later rather than give up on unsaved work.
            self._deadline.start()
        return ok

    def _save(self, doc: MeetingDocument) -> bool:
        began = time.perf_counter()
        try:
            self.store.meetings.save(doc.meeting)
        except StoreError as error:
            message = told(error)
            if message != self._last_error:
                self._last_error = message
                self.failed.emit(message)
            return False
        self.last_save_ms = (time.perf_counter() - began) * 1000
        self._last_error = ""
        doc.mark_saved()
        self.saved.emit(doc.meeting_id)
        return True
