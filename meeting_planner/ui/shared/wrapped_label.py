"""A label whose wrapped text always shows whole: its lines ask the layout for room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappedLabel(QLabel):
    """Plain text wrapped to the width it gets, never cut off at the top or bottom.

    A layout sizes a window from its widgets' minimum sizes, and a word-wrapped QLabel
    says it needs one line: a dialog could open (or be made) too short for a text that
    wraps to four lines in a longer language, and the label then shows its middle
    only. This one keeps its minimum height at what its lines need at its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's spelling)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def lines_height(self) -> int:
        """The height the wrapped text needs at the label's width. (QLabel's own
        heightForWidth is never less than the minimum height, which this sets.)"""
        if not self.text():
            return 0
        inner = self.contentsRect()
        width = max(1, inner.width() - 2 * self.margin())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        lines = self.fontMetrics().boundingRect(0, 0, width, 1 << 20, flags, self.text())
        return lines.height() + self.height() - inner.height() + 2 * self.margin()

    def _fit(self) -> None:
        needed = self.lines_height()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
