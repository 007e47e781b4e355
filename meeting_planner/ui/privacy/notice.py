"""The bar that says, on start and without blocking, that some meetings are past retention."""

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


class RetentionNotice(QFrame):
    """Says how many meetings are past retention, with a button to review them."""

    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RetentionNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#4a4120" if dark else "#fdf3d7"))
        self.setPalette(palette)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.review_button = QPushButton(self.tr("Review…"), self)
        self.review_button.setAccessibleName(self.tr("Review meetings past retention"))
        self.review_button.clicked.connect(self._review)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.review_button)
        layout.addWidget(self.close_button)
        self.hide()

    def set_count(self, count: int, months: int) -> None:
        """Show the notice for ``count`` meetings, or hide it when there are none."""
        if count == 1:
            text = self.tr(
                "One closed meeting has been kept longer than {0} months. Its candidate's "
                "personal data is due for erasure."
            )
        else:
            text = self.tr(
                "{1} closed meetings have been kept longer than {0} months. Their candidates' "
                "personal data is due for erasure."
            )
        self.text.setText(text.format(months, count))
        self.setVisible(count > 0)

    def _review(self) -> None:
        self.hide()
        self.review_requested.emit()
