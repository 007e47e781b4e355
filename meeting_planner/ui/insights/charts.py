"""A horizontal bar chart drawn with QPainter: a label, stacked coloured segments, the total."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.plain import record


@record(frozen=True)
class Bar:
    label: str
    # (value, colour) pieces laid end to end; the bar's total is their sum.
    segments: tuple[tuple[int, str], ...]

    @property
    def total(self) -> int:
        return sum(value for value, _ in self.segments)


class BarChart(QWidget):
    """Bars one under the other, with a legend naming each colour; no QtCharts needed."""

    ROW_LINES = 1.6

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.legend: list[tuple[str, str]] = []
        self.empty_text = ""
        # The width of the label column; charts shown together share one so bars line up.
        self.label_width = 0
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(
        self, bars: list[Bar], legend: list[tuple[str, str]] | None = None, empty_text: str = ""
    ) -> None:
        self.bars = list(bars)
        self.legend = list(legend or [])
        self.empty_text = empty_text
        # Screen readers get the numbers the bars show.
        self.setAccessibleDescription(
            "; ".join(f"{bar.label}: {bar.total}" for bar in self.bars) or empty_text
        )
        # A fixed height the layout cannot squeeze when the text above it wraps.
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    @property
    def has_data(self) -> bool:
        return any(bar.total for bar in self.bars)

    def natural_label_width(self) -> int:
        """The width the longest label needs, with a gap before its bar."""
        widths = [self.fontMetrics().horizontalAdvance(bar.label) for bar in self.bars]
        return max(widths, default=0) + self.fontMetrics().height()

    def _row(self) -> int:
        return int(self.fontMetrics().height() * self.ROW_LINES)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = self.fontMetrics().height()
        rows = len(self.bars) if self.has_data else 1
        return QSize(line * 30, line * 2 + rows * self._row() + (line + 6 if self.legend else 0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.fontMetrics().height() * 20, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        y = line * 1.5
        if self.legend:
            x = 0.0
            for label, colour in self.legend:
                painter.fillRect(QRectF(x, y + 2, line - 4, line - 4), QColor(colour))
                x += line + 2
                painter.setPen(text_colour)
                painter.drawText(QRectF(x, y, metrics.horizontalAdvance(label) + 4, line), label)
                x += metrics.horizontalAdvance(label) + line
            y += line + 6
        if not self.has_data:
            painter.setPen(muted)
            painter.drawText(QRectF(0, y, self.width(), line), self.empty_text)
            return
        label_width = max(self.label_width, self.natural_label_width())
        number_width = metrics.horizontalAdvance("0000") + line / 2
        room = max(10.0, self.width() - label_width - number_width)
        most = max(bar.total for bar in self.bars) or 1
        row = self._row()
        bar_height = line * 0.9
        track = QColor(muted)
        track.setAlpha(28)
        for bar in self.bars:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y, label_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.label,
            )
            top = y + (row - bar_height) / 2
            painter.fillRect(QRectF(label_width, top, room, bar_height), track)
            x = label_width
            for value, colour in bar.segments:
                if value:
                    length = room * value / most
                    painter.fillRect(QRectF(x, top, length, bar_height), QColor(colour))
                    x += length
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x + 4, y, number_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(bar.total),
            )
            y += row
