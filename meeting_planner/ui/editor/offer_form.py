"""The Offer tab: the whole package, not only the salary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain import rules
from ...domain.model import SalaryPeriod
from ..core.document import MeetingDocument
from .form_base import FormPage


def period_items() -> list[tuple[str, SalaryPeriod]]:
    names = {
        SalaryPeriod.HOUR: QCoreApplication.translate("OfferForm", "per hour"),
        SalaryPeriod.MONTH: QCoreApplication.translate("OfferForm", "per month"),
        SalaryPeriod.YEAR: QCoreApplication.translate("OfferForm", "per year"),
    }
    return [(names[period], period) for period in SalaryPeriod]


class OfferForm(FormPage):
    """Salary range, flexibility, development and benefits, work-life balance."""

    def __init__(self, doc: MeetingDocument, parent: QWidget | None = None):
        super().__init__(doc, parent)
        not_set = self.tr("not set")
        self.salary_min = self.add_spin(
            self.tr("Salary &from:"),
            "offer.salary.minimum",
            0,
            rules.SALARY_MAX,
            not_set=not_set,
            step=100,
        )
        self.salary_max = self.add_spin(
            self.tr("Salary &to:"),
            "offer.salary.maximum",
            0,
            rules.SALARY_MAX,
            not_set=not_set,
            step=100,
        )
        self.currency_edit = self.add_line(
            self.tr("&Currency:"), "offer.salary.currency", max_length=rules.SHORT_TEXT_MAX
        )
        self.currency_edit.setMaximumWidth(self.currency_edit.fontMetrics().averageCharWidth() * 12)
        self.period_combo = self.add_combo(self.tr("&Paid:"), "offer.salary.period", period_items())
        self.flexibility_edit = self.add_text(
            self.tr("&Flexibility:"),
            "offer.flexibility",
            placeholder=self.tr("Hybrid work, core hours, where the team meets"),
        )
        # One below zero stands for "not said": zero remote days is an answer too.
        self.remote_spin = self.add_spin(
            self.tr("&Remote days a week:"),
            "offer.remote_days_per_week",
            -1,
            rules.REMOTE_DAYS_MAX,
            not_set=not_set,
        )
        self.budget_edit = self.add_line(
            self.tr("Development &budget:"),
            "offer.development_budget",
            placeholder=self.tr("e.g. 2,000 EUR a year for courses and conferences"),
        )
        self.time_edit = self.add_line(
            self.tr("Development t&ime:"),
            "offer.development_time",
            placeholder=self.tr("e.g. one day a month for learning"),
        )
        self.paths_edit = self.add_lines(
            self.tr("Development pat&hs:"),
            "offer.development_paths",
            placeholder=self.tr("Where the role can lead, one per line"),
        )
        self.benefits_edit = self.add_lines(
            self.tr("B&enefits:"), "offer.benefits", placeholder=self.tr("One per line")
        )
        self.balance_edit = self.add_text(
            self.tr("Work-life ba&lance:"),
            "offer.work_life_balance",
        )
        self.finish()
