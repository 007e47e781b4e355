"""The candidate's agenda: when, where, who and what, and nothing meant for the panel only.

It shows a :class:`~meeting_planner.domain.candidate_view.CandidateView`, the one rule
for what a candidate may see (the calendar invite and the emails show the same): names
and titles, the room, block titles, kinds, lengths and owners, the case's title, length
and what to prepare. Never the talking points, notes, criteria, case observations,
offer, debrief or outcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.candidate_view import (
    CONTACT,
    CONTACT_EMAIL,
    INTRO,
    KIND_PLAIN,
    CandidateView,
    answer_line,
    candidate_view,
    case_parts,
    role_at_company,
    role_line,
    step_time,
    welcome_line,
)
from ..domain.candidate_view import facts as fact_rows
from ..domain.model import Meeting
from ..domain.phrases import format_short_day, text
from .columns import Column, column_widths
from .metadata import document_author, document_keywords
from .page import PageMarks, content_width, render
from .styles import (
    HEADER_FILL,
    RULE,
    TABLE_FONT,
    bold,
    bullet_runs,
    colour,
    facts,
    para,
    plain,
    rich,
    stylesheet,
)

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

__all__ = ["KIND_PLAIN", "agenda_story", "build_agenda"]


def build_agenda(meeting: Meeting, *, paper: str = "a4") -> bytes:
    """The candidate's agenda as PDF bytes."""
    width = content_width(paper)
    view = candidate_view(meeting)
    lg = view.language
    context = " · ".join(p for p in (view.name, view.role, format_short_day(view.start, lg)) if p)
    what = role_at_company(lg, view.role, view.company)
    marks = PageMarks(
        document=(
            text(lg, "Your meeting with {company}", company=view.company)
            if view.company
            else text(lg, "Your meeting with us")
        ),
        context=context,
        title=text(lg, "Agenda: {role}", role=what) if what else text(lg, "Agenda"),
        subject=text(lg, "Meeting agenda"),
        language=lg,
        keywords=document_keywords(text(lg, "Meeting agenda"), view.role, view.company, view.name),
        author=document_author(meeting),
    )
    return render(agenda_story(view, width), paper=paper, marks=marks)


def agenda_story(view: CandidateView, width: float) -> list[Flowable]:
    """Every section of the candidate's agenda, in reading order."""
    return [
        *greeting(view, width),
        *people(view),
        *plan(view, width),
        *case_preparation(view),
        *afterwards(view),
    ]


def greeting(view: CandidateView, width: float) -> list[Flowable]:
    from reportlab.platypus import Spacer

    story: list[Flowable] = [para(welcome_line(view), "title")]
    if role_line(view):
        story.append(para(role_line(view), "subtitle"))
    story += [
        Spacer(1, 3),
        para(text(view.language, INTRO)),
        Spacer(1, 2),
        facts(fact_rows(view), width),
    ]
    return story


def people(view: CandidateView) -> list[Flowable]:
    if not view.people:
        return []
    story: list[Flowable] = [para(text(view.language, "Who you will meet"), "h1")]
    items = [
        [bold(p.name), plain(f", {p.title}")] if p.title else [bold(p.name)] for p in view.people
    ]
    return [*story, *bullet_runs(items)]


def plan(view: CandidateView, width: float) -> list[Flowable]:
    from reportlab.platypus import Table, TableStyle

    if not view.plan:
        return []
    lg = view.language
    heads = (text(lg, "Time"), text(lg, "What happens"), text(lg, "With"))
    rows: list[list[Flowable | list[Flowable]]] = [[para(head, "head") for head in heads]]
    for step in view.plan:
        # The block's title, and below it in small print what such a block is.
        what = [para(step.title, "cell_bold")] if step.title else []
        what.append(para(view.explain(step.kind), "cell_note"))
        rows.append([para(step_time(step, lg), "cell"), what, para(step.owner, "cell")])
    head, cell = stylesheet()["head"], stylesheet()["cell"]
    columns = [
        Column(70.0)
        .keep_whole([heads[0]], head.fontName, head.fontSize)
        .keep_whole([step_time(step, lg) for step in view.plan], cell.fontName, cell.fontSize),
        None,
        Column(120.0)
        .keep_whole([heads[2]], head.fontName, head.fontSize)
        .wrap([step.owner for step in view.plan], cell.fontName, cell.fontSize)
        .prefer_whole(150.0),
    ]
    table = Table(rows, colWidths=column_widths(columns, width), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, 0), colour(HEADER_FILL)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour(RULE)),
                # Tight rows: a 90-minute plan and all around it fit one page.
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [para(text(lg, "The plan"), "h1"), table]


def case_preparation(view: CandidateView) -> list[Flowable]:
    case = view.case
    if case is None:
        return []
    lg = view.language
    story: list[Flowable] = [para(text(lg, "The case"), "h1")]
    styles = {"title": "h2", "heading": "h2", "text": "body"}
    story += [para(words, styles[role]) for role, words in case_parts(case, lg)]
    return story


def afterwards(view: CandidateView) -> list[Flowable]:
    heading = para(text(view.language, "After the meeting"), "h1")
    if not view.contact:
        return [heading, para(answer_line(view))]
    # One paragraph: whom to ask runs on from when the answer comes. The contact
    # sentence is translated whole; the name is set in bold where the sentence puts it,
    # and the address, when the plan has one, where the sentence puts that.
    sentence = text(view.language, CONTACT_EMAIL if view.contact_email else CONTACT)
    before, _, after = sentence.partition("{name}")
    before, after = (part.replace("{email}", view.contact_email) for part in (before, after))
    runs = [plain(f"{answer_line(view)} {before}"), bold(view.contact), plain(after)]
    return [heading, rich(runs)]
