"""The employer profile editor: what the company offers, reused by every new meeting."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.model import Offer, SalaryPeriod, SalaryRange
from ...domain.templates import EmployerProfile
from ..shared.countries import fill_country_combo

# Visible lines of a multi-line box: room for a few items without crowding the form.
_TEXT_LINES = 3


class ProfileDialog(QDialog):
    """Edits a copy of the profile; :meth:`profile` returns what the user entered.

    The caller saves it (through the store) when the dialog is accepted; new
    meetings start from it, existing meetings keep their own copy.
    """

    def __init__(self, profile: EmployerProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Employer profile"))
        self._original = profile
        self.tabs = QTabWidget(self)

        company = self._page(self.tr("Company"))
        self.company = self._line(company, self.tr("&Company:"), profile.company)
        self.about = self._text(company, self.tr("&About:"), profile.about)
        self.values = self._lines(company, self.tr("&Values:"), profile.values)
        self.culture = self._text(company, self.tr("C&ulture:"), profile.culture)
        self.location = self._line(company, self.tr("&Location:"), profile.location)
        self.country = QComboBox(self)
        fill_country_combo(self.country, profile.country)
        self.country.setToolTip(
            self.tr("Deadlines promised to candidates skip this country's public holidays")
        )
        self._add(company, self.tr("Countr&y:"), self.country)

        work = self._page(self.tr("Team and tech"))
        self.team = self._line(work, self.tr("&Team:"), profile.team)
        self.tech_stack = self._lines(work, self.tr("Tech &stack:"), profile.tech_stack)
        self.ways_of_working = self._text(
            work, self.tr("&Ways of working:"), profile.ways_of_working
        )
        self.projects = self._lines(work, self.tr("&Projects:"), profile.projects)

        offer = profile.offer
        page = self._page(self.tr("Offer"))
        self.salary_min = self._money(page, self.tr("Salary &from:"), offer.salary.minimum)
        self.salary_max = self._money(page, self.tr("Salary &to:"), offer.salary.maximum)
        self.currency = self._line(page, self.tr("C&urrency:"), offer.salary.currency)
        self.currency.setMaxLength(3)
        self.period = QComboBox(self)
        for period, text in (
            (SalaryPeriod.HOUR, self.tr("per hour")),
            (SalaryPeriod.MONTH, self.tr("per month")),
            (SalaryPeriod.YEAR, self.tr("per year")),
        ):
            self.period.addItem(text, period)
        self.period.setCurrentIndex(self.period.findData(offer.salary.period))
        self._add(page, self.tr("Salary &period:"), self.period)
        self.flexibility = self._text(page, self.tr("&Flexibility:"), offer.flexibility)
        self.remote_days = QSpinBox(self)
        self.remote_days.setRange(-1, rules.REMOTE_DAYS_MAX)
        self.remote_days.setSpecialValueText(self.tr("Not set"))
        self.remote_days.setValue(
            -1 if offer.remote_days_per_week is None else offer.remote_days_per_week
        )
        self._add(page, self.tr("&Remote days a week:"), self.remote_days)
        self.development_budget = self._line(
            page, self.tr("Development &budget:"), offer.development_budget
        )
        self.development_time = self._line(
            page, self.tr("Development t&ime:"), offer.development_time
        )
        self.development_paths = self._lines(
            page, self.tr("Development pat&hs:"), offer.development_paths
        )
        self.benefits = self._lines(page, self.tr("Be&nefits:"), offer.benefits)
        self.work_life_balance = self._text(
            page, self.tr("Work-life ba&lance:"), offer.work_life_balance
        )

        intro = QLabel(
            self.tr(
                "New meetings start from this profile. Lists take one item per line. "
                "Meetings you already planned keep their own copy."
            ),
            self,
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.height() * 40)

    # -- building ------------------------------------------------------------------
    def _page(self, title: str) -> QFormLayout:
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll.setWidget(body)
        self.tabs.addTab(scroll, title)
        return form

    def _add(self, form: QFormLayout, label: str, widget: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(caption, widget)

    def _line(self, form: QFormLayout, label: str, value: str) -> QLineEdit:
        widget = QLineEdit(value, self)
        widget.setMaxLength(rules.SHORT_TEXT_MAX)
        # Show the start of a long text, not its end.
        widget.setCursorPosition(0)
        self._add(form, label, widget)
        return widget

    def _text(self, form: QFormLayout, label: str, value: str) -> QPlainTextEdit:
        widget = QPlainTextEdit(value, self)
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(widget.fontMetrics().lineSpacing() * _TEXT_LINES + 12)
        self._add(form, label, widget)
        return widget

    def _lines(self, form: QFormLayout, label: str, values: list[str]) -> QPlainTextEdit:
        return self._text(form, label, "\n".join(values))

    def _money(self, form: QFormLayout, label: str, value: int | None) -> QSpinBox:
        widget = QSpinBox(self)
        widget.setRange(-1, rules.SALARY_MAX)
        widget.setSpecialValueText(self.tr("Not set"))
        widget.setGroupSeparatorShown(True)
        widget.setValue(-1 if value is None else value)
        self._add(form, label, widget)
        return widget

    # -- result --------------------------------------------------------------------
    def profile(self) -> EmployerProfile:
        """The profile as entered (blank lines of lists dropped, texts trimmed)."""
        salary = SalaryRange(
            minimum=_optional(self.salary_min),
            maximum=_optional(self.salary_max),
            currency=self.currency.text().strip().upper() or self._original.offer.salary.currency,
            period=self.period.currentData(),
        )
        offer = Offer(
            salary=salary,
            flexibility=_plain(self.flexibility),
            remote_days_per_week=_optional(self.remote_days),
            development_budget=self.development_budget.text().strip(),
            development_time=self.development_time.text().strip(),
            development_paths=_items(self.development_paths),
            benefits=_items(self.benefits),
            work_life_balance=_plain(self.work_life_balance),
        )
        return replace(
            self._original,
            company=self.company.text().strip(),
            about=_plain(self.about),
            values=_items(self.values),
            culture=_plain(self.culture),
            location=self.location.text().strip(),
            country=str(self.country.currentData() or ""),
            team=self.team.text().strip(),
            tech_stack=_items(self.tech_stack),
            ways_of_working=_plain(self.ways_of_working),
            projects=_items(self.projects),
            offer=offer,
        )


def _optional(spin: QSpinBox) -> int | None:
    return None if spin.value() == spin.minimum() else spin.value()


def _plain(widget: QPlainTextEdit) -> str:
    return widget.toPlainText().strip()


def _items(widget: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in widget.toPlainText().splitlines() if line.strip()][
        : rules.LIST_MAX
    ]
