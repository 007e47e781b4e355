"""The balance bar: how the agenda's minutes split into sell, case, assess and frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.model import Group
from .fonts import BOLD, REGULAR, register_fonts
from .styles import GROUP_HEX, GROUP_LABEL, INK, MUTED, bold, colour, para, plain, rich

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Flowable

    from ..domain.coach import Review

BAR_HEIGHT = 18
LABEL_SIZE = 8
# Groups whose colour is dark carry white labels inside the bar.
_DARK = {Group.SELL, Group.ASSESS}


def balance_chart(review: Review, width: float) -> Drawing:
    """A stacked bar of the four groups' shares, the target band for selling above it,
    and a legend with minutes and percentages below it."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    legend_y = 2
    bar_y = legend_y + LABEL_SIZE + 8
    band_y = bar_y + BAR_HEIGHT + 4
    drawing = Drawing(width, band_y + LABEL_SIZE + 6)

    if review.total_minutes == 0:
        drawing.add(Rect(0, bar_y, width, BAR_HEIGHT, fillColor=colour("#eef0f3"), strokeWidth=0))
        drawing.add(String(6, bar_y + 5, "No agenda yet", fontName=REGULAR, fontSize=LABEL_SIZE))
        return drawing

    x = 0.0
    for group in Group:
        share = review.shares[group]
        if share <= 0:
            continue
        seg = width * share
        drawing.add(
            Rect(
                x,
                bar_y,
                seg,
                BAR_HEIGHT,
                fillColor=colour(GROUP_HEX[group]),
                strokeColor=colour("#ffffff"),
                strokeWidth=0.8,
            )
        )
        label = f"{GROUP_LABEL[group]} {round(share * 100)} %"
        if stringWidth(label, BOLD, LABEL_SIZE) + 6 <= seg:
            drawing.add(
                String(
                    x + 4,
                    bar_y + (BAR_HEIGHT - LABEL_SIZE) / 2 + 1,
                    label,
                    fontName=BOLD,
                    fontSize=LABEL_SIZE,
                    fillColor=colour("#ffffff" if group in _DARK else INK),
                )
            )
        x += seg

    low, high = rules.TARGET_SELL_BAND
    x0, x1 = width * low, width * high
    ink = colour(INK)
    drawing.add(Line(x0, band_y, x1, band_y, strokeColor=ink, strokeWidth=1.2))
    for edge in (x0, x1):
        drawing.add(Line(edge, band_y - 3, edge, bar_y, strokeColor=ink, strokeWidth=0.8))
    band = f"Target for selling: {round(low * 100)}–{round(high * 100)} %"
    drawing.add(String(x0, band_y + 3, band, fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=ink))

    x = 0.0
    step = width / len(Group)
    for group in Group:
        drawing.add(
            Rect(
                x,
                legend_y,
                8,
                8,
                fillColor=colour(GROUP_HEX[group]),
                strokeColor=ink,
                strokeWidth=0.3,
            )
        )
        text = (
            f"{GROUP_LABEL[group]}: {review.minutes[group]} min"
            f" ({round(review.shares[group] * 100)} %)"
        )
        drawing.add(
            String(
                x + 11,
                legend_y + 1,
                text,
                fontName=REGULAR,
                fontSize=LABEL_SIZE,
                fillColor=colour(MUTED),
            )
        )
        x += step
    return drawing


_SEVERITY_LABEL = {"problem": "Problem", "warning": "Warning", "info": "Hint"}


def balance_section(review: Review, width: float) -> list[Flowable]:
    """The balance bar, the coach's score and its most important findings."""
    from reportlab.platypus import KeepTogether, Spacer

    story: list[Flowable] = [
        para("The balance", "h1"),
        balance_chart(review, width),
        Spacer(1, 6),
        para(f"Coach score: {review.score} / {rules.SCORE_MAX}", "h2"),
    ]
    shown = review.findings[: rules.BRIEF_FINDINGS_SHOWN]
    for finding in shown:
        label = _SEVERITY_LABEL.get(finding.severity.value, finding.severity.value.title())
        story.append(rich([bold(f"{label}: "), plain(finding.message)], "bullet", bullet="•"))
        story.append(para(finding.why, "why"))
    hidden = len(review.findings) - len(shown)
    if hidden > 0:
        more = "finding" if hidden == 1 else "findings"
        story.append(para(f"{hidden} more {more} in the app's coach panel.", "small"))
    if not review.findings and review.total_minutes:
        story.append(para("The coach has nothing to add: the plan is balanced.", "muted"))
    return [KeepTogether(story[:4]), *story[4:]]
