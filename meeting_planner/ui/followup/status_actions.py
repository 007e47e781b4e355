"""Meeting menu actions that move a meeting along its status flow, each one undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoCommand

from ...domain.followup import transition, transition_problem
from ...domain.model import DomainError, Status
from ..shared import messages

if TYPE_CHECKING:
    from ..core.document import MeetingDocument
    from ..window.frame import WindowFrame


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusActions", text)


class SetFieldsCommand(QUndoCommand):
    """Set several fields at once (status with the times it implies) as one edit."""

    def __init__(self, doc: MeetingDocument, changes: dict[str, Any], label: str):
        super().__init__(label)
        self.doc = doc
        self.new = dict(changes)
        self.old = {path: doc.meeting.get_field(path) for path in changes}

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, values: dict[str, Any]) -> None:
        for path, value in values.items():
            self.doc.meeting.set_field(path, value)
        for path in values:
            self.doc.notify(path)


class StatusActions(QObject):
    """ "Mark as held" and "Close recruitment" in the Meeting menu, for the meeting on screen."""

    def __init__(self, window: WindowFrame, clock: Callable[[], datetime] = datetime.now):
        super().__init__(window)
        self.setObjectName("StatusActions")
        self.window = window
        self.clock = clock
        self.mark_held = QAction(_tr("Mark as &held"), window)
        self.mark_held.setStatusTip(
            _tr("The meeting took place: the answer and the decision fall due from its planned end")
        )
        self.mark_held.triggered.connect(lambda _checked=False: self.do_mark_held())
        self.close_recruitment = QAction(_tr("&Close recruitment…"), window)
        self.close_recruitment.setStatusTip(
            _tr("The recruitment has ended for this candidate; nothing more falls due")
        )
        self.close_recruitment.triggered.connect(lambda _checked=False: self.do_close())
        menu = window.menu("meeting")
        if menu.actions():
            menu.addSeparator()
        menu.addActions([self.mark_held, self.close_recruitment])
        menu.aboutToShow.connect(self.update)
        window.list_panel.meeting_selected.connect(lambda _id: self.update())
        window.undo_group.indexChanged.connect(lambda _index: self.update())
        window.undo_group.activeStackChanged.connect(lambda _stack: self.update())
        self.update()

    def update(self) -> None:
        doc = self.window.current_doc
        writable = doc is not None and not doc.read_only
        self.mark_held.setEnabled(
            writable and transition_problem(doc.meeting, Status.HELD) is None  # type: ignore[union-attr]
        )
        self.close_recruitment.setEnabled(
            writable and transition_problem(doc.meeting, Status.CLOSED) is None  # type: ignore[union-attr]
        )

    def do_mark_held(self) -> bool:
        """Set the meeting on screen to held, with no recorded end."""
        return self._move(Status.HELD, _tr("Mark as held"))

    def do_close(self) -> bool:
        """Close the recruitment for the meeting on screen, after asking."""
        doc = self.window.current_doc
        if doc is None:
            return False
        meeting = doc.meeting
        name = meeting.candidate.name or meeting.title or _tr("this candidate")
        text = _tr(
            "Close the recruitment for {0}? The meeting is kept, and nothing more falls "
            "due for it. You can undo this."
        ).format(name)
        if meeting.debrief.feedback_sent_at is None:
            text += "\n\n" + _tr("No feedback has been sent to {0} yet.").format(name)
        if not messages.ask_yes_no(self.window, _tr("Close recruitment"), text):
            return False
        not_held = meeting.status is Status.PLANNED
        if not self._move(Status.CLOSED, _tr("Close recruitment")):
            return False
        if not_held:
            # Closed before it took place: the meeting is off, so calendars should drop it.
            from ..reach.sending import offer_cancellation

            offer_cancellation(self.window, doc)
        return True

    def _move(self, status: Status, label: str) -> bool:
        doc = self.window.current_doc
        if doc is None or doc.read_only:
            return False
        try:
            changes = transition(doc.meeting, status, self.clock().replace(microsecond=0))
        except DomainError as error:
            messages.show_error(self.window, label, str(error))
            return False
        pushed = doc.push(SetFieldsCommand(doc, changes, label))
        self.update()
        return pushed
