"""The access request as a readable PDF: every part of domain.access's report, explained.

The report is rendered as it is, field by field, so the PDF holds exactly what the
JSON export holds; user text is drawn by TextBlock and never read as markup.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain.phrases import format_moment, format_short_day, mark, text
from .access_labels import FIELD_LABELS, VALUE_LABELS
from .page import PageMarks, content_width, render
from .styles import bold, para, plain, rich, stylesheet
from .text import TextBlock

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

# Every fixed text of the document in English; ``text`` gives it in the meeting's language.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "document": mark("What we store about you"),
        "title": mark("What we store about you"),
        "subject": mark("Personal data held by Meeting Planner"),
        "created": mark("Made on {0}"),
        "meeting": mark("Meeting on {0}"),
        "empty": mark("(nothing stored)"),
        "none": mark("No meetings are stored about this person."),
        "yes": mark("yes"),
        "no": mark("no"),
        "section.meeting": mark("The meeting"),
        "section.candidate": mark("About you"),
        "section.plan": mark("How we planned it"),
        "section.assessment": mark("Our assessment"),
        "section.outcome": mark("The result"),
        "section.run": mark("Notes from the meeting"),
    },
}

_INDENT = 12.0
_DEPTH_MAX = 6


def build_access_pdf(
    report: dict[str, Any], *, paper: str = "a4", language: str | None = None
) -> bytes:
    """The access report (as made by domain.access.access_report) as PDF bytes, in
    ``language`` or, without it, the language of the report's first meeting."""
    lg = language or report_language(report)
    words = _words(lg)
    meetings = report.get("meetings", [])
    names = sorted(
        {m["sections"]["candidate"]["data"]["candidate"].get("name", "").strip() for m in meetings}
        - {""}
    )
    created = _moment(report.get("created_at", ""), lg)
    context = " · ".join([*names, words["created"].format(created)])
    marks = PageMarks(
        document=words["document"],
        context=context,
        title=words["title"],
        subject=words["subject"],
        language=lg,
    )
    story = access_story(report, content_width(paper), lg)
    return render(story, paper=paper, marks=marks)


def report_language(report: dict[str, Any]) -> str:
    """The language of the report's first meeting; English for a report with none."""
    for meeting in report.get("meetings", []):
        return str(meeting["sections"]["meeting"]["data"].get("language") or "en")
    return "en"


def _words(language: str) -> dict[str, str]:
    return {key: text(language, english) for key, english in PHRASES["en"].items()}


def access_story(report: dict[str, Any], width: float, language: str = "en") -> list[Flowable]:
    lg = language
    words = _words(lg)
    story: list[Flowable] = [para(words["title"], "title")]
    created = _moment(report.get("created_at", ""), lg)
    story += [para(words["created"].format(created), "subtitle"), para(report.get("about", ""))]
    meetings = report.get("meetings", [])
    if not meetings:
        story.append(para(words["none"], "muted"))
    for meeting in meetings:
        start = meeting["sections"]["meeting"]["data"].get("start", "")
        heading = words["meeting"].format(_moment(start, lg))
        if meeting.get("title", "").strip():
            heading += f": {meeting['title'].strip()}"
        story.append(para(heading, "h1"))
        for name, section in meeting["sections"].items():
            story.append(para(words.get(f"section.{name}", _label(name, lg)), "h2"))
            story.append(para(section.get("explanation", ""), "muted"))
            story += _fields(section.get("data", {}), 0, lg)
    return story


def _fields(data: dict[str, Any], depth: int, lg: str) -> list[Flowable]:
    """Each field as "Label: value"; nested parts indented below their label."""
    out: list[Flowable] = []
    for key, value in data.items():
        label = _label(key, lg)
        if isinstance(value, dict) and value:
            out.append(_line([bold(label)], depth))
            out += _fields(value, depth + 1, lg)
        elif isinstance(value, list) and value:
            out.append(_line([bold(label)], depth))
            out += _items(value, depth + 1, lg)
        else:
            out.append(_line([bold(f"{label}: "), plain(_value(key, value, lg))], depth))
    return out


def _items(values: list[Any], depth: int, lg: str) -> list[Flowable]:
    out: list[Flowable] = []
    for number, value in enumerate(values, start=1):
        if isinstance(value, dict):
            out.append(_line([bold(f"{number}.")], depth))
            out += _fields(value, depth + 1, lg)
        elif isinstance(value, list):
            out += _items(value, depth + 1, lg)
        else:
            out.append(TextBlock([[plain(_value("", value, lg))]], _style(depth), "•"))
    return out


def _line(runs: list[tuple[str, str, str | None]], depth: int) -> Flowable:
    return rich(runs, "body") if depth == 0 else TextBlock([runs], _style(depth))


def _style(depth: int) -> ParagraphStyle:
    from reportlab.lib.styles import ParagraphStyle

    base = stylesheet()["bullet"]
    indent = _INDENT * min(depth, _DEPTH_MAX)
    return ParagraphStyle(
        f"access-{depth}",
        parent=base,
        leftIndent=indent + _INDENT,
        bulletIndent=indent + 2,
    )


def _value(key: str, value: Any, lg: str) -> str:
    words = _words(lg)
    if value is None or value == "" or value == [] or value == {}:
        return words["empty"]
    if isinstance(value, bool):
        return words["yes"] if value else words["no"]
    if isinstance(value, str):
        if key in VALUE_LABELS:
            word = VALUE_LABELS[key].get(value)
            return text(lg, word) if word else value.replace("_", " ")
        if key == "start" or key.endswith(("_at", "_due")):
            return _moment(value, lg)
        return value
    return str(value)


def _label(key: str, lg: str) -> str:
    if key in FIELD_LABELS:
        return text(lg, FIELD_LABELS[key])
    # A name the app did not make (a coach setting's): shown as it is stored.
    return key.replace("_", " ").capitalize()


def _moment(value: str, lg: str) -> str:
    """An ISO time from the report in words; anything else as it is."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return str(value)
    if moment.hour == moment.minute == 0:
        return format_short_day(moment, lg)
    return format_moment(moment, lg)
