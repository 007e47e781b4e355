"""How the app names concern and decline-reason categories and offer results."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.enums import ConcernCategory, OfferResult


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
        ConcernCategory.OTHER: _tr("Something else (location, industry…)"),
    }
    return labels[category]


def result_label(result: OfferResult) -> str:
    labels = {
        OfferResult.PENDING: _tr("Waiting for their answer"),
        OfferResult.ACCEPTED: _tr("Accepted"),
        OfferResult.DECLINED: _tr("Declined"),
    }
    return labels[result]
