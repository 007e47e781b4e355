"""The bar at the top of the window that says, without blocking, what is overdue."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ...domain import rules
from ...domain.followup import DueItem, What
from .model import span_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverdueNotice", text)


class OverdueNotice(QFrame):
    """Names what is overdue, with a button to show the Due view and one to dismiss."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OverdueNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#5c1f1f" if dark else "#fbe3e1"))
        self.setPalette(palette)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setAccessibleName(self.tr("Show what is overdue"))
        self.show_button.clicked.connect(self._show)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.hide()

    def set_overdue(self, items: list[DueItem], now: datetime) -> None:
        """Show the notice for these overdue items, or hide it when there are none."""
        self.text.setText(overdue_sentence(items, now))
        self.setVisible(bool(items))

    def _show(self) -> None:
        self.hide()
        self.show_requested.emit()


def overdue_sentence(items: list[DueItem], now: datetime) -> str:
    """ "Overdue: Alex Berg, answer 5 h late; Kim Ek, answer 2 days late and decision 1 h
    late." with one part per candidate, the most overdue first."""
    if not items:
        return ""
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
    if rest == 1:
        text += _tr("; and one more candidate")
    elif rest:
        text += _tr("; and {0} more candidates").format(rest)
    return text + "."
