"""A small always-on-top timer for when the meeting window is behind a shared screen or slides."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.meeting_run import RunStatus, mmss
from .style import STYLESHEET, apply_font, set_state


class MiniTimer(QWidget):
    """The current block and its time left, in a compact window that stays on top.

    It only shows what the meeting window computes; a click brings that window back.
    """

    closed = Signal()
    activated = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("MiniTimer")
        self.setWindowTitle(self.tr("Meeting timer"))
        self.setStyleSheet(STYLESHEET)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.block_title = QLabel(self)
        self.block_title.setTextFormat(Qt.TextFormat.PlainText)
        self.block_clock = QLabel(self)
        self.meeting_line = QLabel(self)
        self.meeting_line.setProperty("role", "muted")
        for label in (self.block_title, self.block_clock, self.meeting_line):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        apply_font(self.block_title, "body", 1.0, bold=True)
        apply_font(self.block_clock, "meeting_clock", 1.3, bold=True)
        apply_font(self.meeting_line, "small", 1.0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.block_title)
        layout.addWidget(self.block_clock)
        layout.addWidget(self.meeting_line)
        # Wide enough for most block titles at a glance; longer ones are elided.
        self.setFixedWidth(self.block_title.fontMetrics().averageCharWidth() * 30)
        self.block_clock.setToolTip(self.tr("Click to go back to meeting mode"))

    def show_status(self, status: RunStatus) -> None:
        title = status.block.title if status.block else self.tr("No agenda")
        metrics = self.block_title.fontMetrics()
        self.block_title.setText(
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, self.width() - 30)
        )
        if status.block_overrun:
            self.block_clock.setText(self.tr("+{0}").format(mmss(-status.block_remaining)))
        else:
            self.block_clock.setText(mmss(max(0, status.block_remaining)))
        state = "paused" if status.paused else ("overrun" if status.block_overrun else "")
        set_state(self.block_clock, state)
        if status.paused:
            self.meeting_line.setText(self.tr("Paused"))
        elif status.meeting_overrun:
            self.meeting_line.setText(
                self.tr("Meeting over by {0}").format(mmss(-status.meeting_remaining))
            )
        else:
            self.meeting_line.setText(
                self.tr("Meeting: {0} left").format(mmss(status.meeting_remaining))
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.closed.emit()
        super().closeEvent(event)
