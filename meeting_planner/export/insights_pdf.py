"""The insights of a period on one PDF page: the key figures and simple bar charts.

Every bar carries its number and every colour a label, so the page reads on a
greyscale print too.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from ..domain import rules
from ..domain.enums import ConcernCategory
from ..domain.insights import Insights, Period
from ..domain.phrases import format_short_day, mark, plural, text
from .debrief_form import CONCERN_LABELS
from .decline_survey import reason_labels

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Flowable

# The page's own words in English; ``phrases`` gives them in the chosen language.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "document": mark("Insights"),
        "title": mark("Insights across meetings"),
        "all_time": mark("All meetings"),
        "since": mark("From {0}"),
        "until": mark("Up to {0}"),
        "sell_share": mark("Average sell share"),
        "sell_value": mark(
            "{0} of the agenda, over {1} held meetings (the coach aims for {2}–{3})"
        ),
        "within": mark("Feedback within {0} working days"),
        "median": mark("Median time to feedback"),
        "waiting": mark("Still waiting"),
        "waiting_none": mark("nobody: every candidate met has heard back"),
        "reason": mark("Feedback with a reason"),
        "none": mark("no data yet"),
        "declines": mark("Why candidates declined"),
        "anonymous": mark("Anonymous survey answers counted: {0}"),
        "controllable": mark("We can act on it"),
        "not_controllable": mark("Outside our control"),
        "concerns": mark("Concerns candidates raised in meetings"),
        "feedback_time": mark("Time from meeting to feedback"),
        "on_time": mark("Within target"),
        "late": mark("Late"),
        "nothing": mark("Nothing recorded in this period."),
        "hours": mark("{0} h"),
        "working_day": mark("1 working day"),
        "working_days": mark("{0} working days"),
    },
}

ON_TIME = "#2e7d4f"
LATE = "#c0563b"
CONTROLLABLE = "#1f5f8b"
NOT_CONTROLLABLE = "#9aa5b1"
CONCERN = "#7b4f9e"
BAR_HEIGHT = 11.0
BAR_GAP = 4.0
LABEL_WIDTH = 150.0


def phrases(language: str = "en") -> dict[str, str]:
    return {key: text(language, english) for key, english in PHRASES["en"].items()}


def period_text(period: Period, language: str = "en") -> str:
    words = phrases(language)
    first = format_short_day(_midnight(period.first), language) if period.first else None
    last = format_short_day(_midnight(period.last), language) if period.last else None
    if first and last:
        return f"{first} – {last}"
    if first:
        return words["since"].format(first)
    if last:
        return words["until"].format(last)
    return words["all_time"]


def bucket_label(lower: int | None, upper: int | None, language: str = "en") -> str:
    """ "up to 1 working day", "1–2 working days", "over 5 working days": a time-to-feedback
    bar, counted in working days after the meeting as the deadline is."""
    words = phrases(language)

    def amount(days: int) -> str:
        return words["working_day"] if days == 1 else words["working_days"].format(days)

    if upper is None:
        return text(language, "over {amount}", amount=amount(lower or 0))
    if not lower:
        return text(language, "up to {amount}", amount=amount(upper))
    return f"{lower}–{words['working_days'].format(upper)}"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


def export_insights(figures: Insights, *, paper: str = "a4", language: str = "en") -> bytes:
    """The insights page as PDF bytes."""
    from .page import PageMarks, render

    words = phrases(language)
    marks = PageMarks(
        document=words["document"],
        context=period_text(figures.period, language),
        title=f"{words['title']}: {period_text(figures.period, language)}",
        subject=text(language, "Meeting Planner insights"),
        language=language,
    )
    return render(_story(figures, paper, words, language), paper=paper, marks=marks)


def key_figures(figures: Insights, language: str = "en") -> list[tuple[str, str]]:
    """The headline figures as (label, value) lines, as the page and the app show them."""
    words = phrases(language)
    low, high = rules.TARGET_SELL_BAND
    sell = (
        words["sell_value"].format(
            percent(figures.sell_share), figures.sell_measured, percent(low), percent(high)
        )
        if figures.sell_share is not None
        else words["none"]
    )
    within = (
        plural(
            language,
            figures.feedback_sent,
            "{share} ({part} of {count} candidate who heard back)",
            "{share} ({part} of {count} candidates who heard back)",
            share=percent(figures.share_within_target),
            part=figures.feedback_within_target,
        )
        if figures.feedback_sent
        else words["none"]
    )
    median = figures.median_feedback_hours
    reason = (
        plural(
            language,
            figures.held,
            "{share} of the {count} candidate met",
            "{share} of the {count} candidates met",
            share=percent(figures.share_with_reason),
        )
        if figures.held
        else words["none"]
    )
    return [
        (words["sell_share"], sell),
        (words["within"].format(rules.FEEDBACK_DUE_WORKING_DAYS), within),
        (words["median"], words["hours"].format(round(median)) if median is not None else "–"),
        (
            words["waiting"],
            _waiting(figures, words, language),
        ),
        (words["reason"], reason),
    ]


def _waiting(figures: Insights, words: dict[str, str], language: str) -> str:
    if not figures.feedback_waiting:
        return words["waiting_none"]
    return plural(
        language,
        figures.feedback_waiting,
        "{count} candidate, {overdue} past the deadline",
        "{count} candidates, {overdue} of them past the deadline",
        overdue=figures.feedback_overdue,
    )


def counts_text(figures: Insights, language: str = "en") -> str:
    """How many meetings the figures cover, and what became of the offers."""
    meetings = plural(
        language,
        figures.meetings,
        "{count} meeting, {held} held.",
        "{count} meetings, {held} held.",
        held=figures.held,
    )
    offers = text(
        language,
        "Offers made: {made}; accepted {accepted}, declined {declined}.",
        made=figures.offers_made,
        accepted=figures.accepted,
        declined=figures.declined,
    )
    return f"{meetings} {offers}"


def _story(figures: Insights, paper: str, words: dict[str, str], language: str) -> list[Flowable]:
    from reportlab.platypus import Spacer

    from .page import content_width
    from .styles import facts, para

    width = content_width(paper)
    story: list[Flowable] = [
        para(words["title"], "title"),
        para(period_text(figures.period, language), "subtitle"),
        para(counts_text(figures, language), "muted"),
        Spacer(1, 4),
        facts(key_figures(figures, language), width),
        para(words["declines"], "h1"),
    ]
    if figures.reasons_total:
        story.append(
            para(
                plural(
                    language,
                    figures.reasons_total,
                    "{part} of the {count} reason given is one we can act on.",
                    "{part} of the {count} reasons given are ones we can act on.",
                    part=figures.controllable_reasons,
                ),
                "muted",
            )
        )
        if figures.anonymous_responses:
            story.append(para(words["anonymous"].format(figures.anonymous_responses), "muted"))
        labels = reason_labels(language)
        rows = [
            (
                labels[c],
                [(r.controllable, CONTROLLABLE), (r.not_controllable, NOT_CONTROLLABLE)],
            )
            for c, r in figures.decline_reasons.items()
        ]
        legend = [
            (words["controllable"], CONTROLLABLE),
            (words["not_controllable"], NOT_CONTROLLABLE),
        ]
        story.append(_bars(rows, width, legend))
    else:
        story.append(para(words["nothing"], "muted"))
    story.append(para(words["concerns"], "h1"))
    if any(figures.concerns.values()):
        rows = [
            (text(language, CONCERN_LABELS[c]), [(n, CONCERN)])
            for c, n in _ordered(figures.concerns)
        ]
        story.append(_bars(rows, width, []))
    else:
        story.append(para(words["nothing"], "muted"))
    story.append(para(words["feedback_time"], "h1"))
    if figures.feedback_sent:
        rows = []
        lower: int | None = 0
        for upper, count in figures.feedback_buckets:
            on_time = upper is not None and upper <= rules.FEEDBACK_DUE_WORKING_DAYS
            rows.append(
                (bucket_label(lower, upper, language), [(count, ON_TIME if on_time else LATE)])
            )
            lower = upper
        legend = [(words["on_time"], ON_TIME), (words["late"], LATE)]
        story.append(_bars(rows, width, legend))
    else:
        story.append(para(words["nothing"], "muted"))
    return story


def _ordered(counts: dict[ConcernCategory, int]) -> list[tuple[ConcernCategory, int]]:
    return [(c, counts.get(c, 0)) for c in ConcernCategory]


def _bars(
    rows: list[tuple[str, list[tuple[int, str]]]], width: float, legend: list[tuple[str, str]]
) -> Drawing:
    """Horizontal bars, one row per label, segments stacked; the total printed at the end."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .fonts import REGULAR
    from .styles import INK, MUTED, RULE, colour

    legend_height = 16.0 if legend else 0.0
    height = len(rows) * (BAR_HEIGHT + BAR_GAP) + legend_height
    drawing = Drawing(width, height)
    most = max((sum(v for v, _ in segments) for _, segments in rows), default=0) or 1
    room = width - LABEL_WIDTH - 30
    for index, (label, segments) in enumerate(rows):
        y = height - legend_height - (index + 1) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP / 2
        drawing.add(
            String(0, y + 2.5, label, fontName=REGULAR, fontSize=8.5, fillColor=colour(INK))
        )
        drawing.add(
            Rect(
                LABEL_WIDTH,
                y,
                room,
                BAR_HEIGHT,
                fillColor=None,
                strokeColor=colour(RULE),
                strokeWidth=0.3,
            )
        )
        x = LABEL_WIDTH
        for value, hex_colour in segments:
            if value:
                length = room * value / most
                drawing.add(
                    Rect(x, y, length, BAR_HEIGHT, fillColor=colour(hex_colour), strokeColor=None)
                )
                x += length
        total = sum(v for v, _ in segments)
        drawing.add(
            String(
                x + 4, y + 2.5, str(total), fontName=REGULAR, fontSize=8.5, fillColor=colour(MUTED)
            )
        )
    x = LABEL_WIDTH
    for label, hex_colour in legend:
        drawing.add(Rect(x, height - 10, 9, 9, fillColor=colour(hex_colour), strokeColor=None))
        drawing.add(
            String(
                x + 13, height - 8.5, label, fontName=REGULAR, fontSize=8, fillColor=colour(MUTED)
            )
        )
        x += 13 + stringWidth(label, REGULAR, 8) + 16
    return drawing


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())
