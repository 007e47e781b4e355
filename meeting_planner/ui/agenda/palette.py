"""The block palette: ready-made blocks from the template library, added with a double-click."""

from __future__ import annotations

from dataclasses import field

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.library import CaseIdea, case_task_from_idea, library
from ...domain.model import AgendaBlock, BlockKind, CaseTask, Part, PitchTopic
from ...domain.plain import record
from ..core.document import MeetingDocument, concerns
from .labels import criterion_label, kind_swatch, topic_label

# How long a new block of each kind lasts until the manager changes it.
DEFAULT_MINUTES: dict[BlockKind, int] = {
    BlockKind.WELCOME: 5,
    BlockKind.PITCH: 8,
    BlockKind.CASE: 25,
    BlockKind.DIALOGUE: 12,
    BlockKind.CANDIDATE_QUESTIONS: 10,
    BlockKind.TEAM: 10,
    BlockKind.NEXT_STEPS: 5,
    BlockKind.BREAK: 5,
}

_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


@record(frozen=True)
class PaletteEntry:
    """A block the palette can add; every add makes a fresh block with its own id."""

    kind: BlockKind
    title: str
    minutes: int
    talking_points: tuple[str, ...] = ()
    topic: PitchTopic | None = None
    internal_notes: str = ""
    case_idea: CaseIdea | None = field(default=None, compare=False)

    def make_block(self, owner: str = "") -> AgendaBlock:
        return AgendaBlock(
            title=self.title,
            kind=self.kind,
            minutes=self.minutes,
            owner=owner,
            talking_points=list(self.talking_points),
            topic=self.topic,
            internal_notes=self.internal_notes,
        )


class BlockPalette(QWidget):
    """Lists the blocks to add; emits ``add_requested(block, case_task_or_None)``."""

    add_requested = Signal(object, object)

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self._entries: list[PaletteEntry] = []
        self._language = None

        heading = QLabel(self.tr("Add a block"))
        heading.setObjectName("paletteHeading")
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        hint = QLabel(self.tr("Double-click or press Enter to add after the selected block."))
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Blocks to add"))
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        # The box's words wrap in the narrow palette (a QCheckBox's own text cannot), and a
        # click on them ticks the box as a click on the box's text would.
        self.use_case = QCheckBox()
        self.use_case.setChecked(True)
        self.use_case_label = QLabel(self.tr("Case ideas fill in the case task"))
        self.use_case_label.setWordWrap(True)
        self.use_case_label.setBuddy(self.use_case)
        self.use_case_label.installEventFilter(self)
        self.use_case.setAccessibleName(self.tr("Use a case idea as the meeting's case task"))
        self.use_case.setToolTip(
            self.tr("Fills in the case task (brief, preparation, what to observe) from the idea.")
        )
        heading.setBuddy(self.tree)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        case_row = QHBoxLayout()
        case_row.addWidget(self.use_case, 0, Qt.AlignmentFlag.AlignTop)
        case_row.addWidget(self.use_case_label, 1)
        layout.addLayout(case_row)

        doc.changed.connect(self._on_changed)
        self._rebuild()

    # -- public ----------------------------------------------------------------------
    def current_entry(self) -> PaletteEntry | None:
        item = self.tree.currentItem()
        return self._entry(item) if item is not None else None

    def entries(self) -> list[PaletteEntry]:
        return list(self._entries)

    def find_item(self, title: str) -> QTreeWidgetItem | None:
        """The palette row whose block has this title (for keyboard navigation and tests)."""
        for item in self._leaves():
            entry = self._entry(item)
            if entry is not None and entry.title == title:
                return item
        return None

    def request(self, entry: PaletteEntry) -> None:
        """Ask for ``entry`` to be added, with the case task when that option is on."""
        case: CaseTask | None = None
        if entry.case_idea is not None and self.use_case.isChecked():
            case = case_task_from_idea(entry.case_idea)
        self.add_requested.emit(entry.make_block(self._default_owner(entry.kind)), case)

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 (Qt override)
        self.tree.setEnabled(enabled)
        self.use_case.setEnabled(enabled)
        self.use_case_label.setEnabled(enabled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.use_case_label
            and event.type() == QEvent.Type.MouseButtonRelease
            and self.use_case.isEnabled()
        ):
            self.use_case.click()
            return True
        return super().eventFilter(watched, event)

    # -- internals -------------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry = self._entry(item)
        if entry is not None and not self.doc.read_only:
            self.request(entry)

    def _entry(self, item: QTreeWidgetItem) -> PaletteEntry | None:
        index = item.data(0, _ENTRY_ROLE)
        return self._entries[index] if isinstance(index, int) else None

    def _leaves(self) -> list[QTreeWidgetItem]:
        top = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [group.child(i) for group in top for i in range(group.childCount())]

    def _default_owner(self, kind: BlockKind) -> str:
        """A future colleague leads the team and the case where one takes part (that is
        what makes those blocks sell the job); the hiring manager leads the rest."""
        people = self.doc.meeting.participants
        wanted = [Part.MANAGER]
        if kind in (BlockKind.TEAM, BlockKind.CASE):
            wanted.insert(0, Part.COLLEAGUE)
        for part in wanted:
            named = [p for p in people if p.part is part and p.name.strip()]
            if named:
                return named[0].name
        return ""

    def _on_changed(self, topic: str) -> None:
        if concerns(topic, "language") and self.doc.meeting.language != self._language:
            self._rebuild()

    def _rebuild(self) -> None:
        self._language = self.doc.meeting.language
        lib = library(self._language)
        self.tree.clear()
        self._entries = []
        m = DEFAULT_MINUTES
        self._group(
            self.tr("Open and close"),
            [
                PaletteEntry(
                    BlockKind.WELCOME,
                    self.tr("Welcome and the plan for today"),
                    m[BlockKind.WELCOME],
                ),
                PaletteEntry(
                    BlockKind.NEXT_STEPS,
                    self.tr("Next steps and timeline"),
                    m[BlockKind.NEXT_STEPS],
                ),
                PaletteEntry(BlockKind.BREAK, self.tr("Short break"), m[BlockKind.BREAK]),
            ],
        )
        selling = [
            PaletteEntry(
                BlockKind.PITCH,
                self.tr("Pitch: {0}").format(topic_label(topic)),
                m[BlockKind.PITCH],
                tuple(point.text for point in lib.talking_points.get(topic, ())),
                topic,
            )
            for topic in PitchTopic
        ]
        selling.append(PaletteEntry(BlockKind.TEAM, self.tr("Meet the team"), m[BlockKind.TEAM]))
        self._group(self.tr("Sell the role"), selling)
        self._group(
            self.tr("Case ideas"),
            [
                PaletteEntry(
                    BlockKind.CASE,
                    self.tr("Case: {0}").format(idea.title),
                    idea.minutes or m[BlockKind.CASE],
                    (idea.brief,),
                    internal_notes=self.tr("Watch for:\n{0}").format("\n".join(idea.observe)),
                    case_idea=idea,
                )
                for idea in lib.case_ideas
            ],
        )
        self._group(
            self.tr("Two-way dialogue"),
            [
                PaletteEntry(
                    BlockKind.CANDIDATE_QUESTIONS,
                    self.tr("The candidate's questions"),
                    m[BlockKind.CANDIDATE_QUESTIONS],
                ),
                *(
                    PaletteEntry(
                        BlockKind.DIALOGUE,
                        self.tr("Dialogue: {0}").format(criterion_label(key)),
                        m[BlockKind.DIALOGUE],
                        tuple(q.text for q in questions),
                    )
                    for key, questions in lib.dialogue_questions.items()
                ),
            ],
        )

    def _group(self, title: str, entries: list[PaletteEntry]) -> None:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for entry in entries:
            item = QTreeWidgetItem(group, [entry.title])
            item.setData(0, _ENTRY_ROLE, len(self._entries))
            item.setIcon(0, kind_swatch(entry.kind))
            tip = "\n".join(f"• {point}" for point in entry.talking_points)
            item.setToolTip(0, tip or entry.title)
            self._entries.append(entry)
        group.setExpanded(True)
