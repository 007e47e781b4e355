"""The Due view: every answer and decision owed across meetings, overdue first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.followup import DueItem, DueState
from .model import (
    COL_CANDIDATE,
    COL_DUE,
    COL_ROLE,
    COL_STATE,
    COL_STATUS,
    COL_WHAT,
    ITEM_ROLE,
    DueFilterProxy,
    DueTableModel,
)


class DueView(QWidget):
    """A filterable table of follow-ups; double-clicking a row opens its meeting."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DueView")
        self.model = DueTableModel(self)
        self.proxy = DueFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show"))
        for key, text in (
            ("all", self.tr("Everything")),
            ("open", self.tr("Still to do")),
            ("action", self.tr("Overdue and due today")),
            ("overdue", self.tr("Overdue only")),
            ("done", self.tr("Done")),
        ):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        show_label = QLabel(self.tr("&Show:"), self)
        show_label.setBuddy(self.filter)

        self.table = QTableView(self)
        self.table.setObjectName("DueTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_STATE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Due follow-ups"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (COL_STATE, COL_WHAT, COL_CANDIDATE, COL_DUE, COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(show_label)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note, 1)
        self._update_notes()

    def set_items(self, items: list[DueItem], now: datetime) -> None:
        self.model.set_items(items, now)
        self._update_notes()

    def set_filter(self, key: str) -> None:
        self.filter.setCurrentIndex(self.filter.findData(key))

    def selected_item(self) -> DueItem | None:
        index = self.table.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def _filter_changed(self) -> None:
        self.proxy.set_filter(self.filter.currentData())
        self._update_notes()

    def _open_index(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, DueItem):
            self.open_requested.emit(item.id)

    def _update_notes(self) -> None:
        items = self.model.items
        counts = {state: sum(1 for i in items if i.state is state) for state in DueState}
        parts = []
        if counts[DueState.OVERDUE]:
            parts.append(self.tr("%n overdue", "", counts[DueState.OVERDUE]))
        if counts[DueState.DUE_TODAY]:
            parts.append(self.tr("%n due today", "", counts[DueState.DUE_TODAY]))
        if counts[DueState.UPCOMING]:
            parts.append(self.tr("%n coming up", "", counts[DueState.UPCOMING]))
        if counts[DueState.DONE]:
            parts.append(self.tr("%n done", "", counts[DueState.DONE]))
        self.summary.setText(
            " · ".join(parts) if parts else self.tr("No meeting has taken place yet.")
        )
        empty = self.proxy.rowCount() == 0
        if empty and items:
            self.empty_note.setText(self.tr("Nothing here with this choice."))
        elif empty:
            self.empty_note.setText(
                self.tr(
                    "Once a meeting has taken place, the answer each candidate is "
                    "waiting for and your decision are listed here, with their deadlines."
                )
            )
        self.empty_note.setVisible(empty)
        self.table.setVisible(not empty)
