"""The debrief's ratings: one row per criterion, most important first, with its evidence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from ...domain import rules
from ...domain.model import Criterion
from ..core.document import MeetingDocument, concerns
from ..editor.form_base import internal_badge, shared_badge
from .commands import RateCommand

# Evidence boxes show this many lines: room for a sentence or two per criterion.
EVIDENCE_ROWS = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("RatingsSection", text)


def rating_labels(widget: QWidget) -> list[tuple[str, int | None]]:
    """The rating choices as the combo shows them; the same scale as the printed form."""
    return [
        (_tr("Not rated"), None),
        (_tr("1 not shown"), 1),
        (_tr("2 partly"), 2),
        (_tr("3 clearly"), 3),
        (_tr("4 strongly"), 4),
    ]


class RatingsSection(QWidget):
    """Per ranked criterion a rating (1-4), the panel's evidence (internal) and the line
    written for the candidate (shared); rebuilt when criteria change."""

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # Criterion id -> its rating combo and evidence box, in rank order.
        self.rows: dict[str, tuple[QComboBox, QPlainTextEdit]] = {}
        # Criterion id -> the line for the candidate.
        self.shared: dict[str, QLineEdit] = {}
        self._shown: list[tuple[str, str, str, str]] = []
        self.rebuild()
        doc.changed.connect(self._on_changed)

    def rebuild(self) -> None:
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.rows.clear()
        self.shared.clear()
        self._shown = _signature(self.doc)
        empty_note = QLabel(
            self.tr("This meeting has no criteria yet. Add and rank them on the Criteria tab.")
        )
        empty_note.setWordWrap(True)
        ranked = self.doc.meeting.ranked_criteria
        if not ranked:
            self.layout_.addRow(empty_note)
            return
        for number, criterion in enumerate(ranked, start=1):
            self._add_row(number, criterion)
        self.refresh()

    def refresh(self) -> None:
        for criterion_id, (combo, evidence) in self.rows.items():
            rating = self.doc.meeting.debrief.rating_for(criterion_id)
            value = rating.rating if rating else None
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            text = rating.evidence if rating else ""
            if evidence.toPlainText() != text:
                with QSignalBlocker(evidence):
                    evidence.setPlainText(text)
            line = self.shared[criterion_id]
            text = rating.shared if rating else ""
            if line.text() != text:
                with QSignalBlocker(line):
                    line.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        for combo, evidence in self.rows.values():
            combo.setEnabled(not read_only)
            evidence.setReadOnly(read_only)
        for line in self.shared.values():
            line.setReadOnly(read_only)

    # -- internals ------------------------------------------------------------------
    def _add_row(self, number: int, criterion: Criterion) -> None:
        name = " ".join(criterion.name.split()) or self.tr("Unnamed criterion")
        caption = QLabel(f"{number}. {name}")
        caption.setWordWrap(True)
        caption.setMinimumWidth(caption.fontMetrics().horizontalAdvance("0" * 18))
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        if criterion.description.strip():
            caption.setToolTip(criterion.description)
        combo = QComboBox()
        for text, value in rating_labels(self):
            combo.addItem(text, value)
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        combo.setAccessibleName(self.tr("Rating: {0}").format(name))
        evidence = QPlainTextEdit()
        evidence.setTabChangesFocus(True)
        evidence.setAccessibleName(self.tr("Evidence: {0}").format(name))
        hint = criterion.good_evidence.strip()
        evidence.setPlaceholderText(
            self.tr("What you saw or heard. Good evidence: {0}").format(hint)
            if hint
            else self.tr("What you saw or heard that supports the rating")
        )
        lines = evidence.fontMetrics().lineSpacing() * EVIDENCE_ROWS
        evidence.setFixedHeight(lines + 2 * evidence.frameWidth() + 8)
        evidence.setProperty("internal", True)
        shared = QLineEdit()
        shared.setMaxLength(rules.LONG_TEXT_MAX)
        shared.setProperty("shared", True)
        shared.setAccessibleName(self.tr("To the candidate: {0}").format(name))
        shared.setPlaceholderText(
            self.tr("What to tell the candidate, written to them: “You found the slow query…”")
        )
        caption.setBuddy(combo)
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.addWidget(combo, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(evidence, 0, 1)
        grid.addWidget(internal_badge(self), 0, 2, Qt.AlignmentFlag.AlignTop)
        to_candidate = QLabel(self.tr("To the candidate:"))
        to_candidate.setBuddy(shared)
        grid.addWidget(to_candidate, 1, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(shared, 1, 1)
        grid.addWidget(shared_badge(self), 1, 2, Qt.AlignmentFlag.AlignTop)
        self.layout_.addRow(caption, holder)
        self.rows[criterion.id] = (combo, evidence)
        self.shared[criterion.id] = shared
        shared.textEdited.connect(lambda text, cid=criterion.id: self._shared(cid, text))
        combo.currentIndexChanged.connect(
            lambda _i, cid=criterion.id, c=combo: self._rate(cid, c.currentData())
        )
        evidence.textChanged.connect(
            lambda cid=criterion.id, e=evidence: self._evidence(cid, e.toPlainText())
        )
        if self.doc.read_only:
            combo.setEnabled(False)
            evidence.setReadOnly(True)
            shared.setReadOnly(True)

    def _rate(self, criterion_id: str, value: int | None) -> None:
        current = self.doc.meeting.debrief.rating_for(criterion_id)
        if (current.rating if current else None) != value:
            self.doc.push(RateCommand(self.doc, criterion_id, value, None))

    def _evidence(self, criterion_id: str, text: str) -> None:
        if len(text) > rules.LONG_TEXT_MAX:
            return
        current = self.doc.meeting.debrief.rating_for(criterion_id)
        if (current.evidence if current else "") == text:
            return
        rating = current.rating if current else None
        self.doc.push(RateCommand(self.doc, criterion_id, rating, text, merge=True))

    def _shared(self, criterion_id: str, text: str) -> None:
        current = self.doc.meeting.debrief.rating_for(criterion_id)
        if (current.shared if current else "") == text:
            return
        rating = current.rating if current else None
        self.doc.push(RateCommand(self.doc, criterion_id, rating, None, shared=text, merge=True))

    def _on_changed(self, topic: str) -> None:
        # Criteria are edited on their own tab; rebuild only when what is shown here changed.
        if _signature(self.doc) != self._shown:
            self.rebuild()
        elif concerns(topic, "debrief"):
            self.refresh()


def _signature(doc: MeetingDocument) -> list[tuple[str, str, str, str]]:
    """What the rows show of each criterion, in rank order."""
    return [(c.id, c.name, c.description, c.good_evidence) for c in doc.meeting.ranked_criteria]
