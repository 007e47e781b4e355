"""The candidate's agenda: when, where, who and what, and nothing meant for the panel only.

Reads only the fields a candidate may see: names and titles, the room, block titles,
kinds, lengths and owners, the case's title, length and what to prepare. Never the
talking points, notes, criteria, case observations, offer, debrief or outcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.coach import block_times
from ..domain.model import BlockKind, Meeting, Part
from .page import PageMarks, content_width, render
from .styles import HEADER_FILL, RULE, bold, bullet_runs, colour, facts, para, plain, rich
from .text import clock, moment_text, short_day, when

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

# What each kind of block means, told to the candidate.
KIND_PLAIN: dict[BlockKind, str] = {
    BlockKind.WELCOME: "We introduce ourselves and go through the plan.",
    BlockKind.PITCH: "We tell you about the role, the team and what we offer.",
    BlockKind.CASE: "A short case: a taste of the real work, which we solve together.",
    BlockKind.DIALOGUE: "A conversation about your experience and how we would work together.",
    BlockKind.CANDIDATE_QUESTIONS: "Your questions: ask us anything.",
    BlockKind.TEAM: "Meet people you would work with.",
    BlockKind.NEXT_STEPS: "What happens next, and when you will hear from us.",
    BlockKind.BREAK: "A short break.",
}


def build_agenda(meeting: Meeting, *, paper: str = "a4") -> bytes:
    """The candidate's agenda as PDF bytes."""
    width = content_width(paper)
    name = meeting.candidate.name.strip()
    role = meeting.role.title.strip()
    context = " · ".join(p for p in (name, role, short_day(meeting.start)) if p)
    marks = PageMarks(
        document="Your meeting with us",
        context=context,
        title=f"Agenda: {role}" if role else "Agenda",
        subject="Meeting agenda",
    )
    return render(agenda_story(meeting, width), paper=paper, marks=marks)


def agenda_story(meeting: Meeting, width: float) -> list[Flowable]:
    """Every section of the candidate's agenda, in reading order."""
    return [
        *greeting(meeting, width),
        *people(meeting),
        *plan(meeting, width),
        *case_preparation(meeting),
        *afterwards(meeting),
    ]


def greeting(meeting: Meeting, width: float) -> list[Flowable]:
    from reportlab.platypus import Spacer

    name = meeting.candidate.name.strip()
    role = " · ".join(p for p in (meeting.role.title.strip(), meeting.role.team.strip()) if p)
    story: list[Flowable] = [para(f"Welcome, {name}" if name else "Welcome", "title")]
    if role:
        story.append(para(role, "subtitle"))
    story += [
        Spacer(1, 6),
        para(
            "Thank you for meeting us. Here is the plan, so you know what to expect:"
            " it is a conversation both ways, and your questions are part of it.",
        ),
        Spacer(1, 4),
        facts(
            [
                ("When", when(meeting.start, meeting.planned_end)),
                ("Where", meeting.location.strip() or "We will send you the place."),
                ("Length", f"{meeting.planned_minutes} minutes"),
            ],
            width,
        ),
    ]
    return story


def people(meeting: Meeting) -> list[Flowable]:
    present = [p for p in meeting.participants if p.name.strip()]
    if not present:
        return []
    story: list[Flowable] = [para("Who you will meet", "h1")]
    items = [
        [bold(p.name), plain(f", {p.title}")] if p.title.strip() else [bold(p.name)]
        for p in present
    ]
    return [*story, *bullet_runs(items)]


def plan(meeting: Meeting, width: float) -> list[Flowable]:
    from reportlab.platypus import Table, TableStyle

    if not meeting.agenda:
        return []
    times = {t.block_id: t for t in block_times(meeting)}
    rows: list[list[Flowable]] = [[para(text, "head") for text in ("Time", "What happens", "With")]]
    for block in meeting.agenda:
        t = times[block.id]
        what = [bold(block.title.strip() + "\n")] if block.title.strip() else []
        what.append(plain(KIND_PLAIN[block.kind]))
        rows.append(
            [
                para(f"{clock(t.start)}–{clock(t.end)}", "cell"),
                rich(what, "cell"),
                para(block.owner, "cell"),
            ]
        )
    widths = [70.0, width - 70.0 - 120.0, 120.0]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colour(HEADER_FILL)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour(RULE)),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [para("The plan", "h1"), table]


def case_preparation(meeting: Meeting) -> list[Flowable]:
    case = meeting.case
    has_case = any(b.kind == BlockKind.CASE for b in meeting.agenda)
    if not has_case or case.is_empty:
        return []
    story: list[Flowable] = [para("The case", "h1")]
    if case.title.strip():
        story.append(para(case.title, "h2"))
    if case.minutes:
        story.append(para(f"It takes about {case.minutes} minutes of the meeting."))
    if case.prepare.strip():
        story += [para("What to prepare", "h2"), para(case.prepare)]
    else:
        story.append(para("You need not prepare anything: we go through it together."))
    return story


def afterwards(meeting: Meeting) -> list[Flowable]:
    story: list[Flowable] = [
        para("After the meeting", "h1"),
        para(f"You will hear from us by {moment_text(meeting.feedback_due)}, whatever we decide."),
    ]
    contact = next(
        (p for p in meeting.participants if p.part == Part.RECRUITER and p.name.strip()), None
    )
    if contact is not None:
        story.append(
            rich(
                [
                    plain("Questions before then? Ask "),
                    bold(contact.name),
                    plain(", who is glad to help."),
                ]
            )
        )
    return story
