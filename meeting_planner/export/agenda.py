"""The candidate's agenda: when, where, who and what, and nothing meant for the panel only.

Reads only the fields a candidate may see: names and titles, the room, block titles,
kinds, lengths and owners, the case's title, length and what to prepare. Never the
talking points, notes, criteria, case observations, offer, debrief or outcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.coach import block_times
from ..domain.model import BlockKind, Meeting, Part
from ..domain.phrases import (
    format_moment,
    format_short_day,
    format_time,
    format_when,
    mark,
    text,
)
from .page import PageMarks, content_width, render
from .styles import HEADER_FILL, RULE, bold, bullet_runs, colour, facts, para, plain, rich

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

# What each kind of block means, told to the candidate (in English; shown through ``text``).
KIND_PLAIN: dict[BlockKind, str] = {
    BlockKind.WELCOME: mark("We introduce ourselves and go through the plan."),
    BlockKind.PITCH: mark("We tell you about the role, the team and what we offer."),
    BlockKind.CASE: mark("A short case: a taste of the real work, which we solve together."),
    BlockKind.DIALOGUE: mark(
        "A conversation about your experience and how we would work together."
    ),
    BlockKind.CANDIDATE_QUESTIONS: mark("Your questions: ask us anything."),
    BlockKind.TEAM: mark("Meet people you would work with."),
    BlockKind.NEXT_STEPS: mark("What happens next, and when you will hear from us."),
    BlockKind.BREAK: mark("A short break."),
}


def build_agenda(meeting: Meeting, *, paper: str = "a4") -> bytes:
    """The candidate's agenda as PDF bytes."""
    width = content_width(paper)
    name = meeting.candidate.name.strip()
    role = meeting.role.title.strip()
    lg = str(meeting.language)
    context = " · ".join(p for p in (name, role, format_short_day(meeting.start, lg)) if p)
    marks = PageMarks(
        document=text(lg, "Your meeting with us"),
        context=context,
        title=text(lg, "Agenda: {role}", role=role) if role else text(lg, "Agenda"),
        subject=text(lg, "Meeting agenda"),
        language=lg,
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

    lg = str(meeting.language)
    name = meeting.candidate.name.strip()
    role = " · ".join(p for p in (meeting.role.title.strip(), meeting.role.team.strip()) if p)
    welcome = text(lg, "Welcome, {name}", name=name) if name else text(lg, "Welcome")
    story: list[Flowable] = [para(welcome, "title")]
    if role:
        story.append(para(role, "subtitle"))
    story += [
        Spacer(1, 6),
        para(
            text(
                lg,
                "Thank you for meeting us. Here is the plan, so you know what to expect:"
                " it is a conversation both ways, and your questions are part of it.",
            )
        ),
        Spacer(1, 4),
        facts(
            [
                (text(lg, "When"), format_when(meeting.start, meeting.planned_end, lg)),
                (
                    text(lg, "Where"),
                    meeting.location.strip() or text(lg, "We will send you the place."),
                ),
                (
                    text(lg, "Length"),
                    text(lg, "{minutes} minutes", minutes=meeting.planned_minutes),
                ),
            ],
            width,
        ),
    ]
    return story


def people(meeting: Meeting) -> list[Flowable]:
    present = [p for p in meeting.participants if p.name.strip()]
    if not present:
        return []
    story: list[Flowable] = [para(text(str(meeting.language), "Who you will meet"), "h1")]
    items = [
        [bold(p.name), plain(f", {p.title}")] if p.title.strip() else [bold(p.name)]
        for p in present
    ]
    return [*story, *bullet_runs(items)]


def plan(meeting: Meeting, width: float) -> list[Flowable]:
    from reportlab.platypus import Table, TableStyle

    if not meeting.agenda:
        return []
    lg = str(meeting.language)
    times = {t.block_id: t for t in block_times(meeting)}
    heads = (text(lg, "Time"), text(lg, "What happens"), text(lg, "With"))
    rows: list[list[Flowable]] = [[para(head, "head") for head in heads]]
    for block in meeting.agenda:
        t = times[block.id]
        what = [bold(block.title.strip() + "\n")] if block.title.strip() else []
        what.append(plain(text(lg, KIND_PLAIN[block.kind])))
        rows.append(
            [
                para(f"{format_time(t.start, lg)}–{format_time(t.end, lg)}", "cell"),
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
    return [para(text(lg, "The plan"), "h1"), table]


def case_preparation(meeting: Meeting) -> list[Flowable]:
    case = meeting.case
    has_case = any(b.kind == BlockKind.CASE for b in meeting.agenda)
    if not has_case or case.is_empty:
        return []
    lg = str(meeting.language)
    story: list[Flowable] = [para(text(lg, "The case"), "h1")]
    if case.title.strip():
        story.append(para(case.title, "h2"))
    if case.minutes:
        story.append(
            para(text(lg, "It takes about {minutes} minutes of the meeting.", minutes=case.minutes))
        )
    if case.prepare.strip():
        story += [para(text(lg, "What to prepare"), "h2"), para(case.prepare)]
    else:
        story.append(para(text(lg, "You need not prepare anything: we go through it together.")))
    return story


def afterwards(meeting: Meeting) -> list[Flowable]:
    lg = str(meeting.language)
    due = format_moment(meeting.feedback_due, lg)
    story: list[Flowable] = [
        para(text(lg, "After the meeting"), "h1"),
        para(text(lg, "You will hear from us by {due}, whatever we decide.", due=due)),
    ]
    contact = next(
        (p for p in meeting.participants if p.part == Part.RECRUITER and p.name.strip()), None
    )
    if contact is not None:
        # Translated as one sentence; the name is set in bold where the sentence puts it.
        sentence = text(lg, "Questions before then? Ask {name}, who is glad to help.")
        before, _, after = sentence.partition("{name}")
        story.append(rich([plain(before), bold(contact.name), plain(after)]))
    return story
