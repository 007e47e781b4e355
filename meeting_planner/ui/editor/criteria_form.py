"""The Criteria tab: the ranked selection criteria, most important first, with question hints;
a criterion with open review comments is marked by its name."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.comments import CRITERION, open_by_id
from ...domain.library import DialogueQuestion, library
from ...domain.model import Criterion
from ...domain.team import Comment
from ..core.commands import (
    AddCriterionCommand,
    RankCriteriaCommand,
    RemoveCriterionCommand,
    UpdateCriterionCommand,
)
from ..core.document import MeetingDocument
from ..shared.comment_marks import (
    COMMENTS_KEY,
    COMMENTS_TOPIC,
    MARK_ROLES,
    CommentMarkDelegate,
    as_tooltip,
    comment_target,
    escaped,
    marker_data,
)

AnyIndex = QModelIndex | QPersistentModelIndex

# The role that returns the domain object behind a row.
CriterionRole = Qt.ItemDataRole.UserRole + 1


class CriteriaModel(QAbstractTableModel):
    """The meeting's criteria in their list order (rank order once ranked)."""

    COL_RANK, COL_NAME, COL_DESCRIPTION, COL_EVIDENCE = range(4)
    _FIELDS = ("rank", "name", "description", "good_evidence")

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self._count = len(doc.meeting.criteria)
        # Each criterion's open review comments, worked out on the first paint after a change.
        self._open: dict[str, list[Comment]] | None = None
        doc.changed.connect(self._on_changed)

    @property
    def criteria(self) -> list[Criterion]:
        return self.doc.meeting.criteria

    def open_comments(self, criterion_id: str) -> list[Comment]:
        if self._open is None:
            self._open = open_by_id(self.doc.meeting, CRITERION)
        return self._open.get(criterion_id, [])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.criteria)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._FIELDS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation == Qt.Orientation.Vertical:
            return None
        return (
            self.tr("Rank"),
            self.tr("Criterion"),
            self.tr("What it means"),
            self.tr("Good evidence looks like"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.criteria):
            return None
        criterion = self.criteria[index.row()]
        column = index.column()
        if role == CriterionRole:
            return criterion
        if column == self.COL_NAME and role in MARK_ROLES:
            return self._marked(criterion, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.COL_RANK:
                return "–" if criterion.rank is None else str(criterion.rank)
            return getattr(criterion, self._FIELDS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_RANK:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column != self.COL_RANK:
            text = getattr(criterion, self._FIELDS[column])
            return as_tooltip(escaped(text)) if text else None
        return None

    def _marked(self, criterion: Criterion, role: int) -> object:
        """The name's comment marker: the bubble, the comments in its tooltip (the name
        below), and the same for a screen reader."""
        name = escaped(criterion.name) if criterion.name else ""
        hint = self.tr("Click the bubble to open the Comments tab.")
        return marker_data(role, self.open_comments(criterion.id), name, hint)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.doc.read_only or index.column() == self.COL_RANK:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == self.COL_RANK:
            return False
        criterion = self.criteria[index.row()]
        name = self._FIELDS[index.column()]
        limit = rules.SHORT_TEXT_MAX if name == "name" else rules.LONG_TEXT_MAX
        value = str(value)[:limit]
        if getattr(criterion, name) == value:
            return False
        return self.doc.push(
            UpdateCriterionCommand(self.doc, criterion.id, merge=True, **{name: value})
        )

    def _on_changed(self, topic: str) -> None:
        self._open = None
        if topic not in ("", "criteria", COMMENTS_TOPIC):
            return
        if len(self.criteria) == self._count:
            if self._count:
                last = self.index(self._count - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._count = len(self.criteria)
        self.endResetModel()


def questions_for(name: str, questions: dict[str, tuple[DialogueQuestion, ...]]) -> list[str]:
    """Library dialogue questions for a criterion named in the user's words.

    The library files its questions under keys such as ``problem_solving``; a
    criterion "Problem solving" or "Problem-solving skills" finds them, and so
    does any criterion sharing a distinctive word with the key.
    """
    words = [w for w in re.split(r"[^a-z0-9]+", name.lower()) if w]
    joined = "_".join(words)
    for key, items in questions.items():
        if key == joined or joined.startswith(key + "_"):
            return [q.text for q in items]
    for key, items in questions.items():
        key_words = set(key.split("_"))
        if any(len(w) > 3 and (w in key_words or key.startswith(w)) for w in words):
            return [q.text for q in items]
    return []


class CriteriaForm(QWidget):
    """The criteria table, add, remove, move up and down, and question hints. Opening a
    criterion's review comment (its marker, or the key) emits ``comment_activated``."""

    comment_activated = Signal(str)

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.model = CriteriaModel(doc, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.marks = CommentMarkDelegate(self.table)
        self.marks.comment_clicked.connect(self.comment_activated)
        self.table.setItemDelegateForColumn(CriteriaModel.COL_NAME, self.marks)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Selection criteria"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CriteriaModel.COL_RANK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CriteriaModel.COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CriteriaModel.COL_NAME, 170)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = self._button(self.tr("&Add criterion"), self.tr("Add a criterion"))
        self.remove_button = self._button(
            self.tr("&Remove"), self.tr("Remove the selected criterion")
        )
        self.up_button = self._button(self.tr("Move &up"), self.tr("Rank the criterion higher"))
        self.down_button = self._button(self.tr("Move &down"), self.tr("Rank the criterion lower"))
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        remove_action = QAction(self.tr("Remove criterion"), self.table)
        remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(remove_action)
        self.comments_action = QAction(self.tr("Show comments"), self.table)
        self.comments_action.setShortcut(QKeySequence(COMMENTS_KEY))
        self.comments_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.comments_action.triggered.connect(self.show_comments)
        self.table.addAction(self.comments_action)

        caption = QLabel(
            self.tr(
                "Rank what matters most first. The ranking drives the debrief form and the"
                " feedback to the candidate; more than {0} criteria dilute both."
            ).format(rules.DEFAULT_THRESHOLDS.max_criteria)
        )
        caption.setWordWrap(True)
        caption.setBuddy(self.table)

        self.hints = QListWidget()
        self.hints.setWordWrap(True)
        self.hints.setAccessibleName(self.tr("Dialogue questions for the selected criterion"))
        self.hints.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.hints_box = QGroupBox(self.tr("Questions for a two-way dialogue"))
        box_layout = QVBoxLayout(self.hints_box)
        self.hints_note = QLabel()
        self.hints_note.setWordWrap(True)
        box_layout.addWidget(self.hints_note)
        box_layout.addWidget(self.hints)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(caption)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.hints_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.model.dataChanged.connect(self._selection_changed)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    # -- actions ---------------------------------------------------------------------
    def add_criterion(self) -> None:
        criteria = self.doc.meeting.criteria
        ranked = all(c.rank is not None for c in criteria)
        criterion = Criterion(
            name=self.tr("New criterion"), rank=len(criteria) + 1 if ranked else None
        )
        if self.doc.push(AddCriterionCommand(self.doc, criterion)):
            index = self.model.index(len(criteria) - 1, CriteriaModel.COL_NAME)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def remove_selected(self) -> None:
        row = self.current_row()
        if row is not None:
            self.doc.push(RemoveCriterionCommand(self.doc, self.doc.meeting.criteria[row].id))

    def move_selected(self, step: int) -> None:
        """Move the selected criterion up (-1) or down (1); the list order becomes the ranking."""
        row = self.current_row()
        if row is None or not 0 <= row + step < len(self.doc.meeting.criteria):
            return
        ids = [c.id for c in self.doc.meeting.criteria]
        ids[row], ids[row + step] = ids[row + step], ids[row]
        if self.doc.push(RankCriteriaCommand(self.doc, ids)):
            self.table.selectRow(row + step)

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def show_comments(self) -> None:
        """Open the selected criterion's first open review comment in the Comments tab."""
        row = self.current_row()
        if row is None:
            return
        comments = self.model.open_comments(self.doc.meeting.criteria[row].id)
        if comments:
            self.comment_activated.emit(comment_target(comments[0].id))

    def focus_criteria(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and self.current_row() is None:
            self.table.selectRow(0)

    # -- internals ------------------------------------------------------------------
    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        return button

    def _selection_changed(self, *_: object) -> None:
        row = self.current_row()
        count = len(self.doc.meeting.criteria)
        editable = not self.doc.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row is not None)
        self.up_button.setEnabled(editable and row is not None and row > 0)
        self.down_button.setEnabled(editable and row is not None and row < count - 1)
        self._show_hints(row)

    def _show_hints(self, row: int | None) -> None:
        self.hints.clear()
        if row is None or row >= len(self.doc.meeting.criteria):
            self.hints_note.setText(self.tr("Select a criterion to see questions that fit it."))
            return
        criterion = self.doc.meeting.criteria[row]
        questions = questions_for(
            criterion.name, library(self.doc.meeting.language).dialogue_questions
        )
        if not questions:
            self.hints_note.setText(
                self.tr("The library has no questions for “{0}” yet.").format(criterion.name)
            )
            return
        self.hints_note.setText(
            self.tr("Ask about working together, and share your own example too:")
        )
        self.hints.addItems(questions)
