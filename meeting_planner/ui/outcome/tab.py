"""The Outcome tab: was an offer made, what did the candidate answer, and if they said no, why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.enums import DeclineCategory, OfferResult
from ...domain.library import library
from ..core.binder import FieldBinder
from ..core.document import MeetingDocument, concerns
from .commands import SetAnswerCommand, SetReasonCommand, SetReasonNamedCommand
from .labels import decline_label, result_label

# Lines shown for each answer before the box scrolls.
ANSWER_ROWS = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutcomeTab", text)


class ReasonRow:
    """One category's widgets: named or not, what was said, and whether we can act on it."""

    def __init__(self, category: DeclineCategory, parent: QWidget):
        self.category = category
        self.named = QCheckBox(decline_label(category), parent)
        self.text = QLineEdit(parent)
        self.text.setMaxLength(rules.LONG_TEXT_MAX)
        self.text.setPlaceholderText(_tr("What they said about it"))
        self.text.setAccessibleName(_tr("{0}: what they said").format(decline_label(category)))
        self.controllable = QCheckBox(_tr("We can act on it"), parent)
        self.controllable.setAccessibleName(
            _tr("{0}: we can act on it").format(decline_label(category))
        )
        self.controllable.setToolTip(
            _tr(
                "Reasons the company controls (the role, the process, the meeting's chemistry, "
                "the offer) point at what to change; others, such as the location or the "
                "industry, are worth knowing too. Ticked by the reason's kind; your click "
                "stands."
            )
        )


class OutcomeTab(QScrollArea):
    """Binds the meeting's outcome; every change is an undo command on the document."""

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(parent)
        from .survey_actions import SurveyActions

        self.doc = doc
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.binder = FieldBinder(doc, self)
        self.survey = SurveyActions(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self._offer_box(body))
        layout.addWidget(self._reasons_box(body))
        layout.addWidget(self._answers_box(body))
        layout.addStretch(1)
        self.setWidget(body)
        doc.changed.connect(self._changed)
        self.refresh()
        if doc.read_only:
            self._make_read_only()

    # -- building -------------------------------------------------------------------
    def _offer_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("The offer"), parent)
        form = QFormLayout(box)
        self.offer_made = QCheckBox(self.tr("An &offer was made"), box)
        self.binder.bind_check(self.offer_made, "outcome.offer_made", self.tr("Offer made"))
        self.result = QComboBox(box)
        for result in OfferResult:
            self.result.addItem(result_label(result), result)
        self.result.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        caption = QLabel(self.tr("Their &answer:"), box)
        caption.setBuddy(self.result)
        self.result.setAccessibleName(self.tr("The candidate's answer to the offer"))
        self.binder.bind_combo(self.result, "outcome.result", self.tr("Answer to the offer"))
        form.addRow(self.offer_made)
        form.addRow(caption, self.result)
        return box

    def _reasons_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Why they declined"), parent)
        outer = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Ask every candidate who says no, ideally through the anonymous survey or "
                "someone outside the company: few companies do, and the reasons show what to "
                "change in the role, the process or the offer."
            ),
            box,
        )
        hint.setWordWrap(True)
        outer.addWidget(hint)
        buttons = QHBoxLayout()
        self.survey_button = QPushButton(self.tr("Anonymous &survey PDF…"), box)
        self.survey_button.setToolTip(
            self.tr(
                "The questions as a fillable form with no name and no reference, only the "
                "role and month: anonymous answers are the most honest. They come back to "
                "Insights, not to this meeting."
            )
        )
        self.named_survey_button = QPushButton(self.tr("&Named survey PDF…"), box)
        self.named_survey_button.setToolTip(
            self.tr(
                "For a candidate who agreed to answer by name: the answers come back to "
                "this meeting's outcome"
            )
        )
        self.import_button = QPushButton(self.tr("&Import filled named survey…"), box)
        self.survey_button.clicked.connect(lambda: self.survey.preview(anonymous=True))
        self.named_survey_button.clicked.connect(lambda: self.survey.preview(anonymous=False))
        self.import_button.clicked.connect(lambda: self.survey.import_survey())
        buttons.addWidget(self.survey_button)
        buttons.addWidget(self.named_survey_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.reason_rows: dict[DeclineCategory, ReasonRow] = {}
        for row, category in enumerate(DeclineCategory):
            widgets = ReasonRow(category, box)
            grid.addWidget(widgets.named, row, 0)
            grid.addWidget(widgets.text, row, 1)
            grid.addWidget(widgets.controllable, row, 2)
            widgets.named.toggled.connect(lambda on, c=category: self._name_reason(c, on))
            widgets.text.textEdited.connect(lambda text, c=category: self._reason_text(c, text))
            widgets.controllable.toggled.connect(
                lambda on, c=category: self._reason_controllable(c, on)
            )
            self.reason_rows[category] = widgets
        outer.addLayout(grid)
        return box

    def _answers_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Their answers to the survey"), parent)
        layout = QVBoxLayout(box)
        self.answers: dict[str, QPlainTextEdit] = {}
        for question in library(self.doc.meeting.language).decline_questions:
            label = QLabel(question.text, box)
            label.setWordWrap(True)
            edit = QPlainTextEdit(box)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(question.text)
            rows = edit.fontMetrics().lineSpacing() * ANSWER_ROWS
            edit.setFixedHeight(rows + 2 * edit.frameWidth() + 8)
            label.setBuddy(edit)
            edit.textChanged.connect(lambda q=question.id, e=edit: self._answer(q, e))
            layout.addWidget(label)
            layout.addWidget(edit)
            self.answers[question.id] = edit
        return box

    def _make_read_only(self) -> None:
        for widgets in self.reason_rows.values():
            for widget in (widgets.named, widgets.text, widgets.controllable):
                widget.setEnabled(False)
        for edit in self.answers.values():
            edit.setReadOnly(True)
        for widget in (self.offer_made, self.result, self.import_button):
            widget.setEnabled(False)

    # -- edits ----------------------------------------------------------------------
    def _name_reason(self, category: DeclineCategory, named: bool) -> None:
        self.doc.push(SetReasonNamedCommand(self.doc, category, named))

    def _reason_text(self, category: DeclineCategory, text: str) -> None:
        self.doc.push(SetReasonCommand(self.doc, category, text=text))

    def _reason_controllable(self, category: DeclineCategory, on: bool) -> None:
        self.doc.push(SetReasonCommand(self.doc, category, controllable=on))

    def _answer(self, question_id: str, edit: QPlainTextEdit) -> None:
        text = edit.toPlainText()
        if text != self.doc.meeting.outcome.survey_answers.get(question_id, ""):
            self.doc.push(SetAnswerCommand(self.doc, question_id, text))

    # -- refresh --------------------------------------------------------------------
    def _changed(self, topic: str) -> None:
        if concerns(topic, "outcome"):
            self.refresh()

    def refresh(self) -> None:
        outcome = self.doc.meeting.outcome
        self.result.setEnabled(outcome.offer_made and not self.doc.read_only)
        by_category = {r.category: r for r in outcome.decline_reasons}
        for category, widgets in self.reason_rows.items():
            reason = by_category.get(category)
            with QSignalBlocker(widgets.named), QSignalBlocker(widgets.controllable):
                widgets.named.setChecked(reason is not None)
                widgets.controllable.setChecked(reason.can_act if reason else False)
            text = reason.text if reason else ""
            if widgets.text.text() != text:
                with QSignalBlocker(widgets.text):
                    widgets.text.setText(text)
            editable = reason is not None and not self.doc.read_only
            widgets.text.setEnabled(editable)
            widgets.controllable.setEnabled(editable)
        for question_id, edit in self.answers.items():
            text = outcome.survey_answers.get(question_id, "")
            if edit.toPlainText() != text:
                with QSignalBlocker(edit):
                    edit.setPlainText(text)

    def focus_reason(self, category: DeclineCategory) -> None:
        widgets = self.reason_rows[category]
        self.ensureWidgetVisible(widgets.named)
        widgets.named.setFocus(Qt.FocusReason.OtherFocusReason)
