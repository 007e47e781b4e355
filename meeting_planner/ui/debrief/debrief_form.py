"""The Debrief tab: the printed debrief form's fields, filled in the app or from the filled PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ...domain import rules
from ...domain.model import ConcernCategory, Decision
from ...domain.serialize import meeting_to_dict
from ..core.commands import ReplaceMeetingCommand
from ..core.document import MeetingDocument, concerns
from ..editor.form_base import FormPage
from ..shared import messages
from .commands import SetConcernCommand, SetDecisionCommand, status_after_decision
from .ratings import RatingsSection


def _tr(text: str) -> str:
    return QCoreApplication.translate("DebriefTab", text)


class DebriefTab(FormPage):
    """Ratings per ranked criterion, the candidate's interest and concerns, the decision.

    Every edit is an undo command; recording a decision moves a planned or held
    meeting on to debriefed in the same step.
    """

    compose_requested = Signal()

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(doc, parent)
        self.setObjectName("DebriefTab")
        self._add_top()

        self.form = self._section(self.tr("Criteria, most important first"))
        self.ratings = RatingsSection(doc)
        self.form.addRow(self.ratings)

        self.form = self._section(self.tr("The candidate"))
        interest = [(self.tr("Not noted"), None)] + [
            (label, n)
            for n, label in zip(
                range(rules.INTEREST_MIN, rules.INTEREST_MAX + 1),
                [self.tr("1 cool"), "2", "3", "4", self.tr("5 keen")],
                strict=True,
            )
        ]
        self.interest = self.add_combo(self.tr("Their &interest:"), "debrief.interest", interest)
        self.resonated = self.add_text(
            self.tr("What &resonated:"),
            "debrief.resonated",
            placeholder=self.tr(
                "What they reacted to with interest: the case, the team, the offer"
            ),
            internal=True,
        )
        self.concern_rows: dict[ConcernCategory, tuple[QCheckBox, QLineEdit]] = {}
        self.form.addRow(self.tr("Concerns:"), self._concerns())
        self.competing = self.add_text(
            self.tr("Competing &offers:"),
            "debrief.competing_offers",
            placeholder=self.tr("Other offers or processes they mentioned"),
            internal=True,
        )
        self.timeline = self.add_line(
            self.tr("Their &timeline:"),
            "debrief.competing_timeline",
            placeholder=self.tr("When they must decide, e.g. an offer elsewhere in two weeks"),
        )

        self.form = self._section(self.tr("Decision"))
        self.decision = QComboBox()
        for text, value in decision_labels(self):
            self.decision.addItem(text, value)
        self.decision.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_row(self.tr("&Decision:"), self.decision, "debrief.decision")
        self.decision.currentIndexChanged.connect(self._decide)
        self.shared_reason = self.add_text(
            self.tr("Reason to &give:"),
            "debrief.shared_reason",
            placeholder=self.tr(
                "The reason as the candidate will read it, tied to a criterion above: "
                "“For this role we need…, and in the case we saw…”"
            ),
            shared=True,
        )
        self.later_role = QCheckBox(self.tr("They could fit a &later role: offer to keep in touch"))
        self.later_role.setToolTip(
            self.tr("Only when you mean it: a no then ends by offering to keep in touch.")
        )
        self.form.addRow("", self.later_role)
        self.fields["debrief.later_role"] = self.later_role
        self.binder.bind_check(self.later_role, "debrief.later_role", self.tr("Later role"))
        self.reasons = self.add_text(
            self.tr("Decision &notes:"),
            "debrief.reasons",
            placeholder=self.tr("The panel's own notes on the decision, for the team"),
            internal=True,
        )
        self.compose_button = QPushButton(self.tr("Compose &feedback…"))
        self.compose_button.clicked.connect(self.compose_requested)
        self.compose_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.addRow("", self.compose_button)
        self.finish()
        if doc.read_only:
            self.ratings.set_read_only(True)
            self.import_button.setEnabled(False)
        doc.changed.connect(self._on_changed)
        self._refresh()

    # -- building -------------------------------------------------------------------
    def _add_top(self) -> None:
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Fill this in with the panel straight after the meeting, or import the "
                "filled debrief form. Recording a decision marks the meeting debriefed."
            )
        )
        intro.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("debriefStatus")
        self.import_button = QPushButton(self.tr("&Import filled debrief form…"))
        self.import_button.clicked.connect(self.import_form)
        column = QGridLayout()
        column.addWidget(intro, 0, 0)
        column.addWidget(self.status_label, 1, 0)
        row.addLayout(column, 1)
        row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        self.page_layout.insertWidget(0, top)

    def _section(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.page_layout.addWidget(box)
        return form

    def _concerns(self) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        for row, (category, label) in enumerate(concern_labels(self).items()):
            check = QCheckBox(label)
            text = QLineEdit()
            text.setMaxLength(rules.LONG_TEXT_MAX)
            text.setPlaceholderText(self.tr("What they said"))
            text.setAccessibleName(self.tr("{0}: what they said").format(label))
            grid.addWidget(check, row, 0)
            grid.addWidget(text, row, 1)
            check.toggled.connect(lambda on, c=category, t=text: self._concern(c, on, t.text()))
            text.textEdited.connect(lambda value, c=category: self._concern(c, True, value, True))
            self.concern_rows[category] = (check, text)
            self.fields[f"debrief.concerns.{category.value}"] = text
            if self.doc.read_only:
                check.setEnabled(False)
                text.setReadOnly(True)
        return holder

    # -- edits ----------------------------------------------------------------------
    def _concern(
        self, category: ConcernCategory, raised: bool, text: str, typing: bool = False
    ) -> None:
        debrief = self.doc.meeting.debrief
        current = next((c for c in debrief.concerns if c.category == category), None)
        now = (current is not None, current.text if current else "")
        if now == (raised, text if raised else ""):
            return
        self.doc.push(SetConcernCommand(self.doc, category, raised, text, merge=typing))

    def _decide(self, index: int) -> None:
        data = self.decision.itemData(index)
        # Qt hands enum data back as plain text.
        value = Decision(data) if data else None
        if value != self.doc.meeting.debrief.decision:
            self.doc.push(SetDecisionCommand(self.doc, value))

    def import_form(self, path: Path | None = None) -> bool:
        """Read a filled debrief form into this meeting, as one undo step with the status."""
        from ..shared.file_actions import import_debrief_form

        if path is None:
            path = messages.ask_open_file(
                self, self.tr("Import filled debrief form"), self.tr("PDF forms (*.pdf)")
            )
            if path is None:
                return False
        stack = self.doc.undo_stack
        before, status = stack.index(), self.doc.meeting.status
        if not import_debrief_form(self, self.doc, path):
            return False
        new_status = status_after_decision(status, self.doc.meeting.debrief.decision)
        if new_status != self.doc.meeting.status and stack.index() == before + 1:
            # The import and the status it brings are one step: take the import back
            # and put it in again with the status.
            label = stack.text(before)
            state = meeting_to_dict(self.doc.meeting)
            state["status"] = new_status.value
            stack.undo()
            self.doc.push(ReplaceMeetingCommand(self.doc, state, label))
        return True

    # -- refresh --------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if concerns(topic, "debrief") or concerns(topic, "status"):
            self._refresh()

    def _refresh(self) -> None:
        debrief = self.doc.meeting.debrief
        with QSignalBlocker(self.decision):
            self.decision.setCurrentIndex(max(0, self.decision.findData(debrief.decision)))
        raised = {c.category: c.text for c in debrief.concerns}
        for category, (check, text) in self.concern_rows.items():
            with QSignalBlocker(check):
                check.setChecked(category in raised)
            if text.text() != raised.get(category, ""):
                with QSignalBlocker(text):
                    text.setText(raised.get(category, ""))
        self.status_label.setText(status_text(self))


def status_text(tab: DebriefTab) -> str:
    meeting = tab.doc.meeting
    decision = meeting.debrief.decision
    labels = dict((value, text) for text, value in decision_labels(tab))
    if decision is None:
        return _tr("No decision yet.")
    return _tr("Decision: {0}. Status: {1}.").format(
        labels[decision], status_label(tab, meeting.status.value)
    )


def status_label(widget: QWidget, status: str) -> str:
    return {
        "planned": _tr("planned"),
        "held": _tr("held"),
        "debriefed": _tr("debriefed"),
        "feedback_sent": _tr("feedback sent"),
        "closed": _tr("closed"),
    }.get(status, status)


def decision_labels(widget: QWidget) -> list[tuple[str, Decision | None]]:
    """The decisions as the app shows them; the same choices as the printed form."""
    return [
        (_tr("Not decided"), None),
        (_tr("Advance to the next step"), Decision.ADVANCE),
        (_tr("Make an offer"), Decision.OFFER),
        (_tr("Say no"), Decision.REJECT),
        (_tr("Hold"), Decision.HOLD),
    ]


def concern_labels(widget: QWidget) -> dict[ConcernCategory, str]:
    return {
        ConcernCategory.ROLE_CLARITY: _tr("The role felt unclear"),
        ConcernCategory.PROCESS_TEMPO: _tr("The process is slow"),
        ConcernCategory.CULTURE_VALUES: _tr("Culture or values"),
        ConcernCategory.COMPENSATION: _tr("Pay or the offer"),
        ConcernCategory.FLEXIBILITY: _tr("Flexibility, remote work"),
        ConcernCategory.DEVELOPMENT: _tr("Learning and growth"),
        ConcernCategory.OTHER: _tr("Something else"),
    }
