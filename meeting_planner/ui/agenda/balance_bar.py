"""A painted bar of how the agenda's minutes split into pitch, team, case, assessment, the
candidate's questions and framing, with where selling ends against its target band."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain import rules
from ...domain.balance import BAR_ORDER, Segment, bar_segments
from ...domain.coach import Review
from ...domain.model import Group
from .labels import group_colour, group_label, text_colour_on

_BAR_HEIGHT = 26
_BAND_HEIGHT = 16
_LEGEND_GAP = 6
_SWATCH = 10
_PADDING = 6
# The legend wraps onto a second line rather than leave a part of the bar unnamed.
_LEGEND_LINES = 2


# Floating-point shares exactly at a threshold must read as that threshold.
_EPSILON = 1e-9


def _percent(share: float) -> int:
    return round(share * 100)


def _rounded(share: float, low: float, high: float) -> int:
    """Rounded away from the coach's limits, as the coach's own messages round, so the bar
    never shows 35 % for a share the coach calls too low."""
    if share < low:
        return math.floor(share * 100 + _EPSILON)
    if share > high:
        return math.ceil(share * 100 - _EPSILON)
    return _percent(share)


def _group_percent(group: Group, share: float) -> int:
    if group is Group.ASSESS:
        limit = rules.DEFAULT_THRESHOLDS.max_assess_share
        return _rounded(share, -1.0, limit)
    return _percent(share)


def _selling_percent(share: float) -> int:
    low, high = rules.TARGET_SELL_BAND
    return _rounded(share, low, high)


def _uncounted(segment: Segment) -> bool:
    return segment.group is Group.TEAM and not segment.selling


def _segment_colour(segment: Segment) -> QColor:
    colour = group_colour(segment.group)
    # Team time nobody counts as selling is the team's colour, washed out.
    return colour.lighter(150) if _uncounted(segment) else colour


class BalanceBar(QWidget):
    """Sell is drawn first from the left, so its end shows against the target band."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._review: Review | None = None
        self._drawn_legend: list[str] = []
        self.setAccessibleName(self.tr("Balance of the meeting"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def set_review(self, review: Review) -> None:
        if self._review is not None and (
            review.minutes == self._review.minutes
            and review.planned_minutes == self._review.planned_minutes
            and review.team_uncounted == self._review.team_uncounted
        ):
            self._review = review
            return
        self._review = review
        summary = self.summary()
        self.setToolTip(summary)
        self.setAccessibleDescription(summary)
        self.update()

    def summary(self) -> str:
        """One line per part of the bar with minutes and share, selling and its target."""
        review = self._review
        if review is None or not review.total_minutes:
            return self.tr("No blocks yet: add blocks to see the balance.")
        low, high = rules.TARGET_SELL_BAND
        segments = bar_segments(review.minutes, review.team_uncounted)
        # Every group is named, with 0 minutes where it has none.
        shown = {(s.group, s.selling) for s in segments}
        for group in BAR_ORDER:
            if not any(g is group for g, _ in shown):
                segments.append(Segment(group, 0, group is Group.PITCH))
        segments.sort(key=lambda s: (BAR_ORDER.index(s.group), not s.selling))
        lines = [
            self.tr("{0}: {1} min ({2} %)").format(
                self._segment_name(segment),
                segment.minutes,
                _group_percent(segment.group, segment.minutes / review.total_minutes),
            )
            for segment in segments
        ]
        lines.append(
            self.tr("Selling (pitch, and team time a future colleague leads): {0} %").format(
                _selling_percent(review.selling_share)
            )
        )
        lines.append(
            self.tr("Agenda {0} min of {1} min planned").format(
                review.total_minutes, review.planned_minutes
            )
        )
        lines.append(self.tr("Target for selling: {0}–{1} %").format(_percent(low), _percent(high)))
        return "\n".join(lines)

    def _segment_name(self, segment: Segment) -> str:
        if _uncounted(segment):
            return self.tr("{0} (not selling: no future colleague leads it)").format(
                group_label(segment.group)
            )
        return group_label(segment.group)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = QFontMetrics(self.font()).height()
        legend = _LEGEND_LINES * line
        return QSize(420, _BAND_HEIGHT + _BAR_HEIGHT + _LEGEND_GAP + legend + 2 * _PADDING)

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
        for segment in bar_segments(review.minutes, review.team_uncounted):
            share = segment.minutes / review.total_minutes
            rect = QRectF(x, bar.top(), bar.width() * share, bar.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_segment_colour(segment))
            painter.drawRect(rect)
            if _uncounted(segment):
                painter.setBrush(QBrush(group_colour(segment.group), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(rect)
            self._paint_segment_label(painter, rect, segment, share, metrics)
            x = rect.right()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(ink, 1))
        painter.drawRect(bar)
        self._paint_band_edges(painter, bar, ink)
        self._paint_selling_end(painter, bar, review, ink)
        self._paint_legend(painter, bar, review, ink, metrics)
        painter.end()

    def _paint_selling_end(
        self, painter: QPainter, bar: QRectF, review: Review, ink: QColor
    ) -> None:
        x = bar.left() + bar.width() * review.selling_share
        painter.setPen(QPen(ink, 3))
        painter.drawLine(int(x), int(bar.top()) - 3, int(x), int(bar.bottom()) + 3)

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
        text = self.tr("selling {0} %, target {1}–{2} %").format(
            _selling_percent(self._review.selling_share) if self._review else 0,
            _percent(low),
            _percent(high),
        )
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
        self, painter: QPainter, rect: QRectF, segment: Segment, share: float, m: QFontMetrics
    ) -> None:
        percent = _group_percent(segment.group, share)
        full = self.tr("{0} {1} %").format(group_label(segment.group), percent)
        short = self.tr("{0} %").format(percent)
        colour = _segment_colour(segment)
        for text in (full, short):
            if m.horizontalAdvance(text) + 8 <= rect.width():
                painter.setPen(text_colour_on(colour))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                return

    def _paint_legend(
        self, painter: QPainter, bar: QRectF, review: Review, ink: QColor, m: QFontMetrics
    ) -> None:
        # Names and minutes in the bar's own left-to-right order, on up to two lines, with
        # the total at the right of the last; the percentages are on the segments. A
        # narrow bar drops the entries' "min" before it would let any two overlap.
        over = review.total_minutes > review.planned_minutes
        font = painter.font()
        font.setBold(over)
        bold = QFontMetrics(font)
        segments = bar_segments(review.minutes, review.team_uncounted)
        long_total = self.tr("{0} of {1} min planned").format(
            review.total_minutes, review.planned_minutes
        )
        short_total = self.tr("{0}/{1} min").format(review.total_minutes, review.planned_minutes)
        layout = None
        for short in (False, True):
            entries = [(s, self._legend_text(s, short=short)) for s in segments]
            for total in (long_total, short_total):
                layout = self._legend_layout(entries, bar, m, bold.horizontalAdvance(total) + 4)
                if layout is not None:
                    break
            if layout is not None:
                break
        if layout is None:  # too narrow for everything: the names go, the tooltip has them
            entries, total = [], short_total
            layout = []
            self._drawn_legend = []
        painter.setFont(self.font())
        for (segment, text), (x, line) in zip(entries, layout, strict=True):
            y = bar.bottom() + _LEGEND_GAP + line * m.height()
            swatch = QRectF(x, y + (m.height() - _SWATCH) / 2, _SWATCH, _SWATCH)
            painter.setPen(QPen(ink, 0.5))
            painter.setBrush(_segment_colour(segment))
            painter.drawRect(swatch)
            painter.setPen(ink)
            text_rect = QRectF(swatch.right() + 4, y, m.horizontalAdvance(text) + 2, m.height())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(font)
        painter.setPen(ink)
        total_width = bold.horizontalAdvance(total) + 4
        last = bar.bottom() + _LEGEND_GAP + (_LEGEND_LINES - 1) * m.height()
        painter.drawText(
            QRectF(bar.right() - total_width, last, total_width, m.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            total,
        )

    def _legend_text(self, segment: Segment, *, short: bool) -> str:
        name = group_label(segment.group)
        if _uncounted(segment):
            name = self.tr("{0} (not selling)").format(name)
        if short:
            return self.tr("{0} {1}").format(name, segment.minutes)
        return self.tr("{0} {1} min").format(name, segment.minutes)

    def legend_entries(self) -> list[str]:
        """The legend's entries as drawn at the bar's current width (for tests)."""
        return list(self._drawn_legend)

    def _legend_layout(
        self,
        entries: list[tuple[Segment, str]],
        bar: QRectF,
        m: QFontMetrics,
        total_width: float,
    ) -> list[tuple[float, int]] | None:
        """Where each entry goes, (x, line), or None when they do not all fit."""
        places: list[tuple[float, int]] = []
        x, line = bar.left(), 0
        for _segment, text in entries:
            width = _SWATCH + 4 + m.horizontalAdvance(text) + 2
            right = bar.right() - (total_width + 12 if line == _LEGEND_LINES - 1 else 0)
            if x + width > right and x > bar.left():
                line += 1
                x = bar.left()
                right = bar.right() - (total_width + 12 if line == _LEGEND_LINES - 1 else 0)
            if line >= _LEGEND_LINES or x + width > right:
                return None
            places.append((x, line))
            x += width + 14
        self._drawn_legend = [text for _segment, text in entries]
        return places
