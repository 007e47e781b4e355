"""The shared frame of the editor's form tabs: labelled rows bound to meeting fields, each
with room for the marker of its open review comments."""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ..core.binder import FieldBinder
from ..core.document import MeetingDocument
from ..shared.date_field import DateTimeField
from .field_markers import FieldMarkers

# "candidate.motivations[2]": a list field and the line a finding points at.
_INDEXED = re.compile(r"^(?P<path>[\w.]+)\[(?P<index>\d+)\]$")

# Lines tall enough for a few list items without taking the whole page.
TEXT_ROWS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormPage", text)


class FormPage(QScrollArea):
    """A scrollable form whose rows are bound to dotted meeting paths.

    Subclasses add rows with the ``add_*`` helpers, which create the label (with
    a mnemonic and a buddy), the accessible name and the binding, and remember
    the widget under its path for :meth:`focus_path`. A field with open review
    comments shows their marker; clicking it emits ``comment_activated``.
    """

    comment_activated = Signal(str)

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.binder = FieldBinder(doc, self)
        self.fields: dict[str, QWidget] = {}
        self.markers = FieldMarkers(doc, self.widget_for, self)
        self.markers.activated.connect(self.comment_activated)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        self.page_layout = QVBoxLayout(body)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.page_layout.addLayout(self.form)
        self.setWidget(body)

    # -- rows ---------------------------------------------------------------------
    def add_row(
        self,
        label: str,
        widget: QWidget,
        path: str,
        *,
        internal: bool = False,
        shared: bool = False,
        help_text: str = "",
    ) -> QLabel:
        """Add ``widget`` under ``label`` (with its "&" mnemonic) for the field at ``path``;
        ``internal`` and ``shared`` tag what stays with the team and what the candidate reads."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(caption.text().replace("&", ""))
        if help_text:
            widget.setToolTip(help_text)
            widget.setAccessibleDescription(help_text)
        badge: QLabel | None = None
        if internal:
            badge = internal_badge(self)
            widget.setProperty("internal", True)
            if not help_text:
                widget.setAccessibleDescription(self.tr("Internal: not shared with the candidate"))
        elif shared:
            badge = shared_badge(self)
            widget.setProperty("shared", True)
            if not help_text:
                widget.setAccessibleDescription(self.tr("Shared: the candidate reads this"))
        holder, row = field_row(widget, badge)
        self.form.addRow(caption, holder)
        self.fields[path] = widget
        self.markers.add_field(widget, row, _plain(label))
        return caption

    def add_line(
        self,
        label: str,
        path: str,
        *,
        placeholder: str = "",
        internal: bool = False,
        max_length: int = rules.SHORT_TEXT_MAX,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        self.add_row(label, edit, path, internal=internal)
        self.binder.bind_line_edit(edit, path, _plain(label))
        return edit

    def add_text(
        self,
        label: str,
        path: str,
        *,
        placeholder: str = "",
        internal: bool = False,
        shared: bool = False,
    ) -> QPlainTextEdit:
        edit = self._plain_edit(placeholder)
        self.add_row(label, edit, path, internal=internal, shared=shared)
        self.binder.bind_plain_text(edit, path, _plain(label))
        return edit

    def add_lines(
        self, label: str, path: str, *, placeholder: str = "", internal: bool = False
    ) -> QPlainTextEdit:
        """A list of short texts, one per line."""
        edit = self._plain_edit(placeholder)
        self.add_row(label, edit, path, internal=internal)
        self.binder.bind_lines(edit, path, _plain(label))
        return edit

    def add_spin(
        self,
        label: str,
        path: str,
        minimum: int,
        maximum: int,
        *,
        suffix: str = "",
        not_set: str = "",
        step: int = 1,
    ) -> QSpinBox:
        """A whole number; with ``not_set`` the minimum shows that text and means "not set"."""
        spin = QSpinBox()
        spin.setRange(minimum, maximum)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)
        if not_set:
            spin.setSpecialValueText(not_set)
        spin.setGroupSeparatorShown(maximum >= 10_000)
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0" * 12) + 40)
        self.add_row(label, spin, path)
        self.binder.bind_spin(spin, path, _plain(label), none_at_minimum=bool(not_set))
        return spin

    def add_combo(self, label: str, path: str, items: list[tuple[str, Enum | None]]) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_row(label, combo, path)
        self.binder.bind_combo(combo, path, _plain(label))
        return combo

    def add_datetime(self, label: str, path: str) -> DateTimeField:
        edit = DateTimeField()
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("Wed 30 Sep 2026, 13:00") + 60)
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_row(label, edit, path)
        self.binder.bind_datetime(edit, path, _plain(label))
        return edit

    def finish(self) -> None:
        """Call after the last row: stretch below, tab order as shown, read-only if need be."""
        self.page_layout.addStretch(1)
        unique = dict.fromkeys(self.fields.values())
        widgets = [w for w in unique if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if self.doc.read_only:
            self.binder.set_read_only(list(unique))
        self.markers.refresh()

    # -- focus ----------------------------------------------------------------------
    def handles(self, path: str) -> bool:
        return self.widget_for(path) is not None

    def widget_for(self, path: str) -> QWidget | None:
        """The widget for a field path: its own, else its first child's ("offer.salary"
        is the minimum), else its nearest parent's."""
        match = _INDEXED.match(path)
        if match:
            path = match["path"]
        child = next((w for p, w in self.fields.items() if p.startswith(path + ".")), None)
        if path not in self.fields and child is not None:
            return child
        while path:
            if path in self.fields:
                return self.fields[path]
            path = path.rpartition(".")[0]
        return None

    def focus_path(self, path: str) -> bool:
        """Focus the widget for ``path``; for ``list[n]`` also select that line."""
        widget = self.widget_for(path)
        if widget is None:
            return False
        self.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        match = _INDEXED.match(path)
        if match and isinstance(widget, QPlainTextEdit):
            select_line(widget, int(match["index"]))
        elif isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    # -- internals ------------------------------------------------------------------
    def _plain_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        rows = edit.fontMetrics().lineSpacing() * TEXT_ROWS
        edit.setFixedHeight(rows + 2 * edit.frameWidth() + 8)
        return edit


def field_row(widget: QWidget, badge: QLabel | None = None) -> tuple[QWidget, QHBoxLayout]:
    """``widget`` in a row of its own, with a small tag to its right if given; the row
    ends in a stretch, so a fixed-size field keeps its size and what follows stays beside it."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    fixed = widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed
    row.addWidget(widget, 0 if fixed else 1)
    if badge is not None:
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
    row.addStretch(1 if fixed else 0)
    return holder, row


def shared_badge(parent: QWidget) -> QLabel:
    """A small tag that says a field is written for the candidate: the letter uses it."""
    badge = QLabel(_tr("Shared"))
    badge.setObjectName("sharedBadge")
    badge.setToolTip(_tr("Written to the candidate: the feedback letter uses it as it stands."))
    badge.setStyleSheet(
        "QLabel#sharedBadge { background: #1b6e3a; color: white; border-radius: 3px;"
        " padding: 1px 6px; font-weight: bold; }"
    )
    return badge


def internal_badge(parent: QWidget) -> QLabel:
    """A small tag that says a field stays with the team and never reaches the candidate."""
    badge = QLabel(_tr("Internal"))
    badge.setObjectName("internalBadge")
    badge.setToolTip(
        _tr("Only for you and the panel: never in the candidate's agenda or a shared plan.")
    )
    badge.setStyleSheet(
        "QLabel#internalBadge { background: #8a5a00; color: white; border-radius: 3px;"
        " padding: 1px 6px; font-weight: bold; }"
    )
    return badge


def select_line(edit: QPlainTextEdit, index: int) -> None:
    """Select line ``index`` (0-based) of a one-item-per-line edit, if it has that line."""
    block = edit.document().findBlockByNumber(index)
    if not block.isValid():
        return
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def _plain(label: str) -> str:
    """An undo label from a form label: no mnemonic marker, no colon."""
    return label.replace("&", "").rstrip(":")
