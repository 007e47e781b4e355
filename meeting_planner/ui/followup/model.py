"""The Due table: one row per answer or decision owed to a candidate, with its deadline."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from ...domain.followup import DueItem, DueState, What
from ...domain.model import Status

COL_STATE, COL_WHAT, COL_CANDIDATE, COL_ROLE, COL_DUE, COL_STATUS = range(6)
COLUMN_COUNT = 6
# The DueItem of a row, and the value the view sorts by.
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

DUE_FORMAT = "ddd d MMM HH:mm"

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("DueView", text, None, count)


def span_text(span: timedelta) -> str:
    """A rough length of time for people: "40 min", "5 h", "3 days"."""
    minutes = max(int(span.total_seconds() // 60), 0)
    if minutes < 60:
        return _tr("{0} min").format(max(minutes, 1))
    hours = minutes // 60
    if hours < 48:
        return _tr("{0} h").format(hours)
    return _tr("%n days", hours // 24)


def state_text(item: DueItem, now: datetime) -> str:
    if item.state is DueState.DONE:
        return _tr("Done")
    if item.state is DueState.OVERDUE:
        return _tr("Overdue by {0}").format(span_text(item.overdue_by(now)))
    if item.state is DueState.DUE_TODAY:
        return _tr("Due today, in {0}").format(span_text(item.moment() - now))
    return _tr("Due in {0}").format(span_text(item.moment() - now))


def what_text(what: What) -> str:
    return {What.FEEDBACK: _tr("Feedback"), What.DECISION: _tr("Decision")}[what]


def status_text(status: Status) -> str:
    return {
        Status.PLANNED: _tr("Planned (not marked held)"),
        Status.HELD: _tr("Held"),
        Status.DEBRIEFED: _tr("Debriefed"),
        Status.FEEDBACK_SENT: _tr("Feedback sent"),
        Status.CLOSED: _tr("Closed"),
    }[status]


def state_colour(state: DueState) -> QColor | None:
    """A background that marks what needs action, readable on light and dark palettes."""
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    if state is DueState.OVERDUE:
        return QColor("#5c1f1f") if dark else QColor("#f8d7d5")
    if state is DueState.DUE_TODAY:
        return QColor("#5a4a12") if dark else QColor("#fcefc7")
    return None


class DueTableModel(QAbstractTableModel):
    """The items owed across meetings; ``now`` fixes the wording ("overdue by 5 h")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[DueItem] = []
        self.now = datetime.now()

    @property
    def items(self) -> list[DueItem]:
        return list(self._items)

    def set_items(self, items: list[DueItem], now: datetime) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.now = now
        self.endResetModel()

    def item(self, row: int) -> DueItem:
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COL_STATE: _tr("State"),
            COL_WHAT: _tr("What"),
            COL_CANDIDATE: _tr("Candidate"),
            COL_ROLE: _tr("Role"),
            COL_DUE: _tr("Due"),
            COL_STATUS: _tr("Meeting"),
        }
        return titles.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == ITEM_ROLE:
            return item
        if role == SORT_ROLE:
            return self._sort_value(item, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return state_colour(item.state)
        if role == Qt.ItemDataRole.FontRole and column == COL_STATE and item.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _display(self, item: DueItem, column: int) -> str | None:
        if column == COL_STATE:
            return state_text(item, self.now)
        if column == COL_WHAT:
            return what_text(item.what)
        if column == COL_CANDIDATE:
            return item.candidate or item.title or _tr("(no name)")
        if column == COL_ROLE:
            return item.role
        if column == COL_DUE:
            return _format(item.due)
        if column == COL_STATUS:
            return status_text(item.status)
        return None

    def _sort_value(self, item: DueItem, column: int) -> Any:
        if column == COL_STATE:
            return f"{item.sort_key()[0]}{item.due.isoformat()}"
        if column == COL_DUE:
            return item.due.isoformat()
        return (self._display(item, column) or "").casefold()

    def _tooltip(self, item: DueItem) -> str:
        if item.what is What.FEEDBACK:
            text = _tr("The answer to {0} is due {1}.")
        else:
            text = _tr("The decision on {0} is due {1}.")
        text = text.format(item.candidate or item.title, _format(item.due))
        if item.done_at is not None:
            text += " " + _tr("Sent {0}.").format(_format(item.done_at))
        if item.status is Status.PLANNED:
            text += " " + _tr("The meeting is past but not marked held.")
        return text


def _format(moment: datetime) -> str:
    from PySide6.QtCore import QDateTime, QLocale

    return QLocale().toString(QDateTime(moment), DUE_FORMAT)


# Which states each choice of the view's filter shows.
FILTERS: dict[str, frozenset[DueState]] = {
    "open": frozenset({DueState.OVERDUE, DueState.DUE_TODAY, DueState.UPCOMING}),
    "action": frozenset({DueState.OVERDUE, DueState.DUE_TODAY}),
    "overdue": frozenset({DueState.OVERDUE}),
    "done": frozenset({DueState.DONE}),
    "all": frozenset(DueState),
}


class DueFilterProxy(QSortFilterProxyModel):
    """Sorts by the model's sort values and shows only the chosen states."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.states: frozenset[DueState] = FILTERS["all"]
        self.setSortRole(SORT_ROLE)

    def set_filter(self, key: str) -> None:
        self.beginFilterChange()
        self.states = FILTERS[key]
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, DueTableModel) or source_row >= model.rowCount():
            return False
        return model.item(source_row).state in self.states
