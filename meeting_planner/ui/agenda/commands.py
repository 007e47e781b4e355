"""Agenda edits that change more than one part of the meeting in a single undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain.model import AgendaBlock, CaseTask
from ...domain.serialize import from_dict, to_dict
from ..core.document import MeetingDocument


class AddCaseBlockCommand(QUndoCommand):
    """Add a case block and make its idea the meeting's case task, undone together."""

    def __init__(self, doc: MeetingDocument, block: AgendaBlock, index: int, case: CaseTask):
        super().__init__(
            QCoreApplication.translate("AgendaCommands", "Add case {0}").format(block.title)
        )
        self.doc, self.block, self.index = doc, block, index
        # Plain-data copies, so later edits of the live case task cannot reach them.
        self.old_case = to_dict(doc.meeting.case)
        self.new_case = to_dict(case)

    def redo(self) -> None:
        self.doc.meeting.add_block(self.block, self.index)
        self.doc.meeting.case = from_dict(CaseTask, self.new_case)
        self._notify()

    def undo(self) -> None:
        self.doc.meeting.remove_block(self.block.id)
        self.doc.meeting.case = from_dict(CaseTask, self.old_case)
        self._notify()

    def _notify(self) -> None:
        self.doc.notify("case")
        self.doc.notify("agenda")
