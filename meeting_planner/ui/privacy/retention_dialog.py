"""The retention review: closed meetings kept too long, and erasing their personal data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.retention import RetentionItem

COL_CANDIDATE, COL_ROLE, COL_CLOSED, COL_DUE = range(4)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_FORMAT = "%d %b %Y"

Index = QModelIndex | QPersistentModelIndex


class RetentionTableModel(QAbstractTableModel):
    """The meetings past retention; ITEM_ROLE gives a row's RetentionItem."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[RetentionItem] = []

    def set_items(self, items: list[RetentionItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[RetentionItem]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Candidate"), self.tr("Role"), self.tr("Ended"), self.tr("Due since"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        meeting = item.meeting
        column = index.column()
        if column == COL_CANDIDATE:
            return meeting.candidate.name or meeting.title or self.tr("(no name)")
        if column == COL_ROLE:
            return meeting.role.title
        if column == COL_CLOSED:
            day = item.closed.strftime(DATE_FORMAT)
            return self.tr("{0}, never closed").format(day) if item.never_closed else day
        if column == COL_DUE:
            return item.due.strftime(DATE_FORMAT)
        return None


class RetentionDialog(QDialog):
    """Lists the meetings past retention; asks the caller to erase the chosen ones."""

    erase_requested = Signal(list)
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, read_only: bool = False):
        super().__init__(parent)
        self.setObjectName("RetentionDialog")
        self.setWindowTitle(self.tr("Retention review"))
        self.read_only = read_only
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RetentionTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Meetings past retention"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CANDIDATE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_CLOSED, COL_DUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("Nothing to review: no meeting is kept too long."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.what = QLabel(
            self.tr(
                "Erasing removes names, contact details, notes, ratings and every free text "
                "about the candidate, from the store and its backups. The meeting stays as "
                "anonymous figures (dates, decision, concern and decline categories) for "
                "insights."
            ),
            self,
        )
        self.what.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Change period…"), self)
        self.settings_button.clicked.connect(self.settings_requested)
        self.select_all_button = QPushButton(self.tr("Select all"), self)
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.erase_button = QPushButton(self.tr("Erase personal data"), self)
        self.erase_button.clicked.connect(self._erase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.settings_button)
        row.addStretch(1)
        row.addWidget(self.select_all_button)
        row.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.what)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(640, 400)
        self._update_buttons()

    def set_items(self, items: list[RetentionItem], months: int) -> None:
        self.model.set_items(items)
        self.intro.setText(
            self.tr(
                "Closed meetings kept longer than {0} months after closing. Select the ones "
                "to erase; each candidate's personal data goes for good."
            ).format(months)
        )
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.items()[row].meeting.id for row in rows]

    def _update_buttons(self) -> None:
        has_items = self.model.rowCount() > 0
        self.select_all_button.setEnabled(has_items)
        self.erase_button.setEnabled(not self.read_only and bool(self.selected_ids()))
        self.settings_button.setEnabled(not self.read_only)

    def _erase(self) -> None:
        chosen = self.selected_ids()
        if chosen:
            self.erase_requested.emit(chosen)
