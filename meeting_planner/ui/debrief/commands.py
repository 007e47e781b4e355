"""Undo commands of the debrief and the feedback: ratings as typed, concerns, the decision
(which moves the meeting on to debriefed) and marking the answer sent."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain.model import Concern, ConcernCategory, Decision, Status
from ..core.commands import SetRatingCommand
from ..core.document import MeetingDocument

# Command ids for merging consecutive typing into one undo step.
_ID_RATE = 2101
_ID_CONCERN = 2102

# A decision moves a meeting on to debriefed, and a sent answer to feedback_sent,
# only from these statuses: a later status (or a closed meeting) never moves back.
DEBRIEF_FROM = frozenset({Status.PLANNED, Status.HELD})
SENT_FROM = frozenset({Status.PLANNED, Status.HELD, Status.DEBRIEFED})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def status_after_decision(status: Status, decision: Decision | None) -> Status:
    """The status a meeting has once ``decision`` is recorded in its debrief."""
    return Status.DEBRIEFED if decision is not None and status in DEBRIEF_FROM else status


class RateCommand(SetRatingCommand):
    """A rating, its evidence or the line shared with the candidate; typing in the same
    box of the same criterion merges into one undo step."""

    def __init__(
        self,
        doc: MeetingDocument,
        criterion_id: str,
        rating: int | None,
        evidence: str | None,
        *,
        shared: str | None = None,
        merge: bool = False,
    ):
        super().__init__(doc, criterion_id, rating, evidence, shared)
        self.merge = merge

    def id(self) -> int:
        return _ID_RATE if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, RateCommand) or other.doc is not self.doc or not other.merge:
            return False
        if other.criterion_id != self.criterion_id:
            return False
        if (other.evidence is None) != (self.evidence is None):
            return False  # typing moved from one box to the other: a new step
        self.rating, self.evidence, self.shared = other.rating, other.evidence, other.shared
        return True


class SetConcernCommand(QUndoCommand):
    """Raise a concern of one category with its text, or drop it (``raised`` False)."""

    def __init__(
        self,
        doc: MeetingDocument,
        category: ConcernCategory,
        raised: bool,
        text: str = "",
        *,
        merge: bool = False,
    ):
        super().__init__(_tr("Change concern"))
        self.doc, self.category, self.raised, self.text = doc, category, raised, text
        self.merge = merge
        self.before = [(c.category, c.text) for c in doc.meeting.debrief.concerns]

    def id(self) -> int:
        return _ID_CONCERN if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, SetConcernCommand) or other.doc is not self.doc:
            return False
        if other.category != self.category or not (other.merge and other.raised):
            return False
        self.raised, self.text = other.raised, other.text
        return True

    def redo(self) -> None:
        concerns = [Concern(c, t) for c, t in self.before]
        existing = next((c for c in concerns if c.category == self.category), None)
        if not self.raised:
            concerns = [c for c in concerns if c.category != self.category]
        elif existing is None:
            concerns.append(Concern(self.category, self.text))
        else:
            existing.text = self.text
        self.doc.meeting.debrief.concerns = concerns
        self.doc.notify("debrief.concerns")

    def undo(self) -> None:
        self.doc.meeting.debrief.concerns = [Concern(c, t) for c, t in self.before]
        self.doc.notify("debrief.concerns")


class _MultiFieldCommand(QUndoCommand):
    """Sets several fields at once; undo puts every one of them back."""

    def __init__(self, doc: MeetingDocument, label: str, new: dict[str, Any]):
        super().__init__(label)
        self.doc = doc
        self.new = new
        self.old = {path: doc.meeting.get_field(path) for path in new}

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, values: dict[str, Any]) -> None:
        for path, value in values.items():
            self.doc.meeting.set_field(path, value)
        for path in values:
            self.doc.notify(path)


class SetDecisionCommand(_MultiFieldCommand):
    """Record the decision; the first decision also sets a planned or held meeting to
    debriefed, in the same undo step."""

    def __init__(self, doc: MeetingDocument, decision: Decision | None):
        meeting = doc.meeting
        new: dict[str, Any] = {"debrief.decision": decision}
        status = status_after_decision(meeting.status, decision)
        if status != meeting.status:
            new["status"] = status
        super().__init__(doc, _tr("Change decision"), new)


class MarkFeedbackSentCommand(_MultiFieldCommand):
    """Keep the answer as sent, record when, and set the meeting to feedback_sent."""

    def __init__(self, doc: MeetingDocument, text: str, at: datetime):
        new: dict[str, Any] = {"debrief.feedback": text, "debrief.feedback_sent_at": at}
        if doc.meeting.status in SENT_FROM:
            new["status"] = Status.FEEDBACK_SENT
        super().__init__(doc, _tr("Mark feedback as sent"), new)
