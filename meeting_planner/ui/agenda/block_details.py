"""The selected block's open review comments, and its talking points and internal notes,
edited as undoable text."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from ...domain import rules
from ...domain.comments import block_target, open_by_target
from ...domain.facts import fact_names
from ...domain.model import AgendaBlock, DomainError
from ..core.commands import UpdateBlockCommand
from ..core.document import MeetingDocument, concerns
from ..shared.comment_marks import COMMENTS_TOPIC
from .block_comments import BlockComments


class BlockDetails(QWidget):
    """Shows one block at a time (:meth:`show_block`); typing merges into one undo step.
    A link on one of the block's open review comments emits ``comment_activated``."""

    comment_activated = Signal(str)

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.block_id: str | None = None

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.comments = BlockComments()
        self.comments.comment_activated.connect(self.comment_activated)

        self.points = QPlainTextEdit()
        self.points.setAccessibleName(self.tr("Talking points, one per line"))
        self.points.setPlaceholderText(
            self.tr("What to say or ask in this block, one point per line.")
        )
        self.points.setTabChangesFocus(True)
        self.points.setToolTip(
            self.tr(
                "A fact in braces is said from the Role and the Offer: {0}. Meeting mode and "
                "the brief show its current value."
            ).format(", ".join("{" + name + "}" for name in fact_names()))
        )
        points_label = QLabel(self.tr("&Talking points (one per line)"))
        points_label.setBuddy(self.points)

        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Internal notes, never shown to the candidate"))
        self.notes.setPlaceholderText(self.tr("Reminders for the interviewers only."))
        self.notes.setTabChangesFocus(True)
        notes_label = QLabel(self.tr("&Internal notes"))
        notes_label.setBuddy(self.notes)
        internal = QLabel(self.tr("Internal: never shown to the candidate"))
        internal.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading, 0, 0, 1, 2)
        layout.addWidget(self.comments, 1, 0, 1, 2)
        layout.addWidget(points_label, 2, 0)
        layout.addWidget(notes_label, 2, 1)
        layout.addWidget(self.points, 3, 0)
        layout.addWidget(self.notes, 3, 1)
        layout.addWidget(internal, 4, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)

        self.points.textChanged.connect(self._points_edited)
        self.notes.textChanged.connect(self._notes_edited)
        doc.changed.connect(self._on_changed)
        self.show_block(None)

    def show_block(self, block_id: str | None) -> None:
        self.block_id = block_id
        self._refresh()

    def _block(self) -> AgendaBlock | None:
        if self.block_id is None:
            return None
        try:
            return self.doc.meeting.block(self.block_id)
        except DomainError:
            return None

    def _refresh(self) -> None:
        block = self._block()
        editable = block is not None and not self.doc.read_only
        for editor in (self.points, self.notes):
            editor.setReadOnly(not editable)
            editor.setEnabled(block is not None)
        self._show_comments(block)
        if block is None:
            self.heading.setText(self.tr("Select a block to see its talking points."))
            _set_plain(self.points, "")
            _set_plain(self.notes, "")
            return
        self.heading.setText(self.tr("Details of “{0}”").format(block.title))
        if _lines(self.points.toPlainText()) != block.talking_points:
            _set_plain(self.points, "\n".join(block.talking_points))
        _set_plain(self.notes, block.internal_notes)

    def _show_comments(self, block: AgendaBlock | None) -> None:
        if block is None:
            self.comments.set_comments([])
            return
        target = block_target(block.id)
        self.comments.set_comments(open_by_target(self.doc.meeting).get(target, []))

    def _points_edited(self) -> None:
        block = self._block()
        points = _lines(self.points.toPlainText())
        if block is not None and points != block.talking_points:
            self.doc.push(UpdateBlockCommand(self.doc, block.id, merge=True, talking_points=points))

    def _notes_edited(self) -> None:
        block = self._block()
        text = self.notes.toPlainText()[: rules.LONG_TEXT_MAX]
        if block is not None and text != block.internal_notes:
            self.doc.push(UpdateBlockCommand(self.doc, block.id, merge=True, internal_notes=text))

    def _on_changed(self, topic: str) -> None:
        if concerns(topic, "agenda"):
            self._refresh()
        elif topic == COMMENTS_TOPIC:
            self._show_comments(self._block())


def _lines(text: str) -> list[str]:
    """Non-empty lines, each and their number cut to what a meeting file accepts."""
    lines = [line.strip()[: rules.SHORT_TEXT_MAX] for line in text.splitlines()]
    return [line for line in lines if line][: rules.LIST_MAX]


def _set_plain(editor: QPlainTextEdit, text: str) -> None:
    if editor.toPlainText() != text:
        with QSignalBlocker(editor):
            editor.setPlainText(text)
