"""The names the editor shows for a meeting's languages and statuses (the Overview's
choices, the header's summary), without the Overview's form and its modules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.model import Language, Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewForm", text)


def language_items() -> list[tuple[str, Language]]:
    names = {Language.EN: _tr("English"), Language.SV: _tr("Swedish"), Language.DA: _tr("Danish")}
    return [(names[lang], lang) for lang in Language]


def status_items() -> list[tuple[str, Status]]:
    names = {
        Status.PLANNED: _tr("Planned"),
        Status.HELD: _tr("Held"),
        Status.DEBRIEFED: _tr("Debriefed"),
        Status.FEEDBACK_SENT: _tr("Feedback sent"),
        Status.CLOSED: _tr("Closed"),
    }
    return [(names[status], status) for status in Status]


def status_name(status: Status) -> str:
    return dict((s, text) for text, s in status_items())[status]
