"""A date-and-time field people can type into: "9 Dec 2026 13:00", "onsdag 9 december kl.
13.00", "2026-12-09 13:00", or pick from a calendar; a clear line says what is wrong."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ...domain.when import WhenError, format_when_field, parse_when
from .i18n import installed_language


class DateTimeField(QWidget):
    """Emits ``changed(datetime)`` when a typed or picked moment is accepted. Text that
    is not a date stays as typed, the value stays as it was, and the reason shows below
    the field until the text is fixed. ``refused_changed(bool)`` says when that reason
    shows and goes, for a dialog that must not go on with the old value meanwhile."""

    changed = Signal(object)
    refused_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, saved: bool = True):
        """``saved``: whether the field shows a value already kept (a meeting's), which
        text it cannot read leaves as it was; a new meeting's field has nothing kept
        yet, and says only that it could not read the text."""
        super().__init__(parent)
        self._value: datetime | None = None
        self._refused = False
        self._saved = saved
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Date and time"))
        self.edit.setPlaceholderText(self.tr("e.g. 9 Dec 2026 13:00"))
        self.edit.setToolTip(
            self.tr(
                "Type a date and time as you would write it, in English, Swedish or Danish, "
                "or as 2026-12-09 13:00; or pick the day from the calendar."
            )
        )
        self.edit.editingFinished.connect(self._typed)
        self.edit.textChanged.connect(self._edited)
        self.picker = QToolButton(self)
        self.picker.setText("…")
        self.picker.setToolTip(self.tr("Pick the day from a calendar"))
        self.picker.setAccessibleName(self.tr("Pick the day from a calendar"))
        self.picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.picker)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.picker.setMenu(menu)
        self.error = QLabel(self)
        self.error.setObjectName("DateError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("QLabel#DateError { color: #b3261e; }")
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.picker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)

    # -- value ----------------------------------------------------------------------------
    def value(self) -> datetime | None:
        return self._value

    def set_value(self, moment: datetime) -> None:
        """Show ``moment`` (no signal): the model changed, not the user."""
        self._value = moment
        self.edit.setText(format_when_field(moment, installed_language()))
        self.calendar.setSelectedDate(QDate(moment.year, moment.month, moment.day))
        self._clear_error()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 (Qt's spelling, for the binder)
        self.edit.setReadOnly(read_only)
        self.picker.setEnabled(not read_only)

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisible() else ""

    def refused(self) -> bool:
        """Whether the field shows text it could not read, with the reason below it."""
        return self._refused

    def commit(self) -> bool:
        """Reads what is typed now, as leaving the field does; False (with the reason
        shown) when it is not a date."""
        self._typed()
        return not self._refused

    # -- edits ----------------------------------------------------------------------------
    def _typed(self) -> None:
        text = self.edit.text()
        if self._shown(text):
            self._clear_error()
            return
        try:
            moment = self._parse(text)
        except WhenError as error:
            reason = self.tr("Not changed: {0}.") if self._saved else self.tr("Not read: {0}.")
            self.error.setText(reason.format(str(error)))
            self.error.show()
            self.edit.setProperty("invalid", True)
            self._set_refused(True)
            return
        self._accept(moment)

    def _edited(self, text: str) -> None:
        # Put right, the reason goes at once; the value itself changes on leaving. Text
        # half typed is not refused until the user leaves the field.
        if self._refused and self._reason(text) is None:
            self._clear_error()

    def _shown(self, text: str) -> bool:
        return self._value is not None and text == format_when_field(
            self._value, installed_language()
        )

    def _parse(self, text: str) -> datetime:
        keep = self._value.time() if self._value is not None else None
        return parse_when(text, keep, installed_language())

    def _reason(self, text: str) -> str | None:
        if self._shown(text):
            return None
        try:
            self._parse(text)
        except WhenError as error:
            return str(error)
        return None

    def _set_refused(self, refused: bool) -> None:
        if refused != self._refused:
            self._refused = refused
            self.refused_changed.emit(refused)

    def _picked(self, day: QDate) -> None:
        at = self._value.time() if self._value is not None else time(9, 0)
        self._accept(datetime(day.year(), day.month(), day.day(), at.hour, at.minute))
        if self.picker.menu() is not None:
            self.picker.menu().hide()

    def _accept(self, moment: datetime) -> None:
        changed = moment != self._value
        self.set_value(moment)
        if changed:
            self.changed.emit(moment)

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self.edit.setProperty("invalid", False)
        self._set_refused(False)
