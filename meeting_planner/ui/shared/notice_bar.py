"""A bar at the top of the window that tells something without blocking: text, one
action button and a dismiss button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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


class NoticeBar(QFrame):
    """The shared look and behaviour; subclasses say what and when.

    ``colours`` is the background for a light and for a dark palette. The texts
    come translated from the subclass, so each keeps its own translation context.
    """

    action_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        object_name: str,
        colours: tuple[str, str],
        action_text: str,
        action_name: str,
        dismiss_text: str,
    ):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(colours[1] if dark else colours[0]))
        self.setPalette(palette)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.action_button = QPushButton(action_text, self)
        self.action_button.setAccessibleName(action_name)
        self.action_button.clicked.connect(self._act)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(dismiss_text)
        self.close_button.setAccessibleName(dismiss_text)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.hide()

    def _act(self) -> None:
        self.hide()
        self.action_requested.emit()
