"""In-place editors for the agenda table: combo boxes for kind, topic and owner, a spin box
for minutes; clicks on a block's comment marker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from ...domain import rules
from ...domain.model import BlockKind, PitchTopic
from ..core.document import MeetingDocument
from ..shared.comment_marks import CommentMarkDelegate
from .labels import kind_label, kind_swatch, topic_label
from .model import COL_KIND, COL_MINUTES, COL_OWNER, COL_TOPIC

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


class AgendaItemDelegate(CommentMarkDelegate):
    """Picks the editor by column; everything else edits as plain text. A click on a block's
    comment marker asks to show the comment (``comment_clicked``)."""

    def __init__(self, doc: MeetingDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc

    def createEditor(  # noqa: N802 (Qt override)
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        column = index.column()
        if column == COL_MINUTES:
            spin = QSpinBox(parent)
            spin.setRange(rules.BLOCK_MINUTES_MIN, rules.BLOCK_MINUTES_MAX)
            spin.setSuffix(self.tr(" min"))
            spin.setAccessibleName(self.tr("Minutes"))
            return spin
        if column == COL_KIND:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Kind of block"))
            for kind in BlockKind:
                combo.addItem(kind_swatch(kind), kind_label(kind), kind)
            return combo
        if column == COL_TOPIC:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Pitch topic"))
            combo.addItem(self.tr("(no topic)"), None)
            for topic in PitchTopic:
                combo.addItem(topic_label(topic), topic)
            return combo
        if column == COL_OWNER:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setAccessibleName(self.tr("Who leads this block"))
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for person in self.doc.meeting.participants:
                if person.name.strip():
                    combo.addItem(person.name)
            return combo
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(self.tr("Block title"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox) and editor.isEditable():
            editor.setCurrentText(value or "")
        elif isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox) and editor.isEditable():
            model.setData(index, editor.currentText())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)
