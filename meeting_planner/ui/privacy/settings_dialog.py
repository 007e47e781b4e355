"""The retention period setting: how long a closed recruitment's personal data is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules


class RetentionSettingsDialog(QDialog):
    """Asks for the number of months; the caller saves it (``months``)."""

    def __init__(self, months: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RetentionSettingsDialog")
        self.setWindowTitle(self.tr("Retention period"))
        self.explanation = explanation = QLabel(
            self.tr(
                "Candidates' personal data should not be kept longer than needed. Once a "
                "recruitment is closed, Meeting Planner lists its meetings for erasure after "
                "this many months, keeping only anonymous counts and categories.\n\n"
                "For applicants who were not hired, the Danish data protection authority "
                "accepts keeping data up to 3 years after the recruitment ends; Swedish "
                "employers commonly keep it 2 years. Follow your own organisation's policy."
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.months = QSpinBox(self)
        self.months.setRange(rules.RETENTION_MONTHS_MIN, rules.RETENTION_MONTHS_MAX)
        self.months.setValue(months)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Months after closing"))
        form = QFormLayout()
        form.addRow(self.tr("Keep for:"), self.months)
        hint = QLabel(
            self.tr("Counted from the day a meeting is closed (or its start, if no date).")
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def chosen_months(self) -> int:
        return self.months.value()
