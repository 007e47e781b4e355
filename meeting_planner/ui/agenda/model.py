"""The agenda as a Qt table: one row per block, edits pushed as undo commands."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...domain import rules
from ...domain.comments import BLOCK, open_by_id
from ...domain.model import AgendaBlock, BlockKind, DomainError, PitchTopic
from ...domain.team import Comment
from ..core.commands import MoveBlockCommand, UpdateBlockCommand
from ..core.document import MeetingDocument, concerns
from ..shared.comment_marks import (
    COMMENTS_TOPIC,
    MARK_ROLES,
    OPEN_COMMENTS_ROLE,
    escaped,
    marker_data,
)
from .labels import kind_label, kind_swatch, topic_label

COL_TIME, COL_MINUTES, COL_TITLE, COL_KIND, COL_OWNER, COL_TOPIC = range(6)
COLUMN_COUNT = 6

# The block's id, and the block itself for read-only use (never edit it directly).
BLOCK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 2

BLOCK_IDS_MIME = "application/x-meeting-planner-block-ids"

_EDITABLE = {COL_MINUTES, COL_TITLE, COL_KIND, COL_OWNER, COL_TOPIC}


Index = QModelIndex | QPersistentModelIndex

# Worked out once: flags() runs for every visible cell on every repaint.
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_DROP = Qt.ItemFlag.ItemIsDropEnabled
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DRAG = _READ_ONLY | Qt.ItemFlag.ItemIsDragEnabled
_EDIT = _DRAG | Qt.ItemFlag.ItemIsEditable

_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
        BLOCK_ID_ROLE,
        BLOCK_ROLE,
        OPEN_COMMENTS_ROLE,
    )
)


class AgendaTableModel(QAbstractTableModel):
    """Adapts ``doc.meeting.agenda``; never changes the meeting except through commands."""

    def __init__(self, doc: MeetingDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self._ids = self._current_ids()
        self._clock_for: object = None
        self._clock: list[str] = []
        # Each block's open review comments, worked out on the first paint after a change.
        self._open: dict[str, list[Comment]] | None = None
        doc.changed.connect(self._on_changed)

    # -- reading -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._ids):
                return str(section + 1)
            return None
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < COLUMN_COUNT:
            return None
        return (
            self.tr("Time"),
            self.tr("Min"),
            self.tr("Block"),
            self.tr("Kind"),
            self.tr("Owner"),
            self.tr("Pitch topic"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per cell on every repaint; most get nothing.
        if role not in _ROLES:
            return None
        if role == BLOCK_ID_ROLE:
            # From the model's own list: it still names the old rows while a reset is
            # announced, so views can remember their selection by id.
            valid = index.isValid() and 0 <= index.row() < len(self._ids)
            return self._ids[index.row()] if valid else None
        block = self.block_at(index.row()) if index.isValid() else None
        if block is None:
            return None
        column = index.column()
        if role == BLOCK_ROLE:
            return block
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(block, index.row(), column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(block, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_KIND:
            return kind_swatch(block.kind)
        if column == COL_TITLE and role in MARK_ROLES:
            return self._marked(block, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(block, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_TIME, COL_MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows only, never on a block.
            return _NO_FLAGS if self.doc.read_only else _DROP
        if self.doc.read_only:
            return _READ_ONLY
        column = index.column()
        if column == COL_TOPIC:
            block = self.block_at(index.row())
            return _EDIT if block is not None and block.kind is BlockKind.PITCH else _DRAG
        return _EDIT if column in _EDITABLE else _DRAG

    def block_at(self, row: int) -> AgendaBlock | None:
        agenda = self.doc.meeting.agenda
        return agenda[row] if 0 <= row < len(agenda) else None

    def row_of(self, block_id: str) -> int:
        """The row of a block, or -1."""
        try:
            return self._ids.index(block_id)
        except ValueError:
            return -1

    # -- editing -------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        block = self.block_at(index.row())
        if block is None:
            return False
        changes = self._changes(block, index.column(), value)
        if not changes:
            return False
        text_edit = index.column() in (COL_TITLE, COL_OWNER)
        try:
            command = UpdateBlockCommand(self.doc, block.id, merge=text_edit, **changes)
            return self.doc.push(command)
        except DomainError:
            return False

    def _changes(self, block: AgendaBlock, column: int, value: Any) -> dict[str, Any]:
        """The block fields an edit changes; empty when the value is invalid or the same."""
        if column == COL_MINUTES:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return {}
            if not rules.BLOCK_MINUTES_MIN <= minutes <= rules.BLOCK_MINUTES_MAX:
                return {}
            return {"minutes": minutes} if minutes != block.minutes else {}
        if column in (COL_TITLE, COL_OWNER):
            text = str(value or "").strip()[: rules.SHORT_TEXT_MAX]
            name = "title" if column == COL_TITLE else "owner"
            if (column == COL_TITLE and not text) or text == getattr(block, name):
                return {}
            return {name: text}
        if column == COL_KIND:
            try:
                kind = BlockKind(value)
            except ValueError:
                return {}
            if kind is block.kind:
                return {}
            # A topic only means something for a pitch; leaving pitch drops it.
            if kind is not BlockKind.PITCH and block.topic is not None:
                return {"kind": kind, "topic": None}
            return {"kind": kind}
        if column == COL_TOPIC:
            try:
                topic = PitchTopic(value) if value not in (None, "") else None
            except ValueError:
                return {}
            return {"topic": topic} if topic != block.topic else {}
        return {}

    # -- drag and drop ---------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [BLOCK_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._ids[r] for r in rows if 0 <= r < len(self._ids)]
        data = QMimeData()
        data.setData(BLOCK_IDS_MIME, QByteArray(json.dumps(ids).encode("utf-8")))
        return data

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return (
            not self.doc.read_only
            and action == Qt.DropAction.MoveAction
            and data.hasFormat(BLOCK_IDS_MIME)
        )

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Moves the dragged blocks through undo commands.

        Always returns False: the move is already done, so the view must not
        remove the source rows itself as it would after a successful move."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = _decode_ids(data)
        ids = [i for i in ids if i in self._ids]
        if not ids:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._ids)
        self.move_blocks(ids, row)
        return False

    def move_blocks(self, ids: list[str], row: int) -> None:
        """Move blocks so they sit, in order, before what is now at ``row``."""
        anchor = self._ids[row] if row < len(self._ids) else None
        while anchor in ids:
            row += 1
            anchor = self._ids[row] if row < len(self._ids) else None
        order = [i for i in self._ids if i not in ids]
        target = order.index(anchor) if anchor is not None else len(order)
        order[target:target] = ids
        # Fixing positions from the top down never disturbs those already fixed.
        moves = []
        current = list(self._ids)
        for position, block_id in enumerate(order):
            if current[position] != block_id:
                moves.append((block_id, position))
                current.remove(block_id)
                current.insert(position, block_id)
        if not moves:
            return
        stack = self.doc.undo_stack
        if len(moves) > 1:
            stack.beginMacro(self.tr("Move blocks"))
        for block_id, new_index in moves:
            self.doc.push(MoveBlockCommand(self.doc, block_id, new_index))
        if len(moves) > 1:
            stack.endMacro()

    def open_comments(self, block_id: str) -> list[Comment]:
        """The block's open review comments, in the plan's order."""
        if self._open is None:
            self._open = open_by_id(self.doc.meeting, BLOCK)
        return self._open.get(block_id, [])

    # -- following the document --------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        self._open = None
        if topic == COMMENTS_TOPIC and self._ids:
            last = len(self._ids) - 1
            self.dataChanged.emit(self.index(0, COL_TITLE), self.index(last, COL_TITLE))
            return
        if not concerns(topic, "agenda") and not concerns(topic, "start"):
            return
        ids = self._current_ids()
        if ids == self._ids:
            if ids:
                last = self.index(len(ids) - 1, COLUMN_COUNT - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def _current_ids(self) -> list[str]:
        return [b.id for b in self.doc.meeting.agenda]

    # -- presentation --------------------------------------------------------------------
    def _display(self, block: AgendaBlock, row: int, column: int) -> Any:
        if column == COL_TIME:
            clock = self._clock_texts()
            return clock[row] if row < len(clock) else ""
        if column == COL_MINUTES:
            return block.minutes
        if column == COL_TITLE:
            return block.title
        if column == COL_KIND:
            return kind_label(block.kind)
        if column == COL_OWNER:
            return block.owner
        if column == COL_TOPIC:
            return topic_label(block.topic) if block.kind is BlockKind.PITCH else ""
        return None

    def _clock_texts(self) -> list[str]:
        """Each row's "10:05–10:20", worked out once per review rather than per paint."""
        review = self.doc.review()
        if self._clock_for is not review:
            self._clock_for = review
            self._clock = [
                self.tr("{0}–{1}").format(slot.start.strftime("%H:%M"), slot.end.strftime("%H:%M"))
                for slot in review.times
            ]
        return self._clock

    def _edit_value(self, block: AgendaBlock, column: int) -> Any:
        if column == COL_KIND:
            return block.kind
        if column == COL_TOPIC:
            return block.topic
        if column == COL_MINUTES:
            return block.minutes
        if column == COL_TITLE:
            return block.title
        if column == COL_OWNER:
            return block.owner
        return None

    def _marked(self, block: AgendaBlock, role: int) -> Any:
        """The title's comment marker: the bubble, the tooltip listing the open comments
        (with the talking points below), and the same for a screen reader."""
        points = ""
        if role == Qt.ItemDataRole.ToolTipRole:
            points = "<br>".join(f"• {escaped(point)}" for point in block.talking_points)
        hint = self.tr("Click the bubble to open the Comments tab.")
        return marker_data(role, self.open_comments(block.id), points, hint)

    def _tooltip(self, block: AgendaBlock, column: int) -> str | None:
        if column == COL_TOPIC and block.kind is BlockKind.PITCH and block.topic is None:
            return self.tr("Pick what this pitch is about; the coach matches it to the candidate.")
        return None


def _decode_ids(data: QMimeData) -> list[str]:
    try:
        ids = json.loads(bytes(data.data(BLOCK_IDS_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(ids, list):
        return []
    return [i for i in ids if isinstance(i, str)]
