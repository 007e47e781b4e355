"""Undo commands of meeting mode: a block's quick notes, a marker, and ending the meeting."""

from __future__ import annotations

from copy import deepcopy
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain.meeting_run import end_meeting, remove_marker, set_block_note, stamp_marker
from ...domain.model import Marker, MarkerKind
from ..core.document import MeetingDocument

# Typing into one block's notes merges into one command, like other text fields.
_ID_BLOCK_NOTE = 1101

# The topic meeting-mode commands notify: notes and markers live in ``run``.
RUN_TOPIC = "run"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingModeCommands", text)


class _RunCommand(QUndoCommand):
    """Records the meeting's start with its first note or marker, and forgets it on undo."""

    def __init__(self, doc: MeetingDocument, text: str, started_at: datetime):
        super().__init__(text)
        self.doc, self.started_at = doc, started_at
        self.started_before = doc.meeting.run.started_at

    def _start(self) -> None:
        if self.doc.meeting.run.started_at is None:
            self.doc.meeting.run.started_at = self.started_at

    def _unstart(self) -> None:
        self.doc.meeting.run.started_at = self.started_before


class SetBlockNoteCommand(_RunCommand):
    def __init__(self, doc: MeetingDocument, block_id: str, text: str, started_at: datetime):
        title = doc.meeting.block(block_id).title
        super().__init__(doc, _tr("Note on {0}").format(title), started_at)
        self.block_id, self.new = block_id, text
        note = doc.meeting.run.note_for(block_id)
        self.old = note.text if note else ""

    def id(self) -> int:
        return _ID_BLOCK_NOTE

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, SetBlockNoteCommand) or other.doc is not self.doc:
            return False
        if other.block_id != self.block_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._start()
        set_block_note(self.doc.meeting, self.block_id, self.new)
        self.doc.notify(RUN_TOPIC)

    def undo(self) -> None:
        set_block_note(self.doc.meeting, self.block_id, self.old)
        self._unstart()
        self.doc.notify(RUN_TOPIC)


class AddMarkerCommand(_RunCommand):
    def __init__(
        self,
        doc: MeetingDocument,
        kind: MarkerKind,
        block_id: str,
        at: datetime,
        elapsed_seconds: float,
        started_at: datetime,
        text: str = "",
    ):
        label = _tr("Mark a concern") if kind == MarkerKind.CONCERN else _tr("Mark a strong signal")
        super().__init__(doc, label, started_at)
        self.kind, self.block_id, self.elapsed, self.text = kind, block_id, elapsed_seconds, text
        self.at = at
        self.marker: Marker | None = None

    def redo(self) -> None:
        self._start()
        self.marker = stamp_marker(
            self.doc.meeting, self.kind, self.block_id, self.at, self.elapsed, self.text
        )
        self.doc.notify(RUN_TOPIC)

    def undo(self) -> None:
        if self.marker is not None:
            remove_marker(self.doc.meeting, self.marker)
        self._unstart()
        self.doc.notify(RUN_TOPIC)


class EndMeetingCommand(_RunCommand):
    """Held at the end time, with the notes and markers carried into the debrief: one step."""

    def __init__(self, doc: MeetingDocument, ended_at: datetime, started_at: datetime):
        super().__init__(doc, _tr("End the meeting"), started_at)
        meeting = doc.meeting
        self.ended_at = ended_at
        self.before = (meeting.status, meeting.ended_at, deepcopy(meeting.debrief))

    def redo(self) -> None:
        self._start()
        end_meeting(self.doc.meeting, self.ended_at)
        self.doc.notify("")

    def undo(self) -> None:
        status, ended_at, debrief = self.before
        self.doc.meeting.status, self.doc.meeting.ended_at = status, ended_at
        self.doc.meeting.debrief = deepcopy(debrief)
        self._unstart()
        self.doc.notify("")
