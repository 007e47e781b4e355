"""The first-run welcome: what the app is for and two ways to begin."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class WelcomeChoice(Enum):
    NOTHING = "nothing"
    SAMPLE = "sample"
    TEMPLATE = "template"


class WelcomeDialog(QDialog):
    """Shown once on an empty store; ``choice`` says how the user wants to begin."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Meeting Planner"))
        self.choice = WelcomeChoice.NOTHING

        headline = QLabel(self.tr("Plan your next interview as a candidate meeting"), self)
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        headline.setFont(font)
        headline.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Good tech candidates choose between several employers. Meeting Planner "
                "helps you spend the meeting on what you offer, give the candidate a short "
                "taste of the real work, and assess them in a two-way dialogue. A coach "
                "checks the balance of your agenda, and the follow-up reminds you to "
                "answer every candidate within 48 hours."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.sample_button = QCommandLinkButton(
            self.tr("Open the sample meeting"),
            self.tr("A complete 90-minute case meeting to look around in and change freely."),
            self,
        )
        self.template_button = QCommandLinkButton(
            self.tr("Plan a new meeting from a template"),
            self.tr("Name the candidate and the role; the template gives you a balanced agenda."),
            self,
        )
        for button in (self.sample_button, self.template_button):
            button.setAccessibleName(button.text())
        self.sample_button.clicked.connect(lambda: self._choose(WelcomeChoice.SAMPLE))
        self.template_button.clicked.connect(lambda: self._choose(WelcomeChoice.TEMPLATE))
        self.template_button.setDefault(True)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Start &empty"))
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(intro)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.template_button)
        layout.addWidget(self.sample_button)
        layout.addStretch(1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()
