"""The balance bar: how the agenda's minutes split into pitch, team, case, assessment, the
candidate's questions and framing, and how much of it sells the job."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.balance import bar_segments
from ..domain.model import Group
from ..domain.phrases import mark, text
from .fonts import BOLD, REGULAR, register_fonts
from .styles import (
    DARK_GROUPS,
    GROUP_HEX,
    GROUP_LABEL,
    GROUP_TINT_HEX,
    INK,
    MUTED,
    bold,
    colour,
    para,
    plain,
    rich,
)

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from ..domain.coach import Review

BAR_HEIGHT = 18
LABEL_SIZE = 8
# The legend's entries per row: six groups and the uncounted team time take up to three
# rows, so every name stays whole in every language.
LEGEND_COLUMNS = 3
LEGEND_ROWS = 3
LEGEND_ROW = LABEL_SIZE + 4


def balance_chart(review: Review, width: float, language: str = "en") -> Flowable:
    """A stacked bar of the groups' shares, the target band for selling above it, and a
    legend below it that names every segment with its minutes and percentage."""
    register_fonts()
    return _balance_bar_class()(review, width, language)


@cache
def _balance_bar_class() -> type:
    """The chart's flowable, defined on first use so that reportlab loads late. It
    draws on the canvas directly: reportlab's graphics package would cost an import
    and a renderer for a few rectangles, lines and labels."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    legend_y = 2
    bar_y = legend_y + LEGEND_ROWS * LEGEND_ROW + 4
    band_y = bar_y + BAR_HEIGHT + 4

    class BalanceBar(Flowable):
        def __init__(self, review: Review, width: float, language: str) -> None:
            super().__init__()
            self.review = review
            self.width = width
            self.language = language
            self.height = band_y + LABEL_SIZE + 6

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            return self.width, self.height

        def draw(self) -> None:
            canv, review, width, lg = self.canv, self.review, self.width, self.language
            if review.total_minutes == 0:
                canv.setFillColor(colour("#eef0f3"))
                canv.rect(0, bar_y, width, BAR_HEIGHT, stroke=0, fill=1)
                self._label(6, bar_y + 5, text(lg, "No agenda yet"), REGULAR, INK)
                return
            segments = bar_segments(review.minutes, review.team_uncounted)
            entries: list[tuple[str, str]] = []
            canv.setStrokeColor(colour("#ffffff"))
            canv.setLineWidth(0.8)
            x = 0.0
            for segment in segments:
                share = segment.minutes / review.total_minutes
                seg = width * share
                uncounted = segment.group is Group.TEAM and not segment.selling
                hex_ = (GROUP_TINT_HEX if uncounted else GROUP_HEX)[segment.group]
                canv.setFillColor(colour(hex_))
                canv.rect(x, bar_y, seg, BAR_HEIGHT, stroke=1, fill=1)
                name = text(lg, GROUP_LABEL[segment.group])
                if uncounted:
                    name = text(lg, "{group} (not selling)", group=name)
                label = f"{round(share * 100)} %"
                if stringWidth(label, BOLD, LABEL_SIZE) + 6 <= seg:
                    dark = not uncounted and segment.group in DARK_GROUPS
                    self._label(
                        x + 3,
                        bar_y + (BAR_HEIGHT - LABEL_SIZE) / 2 + 1,
                        label,
                        BOLD,
                        "#ffffff" if dark else INK,
                    )
                legend = text(
                    lg,
                    "{group}: {minutes} min ({share} %)",
                    group=name,
                    minutes=segment.minutes,
                    share=round(share * 100),
                )
                entries.append((hex_, legend))
                x += seg

            low, high = rules.TARGET_SELL_BAND
            x0, x1 = width * low, width * high
            canv.setStrokeColor(colour(INK))
            canv.setLineWidth(1.2)
            canv.line(x0, band_y, x1, band_y)
            canv.setLineWidth(0.8)
            for edge in (x0, x1):
                canv.line(edge, band_y - 3, edge, bar_y)
            # Where selling ends on the bar, so it reads against the band.
            sell_x = width * review.selling_share
            canv.setLineWidth(2)
            canv.line(sell_x, bar_y - 2, sell_x, bar_y + BAR_HEIGHT + 2)
            band = text(
                lg,
                "Selling {share} % (pitch and team); target {low}–{high} %",
                share=round(review.selling_share * 100),
                low=round(low * 100),
                high=round(high * 100),
            )
            self._label(x0, band_y + 3, band, REGULAR, INK)
            self._legend(entries, width)

        def _legend(self, entries: list[tuple[str, str]], width: float) -> None:
            canv = self.canv
            step = width / LEGEND_COLUMNS
            canv.setLineWidth(0.3)
            canv.setStrokeColor(colour(MUTED))
            for i, (hex_, legend) in enumerate(entries):
                row, column = divmod(i, LEGEND_COLUMNS)
                x = column * step
                y = legend_y + (LEGEND_ROWS - 1 - row) * LEGEND_ROW
                canv.setFillColor(colour(hex_))
                canv.rect(x, y, 8, 8, stroke=1, fill=1)
                room = step - 20  # the square, and a clear gap before the next one
                # Too wide (a long name in some language): smaller, never cut, never into
                # the next column.
                wide = stringWidth(legend, REGULAR, LABEL_SIZE)
                size = LABEL_SIZE if wide <= room else LABEL_SIZE * room / wide
                self._label(x + 11, y + 1, legend, REGULAR, MUTED, size)

        def _label(
            self, x: float, y: float, label: str, font: str, ink: str, size: float = LABEL_SIZE
        ) -> None:
            self.canv.setFillColor(colour(ink))
            self.canv.setFont(font, size)
            self.canv.drawString(x, y, label)

    return BalanceBar


_SEVERITY_LABEL = {"problem": mark("Problem"), "warning": mark("Warning"), "info": mark("Hint")}
_READINESS = {
    "ready": mark("ready for the candidate"),
    "needs-work": mark("needs work"),
    "not-ready": mark("not ready: fix the problems first"),
}


def balance_section(review: Review, width: float, language: str = "en") -> list[Flowable]:
    """The balance bar, the coach's score and its most important findings; the findings
    come in the review's own language, the rest in ``language``."""
    from reportlab.platypus import KeepTogether, Spacer

    lg = language
    story: list[Flowable] = [
        para(text(lg, "The balance"), "h1"),
        balance_chart(review, width, lg),
        Spacer(1, 6),
        para(
            text(lg, "Coach score: {score} / {most}", score=review.score, most=rules.SCORE_MAX)
            + " · "
            + text(lg, _READINESS[review.readiness]),
            "h2",
        ),
    ]
    shown = review.findings[: rules.BRIEF_FINDINGS_SHOWN]
    for finding in shown:
        severity = finding.severity.value
        label = text(lg, _SEVERITY_LABEL[severity]) if severity in _SEVERITY_LABEL else severity
        story.append(rich([bold(f"{label}: "), plain(finding.message)], "bullet", bullet="•"))
        story.append(para(finding.why, "why"))
        if finding.source:
            story.append(para(finding.source, "why"))
    hidden = len(review.findings) - len(shown)
    if hidden > 0:
        more = (
            text(lg, "1 more finding in the app's coach panel.")
            if hidden == 1
            else text(lg, "{count} more findings in the app's coach panel.", count=hidden)
        )
        story.append(para(more, "small"))
    if not review.findings and review.total_minutes:
        story.append(para(text(lg, "The coach has nothing to add: the plan is balanced."), "muted"))
    return [KeepTogether(story[:4]), *story[4:]]
