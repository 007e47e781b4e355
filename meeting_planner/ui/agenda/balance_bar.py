"""A painted bar of how the agenda's minutes split into sell, case, assess and frame."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain import rules
from ...domain.coach import Review
from ...domain.model import Group
from .labels import GROUP_ORDER, group_colour, group_label, text_colour_on

_BAR_HEIGHT = 26
_BAND_HEIGHT = 16
_LEGEND_GAP = 6
_SWATCH = 10
_PADDING = 6


# Floating-point shares exactly at a threshold must read as that threshold.
_EPSILON = 1e-9


def _percent(share: float) -> int:
    return round(share * 100)


def _group_percent(group: Group, share: float) -> int:
    """Rounded away from the coach's limits, as the coach's own messages round, so the
    bar never shows 35 % for a share the coach calls too low."""
    low, high = rules.TARGET_SELL_BAND
    limit = rules.DEFAULT_THRESHOLDS.max_assess_share
    if (group is Group.SELL and share < low) or (group is Group.ASSESS and share <= limit):
        return math.floor(share * 100 + _EPSILON)
    if (group is Group.SELL and share > high) or (group is Group.ASSESS and share > limit):
        return math.ceil(share * 100 - _EPSILON)
    return _percent(share)


class BalanceBar(QWidget):
    """Sell is drawn first from the left, so its end shows against the target band."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._review: Review | None = None
        self.setAccessibleName(self.tr("Balance of the meeting"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def set_review(self, review: Review) -> None:
        if self._review is not None and (
            review.minutes == self._review.minutes
            and review.planned_minutes == self._review.planned_minutes
        ):
            self._review = review
            return
        self._review = review
        summary = self.summary()
        self.setToolTip(summary)
        self.setAccessibleDescription(summary)
        self.update()

    def summary(self) -> str:
        """One line per group with minutes and share, and the target band."""
        review = self._review
        if review is None or not review.total_minutes:
            return self.tr("No blocks yet: add blocks to see the balance.")
        low, high = rules.TARGET_SELL_BAND
        lines = [
            self.tr("{0}: {1} min ({2} %)").format(
                group_label(group),
                review.minutes[group],
                _group_percent(group, review.shares[group]),
            )
            for group in GROUP_ORDER
        ]
        lines.append(
            self.tr("Agenda {0} min of {1} min planned").format(
                review.total_minutes, review.planned_minutes
            )
        )
        lines.append(self.tr("Target for selling: {0}–{1} %").format(_percent(low), _percent(high)))
        return "\n".join(lines)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = QFontMetrics(self.font()).height()
        return QSize(420, _BAND_HEIGHT + _BAR_HEIGHT + _LEGEND_GAP + line + 2 * _PADDING)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        ink = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(self.font())
        left, width = float(_PADDING), float(self.width() - 2 * _PADDING)
        bar = QRectF(left, _PADDING + _BAND_HEIGHT, width, _BAR_HEIGHT)
        review = self._review

        self._paint_band(painter, bar, ink, metrics)
        if review is None or not review.total_minutes:
            painter.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(ink)
            painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, self.tr("No blocks yet"))
            painter.end()
            return

        x = bar.left()
        for group in GROUP_ORDER:
            share = review.shares[group]
            if share <= 0:
                continue
            segment = QRectF(x, bar.top(), bar.width() * share, bar.height())
            colour = group_colour(group)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(segment)
            self._paint_segment_label(painter, segment, group, share, metrics)
            x = segment.right()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(ink, 1))
        painter.drawRect(bar)
        self._paint_band_edges(painter, bar, ink)
        self._paint_legend(painter, bar, review, ink, metrics)
        painter.end()

    def _band_x(self, bar: QRectF) -> tuple[float, float]:
        low, high = rules.TARGET_SELL_BAND
        return bar.left() + bar.width() * low, bar.left() + bar.width() * high

    def _paint_band(
        self, painter: QPainter, bar: QRectF, ink: QColor, metrics: QFontMetrics
    ) -> None:
        x1, x2 = self._band_x(bar)
        top = float(_PADDING)
        painter.setPen(QPen(ink, 1.5))
        bracket = top + _BAND_HEIGHT - 4
        painter.drawLine(int(x1), int(bracket), int(x2), int(bracket))
        painter.drawLine(int(x1), int(bracket), int(x1), int(bar.top()))
        painter.drawLine(int(x2), int(bracket), int(x2), int(bar.top()))
        low, high = rules.TARGET_SELL_BAND
        text = self.tr("target sell {0}–{1} %").format(_percent(low), _percent(high))
        text_width = metrics.horizontalAdvance(text) + 6
        label = QRectF(x1 - text_width - 2, top - 3, text_width, _BAND_HEIGHT)
        if label.left() < bar.left():
            label.moveLeft(x2 + 4)
        painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_band_edges(self, painter: QPainter, bar: QRectF, ink: QColor) -> None:
        # Dashed lines through the bar make the band visible even over a coloured segment.
        x1, x2 = self._band_x(bar)
        painter.setPen(QPen(ink, 1.5, Qt.PenStyle.DashLine))
        for x in (x1, x2):
            painter.drawLine(int(x), int(bar.top()), int(x), int(bar.bottom()))

    def _paint_segment_label(
        self, painter: QPainter, segment: QRectF, group: Group, share: float, m: QFontMetrics
    ) -> None:
        percent = _group_percent(group, share)
        full = self.tr("{0} {1} %").format(group_label(group), percent)
        short = self.tr("{0} %").format(percent)
        for text in (full, short):
            if m.horizontalAdvance(text) + 8 <= segment.width():
                painter.setPen(text_colour_on(group_colour(group)))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)
                return

    def _paint_legend(
        self, painter: QPainter, bar: QRectF, review: Review, ink: QColor, m: QFontMetrics
    ) -> None:
        # Names and minutes in the bar's own left-to-right order; the percentages
        # are on the segments, so the legend stays short enough for one line.
        total = self.tr("{0} of {1} min planned").format(
            review.total_minutes, review.planned_minutes
        )
        over = review.total_minutes > review.planned_minutes
        font = painter.font()
        font.setBold(over)
        painter.setFont(font)
        entries = [
            self.tr("{0} {1} min").format(group_label(group), review.minutes[group])
            for group in GROUP_ORDER
        ]
        needed = sum(_SWATCH + 4 + m.horizontalAdvance(text) + 16 for text in entries)
        if needed + QFontMetrics(font).horizontalAdvance(total) + 16 > bar.width():
            # Narrow: keep all four groups on the line and shorten the total.
            total = self.tr("{0}/{1} min").format(review.total_minutes, review.planned_minutes)
        total_width = QFontMetrics(font).horizontalAdvance(total) + 4
        x = bar.left()
        y = bar.bottom() + _LEGEND_GAP
        room = bar.right() - total_width - 12
        painter.setFont(self.font())
        for group, text in zip(GROUP_ORDER, entries, strict=True):
            width = _SWATCH + 4 + m.horizontalAdvance(text) + 2
            if x + width > room:
                break
            swatch = QRectF(x, y + (m.height() - _SWATCH) / 2, _SWATCH, _SWATCH)
            painter.setPen(QPen(ink, 0.5))
            painter.setBrush(group_colour(group))
            painter.drawRect(swatch)
            painter.setPen(ink)
            text_rect = QRectF(swatch.right() + 4, y, m.horizontalAdvance(text) + 2, m.height())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)
            x = text_rect.right() + 14
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(
            QRectF(bar.right() - total_width, y, total_width, m.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            total,
        )
