"""A side column of the agenda builder (the palette, the coach) that folds to a narrow strip
on a small window, and unfolds with one click."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# The widest a folded strip gets, in multiples of the font's line height.
_STRIP_LINES = 2.2
# The narrowest a panel the user unfolded gets (its words wrap, so its content alone would
# let it be squeezed to a column of single words), in multiples of the line height.
_UNFOLDED_LINES = 12
_NO_LIMIT = 16_777_215  # QWIDGETSIZE_MAX


class VerticalButton(QToolButton):
    """A tall, narrow button whose text runs bottom to top, as on a folded side panel.

    The button keeps its text itself and draws it turned over the button Qt draws
    without text (so no style element needs naming, and QStyle's enums need not load)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._text = text
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        return QSize(int(metrics.height() * 1.8), metrics.horizontalAdvance(self._text) + 24)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.sizeHint().width(), self.fontMetrics().height() * 3)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self)
        painter.translate(0, self.height())
        painter.rotate(-90)
        painter.setPen(self.palette().buttonText().color())
        area = QRect(8, 0, self.height() - 16, self.width())
        painter.drawText(
            area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._text
        )
        painter.end()


class SidePanel(QWidget):
    """Shows ``content`` with a small fold button, or, folded, a strip with the panel's name
    (and a short summary, such as the coach's score) that unfolds it when clicked."""

    folded_changed = Signal(bool)

    def __init__(self, title: str, content: QWidget, *, side: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.content = content
        self.side = side
        self._summary = ""
        self.fold_button = QToolButton()
        self.fold_button.setAutoRaise(True)
        self.fold_button.setText("‹" if side == "left" else "›")
        self.fold_button.setToolTip(self.tr("Fold {0} to a strip").format(title))
        self.fold_button.setAccessibleName(self.tr("Fold {0}").format(title))
        self.fold_button.clicked.connect(lambda: self.set_folded(True, by_user=True))
        full = QWidget()
        full_layout = QVBoxLayout(full)
        full_layout.setContentsMargins(0, 0, 0, 0)
        full_layout.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        if side == "left":
            top.addStretch(1)
        top.addWidget(self.fold_button)
        if side == "right":
            top.addStretch(1)
        full_layout.addLayout(top)
        full_layout.addWidget(content, 1)
        self.strip = VerticalButton()
        self.strip.setAccessibleName(self.tr("Show {0}").format(title))
        self.strip.clicked.connect(lambda: self.set_folded(False, by_user=True))
        self.strip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        strip_holder = QWidget()
        strip_layout = QVBoxLayout(strip_holder)
        strip_layout.setContentsMargins(0, 0, 0, 0)
        strip_layout.addWidget(self.strip, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(full)
        self.pages.addWidget(strip_holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.folded = False
        # True once the user folded or unfolded this panel since the last automatic change.
        self.chosen_by_user = False
        self._show_strip_text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """A strip's width unless the user unfolded the panel: its content must not hold
        the window wider than a laptop's screen in a language with longer words, since the
        panel folds to its strip once the window is narrow (the agenda editor's resize).
        Unfolded by a click, it asks for its content's width, taken from the table."""
        hint = super().minimumSizeHint()
        if self.chosen_by_user and not self.folded:
            readable = int(self.fontMetrics().height() * _UNFOLDED_LINES)
            return QSize(max(hint.width(), readable), hint.height())
        return QSize(min(hint.width(), self._strip_width()), hint.height())

    def _strip_width(self) -> int:
        return int(self.fontMetrics().height() * _STRIP_LINES)

    def set_summary(self, summary: str) -> None:
        """A few characters shown on the strip beside the name (the coach's score)."""
        self._summary = summary
        self._show_strip_text()

    def set_folded(self, folded: bool, *, by_user: bool = False) -> None:
        if by_user:
            self.chosen_by_user = True
        if folded == self.folded:
            return
        self.folded = folded
        self.pages.setCurrentIndex(1 if folded else 0)
        if folded:
            width = self._strip_width()
            self.setMaximumWidth(width)
            self.setMinimumWidth(width)
        else:
            self.setMinimumWidth(0)
            self.setMaximumWidth(_NO_LIMIT)
        self.updateGeometry()
        self.folded_changed.emit(folded)
        if folded and by_user:
            self.strip.setFocus()
        elif by_user:
            self.content.setFocus()

    def _show_strip_text(self) -> None:
        text = f"{self.title}  {self._summary}".strip()
        self.strip.setText(text)
        self.strip.setToolTip(self.tr("Show {0}").format(text))
        self.strip.update()
