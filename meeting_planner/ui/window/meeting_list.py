"""The meetings list: a model over the store's summaries, a sort/filter proxy and its panel."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Status
from ...domain.plain import record
from ..shared.formatting import format_moment

if TYPE_CHECKING:
    from ...store import MeetingSummary

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
# The status filter's item data for "only meetings whose follow-up is due".
FOLLOW_UP_FILTER = "follow-up"

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingList", text)


class FollowUp(IntEnum):
    """How urgent the answer to the candidate is."""

    NONE = 0
    DUE_TODAY = 1
    OVERDUE = 2


def follow_up_state(summary: MeetingSummary, now: datetime | None = None) -> FollowUp:
    """Whether the candidate's answer is due today or overdue (only once the meeting is over)."""
    if summary.feedback_sent or summary.status in (Status.FEEDBACK_SENT, Status.CLOSED):
        return FollowUp.NONE
    # Loaded with the meetings, after the window shows (the module needs the model).
    from ...domain.followup import local_time, zone_name_of

    # On this computer's clock: the meeting's times are where it is (see followup).
    where = zone_name_of(summary)
    due = local_time(summary.feedback_due, where)
    now = local_time(now or datetime.now())
    if due < now:
        return FollowUp.OVERDUE
    if due.date() == now.date() and local_time(summary.start, where) <= now:
        return FollowUp.DUE_TODAY
    return FollowUp.NONE


def status_label(status: Status) -> str:
    return {
        Status.PLANNED: _tr("Planned"),
        Status.HELD: _tr("Held"),
        Status.DEBRIEFED: _tr("Debriefed"),
        Status.FEEDBACK_SENT: _tr("Feedback sent"),
        Status.CLOSED: _tr("Closed"),
    }[status]


def urgent_colour(palette: QPalette, state: FollowUp) -> QColor:
    """A warning colour readable on the palette's base, light or dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    if state is FollowUp.OVERDUE:
        return QColor("#ff8a80") if dark else QColor("#b00020")
    return QColor("#ffd180") if dark else QColor("#8a5300")


class MeetingListModel(QAbstractListModel):
    """One row per stored meeting; the row's domain summary is under SUMMARY_ROLE.

    A list view asks each row for its text many times (sizes, painting, sorting):
    what does not change with the clock is made once per row and kept until the
    row changes."""

    def __init__(self, summaries: list[MeetingSummary] | None = None, parent=None):
        super().__init__(parent)
        self._rows: list[MeetingSummary] = list(summaries or [])
        self._texts: list[_RowTexts | None] = [None] * len(self._rows)
        # Fixed per model so a list does not change its marks while the user reads it.
        self.now: datetime | None = None
        # Meetings under way in meeting mode (a state of the app, not of the plan).
        self._running: set[str] = set()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        summary = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row).replace("\n", ", ")
        if role == Qt.ItemDataRole.ForegroundRole:
            state = follow_up_state(summary, self.now)
            if state is FollowUp.NONE:
                return None
            return urgent_colour(QGuiApplication.palette(), state)
        if role == SUMMARY_ROLE:
            return summary
        if role == ID_ROLE:
            return summary.id
        if role == FOLLOW_UP_ROLE:
            return int(follow_up_state(summary, self.now))
        return self._row_texts(row).sort_key

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- changes -------------------------------------------------------------------
    def reset(self, summaries: list[MeetingSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def upsert(self, summary: MeetingSummary) -> None:
        """Refresh the meeting's row, or add one for a new meeting."""
        row = self.row_of(summary.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(summary)
            self._texts.append(None)
            self.endInsertRows()
        else:
            self._rows[row] = summary
            self._texts[row] = None
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def remove(self, meeting_id: str) -> None:
        row = self.row_of(meeting_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            del self._texts[row]
            self.endRemoveRows()

    def set_running(self, meeting_id: str, running: bool) -> None:
        """Show the meeting as in progress (its clock runs) or as its status says."""
        if running == (meeting_id in self._running):
            return
        if running:
            self._running.add(meeting_id)
        else:
            self._running.discard(meeting_id)
        row = self.row_of(meeting_id)
        if row is not None:
            self._texts[row] = None
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def row_of(self, meeting_id: str) -> int | None:
        return next((n for n, s in enumerate(self._rows) if s.id == meeting_id), None)

    # -- texts ---------------------------------------------------------------------
    def _row_texts(self, row: int) -> _RowTexts:
        texts = self._texts[row]
        if texts is None:
            summary = self._rows[row]
            texts = self._texts[row] = _RowTexts.of(summary, summary.id in self._running)
        return texts

    def _display(self, row: int) -> str:
        text = self._row_texts(row).text
        state = follow_up_state(self._rows[row], self.now)
        if state is FollowUp.OVERDUE:
            return _tr("{0}\nFeedback to the candidate is overdue").format(text)
        if state is FollowUp.DUE_TODAY:
            return _tr("{0}\nFeedback to the candidate is due today").format(text)
        return text

    def _tooltip(self, summary: MeetingSummary) -> str:
        due = format_moment(summary.feedback_due)
        if summary.feedback_sent:
            return _tr("Feedback sent to the candidate.")
        return _tr("The candidate's answer is due by {0}.").format(due)


# The roles the list's model answers; a view asks for many others (fonts, icons...).
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        SUMMARY_ROLE,
        ID_ROLE,
        FOLLOW_UP_ROLE,
        SORT_ROLE,
    }
)


@record(frozen=True)
class _RowTexts:
    """A row's texts that do not change with the clock."""

    text: str
    sort_key: str

    @classmethod
    def of(cls, summary: MeetingSummary, running: bool = False) -> _RowTexts:
        who = summary.candidate or _tr("(no candidate yet)")
        role = summary.role or summary.title or _tr("(no role yet)")
        when = format_moment(summary.start)
        status = status_label(summary.status)
        if running and summary.status is Status.PLANNED:
            status = _tr("In progress")
        line = _tr("{0} · {1}").format(when, status)
        return cls(
            text=_tr("{0}: {1}\n{2}").format(who, role, line),
            sort_key=f"{summary.start.isoformat()} {summary.id}",
        )


class MeetingFilterProxy(QSortFilterProxyModel):
    """Sorts by start time and keeps the rows that match the search and the status filter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self._status: Status | str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange()

    def set_status(self, status: Status | str | None) -> None:
        """A Status, FOLLOW_UP_FILTER, or None for every meeting."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        summary: MeetingSummary = model.data(index, SUMMARY_ROLE)
        if summary is None:
            return False
        if self._status == FOLLOW_UP_FILTER:
            if model.data(index, FOLLOW_UP_ROLE) == FollowUp.NONE:
                return False
        elif self._status is not None and summary.status != self._status:
            return False
        if not self._needle:
            return True
        haystack = " ".join((summary.candidate, summary.role, summary.title)).casefold()
        return all(word in haystack for word in self._needle.split())


class MeetingListPanel(QWidget):
    """Search box, status filter and the list; tells which meeting is selected."""

    # The selected meeting's id, or "" when none is selected.
    meeting_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._opening = False
        self.model = MeetingListModel(parent=self)
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search candidate or role"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search meetings"))
        self.search.textChanged.connect(self.proxy.set_search)

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show meetings"))
        self.status_filter.addItem(self.tr("All meetings"), None)
        self.status_filter.addItem(self.tr("Follow-up due"), FOLLOW_UP_FILTER)
        for status in Status:
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status_filter.currentData())
        )

        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Meetings"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSpacing(2)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        show_label = QLabel(self.tr("&Show:"), self)
        show_label.setBuddy(self.status_filter)
        filters = QHBoxLayout()
        filters.addWidget(show_label)
        filters.addWidget(self.status_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.view)

        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_empty_note)
            signal.connect(self._fit_scroll_bar)
        self._update_empty_note()

    def set_opening(self, opening: bool) -> None:
        """While the store is being opened the list says so instead of "No meetings yet"."""
        self._opening = opening
        self._update_empty_note()

    def set_summaries(self, summaries: list[MeetingSummary]) -> None:
        keep = self.current_id()
        self.model.reset(summaries)
        if keep:
            self.select(keep)

    def current_id(self) -> str:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) or "" if index.isValid() else ""

    def select(self, meeting_id: str) -> bool:
        """Select a meeting; clears the filters if they hide it. False if unknown."""
        row = self.model.row_of(meeting_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.meeting_selected.emit(current.data(ID_ROLE) or "" if current.isValid() else "")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_scroll_bar()

    def _fit_scroll_bar(self, *_args: object) -> None:
        """Show the scroll bar from the start when the meetings cannot all fit.

        A list of wrapped lines lays out every row again when its scroll bar appears
        (the rows get narrower); with the bar there before the first layout, 200
        meetings are laid out once. Every row has at least two lines, so with more
        rows than that fills, the bar would appear anyway."""
        view = self.view
        least = self.proxy.rowCount() * 2 * view.fontMetrics().height()
        needed = least > view.viewport().height()
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if needed else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if view.verticalScrollBarPolicy() != policy:
            view.setVerticalScrollBarPolicy(policy)

    def _update_empty_note(self) -> None:
        if self._opening:
            text = self.tr("Opening your meetings…")
        elif self.model.rowCount() == 0:
            text = self.tr("No meetings yet. Plan one with File > New meeting.")
        elif self.proxy.rowCount() == 0:
            text = self.tr("No meeting matches the search or filter.")
        else:
            text = ""
        self.empty_note.setText(text)
        self.empty_note.setVisible(bool(text))
