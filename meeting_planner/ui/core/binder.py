"""Binds form widgets to meeting fields: edits become undo commands, changes refresh widgets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...printable import one_line
from .commands import SetFieldCommand
from .document import MeetingDocument, concerns

if TYPE_CHECKING:
    from ..shared.date_field import DateTimeField


class FieldBinder(QObject):
    """Keeps a set of widgets in step with one document's fields.

    ``bind_*`` connects a widget to a dotted path. The widget's edit pushes a
    :class:`SetFieldCommand` (typing merges); any change to that path, including
    undo and redo, writes the value back to the widget without a new command.
    """

    def __init__(self, doc: MeetingDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self._refreshers: list[tuple[str, Callable[[], None]]] = []
        doc.changed.connect(self._on_changed)

    # -- binding ------------------------------------------------------------------
    def bind_line_edit(self, widget: QLineEdit, path: str, label: str = "") -> None:
        def edited(text: str) -> None:
            # A field of one line keeps no line break or control character, whatever
            # is pasted into it (an address copied with its line end, text from a
            # web page with bidirectional marks): the documents and the invite would.
            clean = one_line(text)
            if clean != text:
                cursor = widget.cursorPosition() - (len(text) - len(clean))
                widget.setText(clean)
                widget.setCursorPosition(max(0, cursor))
            self._set(path, clean, label, merge=True)

        widget.textEdited.connect(edited)
        self._add(path, lambda: _set_text(widget, self.doc.meeting.get_field(path) or ""))

    def bind_plain_text(self, widget: QPlainTextEdit, path: str, label: str = "") -> None:
        def edited() -> None:
            text = widget.toPlainText()
            if text != (self.doc.meeting.get_field(path) or ""):
                self._set(path, text, label, merge=True)

        widget.textChanged.connect(edited)
        self._add(path, lambda: _set_plain(widget, self.doc.meeting.get_field(path) or ""))

    def bind_lines(self, widget: QPlainTextEdit, path: str, label: str = "") -> None:
        """A list of short texts, one per line (empty lines dropped)."""

        def edited() -> None:
            items = [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]
            if items != self.doc.meeting.get_field(path):
                self._set(path, items, label, merge=True)

        widget.textChanged.connect(edited)

        def refresh() -> None:
            items = self.doc.meeting.get_field(path)
            current = [x.strip() for x in widget.toPlainText().splitlines() if x.strip()]
            if current != items:
                _set_plain(widget, "\n".join(items))

        self._add(path, refresh)

    def bind_spin(
        self, widget: QSpinBox, path: str, label: str = "", *, none_at_minimum: bool = False
    ) -> None:
        """An int field; with ``none_at_minimum`` the spin box's minimum means "not set"."""

        def edited(value: int) -> None:
            new = None if none_at_minimum and value == widget.minimum() else value
            if new != self.doc.meeting.get_field(path):
                self._set(path, new, label, merge=True)

        widget.valueChanged.connect(edited)

        def refresh() -> None:
            value = self.doc.meeting.get_field(path)
            with QSignalBlocker(widget):
                widget.setValue(widget.minimum() if value is None else int(value))

        self._add(path, refresh)

    def bind_combo(self, widget: QComboBox, path: str, label: str = "") -> None:
        """A combo box whose item data are the enum members (or None)."""

        def edited(index: int) -> None:
            value = widget.itemData(index)
            if value != self.doc.meeting.get_field(path):
                self._set(path, value, label, merge=False)

        widget.currentIndexChanged.connect(edited)

        def refresh() -> None:
            value = self.doc.meeting.get_field(path)
            key = value.value if isinstance(value, Enum) else value
            for i in range(widget.count()):
                data = widget.itemData(i)
                if (data.value if isinstance(data, Enum) else data) == key:
                    with QSignalBlocker(widget):
                        widget.setCurrentIndex(i)
                    return

        self._add(path, refresh)

    def bind_check(self, widget: QCheckBox, path: str, label: str = "") -> None:
        widget.toggled.connect(lambda on: self._set(path, bool(on), label, merge=False))

        def refresh() -> None:
            with QSignalBlocker(widget):
                widget.setChecked(bool(self.doc.meeting.get_field(path)))

        self._add(path, refresh)

    def bind_datetime(self, widget: DateTimeField, path: str, label: str = "") -> None:
        def edited(value: datetime) -> None:
            moment = value.replace(second=0, microsecond=0)
            if moment != self.doc.meeting.get_field(path):
                self._set(path, moment, label, merge=False)

        widget.changed.connect(edited)

        def refresh() -> None:
            moment: datetime = self.doc.meeting.get_field(path)
            if moment != widget.value():
                widget.set_value(moment)

        self._add(path, refresh)

    def set_read_only(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            if hasattr(widget, "setReadOnly"):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)

    def refresh_all(self) -> None:
        for _, refresh in self._refreshers:
            refresh()

    # -- internals ------------------------------------------------------------------
    def _add(self, path: str, refresh: Callable[[], None]) -> None:
        self._refreshers.append((path, refresh))
        refresh()

    def _set(self, path: str, value: Any, label: str, *, merge: bool) -> None:
        self.doc.push(SetFieldCommand(self.doc, path, value, label=label, merge=merge))

    def _on_changed(self, topic: str) -> None:
        for path, refresh in self._refreshers:
            if concerns(topic, path):
                refresh()


def _set_text(widget: QLineEdit, text: str) -> None:
    if widget.text() != text:
        with QSignalBlocker(widget):
            widget.setText(text)


def _set_plain(widget: QPlainTextEdit, text: str) -> None:
    if widget.toPlainText() != text:
        with QSignalBlocker(widget):
            widget.setPlainText(text)
