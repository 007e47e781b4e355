"""Undo commands for the outcome: decline reasons and the candidate's survey answers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain.enums import DeclineCategory
from ...domain.model import DeclineReason
from ..core.document import MeetingDocument

REASONS_TOPIC = "outcome.decline_reasons"
ANSWERS_TOPIC = "outcome.survey_answers"

# Command ids for merging consecutive typing into one undo step.
_ID_REASON_TEXT = 2101
_ID_ANSWER = 2102


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutcomeCommands", text)


def _copied(reasons: list[DeclineReason]) -> list[DeclineReason]:
    return [replace(r) for r in reasons]


class _ReasonsCommand(QUndoCommand):
    """Swaps the list of decline reasons for a new one; undo puts the old one back."""

    def __init__(self, doc: MeetingDocument, new: list[DeclineReason], label: str):
        super().__init__(label)
        self.doc = doc
        self.old = _copied(doc.meeting.outcome.decline_reasons)
        self.new = new

    def redo(self) -> None:
        self.doc.meeting.outcome.decline_reasons = _copied(self.new)
        self.doc.notify(REASONS_TOPIC)

    def undo(self) -> None:
        self.doc.meeting.outcome.decline_reasons = _copied(self.old)
        self.doc.notify(REASONS_TOPIC)


class SetReasonNamedCommand(_ReasonsCommand):
    """Add a decline reason of one category (whether the company can act on it follows the
    category until the manager says otherwise), or remove it."""

    def __init__(self, doc: MeetingDocument, category: DeclineCategory, named: bool):
        reasons = _copied(doc.meeting.outcome.decline_reasons)
        if named:
            if not any(r.category == category for r in reasons):
                reasons.append(DeclineReason(category, ""))
            label = _tr("Add decline reason")
        else:
            reasons = [r for r in reasons if r.category != category]
            label = _tr("Remove decline reason")
        super().__init__(doc, reasons, label)


class SetReasonCommand(_ReasonsCommand):
    """Change the text of the reason of one category, or whether the company can act on
    it (the manager's click is kept as said, whatever the category's default); typing in
    the same reason merges into one undo step."""

    def __init__(
        self,
        doc: MeetingDocument,
        category: DeclineCategory,
        *,
        text: str | None = None,
        controllable: bool | None = None,
    ):
        reasons = _copied(doc.meeting.outcome.decline_reasons)
        reason = next((r for r in reasons if r.category == category), None)
        if reason is None:
            reason = DeclineReason(category, "")
            reasons.append(reason)
        if text is not None:
            reason.text = text
        if controllable is not None:
            reason.controllable = controllable
        super().__init__(doc, reasons, _tr("Edit decline reason"))
        self.category = category
        self.typing = text is not None and controllable is None

    def id(self) -> int:
        return _ID_REASON_TEXT if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, SetReasonCommand) or other.doc is not self.doc:
            return False
        if not other.typing or other.category != self.category:
            return False
        self.new = other.new
        return True


class SetAnswerCommand(QUndoCommand):
    """Set the candidate's answer to one declined-offer question (empty removes it)."""

    def __init__(self, doc: MeetingDocument, question_id: str, text: str):
        super().__init__(_tr("Edit survey answer"))
        self.doc, self.question_id, self.new = doc, question_id, text
        self.old = doc.meeting.outcome.survey_answers.get(question_id, "")

    def id(self) -> int:
        return _ID_ANSWER

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, SetAnswerCommand) or other.doc is not self.doc:
            return False
        if other.question_id != self.question_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)

    def _set(self, text: str) -> None:
        answers = self.doc.meeting.outcome.survey_answers
        if text:
            answers[self.question_id] = text
        else:
            answers.pop(self.question_id, None)
        self.doc.notify(ANSWERS_TOPIC)
