"""One small undo command per kind of edit; each captures the old and the new value."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain.model import AgendaBlock, Criterion, Participant
from ...domain.panel import blocks_owned_by
from .document import MeetingDocument

# Command ids for merging consecutive edits of the same field (typing).
_ID_SET_FIELD = 1001
_ID_UPDATE_BLOCK = 1002
_ID_UPDATE_PARTICIPANT = 1003
_ID_UPDATE_CRITERION = 1004


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class SetFieldCommand(QUndoCommand):
    """Set a field at a dotted path (``candidate.name``). Typing into the same
    field merges into one command, so one undo takes back the whole word run."""

    def __init__(
        self, doc: MeetingDocument, path: str, value: Any, *, label: str = "", merge: bool = True
    ):
        super().__init__(_tr("Change {0}").format(label or path))
        self.doc, self.path, self.new = doc, path, value
        self.old = doc.meeting.get_field(path)
        self.merge = merge

    def id(self) -> int:
        return _ID_SET_FIELD if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, SetFieldCommand) or other.doc is not self.doc:
            return False
        if other.path != self.path or not other.merge:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.meeting.set_field(self.path, self.new)
        self.doc.notify(self.path)

    def undo(self) -> None:
        self.doc.meeting.set_field(self.path, self.old)
        self.doc.notify(self.path)


class AddBlockCommand(QUndoCommand):
    def __init__(self, doc: MeetingDocument, block: AgendaBlock, index: int | None = None):
        super().__init__(_tr("Add block {0}").format(block.title))
        self.doc, self.block = doc, block
        self.index = len(doc.meeting.agenda) if index is None else index

    def redo(self) -> None:
        self.doc.meeting.add_block(self.block, self.index)
        self.doc.notify("agenda")

    def undo(self) -> None:
        self.doc.meeting.remove_block(self.block.id)
        self.doc.notify("agenda")


class RemoveBlockCommand(QUndoCommand):
    def __init__(self, doc: MeetingDocument, block_id: str):
        block = doc.meeting.block(block_id)
        super().__init__(_tr("Remove block {0}").format(block.title))
        self.doc, self.block_id = doc, block_id
        self.index = doc.meeting.block_index(block_id)
        self.block = block

    def redo(self) -> None:
        self.index, self.block = self.doc.meeting.remove_block(self.block_id)
        self.doc.notify("agenda")

    def undo(self) -> None:
        self.doc.meeting.add_block(self.block, self.index)
        self.doc.notify("agenda")


class MoveBlockCommand(QUndoCommand):
    def __init__(self, doc: MeetingDocument, block_id: str, new_index: int):
        super().__init__(_tr("Move block {0}").format(doc.meeting.block(block_id).title))
        self.doc, self.block_id, self.new_index = doc, block_id, new_index
        self.old_index = doc.meeting.block_index(block_id)

    def redo(self) -> None:
        self.doc.meeting.move_block(self.block_id, self.new_index)
        self.doc.notify("agenda")

    def undo(self) -> None:
        self.doc.meeting.move_block(self.block_id, self.old_index)
        self.doc.notify("agenda")


class _UpdateFieldsCommand(QUndoCommand):
    """Change fields of one item (block, participant, criterion) found by ``key``;
    consecutive edits of the same fields of the same item merge when ``merge``."""

    MERGE_ID = -1
    TOPIC = ""

    def __init__(
        self,
        label: str,
        doc: MeetingDocument,
        key: str,
        old: dict[str, Any],
        new: dict[str, Any],
        merge: bool,
    ):
        super().__init__(label)
        self.doc, self.key, self.old, self.new, self.merge = doc, key, old, new, merge

    def id(self) -> int:
        return self.MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if type(other) is not type(self) or other.doc is not self.doc:
            return False
        if other.key != self.key or set(other.new) != set(self.new) or not other.merge:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._apply(self.new)
        self.doc.notify(self.TOPIC)

    def undo(self) -> None:
        self._apply(self.old)
        self.doc.notify(self.TOPIC)

    def _apply(self, values: dict[str, Any]) -> None:
        raise NotImplementedError


class UpdateBlockCommand(_UpdateFieldsCommand):
    """Change fields of one block; consecutive edits of the same text field merge."""

    MERGE_ID, TOPIC = _ID_UPDATE_BLOCK, "agenda"

    def __init__(self, doc: MeetingDocument, block_id: str, *, merge: bool = False, **changes: Any):
        block = doc.meeting.block(block_id)
        old = {name: _copy(getattr(block, name)) for name in changes}
        label = _tr("Edit block {0}").format(block.title)
        super().__init__(label, doc, block_id, old, changes, merge)
        self.block_id = block_id

    def _apply(self, values: dict[str, Any]) -> None:
        self.doc.meeting.update_block(self.block_id, **values)


class AddParticipantCommand(QUndoCommand):
    def __init__(self, doc: MeetingDocument, person: Participant, index: int | None = None):
        super().__init__(_tr("Add participant"))
        self.doc, self.person = doc, person
        self.index = len(doc.meeting.participants) if index is None else index

    def redo(self) -> None:
        self.doc.meeting.add_participant(self.person, self.index)
        self.doc.notify("participants")

    def undo(self) -> None:
        self.doc.meeting.remove_participant(self.person.id)
        self.doc.notify("participants")


class RemoveParticipantCommand(QUndoCommand):
    def __init__(self, doc: MeetingDocument, participant_id: str):
        super().__init__(_tr("Remove participant"))
        self.doc, self.participant_id = doc, participant_id
        self.index, self.person = -1, None

    def redo(self) -> None:
        self.index, self.person = self.doc.meeting.remove_participant(self.participant_id)
        self.doc.notify("participants")

    def undo(self) -> None:
        self.doc.meeting.add_participant(self.person, self.index)
        self.doc.notify("participants")


class UpdateParticipantCommand(_UpdateFieldsCommand):
    """Change a participant; a new name carries over to the blocks they lead, so filling
    in "[Hiring manager's name]" once fills in every block's owner too."""

    MERGE_ID, TOPIC = _ID_UPDATE_PARTICIPANT, "participants"

    def __init__(
        self, doc: MeetingDocument, participant_id: str, *, merge: bool = False, **changes: Any
    ):
        person = next(p for p in doc.meeting.participants if p.id == participant_id)
        old = {name: getattr(person, name) for name in changes}
        super().__init__(_tr("Edit participant"), doc, participant_id, old, changes, merge)
        self.participant_id = participant_id
        self.led_blocks = blocks_owned_by(doc.meeting, person.name) if "name" in changes else []

    def redo(self) -> None:
        super().redo()
        if self.led_blocks:
            self.doc.notify("agenda")

    def undo(self) -> None:
        super().undo()
        if self.led_blocks:
            self.doc.notify("agenda")

    def _apply(self, values: dict[str, Any]) -> None:
        self.doc.meeting.update_participant(self.participant_id, **values)
        for block_id in self.led_blocks:
            self.doc.meeting.update_block(block_id, owner=values["name"])


class AddCriterionCommand(QUndoCommand):
    def __init__(self, doc: MeetingDocument, criterion: Criterion, index: int | None = None):
        super().__init__(_tr("Add criterion {0}").format(criterion.name))
        self.doc, self.criterion = doc, criterion
        self.index = len(doc.meeting.criteria) if index is None else index

    def redo(self) -> None:
        self.doc.meeting.add_criterion(self.criterion, self.index)
        self.doc.notify("criteria")

    def undo(self) -> None:
        self.doc.meeting.remove_criterion(self.criterion.id)
        self.doc.notify("criteria")


class RemoveCriterionCommand(QUndoCommand):
    def __init__(self, doc: MeetingDocument, criterion_id: str):
        super().__init__(_tr("Remove criterion"))
        self.doc, self.criterion_id = doc, criterion_id
        self.index, self.criterion = -1, None

    def redo(self) -> None:
        self.index, self.criterion = self.doc.meeting.remove_criterion(self.criterion_id)
        self.doc.notify("criteria")

    def undo(self) -> None:
        self.doc.meeting.add_criterion(self.criterion, self.index)
        self.doc.notify("criteria")


class UpdateCriterionCommand(_UpdateFieldsCommand):
    MERGE_ID, TOPIC = _ID_UPDATE_CRITERION, "criteria"

    def __init__(
        self, doc: MeetingDocument, criterion_id: str, *, merge: bool = False, **changes: Any
    ):
        criterion = doc.meeting.criterion(criterion_id)
        old = {name: getattr(criterion, name) for name in changes}
        super().__init__(_tr("Edit criterion"), doc, criterion_id, old, changes, merge)
        self.criterion_id = criterion_id

    def _apply(self, values: dict[str, Any]) -> None:
        criterion = self.doc.meeting.criterion(self.criterion_id)
        for name, value in values.items():
            setattr(criterion, name, value)


class RankCriteriaCommand(QUndoCommand):
    """Rank criteria in a new order, most important first."""

    def __init__(self, doc: MeetingDocument, ordered_ids: list[str]):
        super().__init__(_tr("Rank criteria"))
        self.doc, self.ordered_ids = doc, list(ordered_ids)
        self.previous: list[tuple[str, int | None]] = []

    def redo(self) -> None:
        self.previous = self.doc.meeting.rank_criteria(self.ordered_ids)
        self.doc.notify("criteria")

    def undo(self) -> None:
        self.doc.meeting.restore_criteria_order(self.previous)
        self.doc.notify("criteria")


class SetRatingCommand(QUndoCommand):
    """A criterion's rating, evidence or shared line (None leaves a text as it is)."""

    def __init__(
        self,
        doc: MeetingDocument,
        criterion_id: str,
        rating: int | None,
        evidence: str | None,
        shared: str | None = None,
    ):
        super().__init__(_tr("Rate criterion"))
        self.doc, self.criterion_id = doc, criterion_id
        self.rating, self.evidence, self.shared = rating, evidence, shared
        self.before_copy = [replace(r) for r in doc.meeting.debrief.ratings]

    def redo(self) -> None:
        self.doc.meeting.set_rating(self.criterion_id, self.rating, self.evidence, self.shared)
        self.doc.notify("debrief")

    def undo(self) -> None:
        self.doc.meeting.debrief.ratings = [replace(r) for r in self.before_copy]
        self.doc.notify("debrief")


class ReplaceMeetingCommand(QUndoCommand):
    """Swap the whole meeting's content for another state (imports, bulk edits)."""

    def __init__(self, doc: MeetingDocument, new_state: dict[str, Any], label: str):
        from ...domain.serialize import meeting_to_dict

        super().__init__(label)
        self.doc = doc
        self.old_state = meeting_to_dict(doc.meeting)
        self.new_state = new_state

    def redo(self) -> None:
        self._load(self.new_state)

    def undo(self) -> None:
        self._load(self.old_state)

    def _load(self, state: dict[str, Any]) -> None:
        from ...domain.serialize import meeting_from_dict
        from .document import RECORDED

        fresh = meeting_from_dict(state)
        for name in fresh.__dataclass_fields__:
            # What was recorded since (an invite issued) stays: it happened.
            if name not in RECORDED:
                setattr(self.doc.meeting, name, getattr(fresh, name))
        self.doc.notify("")


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
