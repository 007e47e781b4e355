"""The bar at the top of the window that says, without blocking, what is overdue."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain import rules
from ...domain.followup import DueItem, What
from ..shared.notice_bar import NoticeBar


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("OverdueNotice", text, None, count)


class OverdueNotice(NoticeBar):
    """Names what is overdue, with a button to show the Due view and one to dismiss."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            parent,
            object_name="OverdueNotice",
            colours=("#fbe3e1", "#5c1f1f"),
            action_text=_tr("Show"),
            action_name=_tr("Show what is overdue"),
            dismiss_text=_tr("Dismiss"),
        )
        self.show_button = self.action_button
        self.show_requested = self.action_requested

    def set_overdue(self, items: list[DueItem], now: datetime) -> None:
        """Show the notice for these overdue items, or hide it when there are none."""
        self.text.setText(overdue_sentence(items, now))
        self.setVisible(bool(items))


def overdue_sentence(items: list[DueItem], now: datetime) -> str:
    """ "Overdue: Alex Berg, answer 5 h late; Kim Ek, answer 2 days late and decision 1 h
    late." with one part per candidate, the most overdue first."""
    if not items:
        return ""
    from .model import span_text

    by_meeting: dict[str, list[DueItem]] = {}
    for item in items:
        by_meeting.setdefault(item.id, []).append(item)
    groups = list(by_meeting.values())
    shown = groups[: rules.DUE_NOTICE_NAMES_SHOWN]
    parts = []
    for group in shown:
        name = group[0].candidate or group[0].title or _tr("(no name)")
        late = []
        for item in group:
            span = span_text(item.overdue_by(now))
            if item.what is What.FEEDBACK:
                late.append(_tr("answer {0} late").format(span))
            else:
                late.append(_tr("decision {0} late").format(span))
        parts.append(_tr("{0}, {1}").format(name, _tr(" and ").join(late)))
    text = _tr("Overdue: {0}").format("; ".join(parts))
    rest = len(groups) - len(shown)
    if rest:
        text += _tr("; and %n more candidates", rest)
    return text + "."
