"""The access request as a readable PDF: every part of domain.access's report, explained.

The report is rendered as it is, field by field, so the PDF holds exactly what the
JSON export holds; user text is drawn by TextBlock and never read as markup.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from .page import PageMarks, content_width, render
from .styles import bold, para, plain, rich, stylesheet
from .text import TextBlock, moment_text, short_day

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

# Every fixed text of the document, by language; "en" filled.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "document": "What we store about you",
        "title": "What we store about you",
        "subject": "Personal data held by Meeting Planner",
        "created": "Made on {0}",
        "meeting": "Meeting on {0}",
        "empty": "(nothing stored)",
        "none": "No meetings are stored about this person.",
        "yes": "yes",
        "no": "no",
        "section.meeting": "The meeting",
        "section.candidate": "About you",
        "section.plan": "How we planned it",
        "section.assessment": "Our assessment",
        "section.outcome": "The result",
        "section.run": "Notes from the meeting",
    },
}

# Fields whose values are our own vocabulary (enum values), shown as words.
_VOCABULARY = {"status", "kind", "part", "category", "decision", "result", "topic", "period"}
# Readable names for fields whose own names say too little.
_LABELS = {
    "id": "Reference",
    "criterion_id": "Criterion reference",
    "block_id": "Block reference",
    "question_id": "Question reference",
    "coach_overrides": "Coach settings",
    "follow_up": "Follow-up times",
    "run": "During the meeting",
    "debrief": "Debrief",
}
_INDENT = 12.0
_DEPTH_MAX = 6


def build_access_pdf(report: dict[str, Any], *, paper: str = "a4") -> bytes:
    """The access report (as made by domain.access.access_report) as PDF bytes."""
    words = PHRASES["en"]
    meetings = report.get("meetings", [])
    names = sorted(
        {m["sections"]["candidate"]["data"]["candidate"].get("name", "").strip() for m in meetings}
        - {""}
    )
    created = _moment(report.get("created_at", ""))
    context = " · ".join([*names, words["created"].format(created)])
    marks = PageMarks(
        document=words["document"],
        context=context,
        title=words["title"],
        subject=words["subject"],
    )
    return render(access_story(report, content_width(paper)), paper=paper, marks=marks)


def access_story(report: dict[str, Any], width: float) -> list[Flowable]:
    words = PHRASES["en"]
    story: list[Flowable] = [para(words["title"], "title")]
    created = _moment(report.get("created_at", ""))
    story += [para(words["created"].format(created), "subtitle"), para(report.get("about", ""))]
    meetings = report.get("meetings", [])
    if not meetings:
        story.append(para(words["none"], "muted"))
    for meeting in meetings:
        start = meeting["sections"]["meeting"]["data"].get("start", "")
        heading = words["meeting"].format(_moment(start))
        if meeting.get("title", "").strip():
            heading += f": {meeting['title'].strip()}"
        story.append(para(heading, "h1"))
        for name, section in meeting["sections"].items():
            story.append(para(words.get(f"section.{name}", _label(name)), "h2"))
            story.append(para(section.get("explanation", ""), "muted"))
            story += _fields(section.get("data", {}), 0)
    return story


def _fields(data: dict[str, Any], depth: int) -> list[Flowable]:
    """Each field as "Label: value"; nested parts indented below their label."""
    out: list[Flowable] = []
    for key, value in data.items():
        label = _label(key)
        if isinstance(value, dict) and value:
            out.append(_line([bold(label)], depth))
            out += _fields(value, depth + 1)
        elif isinstance(value, list) and value:
            out.append(_line([bold(label)], depth))
            out += _items(value, depth + 1)
        else:
            out.append(_line([bold(f"{label}: "), plain(_value(key, value))], depth))
    return out


def _items(values: list[Any], depth: int) -> list[Flowable]:
    out: list[Flowable] = []
    for number, value in enumerate(values, start=1):
        if isinstance(value, dict):
            out.append(_line([bold(f"{number}.")], depth))
            out += _fields(value, depth + 1)
        elif isinstance(value, list):
            out += _items(value, depth + 1)
        else:
            out.append(TextBlock([[plain(_value("", value))]], _style(depth), "•"))
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


def _value(key: str, value: Any) -> str:
    words = PHRASES["en"]
    if value is None or value == "" or value == [] or value == {}:
        return words["empty"]
    if isinstance(value, bool):
        return words["yes"] if value else words["no"]
    if isinstance(value, str):
        if key in _VOCABULARY:
            return value.replace("_", " ")
        if key == "start" or key.endswith(("_at", "_due")):
            return _moment(value)
        return value
    return str(value)


def _label(key: str) -> str:
    return _LABELS.get(key) or key.replace("_", " ").capitalize()


def _moment(text: str) -> str:
    """An ISO time from the report in words; anything else as it is."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return str(text)
    if moment.hour == moment.minute == 0:
        return short_day(moment)
    return moment_text(moment)
