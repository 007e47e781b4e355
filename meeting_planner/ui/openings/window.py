"""The Openings window: each role's candidates side by side, from their scorecards and
plans; a double-click opens a candidate's meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Decision, Status

if TYPE_CHECKING:
    from ...domain.openings import Comparison, Opening
    from ...store import Store

MEETING_ID = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("Openings", text)


def _status(status: Status) -> str:
    return {
        Status.PLANNED: _tr("Planned"),
        Status.HELD: _tr("Held"),
        Status.DEBRIEFED: _tr("Debriefed"),
        Status.FEEDBACK_SENT: _tr("Feedback sent"),
        Status.CLOSED: _tr("Closed"),
    }[status]


def _decision(decision: Decision | None) -> str:
    if decision is None:
        return "–"
    return {
        Decision.ADVANCE: _tr("Next step"),
        Decision.OFFER: _tr("Offer"),
        Decision.REJECT: _tr("No"),
        Decision.HOLD: _tr("On hold"),
    }[decision]


class OpeningsWindow(QDialog):
    """Openings on the left, the chosen one's candidates in a table on the right."""

    # A meeting's id, to open it in the main window.
    open_meeting = Signal(str)
    # The chosen opening's id: put the meeting on screen in it.
    move_requested = Signal(str)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openingsWindow")
        self.setWindowTitle(_tr("Openings"))
        self.store = store
        self._now = now
        self.openings = QListWidget(self)
        self.openings.setObjectName("openingsList")
        self.openings.setAccessibleName(_tr("Openings"))
        self.openings.setWordWrap(True)
        self.openings.currentItemChanged.connect(lambda *_: self.show_current())
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(_tr("Candidates side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.table, 1)
        hint = QLabel(
            _tr("Ratings are the panel's mean per criterion; double-click a row to open it.")
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.move_here = QPushButton(_tr("&Put the meeting on screen in this opening"), self)
        self.move_here.setObjectName("moveToOpening")
        self.move_here.setVisible(False)
        self.move_here.clicked.connect(lambda: self.move_requested.emit(self.current_opening_id()))
        column.addWidget(self.move_here)
        splitter = QSplitter(self)
        splitter.addWidget(self.openings)
        splitter.addWidget(right)
        splitter.setSizes([260, 700])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(960, 420)
        self.reload()

    def reload(self, select: str = "") -> None:
        from ...store.opening_members import assign_all, members

        assign_all(self.store)
        chosen = select or self.current_opening_id()
        self.openings.clear()
        for opening in self.store.openings.list():
            count = len(members(self.store, opening.id))
            label = _tr("{0} ({1})").format(opening.title or _tr("(no role)"), count)
            item = QListWidgetItem(f"{label}\n{opening.team}" if opening.team else label)
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, opening.id)
            self.openings.addItem(item)
            if opening.id == chosen:
                self.openings.setCurrentItem(item)
        if self.openings.currentItem() is None and self.openings.count():
            self.openings.setCurrentRow(0)
        self.show_current()

    def current_opening_id(self) -> str:
        item = self.openings.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def show_current(self) -> None:
        from ...domain.openings import compare
        from ...store.opening_members import members

        opening = self.store.openings.get(self.current_opening_id())
        if opening is None:
            self.title.setText(_tr("No openings yet: they come with the first meeting of a role."))
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        ids = members(self.store, opening.id)
        self.show_comparison(opening, compare(opening, self.store.meetings.each(ids), self._now()))

    def show_comparison(self, opening: Opening, comparison: Comparison) -> None:
        self.title.setText(
            f"<b>{_escape(opening.title)}</b>"
            + (f" · {_escape(opening.team)}" if opening.team else "")
        )
        headers = [_tr("Candidate"), _tr("Status"), _tr("Decision"), _tr("Coach")]
        headers += comparison.criteria + [_tr("Next due")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(comparison.rows))
        for r, row in enumerate(comparison.rows):
            cells = [
                row.candidate or "?",
                _status(row.status),
                _decision(row.decision),
                str(row.score),
            ]
            cells += [_rating(row.ratings.get(name)) for name in comparison.criteria]
            cells.append(_due(row))
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(MEETING_ID, row.meeting_id)
                if 3 <= c < 4 + len(comparison.criteria):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _double_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_meeting.emit(item.data(MEETING_ID))


def _rating(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _due(row: object) -> str:
    due = getattr(row, "due", None)
    if due is None:
        return "–"
    what = _tr("Answer") if due.what.value == "feedback" else _tr("Decision")
    text = f"{what} {due.due:%Y-%m-%d %H:%M}"
    return _tr("{0} (overdue)").format(text) if due.overdue else text


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
