"""The People tab: who meets the candidate, as an editable table; every edit undoable. Open
review comments on the people are marked beside the tab's caption."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.addresses import is_address
from ...domain.comments import field_target, open_by_target
from ...domain.model import Part, Participant
from ...printable import one_line
from ..core.commands import (
    AddParticipantCommand,
    RemoveParticipantCommand,
    UpdateParticipantCommand,
)
from ..core.document import MeetingDocument
from ..shared.comment_marks import COMMENTS_TOPIC, CommentMarker

AnyIndex = QModelIndex | QPersistentModelIndex

# The role that returns the domain object behind a row.
ParticipantRole = Qt.ItemDataRole.UserRole + 1


def part_names() -> dict[Part, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ParticipantsModel", text)

    return {
        Part.MANAGER: tr("Hiring manager"),
        Part.COLLEAGUE: tr("Future colleague"),
        Part.RECRUITER: tr("Recruiter"),
        Part.OTHER: tr("Other"),
    }


class ParticipantsModel(QAbstractTableModel):
    """The meeting's participants, one row each; edits become undo commands."""

    COL_NAME, COL_TITLE, COL_PART, COL_EMAIL = range(4)
    _FIELDS = ("name", "title", "part", "email")

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self._count = len(doc.meeting.participants)
        doc.changed.connect(self._on_changed)

    @property
    def people(self) -> list[Participant]:
        return self.doc.meeting.participants

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._FIELDS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Part in the meeting"),
            self.tr("Email (for the invite)"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.people):
            return None
        person = self.people[index.row()]
        column = index.column()
        if role == ParticipantRole:
            return person
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_PART:
                return part_names()[person.part]
            return getattr(person, self._FIELDS[column])
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(person, self._FIELDS[column])
            return value.value if column == self.COL_PART else value
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_EMAIL:
            if person.email.strip() and not is_address(person.email):
                return self.tr("This does not look like an email address.")
            return self.tr(
                "Where the calendar invite reaches them; the hiring manager's address "
                "organises the candidate's invite."
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.doc.read_only else base | Qt.ItemFlag.ItemIsEditable

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        person = self.people[index.row()]
        name = self._FIELDS[index.column()]
        if name == "part":
            try:
                value = Part(value)
            except ValueError:
                return False
        else:
            # One line each, as every field of one line keeps (ui/core/binder.py).
            value = one_line(str(value))[: rules.SHORT_TEXT_MAX]
            if name == "email":
                value = value.strip()
        if getattr(person, name) == value:
            return False
        command = UpdateParticipantCommand(
            self.doc, person.id, merge=name != "part", **{name: value}
        )
        return self.doc.push(command)

    def _on_changed(self, topic: str) -> None:
        if topic not in ("", "participants"):
            return
        if len(self.people) == self._count:
            if self._count:
                last = self.index(self._count - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._count = len(self.people)
        self.endResetModel()


class PartDelegate(QStyledItemDelegate):
    """Edits the "part" column with a list of the parts a person can play."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for part, text in part_names().items():
            combo.addItem(text, part.value)
        combo.setAccessibleName(self.tr("Part in the meeting"))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PeopleForm(QWidget):
    """The participants table with add and remove buttons; the marker of the people's open
    review comments emits ``comment_activated`` when clicked."""

    comment_activated = Signal(str)

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.model = ParticipantsModel(doc, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ParticipantsModel.COL_PART, PartDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ParticipantsModel.COL_PART, QHeaderView.ResizeMode.ResizeToContents
        )
        self.add_button = QPushButton(self.tr("&Add person"))
        self.add_button.setAccessibleName(self.tr("Add a participant"))
        self.remove_button = QPushButton(self.tr("&Remove person"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected participant"))
        remove_action = QAction(self.tr("Remove person"), self.table)
        remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(remove_action)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        caption = QLabel(
            self.tr(
                "Who meets the candidate. A future colleague at the table shows the team"
                " and its culture better than any slide."
            )
        )
        caption.setWordWrap(True)
        caption.setBuddy(self.table)
        self.marker = CommentMarker(self.tr("People"))
        self.marker.activated.connect(self.comment_activated)
        top = QHBoxLayout()
        top.addWidget(caption, 1)
        top.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        self.add_button.setEnabled(not doc.read_only)
        doc.changed.connect(self._comments_changed)
        self._comments_changed("")

    def add_person(self) -> None:
        person = Participant(name=self.tr("New participant"), part=Part.COLLEAGUE)
        if self.doc.push(AddParticipantCommand(self.doc, person)):
            row = len(self.doc.meeting.participants) - 1
            index = self.model.index(row, ParticipantsModel.COL_NAME)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def remove_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        person = self.doc.meeting.participants[row]
        self.doc.push(RemoveParticipantCommand(self.doc, person.id))

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def focus_people(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and self.current_row() is None:
            self.table.selectRow(0)

    def _comments_changed(self, topic: str) -> None:
        if not topic or topic == COMMENTS_TOPIC:
            target = field_target("participants")
            self.marker.set_comments(open_by_target(self.doc.meeting).get(target, []))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(not self.doc.read_only and self.current_row() is not None)
