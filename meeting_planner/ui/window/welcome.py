"""The first-run welcome: what the app is for and two ways to begin."""

from __future__ import annotations

from dataclasses import replace
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.country_defaults import currency_of
from ...domain.templates import EmployerProfile
from ..shared.countries import fill_country_combo


class WelcomeChoice(Enum):
    NOTHING = "nothing"
    SAMPLE = "sample"
    TEMPLATE = "template"


class WelcomeDialog(QDialog):
    """Shown once on an empty store; ``choice`` says how the user wants to begin, and
    ``profile()`` the company basics entered on the way (all of it may stay empty)."""

    def __init__(self, parent: QWidget | None = None, profile: EmployerProfile | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Meeting Planner"))
        self.choice = WelcomeChoice.NOTHING
        self._profile = profile or EmployerProfile()
        self._currency_set_by_hand = False

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

        company = QGroupBox(self.tr("Your company (you can skip this, and change it later)"), self)
        form = QFormLayout(company)
        self.company = QLineEdit(self._profile.company, company)
        self.company.setMaxLength(rules.SHORT_TEXT_MAX)
        self.company.setPlaceholderText(self.tr("e.g. Nordvik Logistics"))
        self.country = QComboBox(company)
        fill_country_combo(self.country, self._profile.country)
        self.location = QLineEdit(self._profile.location, company)
        self.location.setMaxLength(rules.SHORT_TEXT_MAX)
        self.location.setPlaceholderText(self.tr("e.g. Gothenburg, Lindholmen"))
        self.currency = QLineEdit(self._profile.offer.salary.currency, company)
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(self.fontMetrics().averageCharWidth() * 8)
        self.currency.textEdited.connect(lambda _text: self._currency_typed())
        self.country.currentIndexChanged.connect(lambda _i: self._country_chosen())
        for label, widget in (
            (self.tr("&Company:"), self.company),
            (self.tr("Countr&y:"), self.country),
            (self.tr("&Office:"), self.location),
            (self.tr("C&urrency:"), self.currency),
        ):
            caption = QLabel(label, company)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        hint = QLabel(
            self.tr(
                "The country decides whose public holidays deadlines skip, the salary's "
                "currency and the language new meetings are written in. New meetings take "
                "the company, office and offer from here; the rest of the offer is under "
                "Edit > Employer profile."
            ),
            company,
        )
        hint.setWordWrap(True)
        form.addRow(hint)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Start &empty"))
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(intro)
        layout.addWidget(company)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.template_button)
        layout.addWidget(self.sample_button)
        layout.addStretch(1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()

    def profile(self) -> EmployerProfile | None:
        """The profile with what was entered here, or None when nothing was changed."""
        country = str(self.country.currentData() or "")
        currency = self.currency.text().strip().upper() or self._profile.offer.salary.currency
        salary = replace(self._profile.offer.salary, currency=currency)
        changed = replace(
            self._profile,
            company=self.company.text().strip(),
            country=country,
            location=self.location.text().strip(),
            offer=replace(self._profile.offer, salary=salary),
        )
        return None if changed == self._profile else changed

    def _country_chosen(self) -> None:
        # A country brings its currency, unless the user typed one themselves.
        if not self._currency_set_by_hand:
            self.currency.setText(currency_of(str(self.country.currentData() or "")))

    def _currency_typed(self) -> None:
        self._currency_set_by_hand = True
