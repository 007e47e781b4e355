"""One open meeting in the app: the domain object, its undo stack and change signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...domain.coach import Review, review
from ...domain.model import Meeting

# The meeting's fields that record what was done with it rather than what the plan is:
# kept with MeetingDocument.record, never an undo step, and never undone by one.
RECORDED = ("invites",)


class MeetingDocument(QObject):
    """Holds a Meeting while it is edited.

    Every edit is a QUndoCommand pushed with :meth:`push`; commands change the
    meeting through its methods and then call :meth:`notify` with what changed.
    Views listen to ``changed`` and decide themselves whether it concerns them.
    "Modified" means the undo stack is not at its clean (saved) index, or something
    was recorded (see :meth:`record`) since the last save.

    ``changed`` carries a topic: ``"agenda"``, ``"participants"``,
    ``"criteria"``, ``"debrief"`` or a dotted field path such as
    ``"candidate.name"`` (a path also concerns views of its parents).
    """

    changed = Signal(str)
    # The review after any change; the coach panel and balance bar follow it.
    reviewed = Signal(object)
    # Something was recorded that is no edit (see record): the autosaver saves it.
    recorded = Signal()
    # Meeting mode's clock started or stopped for this meeting (True while it runs).
    running_changed = Signal(bool)

    def __init__(self, meeting: Meeting, *, read_only: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.meeting = meeting
        self.read_only = read_only
        self.undo_stack = QUndoStack(self)
        self._review: Review | None = None
        self._unsaved_record = False
        self.running = False

    @property
    def meeting_id(self) -> str:
        return self.meeting.id

    def push(self, command: QUndoCommand) -> bool:
        """Run an edit; refused (False) when the document is read-only."""
        if self.read_only:
            return False
        self.undo_stack.push(command)
        return True

    def record(self, path: str, value: object) -> bool:
        """Keep what was done with the meeting, which is no change the user made to the
        plan: the calendar invite issued and its sequence number. Saved as edits are,
        but no undo step, so the first Undo still takes back the user's last edit; and
        Undo never takes it back (a calendar ignores an invite whose number went back).
        Only the fields in RECORDED may be kept so. Refused (False) when read-only."""
        if self.read_only:
            return False
        if path not in RECORDED:
            raise ValueError(f"{path} is an edit, not a record: push an undo command")
        self.meeting.set_field(path, value)
        self._unsaved_record = True
        self.recorded.emit()
        self.notify(path)
        return True

    def set_running(self, running: bool) -> None:
        """Whether the meeting is under way in meeting mode (its clock runs, even with
        the window closed): a state of the app, not of the plan, so nothing is saved."""
        if running != self.running:
            self.running = running
            self.running_changed.emit(running)

    def notify(self, topic: str) -> None:
        self._review = None
        self.changed.emit(topic)
        self.reviewed.emit(self.review())

    def review(self) -> Review:
        """The coach's review of the current state (cached until the next change)."""
        if self._review is None:
            from ..shared.i18n import installed_language

            # The coach speaks to the manager, so in the app's language; the
            # brief, made for the meeting, uses the meeting's language itself.
            self._review = review(self.meeting, language=installed_language())
        return self._review

    @property
    def is_modified(self) -> bool:
        return self._unsaved_record or not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self._unsaved_record = False
        self.undo_stack.setClean()


def concerns(topic: str, path: str) -> bool:
    """Whether a change to ``topic`` concerns a view of ``path`` (same, parent or child).

    The empty topic means the whole meeting changed."""
    return (
        not topic or topic == path or topic.startswith(path + ".") or path.startswith(topic + ".")
    )
