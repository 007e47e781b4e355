"""Undo commands the editor needs beyond the shared ones: replacing the case task whole."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain.model import CaseTask
from ...domain.serialize import from_dict, to_dict
from ..core.document import MeetingDocument


class SetCaseCommand(QUndoCommand):
    """Put a whole new case task in place (e.g. one filled from a library idea)."""

    def __init__(self, doc: MeetingDocument, case: CaseTask, label: str = ""):
        super().__init__(label or QCoreApplication.translate("Commands", "Fill the case"))
        self.doc = doc
        # Plain data, so later edits of the live case never change what undo restores.
        self.old = to_dict(doc.meeting.case)
        self.new = to_dict(case)

    def redo(self) -> None:
        self._load(self.new)

    def undo(self) -> None:
        self._load(self.old)

    def _load(self, state: dict) -> None:
        self.doc.meeting.set_field("case", from_dict(CaseTask, state))
        self.doc.notify("case")
