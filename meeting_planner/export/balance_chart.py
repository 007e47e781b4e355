"""The balance bar: how the agenda's minutes split into sell, case, assess and frame."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.model import Group
from ..domain.phrases import mark, text
from .fonts import BOLD, REGULAR, register_fonts
from .styles import GROUP_HEX, GROUP_LABEL, INK, MUTED, bold, colour, para, plain, rich

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from ..domain.coach import Review

BAR_HEIGHT = 18
LABEL_SIZE = 8
# Groups whose colour is dark carry white labels inside the bar.
_DARK = {Group.SELL, Group.ASSESS}


def balance_chart(review: Review, width: float, language: str = "en") -> Flowable:
    """A stacked bar of the four groups' shares, the target band for selling above it,
    and a legend with minutes and percentages below it."""
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
    bar_y = legend_y + LABEL_SIZE + 8
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
            names = {group: text(lg, GROUP_LABEL[group]) for group in Group}
            if review.total_minutes == 0:
                canv.setFillColor(colour("#eef0f3"))
                canv.rect(0, bar_y, width, BAR_HEIGHT, stroke=0, fill=1)
                self._label(6, bar_y + 5, text(lg, "No agenda yet"), REGULAR, INK)
                return
            white = colour("#ffffff")
            canv.setStrokeColor(white)
            canv.setLineWidth(0.8)
            x = 0.0
            for group in Group:
                share = review.shares[group]
                if share <= 0:
                    continue
                seg = width * share
                canv.setFillColor(colour(GROUP_HEX[group]))
                canv.rect(x, bar_y, seg, BAR_HEIGHT, stroke=1, fill=1)
                label = f"{names[group]} {round(share * 100)} %"
                if stringWidth(label, BOLD, LABEL_SIZE) + 6 <= seg:
                    ink = "#ffffff" if group in _DARK else INK
                    self._label(x + 4, bar_y + (BAR_HEIGHT - LABEL_SIZE) / 2 + 1, label, BOLD, ink)
                x += seg

            low, high = rules.TARGET_SELL_BAND
            x0, x1 = width * low, width * high
            canv.setStrokeColor(colour(INK))
            canv.setLineWidth(1.2)
            canv.line(x0, band_y, x1, band_y)
            canv.setLineWidth(0.8)
            for edge in (x0, x1):
                canv.line(edge, band_y - 3, edge, bar_y)
            band = text(
                lg,
                "Target for selling: {low}–{high} %",
                low=round(low * 100),
                high=round(high * 100),
            )
            self._label(x0, band_y + 3, band, REGULAR, INK)

            x = 0.0
            step = width / len(Group)
            canv.setLineWidth(0.3)
            for group in Group:
                canv.setFillColor(colour(GROUP_HEX[group]))
                canv.rect(x, legend_y, 8, 8, stroke=1, fill=1)
                legend = text(
                    lg,
                    "{group}: {minutes} min ({share} %)",
                    group=names[group],
                    minutes=review.minutes[group],
                    share=round(review.shares[group] * 100),
                )
                self._label(x + 11, legend_y + 1, legend, REGULAR, MUTED)
                x += step

        def _label(self, x: float, y: float, label: str, font: str, ink: str) -> None:
            self.canv.setFillColor(colour(ink))
            self.canv.setFont(font, LABEL_SIZE)
            self.canv.drawString(x, y, label)

    return BalanceBar


_SEVERITY_LABEL = {"problem": mark("Problem"), "warning": mark("Warning"), "info": mark("Hint")}


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
            text(lg, "Coach score: {score} / {most}", score=review.score, most=rules.SCORE_MAX),
            "h2",
        ),
    ]
    shown = review.findings[: rules.BRIEF_FINDINGS_SHOWN]
    for finding in shown:
        severity = finding.severity.value
        label = text(lg, _SEVERITY_LABEL[severity]) if severity in _SEVERITY_LABEL else severity
        story.append(rich([bold(f"{label}: "), plain(finding.message)], "bullet", bullet="•"))
        story.append(para(finding.why, "why"))
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
