"""How the app names concern categories, reasons for declining and offer results."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.enums import ConcernCategory, DeclineCategory, OfferResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutcomeLabels", text)


def category_label(category: ConcernCategory) -> str:
    labels = {
        ConcernCategory.ROLE_CLARITY: _tr("The role felt unclear"),
        ConcernCategory.PROCESS_TEMPO: _tr("The process was slow"),
        ConcernCategory.CULTURE_VALUES: _tr("Culture or values"),
        ConcernCategory.COMPENSATION: _tr("Pay or the offer"),
        ConcernCategory.FLEXIBILITY: _tr("Flexibility, remote work"),
        ConcernCategory.DEVELOPMENT: _tr("Learning and growth"),
        ConcernCategory.OTHER: _tr("Something else"),
    }
    return labels[category]


def decline_label(category: DeclineCategory) -> str:
    """A reason for declining an offer, as the Outcome tab and Insights name it."""
    labels = {
        DeclineCategory.ROLE_CLARITY: _tr("The role was unclear"),
        DeclineCategory.PROCESS_TEMPO: _tr("The process was slow"),
        DeclineCategory.CHEMISTRY: _tr("The interview's chemistry"),
        DeclineCategory.COMPENSATION: _tr("Pay or the offer"),
        DeclineCategory.FLEXIBILITY: _tr("Flexibility, remote work"),
        DeclineCategory.DEVELOPMENT: _tr("Learning and growth"),
        DeclineCategory.CULTURE_VALUES: _tr("Culture or values"),
        DeclineCategory.LOCATION: _tr("Location"),
        DeclineCategory.INDUSTRY: _tr("The industry"),
        DeclineCategory.OTHER: _tr("Something else"),
    }
    return labels[category]


def result_label(result: OfferResult) -> str:
    labels = {
        OfferResult.PENDING: _tr("Waiting for their answer"),
        OfferResult.ACCEPTED: _tr("Accepted"),
        OfferResult.DECLINED: _tr("Declined"),
    }
    return labels[result]
