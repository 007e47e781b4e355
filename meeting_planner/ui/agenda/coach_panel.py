"""The coach's verdict beside the agenda: a score out of 100 and the findings to act on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.coach import Finding, Review, Severity
from ..shared.icons import action_icon

# Score colours by readiness band: mid-tones that read on light and dark palettes, and
# the band is also said in words (tooltip, accessible description, verdict).
_BAND_COLOUR = {"ready": "#2f9e6e", "needs-work": "#c77c0e", "not-ready": "#c0392b"}

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

# (the desktop theme's icon, the app's own) for each severity.
_SEVERITY_ICON = {
    Severity.PROBLEM: ("dialog-error", "finding-problem"),
    Severity.WARNING: ("dialog-warning", "finding-warning"),
    Severity.INFO: ("dialog-information", "finding-hint"),
}


class FindingsModel(QAbstractListModel):
    """The review's findings, problems first; the target of each under TARGET_ROLE."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._icons: dict[Severity, QIcon] = {}

    def set_findings(self, findings: list[Finding]) -> None:
        if findings == self._findings:
            return
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        finding = self.finding(index.row()) if index.isValid() else None
        if finding is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{finding.why}\n\n{finding.source}" if finding.source else finding.why
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(finding.severity)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{0}: {1}").format(
                self.severity_label(finding.severity), finding.message
            )
        if role == TARGET_ROLE:
            return finding.target
        if role == FINDING_ROLE:
            return finding
        return None

    def severity_label(self, severity: Severity) -> str:
        return {
            Severity.PROBLEM: self.tr("Problem"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Hint"),
        }[severity]

    def _icon(self, severity: Severity) -> QIcon:
        icon = self._icons.get(severity)
        if icon is None:
            icon = self._icons[severity] = action_icon(*_SEVERITY_ICON[severity])
        return icon


class CoachPanel(QWidget):
    """Double-click or Enter on a finding emits ``finding_activated(target)``."""

    finding_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.score_label = QLabel()
        self.score_label.setAccessibleName(self.tr("Coach score"))
        font = self.score_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.score_label.setFont(font)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)

        self.model = FindingsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Coach findings"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(self._show_why)
        findings_label = QLabel(self.tr("&Findings (double-click to go there)"))
        findings_label.setBuddy(self.list)
        findings_label.setWordWrap(True)  # its words stay whole in a narrow panel

        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setAccessibleName(self.tr("Why this matters"))
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setMinimumHeight(self.why.fontMetrics().height() * 6)
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Coach"))
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        layout.addWidget(self.score_label)
        layout.addWidget(self.verdict)
        layout.addWidget(findings_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.why)
        self._score: int | None = None

    def set_review(self, review: Review) -> None:
        if review.score != self._score:
            self._score = review.score
            self.score_label.setText(self.tr("{0} / {1}").format(review.score, rules.SCORE_MAX))
            band = review.readiness
            self.score_label.setStyleSheet(f"color: {_BAND_COLOUR[band]};")
            self.score_label.setToolTip(self._band_text(band))
            self.score_label.setAccessibleDescription(self._band_text(band))
        self.verdict.setText(self._verdict(review))
        self.model.set_findings(review.findings)
        if self.list.currentIndex().row() < 0:
            self._show_why(self.list.currentIndex())

    def _band_text(self, band: str) -> str:
        return {
            "ready": self.tr("Ready for the candidate"),
            "needs-work": self.tr("Needs work before the meeting"),
            "not-ready": self.tr("Not ready: fix the problems first"),
        }[band]

    def _verdict(self, review: Review) -> str:
        if not review.findings:
            return self.tr("Well balanced: nothing to fix.")
        problems = sum(f.severity is Severity.PROBLEM for f in review.findings)
        if problems:
            return self.tr("Problems to fix before the meeting: {0}").format(problems)
        warnings = sum(f.severity is Severity.WARNING for f in review.findings)
        if warnings:
            return self.tr("Warnings worth a look: {0}").format(warnings)
        return self.tr("A good plan; the hints below could polish it.")

    def _show_why(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        finding = self.model.finding(current.row()) if current.isValid() else None
        if finding is None:
            self.why.setText(self.tr("Select a finding to see why it matters."))
        else:
            why = self.tr("Why: {0}").format(finding.why)
            if finding.source:
                why += "\n" + self.tr("Source: {0}").format(finding.source)
            self.why.setText(why)

    def _activated(self, index: QModelIndex) -> None:
        target = index.data(TARGET_ROLE)
        if target:
            self.finding_activated.emit(target)
