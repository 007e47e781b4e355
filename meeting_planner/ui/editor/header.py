"""The strip above the editor's tabs: who, which role, when, the status and the coach's score."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...domain.coach import Review
from ...domain.model import Status
from ..core.document import MeetingDocument
from ..shared.formatting import format_moment
from .labels import status_name

# Score bands for the badge colour: a plan at or above GOOD needs little work.
SCORE_GOOD = 80
SCORE_FAIR = 60


class MeetingHeader(QWidget):
    """A one-line summary of the meeting that follows every edit."""

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.details_label = QLabel()
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.score_label = QLabel()
        self.score_label.setObjectName("coachScore")
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score_label.setMinimumWidth(self.score_label.fontMetrics().horizontalAdvance("0" * 14))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title_label)
        layout.addSpacing(12)
        layout.addWidget(self.details_label, 1)
        layout.addWidget(self.score_label)
        self.setAccessibleName(self.tr("Meeting summary"))
        doc.changed.connect(self._show_meeting)
        doc.running_changed.connect(lambda _running: self._show_meeting())
        doc.reviewed.connect(self.set_review)
        self._show_meeting()
        self.set_review(doc.review())

    def _show_meeting(self, _topic: str = "") -> None:
        m = self.doc.meeting
        name = m.candidate.name.strip() or self.tr("New candidate")
        self.title_label.setText(name)
        role = m.role.title.strip() or self.tr("no role yet")
        # Under way in meeting mode, the meeting is no longer only planned; it is held
        # once it is ended there.
        running = self.doc.running and m.status is Status.PLANNED
        status = self.tr("In progress") if running else status_name(m.status)
        self.details_label.setText(
            self.tr("{0} · {1} · {2}").format(role, format_moment(m.start), status)
        )

    def set_review(self, review: Review) -> None:
        if not self.doc.meeting.agenda:
            # An empty plan scores 0 by design; a red 0 would only alarm a new user.
            self.score_label.setText(self.tr("Coach: add an agenda"))
            self.score_label.setStyleSheet(
                "QLabel#coachScore { border: 1px solid palette(mid); border-radius: 4px;"
                " padding: 3px 8px; }"
            )
            self.score_label.setAccessibleName(self.score_label.text())
            return
        if review.score >= SCORE_GOOD:
            colour = "#2e7d32"
        elif review.score >= SCORE_FAIR:
            colour = "#b26a00"
        else:
            colour = "#c62828"
        self.score_label.setText(self.tr("Coach: {0}/100").format(review.score))
        self.score_label.setToolTip(
            self.tr("The coach's score for this plan; the Agenda tab lists what it found.")
        )
        self.score_label.setStyleSheet(
            f"QLabel#coachScore {{ background: {colour}; color: white; border-radius: 4px;"
            " padding: 3px 8px; font-weight: bold; }"
        )
        self.score_label.setAccessibleName(self.score_label.text())
