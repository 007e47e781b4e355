"""The agenda builder: palette, block table, details, balance bar and coach side by side."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.coach import Review
from ...domain.model import AgendaBlock, BlockKind, CaseTask
from ..core.commands import AddBlockCommand, MoveBlockCommand, RemoveBlockCommand
from ..core.document import MeetingDocument
from ..shared.comment_marks import COMMENTS_KEY, comment_target
from ..shared.icons import action_icon
from .balance_bar import BalanceBar
from .block_details import BlockDetails
from .coach_panel import CoachPanel
from .commands import AddCaseBlockCommand
from .delegates import AgendaItemDelegate
from .model import (
    BLOCK_ID_ROLE,
    COL_KIND,
    COL_MINUTES,
    COL_OWNER,
    COL_TIME,
    COL_TITLE,
    COL_TOPIC,
    AgendaTableModel,
)
from .palette import DEFAULT_MINUTES, BlockPalette
from .side_panel import SidePanel

BLOCK_TARGET_PREFIX = "block:"


# The columns sized to their content: (column, (starting width, widest) in average characters).
FITTED_COLUMNS = ((COL_KIND, (19, 24)), (COL_OWNER, (15, 26)), (COL_TOPIC, (14, 20)))


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaEditor", text)


# Below this width of the agenda builder, the palette and the coach fold to strips so
# that the table's columns stay readable (its fixed columns take about 500 pixels).
COMPACT_WIDTH = 1000
# The palette's and the coach's widths when unfolded, until the user drags them.
SIDE_WIDTHS = (180, 190)


# The agenda's own commands, each with its key (while the table has focus): the editor
# builds its actions from these, and Help > Keyboard shortcuts lists them.
AGENDA_ACTIONS: tuple[tuple[str, str, Callable[[], QKeySequence], str], ...] = (
    (
        "add",
        QT_TRANSLATE_NOOP("AgendaEditor", "&Add block"),
        lambda: QKeySequence(Qt.Key.Key_Insert),
        QT_TRANSLATE_NOOP(
            "AgendaEditor", "Add the block picked in the palette after the selected one"
        ),
    ),
    (
        "remove",
        QT_TRANSLATE_NOOP("AgendaEditor", "&Remove"),
        lambda: QKeySequence(QKeySequence.StandardKey.Delete),
        QT_TRANSLATE_NOOP("AgendaEditor", "Remove the selected block"),
    ),
    (
        "up",
        QT_TRANSLATE_NOOP("AgendaEditor", "Move &up"),
        lambda: QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up),
        QT_TRANSLATE_NOOP("AgendaEditor", "Move the selected block earlier"),
    ),
    (
        "down",
        QT_TRANSLATE_NOOP("AgendaEditor", "Move &down"),
        lambda: QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down),
        QT_TRANSLATE_NOOP("AgendaEditor", "Move the selected block later"),
    ),
    (
        "comments",
        QT_TRANSLATE_NOOP("AgendaEditor", "Show &comments"),
        lambda: QKeySequence(COMMENTS_KEY),
        QT_TRANSLATE_NOOP(
            "AgendaEditor", "Open the selected block's review comments in the Comments tab"
        ),
    ),
)


class AgendaEditor(QWidget):
    """Builds the agenda of one document; every edit is pushed as an undo command.

    Findings about a block select it here; findings about anything else are passed
    on through ``finding_activated`` for the meeting editor to show. A block's open
    review comments are marked in its row and listed in its details; opening one
    emits ``comment_activated`` with the comment's target.
    """

    finding_activated = Signal(str)
    comment_activated = Signal(str)

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.model = AgendaTableModel(doc, self)
        self.palette = BlockPalette(doc)
        self.balance = BalanceBar()
        self.coach = CoachPanel()
        self.details = BlockDetails(doc)
        self.table = self._make_table()
        self._reselect: tuple[str | None, int] = (None, -1)
        # Coalesces the refits that a burst of model signals asks for into one.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_columns)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.layoutChanged):
            signal.connect(lambda *_args: self._fit_timer.start())
        self.model.dataChanged.connect(lambda *_args: self._fit_timer.start())
        self._fitted: tuple[object, ...] | None = None

        slots = {
            "add": self.add_block,
            "remove": self.remove_selected,
            "up": lambda: self.move_selected(-1),
            "down": lambda: self.move_selected(1),
            "comments": self.show_comments,
        }
        # (the desktop theme's icon, the app's own)
        icons = {
            "remove": ("edit-delete", "remove-block"),
            "up": ("go-up", "move-up"),
            "down": ("go-down", "move-down"),
        }
        made = {
            key: self._action(_tr(text), shortcut(), _tr(tip), slots[key], icons.get(key))
            for key, text, shortcut, tip in AGENDA_ACTIONS
        }
        self.add_action, self.remove_action = made["add"], made["remove"]
        self.up_action, self.down_action = made["up"], made["down"]
        self.comments_action = made["comments"]
        self.palette.tree.addAction(self.add_action)
        toolbar = QToolBar(self.tr("Agenda"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setAccessibleName(self.tr("Agenda actions"))
        for action in (self.add_action, self.remove_action, self.up_action, self.down_action):
            toolbar.addAction(action)
            self.table.addAction(action)
        self.table.addAction(self.comments_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(toolbar)
        center_layout.addWidget(self.balance)
        self.center_splitter = QSplitter(Qt.Orientation.Vertical)
        self.center_splitter.setObjectName("agendaCenterSplitter")
        self.center_splitter.addWidget(self.table)
        self.center_splitter.addWidget(self.details)
        self.center_splitter.setStretchFactor(0, 3)
        self.center_splitter.setStretchFactor(1, 1)
        center_layout.addWidget(self.center_splitter, 1)

        # On a small window the palette and the coach fold to strips, so the table keeps
        # its columns readable; a click on a strip brings its panel back.
        self.palette_side = SidePanel(self.tr("Add a block"), self.palette, side="left")
        self.coach_side = SidePanel(self.tr("Coach"), self.coach, side="right")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("agendaSplitter")
        self.splitter.addWidget(self.palette_side)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.coach_side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([*SIDE_WIDTHS[:1], 760, *SIDE_WIDTHS[1:]])
        self._side_widths = list(SIDE_WIDTHS)
        self._compact: bool | None = None
        for index, side in ((0, self.palette_side), (2, self.coach_side)):
            side.folded_changed.connect(lambda folded, i=index: self._side_folded(i, folded))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.palette.tree, self.palette.use_case)
        self.setTabOrder(self.palette.use_case, self.table)
        self.setTabOrder(self.table, self.details.points)
        self.setTabOrder(self.details.points, self.details.notes)
        self.setTabOrder(self.details.notes, self.coach.list)

        self.palette.add_requested.connect(self._add)
        self.delegate.comment_clicked.connect(self.comment_activated)
        self.details.comment_activated.connect(self.comment_activated)
        self.coach.finding_activated.connect(self._finding_activated)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        # A mouse click moves the current row before it selects it, so the current row
        # alone does not say what is selected: both signals lead to the same update.
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._selection_changed)
        selection.selectionChanged.connect(self._selection_changed)
        doc.reviewed.connect(self._reviewed)
        self._reviewed(doc.review())
        self.set_read_only(doc.read_only)
        if self.model.rowCount():
            self.select_block(self.model.index(0, 0).data(BLOCK_ID_ROLE), focus=False)

    # -- public --------------------------------------------------------------------
    def select_block(self, block_id: str, *, focus: bool = True) -> None:
        row = self.model.row_of(block_id)
        if row < 0:
            return
        index = self.model.index(row, COL_TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        if focus:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_block_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(BLOCK_ID_ROLE)

    def set_read_only(self, read_only: bool) -> None:
        self.palette.setEnabled(not read_only)
        self.table.setDragEnabled(not read_only)
        self._update_actions()

    def add_block(self) -> None:
        """Add what the palette has picked, or a plain dialogue block."""
        entry = self.palette.current_entry()
        if entry is not None:
            self.palette.request(entry)
            return
        block = AgendaBlock(
            title=self.tr("New block"),
            kind=BlockKind.DIALOGUE,
            minutes=DEFAULT_MINUTES[BlockKind.DIALOGUE],
        )
        self._add(block, None)

    def remove_selected(self) -> None:
        block_id = self.selected_block_id()
        if block_id is not None:
            self.doc.push(RemoveBlockCommand(self.doc, block_id))

    def show_comments(self) -> None:
        """Open the selected block's first open review comment in the Comments tab."""
        comments = self.model.open_comments(self.selected_block_id() or "")
        if comments:
            self.comment_activated.emit(comment_target(comments[0].id))

    def move_selected(self, step: int) -> None:
        block_id = self.selected_block_id()
        if block_id is None:
            return
        row = self.model.row_of(block_id) + step
        if 0 <= row < self.model.rowCount():
            self.doc.push(MoveBlockCommand(self.doc, block_id, row))

    # -- internals -----------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        self.delegate = AgendaItemDelegate(self.doc, table)
        table.setItemDelegate(self.delegate)
        table.setAccessibleName(self.tr("Agenda blocks"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab and Shift+Tab leave the table for the next field, as in every other form;
        # the arrow keys move between cells.
        table.setTabKeyNavigation(False)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        # The model performs moves itself; DragDrop (not InternalMove) keeps the
        # view from second-guessing it.
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.setDropIndicatorShown(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_TIME, COL_MINUTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The block title gets the room; the short columns are sized in characters
        # (and can be dragged wider), so they follow the font at any DPI.
        char = table.fontMetrics().averageCharWidth()
        for column, chars in FITTED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, char * chars[0])
        return table

    def _fit_columns(self) -> None:
        """Widen Kind, Owner and Pitch topic to their longest text (names like
        "Erik Lundgren", Danish "Deres spørgsmål"), up to a cap that leaves the block
        title its room. Never narrows: a column the user dragged wider stays so."""
        # Most edits (minutes, titles) leave these columns' texts as they were.
        texts = tuple((b.kind, b.owner, b.topic) for b in self.doc.meeting.agenda)
        if texts == self._fitted or not self.table.isVisible():
            return
        self._fitted = texts
        table = self.table
        char = table.fontMetrics().averageCharWidth()
        header = table.horizontalHeader()
        for column, (_start, cap) in FITTED_COLUMNS:
            wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            wanted = min(wanted, char * cap)
            if wanted > table.columnWidth(column):
                table.setColumnWidth(column, wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        compact = self.width() < COMPACT_WIDTH
        if compact != self._compact:
            # Crossing the width folds or unfolds both sides; between crossings, the
            # user's own folding stays as they left it.
            self._compact = compact
            for side in (self.palette_side, self.coach_side):
                side.chosen_by_user = False
                side.set_folded(compact)

    def _side_folded(self, index: int, folded: bool) -> None:
        sizes = self.splitter.sizes()
        slot = 0 if index == 0 else 1
        if folded:
            # The strip's width is all the panel keeps; the table gets the rest.
            if sizes[index] > self.splitter.widget(index).maximumWidth():
                self._side_widths[slot] = sizes[index]
            strip = self.splitter.widget(index).maximumWidth()
            sizes[1] += max(0, sizes[index] - strip)
            sizes[index] = strip
            self.splitter.setSizes(sizes)
            return
        # Unfolded: the panel takes back its width from the table's column.
        wanted = self._side_widths[slot]
        sizes[1] = max(0, sizes[1] - (wanted - sizes[index]))
        sizes[index] = wanted
        self.splitter.setSizes(sizes)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Sizes are known once the table is on screen; later edits refit through the model.
        self._fit_timer.start()

    def _action(
        self,
        text: str,
        shortcut: QKeySequence,
        tip: str,
        slot: Callable[[], None],
        icon: tuple[str, str] | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(action_icon(*icon))
        action.setShortcut(shortcut)
        # Only while the table (or palette) has focus: Delete must still delete
        # text in the talking points.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("{0} ({1})").format(tip, keys))
        action.triggered.connect(slot)
        return action

    def _add(self, block: AgendaBlock, case: CaseTask | None) -> None:
        selected = self.selected_block_id()
        index = self.model.row_of(selected) + 1 if selected else len(self.doc.meeting.agenda)
        self._reselect = (block.id, index)
        if case is not None:
            self.doc.push(AddCaseBlockCommand(self.doc, block, index, case))
        else:
            self.doc.push(AddBlockCommand(self.doc, block, index))
        self._reselect = (None, -1)
        self.select_block(block.id, focus=False)

    def _remember_selection(self) -> None:
        if self._reselect[0] is None:
            block_id = self.selected_block_id()
            self._reselect = (block_id, self.model.row_of(block_id) if block_id else -1)

    def _restore_selection(self) -> None:
        block_id, row = self._reselect
        self._reselect = (None, -1)
        if block_id is not None and self.model.row_of(block_id) >= 0:
            self.select_block(block_id, focus=False)
        elif row >= 0 and self.model.rowCount():
            row = min(row, self.model.rowCount() - 1)
            self.select_block(self.model.index(row, 0).data(BLOCK_ID_ROLE), focus=False)
        else:
            self.details.show_block(None)
        self._update_actions()

    def _selection_changed(self, *_args: object) -> None:
        """The details and the actions follow the selected block, however it was chosen."""
        block_id = self.selected_block_id()
        if block_id != self.details.block_id:
            self.details.show_block(block_id)
        self._update_actions()

    def _update_actions(self) -> None:
        editable = not self.doc.read_only
        row = self.model.row_of(self.selected_block_id() or "")
        self.add_action.setEnabled(editable)
        self.remove_action.setEnabled(editable and row >= 0)
        self.up_action.setEnabled(editable and row > 0)
        self.down_action.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)
        self.comments_action.setEnabled(
            bool(self.model.open_comments(self.selected_block_id() or ""))
        )

    def _reviewed(self, review: Review) -> None:
        self.balance.set_review(review)
        self.coach.set_review(review)
        self.coach_side.set_summary(f"{review.score}")
        self._update_actions()

    def _finding_activated(self, target: str) -> None:
        if target.startswith(BLOCK_TARGET_PREFIX):
            self.select_block(target.removeprefix(BLOCK_TARGET_PREFIX))
        elif target == "agenda":
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.finding_activated.emit(target)
