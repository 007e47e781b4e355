"""The manager's brief: the whole plan on paper, for the evening before and the room itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.coach import BlockTime
from ..domain.coach_parts import stems
from ..domain.facts import fill_facts, salary_text
from ..domain.model import AgendaBlock, BlockKind, Group, Meeting, Offer
from ..domain.phrases import mark, plural, text
from ..domain.words import KIND_LABEL
from .balance_chart import balance_section
from .brief_comments import comments_section
from .columns import Column, column_widths
from .fonts import BOLD, REGULAR
from .metadata import document_author, document_keywords
from .page import PageMarks, content_width, render
from .styles import (
    ACCENT,
    GROUP_HEX,
    GROUP_TINT_HEX,
    HEADER_FILL,
    INK,
    RULE,
    TABLE_FONT,
    bold,
    bullet_runs,
    bullets,
    colour,
    facts,
    para,
    plain,
    rich,
    stylesheet,
)
from .text import Run, clock, day, moment_text, short_day, when

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from ..domain.coach import Review


def build_brief(meeting: Meeting, *, paper: str = "a4", review: Review | None = None) -> bytes:
    """The brief as PDF bytes; ``review`` defaults to the coach's review of ``meeting``."""
    if review is None:
        from ..domain.coach import review as coach_review

        review = coach_review(meeting)
    width = content_width(paper)
    lg = str(meeting.language)
    name = meeting.candidate.name.strip() or text(lg, "the candidate")
    marks = PageMarks(
        document=text(lg, "Manager brief"),
        context=f"{name} · {short_day(meeting.start, lg)} · {text(lg, 'Confidential')}",
        confidential=True,
        title=text(lg, "Manager brief: meeting with {name}", name=name),
        subject=meeting.role.title,
        language=lg,
        keywords=document_keywords(
            text(lg, "Manager brief"), meeting.role.title, meeting.candidate.name
        ),
        author=document_author(meeting),
    )
    return render(brief_story(meeting, review, width), paper=paper, marks=marks)


def brief_story(meeting: Meeting, review: Review, width: float) -> list[Flowable]:
    """Every section of the brief, in reading order."""
    return [
        *header(meeting, width),
        *agenda_table(meeting, review, width),
        *balance_section(review, width, str(meeting.language)),
        *comments_section(meeting),
        *candidate_section(meeting),
        *pitch_section(meeting, review),
        *case_section(meeting, review, width),
        *criteria_section(meeting),
        *dialogue_section(meeting, review),
        *block_notes(meeting, review),
        *before_section(meeting, width),
    ]


def header(meeting: Meeting, width: float) -> list[Flowable]:
    from reportlab.platypus import Spacer

    lg = str(meeting.language)
    c, role = meeting.candidate, meeting.role
    name = c.name.strip() or text(lg, "Candidate not named yet")
    role_line = " · ".join(part for part in (role.title.strip(), role.team.strip()) if part)
    rows: list[tuple[str, Flowable | str]] = [
        (text(lg, "When"), when(meeting.start, meeting.planned_end, lg)),
        (text(lg, "Where"), meeting.location.strip() or text(lg, "No room set")),
    ]
    if c.current_title.strip():
        rows.append((text(lg, "Candidate now"), c.current_title))
    people = [p for p in meeting.participants if p.name.strip() or p.title.strip()]
    if people:
        runs: list[Run] = []
        for n, p in enumerate(people):
            runs += [bold(("\n" if n else "") + p.name)]
            if p.title.strip():
                runs.append(plain(f", {p.title}"))
        rows.append((text(lg, "Participants"), rich(runs, "cell")))
    if role_line:
        rows.insert(0, (text(lg, "Role"), role_line))
    story: list[Flowable] = [para(name, "title")]
    subtitle = meeting.title.strip() or role.title.strip()
    if subtitle:
        story.append(para(subtitle, "subtitle"))
    story += [Spacer(1, 6), facts(rows, width)]
    return story


def candidate_section(meeting: Meeting) -> list[Flowable]:
    c = meeting.candidate
    motivations = [m for m in c.motivations if m.strip()]
    if not motivations and not c.notes.strip():
        return []
    lg = str(meeting.language)
    story: list[Flowable] = [para(text(lg, "What the candidate is looking for"), "h1")]
    story += bullets(motivations)
    if c.notes.strip():
        story += [para(text(lg, "Notes"), "h2"), para(c.notes, "note")]
    return story


def pitch_section(meeting: Meeting, review: Review) -> list[Flowable]:
    pitches = [b for b in meeting.agenda if b.kind == BlockKind.PITCH]
    lg = str(meeting.language)
    offer = offer_lines(meeting.offer, lg)
    if not pitches and not offer:
        return []
    motivations = [(m, stems([m])) for m in meeting.candidate.motivations if m.strip()]
    times = {t.block_id: t for t in review.times}
    story: list[Flowable] = [para(text(lg, "The pitch: talking points"), "h1")]
    answered: set[str] = set()
    for block in pitches:
        story.append(para(block_label(block, times.get(block.id), lg), "h2"))
        items: list[list[Run]] = []
        for point in (fill_facts(p, meeting, lg) for p in block.talking_points if p.strip()):
            words = stems([point])
            hits = [m for m, s in motivations if s and s & words]
            answered.update(hits)
            runs = [plain(point)]
            if hits:
                quoted = ", ".join(f"“{m}”" for m in hits)
                runs.append(bold(text(lg, " → answers {quoted}", quoted=quoted), ACCENT))
            items.append(runs)
        story += bullet_runs(items)
        if not any(p.strip() for p in block.talking_points):
            story.append(para(text(lg, "No talking points yet."), "muted"))
    missed = [m for m, _ in motivations if m not in answered]
    if pitches and missed:
        story.append(
            rich(
                [
                    bold(text(lg, "No pitch answers yet: ")),
                    plain(", ".join(f"“{m}”" for m in missed)),
                ]
            )
        )
    if offer:
        story.append(para(text(lg, "The offer at a glance"), "h2"))
        story += bullet_runs([[bold(f"{label}: "), plain(value)] for label, value in offer])
    return story


def offer_lines(offer: Offer, language: str = "en") -> list[tuple[str, str]]:
    """The offer's filled parts as (label, text) pairs."""
    lg = language
    lines: list[tuple[str, str]] = []
    if offer.salary.is_set:
        lines.append((text(lg, "Salary"), salary_text(offer.salary, lg)))
    flex = offer.flexibility.strip()
    if offer.remote_days_per_week is not None:
        remote = text(lg, "{days} remote days a week", days=offer.remote_days_per_week)
        flex = f"{flex} ({remote})".strip()
    if flex:
        lines.append((text(lg, "Flexibility"), flex))
    development = [offer.development_budget, offer.development_time, *offer.development_paths]
    if any(d.strip() for d in development):
        lines.append(
            (text(lg, "Development"), "; ".join(d.strip() for d in development if d.strip()))
        )
    if any(b.strip() for b in offer.benefits):
        lines.append(
            (text(lg, "Benefits"), "; ".join(b.strip() for b in offer.benefits if b.strip()))
        )
    if offer.work_life_balance.strip():
        lines.append((text(lg, "Work and life"), offer.work_life_balance))
    return lines


def case_section(meeting: Meeting, review: Review, width: float) -> list[Flowable]:
    case = meeting.case
    if case.is_empty and not case.observe:
        return []
    lg = str(meeting.language)
    times = {t.block_id: t for t in review.times}
    slots = [
        f"{clock(times[b.id].start, lg)}–{clock(times[b.id].end, lg)}"
        for b in meeting.agenda
        if b.kind == BlockKind.CASE and b.id in times
    ]
    if case.minutes:
        timing = plural(lg, case.minutes, "{count} minute", "{count} minutes")
    else:
        timing = text(lg, "No length set")
    if slots:
        timing += text(lg, ", at {times}", times=", ".join(slots))
    title = case.title.strip()
    story: list[Flowable] = [
        para(text(lg, "The case: {title}", title=title) if title else text(lg, "The case"), "h1"),
        facts([(text(lg, "Timing"), timing)], width),
    ]
    for label, body in (
        (text(lg, "The task"), case.brief),
        (text(lg, "What the candidate prepares"), case.prepare),
        (text(lg, "How it relates to the real work"), case.real_work),
    ):
        if body.strip():
            story += [para(label, "h2"), para(body)]
    if any(m.strip() for m in case.materials):
        story += [para(text(lg, "Materials"), "h2"), *bullets(case.materials)]
    if any(o.strip() for o in case.observe):
        story += [para(text(lg, "What to observe"), "h2"), *bullets(case.observe)]
    return story


def criteria_section(meeting: Meeting) -> list[Flowable]:
    ranked = meeting.ranked_criteria
    if not ranked:
        return []
    lg = str(meeting.language)
    story: list[Flowable] = [para(text(lg, "What we assess, most important first"), "h1")]
    for number, criterion in enumerate(ranked, start=1):
        name = criterion.name.strip() or text(lg, "Unnamed criterion")
        story.append(para(f"{number}. {name}", "h2"))
        if criterion.description.strip():
            story.append(para(criterion.description))
        if criterion.good_evidence.strip():
            story.append(rich([bold(text(lg, "Good evidence: ")), plain(criterion.good_evidence)]))
    return story


def dialogue_section(meeting: Meeting, review: Review) -> list[Flowable]:
    blocks = [
        b
        for b in meeting.agenda
        if b.kind == BlockKind.DIALOGUE and any(p.strip() for p in b.talking_points)
    ]
    if not blocks:
        return []
    times = {t.block_id: t for t in review.times}
    lg = str(meeting.language)
    story: list[Flowable] = [para(text(lg, "Dialogue questions"), "h1")]
    for block in blocks:
        story.append(para(block_label(block, times.get(block.id), lg), "h2"))
        story += bullets([fill_facts(p, meeting, lg) for p in block.talking_points])
    return story


def block_notes(meeting: Meeting, review: Review) -> list[Flowable]:
    """Points and notes for the blocks the pitch and dialogue sections leave out."""
    covered = {BlockKind.PITCH, BlockKind.DIALOGUE}

    def points(block: AgendaBlock) -> list[str]:
        if block.kind in covered:
            return []
        return [fill_facts(p, meeting) for p in block.talking_points if p.strip()]

    noted = [b for b in meeting.agenda if points(b) or b.internal_notes.strip()]
    if not noted:
        return []
    times = {t.block_id: t for t in review.times}
    lg = str(meeting.language)
    story: list[Flowable] = [para(text(lg, "Block by block: points and notes"), "h1")]
    for block in noted:
        label = block_label(block, times.get(block.id), lg)
        story += [para(label, "h2"), *bullets(points(block))]
        if block.internal_notes.strip():
            story.append(rich([bold(text(lg, "Note: ")), plain(block.internal_notes)]))
    return story


def before_section(meeting: Meeting, width: float) -> list[Flowable]:
    lg = str(meeting.language)
    timeline = [
        (text(lg, "Meeting"), when(meeting.start, meeting.planned_end, lg)),
        (
            text(lg, "Answer due"),
            text(lg, "by {moment}", moment=moment_text(meeting.feedback_due, lg)),
        ),
        (text(lg, "Decision due"), text(lg, "by {day}", day=day(meeting.decision_due, lg))),
    ]
    return [
        para(text(lg, "Before the meeting"), "h1"),
        *checklist(meeting),
        para(text(lg, "Timeline"), "h2"),
        facts(timeline, width),
        para(
            text(
                lg,
                "Feedback is due within {hours} hours of the meeting, counting working days "
                "only: candidates expect an answer that fast, and a short reason with it.",
                hours=meeting.follow_up.feedback_hours,
            ),
            "small",
        ),
    ]


def block_label(block: AgendaBlock, time: BlockTime | None, language: str = "en") -> str:
    """A block's clock time and title, for sub-headings."""
    title = block.title.strip() or text(language, KIND_LABEL[block.kind])
    if time is None:
        return title
    return f"{clock(time.start, language)}–{clock(time.end, language)} · {title}"


def agenda_table(meeting: Meeting, review: Review, width: float) -> list[Flowable]:
    """The agenda as a table: clock time, minutes, block, kind (coloured and named), owner."""
    from reportlab.platypus import Table, TableStyle

    lg = str(meeting.language)
    if not meeting.agenda:
        return [para(text(lg, "Agenda"), "h1"), para(text(lg, "The agenda is empty."), "muted")]
    times = {t.block_id: t for t in review.times}
    heads = (
        text(lg, "Time"),
        text(lg, "Min"),
        text(lg, "Block"),
        text(lg, "Kind"),
        text(lg, "Owner"),
    )
    head = [para(label, "head") for label in heads]
    kinds = {kind: text(lg, label) for kind, label in KIND_LABEL.items()}
    untitled = text(lg, "(untitled)")
    rows: list[list[Flowable | str]] = [head]
    # Our own short texts are plain cells (cheaper to draw); user text is TextBlocks.
    commands: list[tuple] = [
        TABLE_FONT,
        ("FONT", (0, 1), (-1, -1), REGULAR, 9, 11.5),
        ("TEXTCOLOR", (0, 1), (-1, -1), colour(INK)),
        ("BACKGROUND", (0, 0), (-1, 0), colour(HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    owners = [block.owner for block in meeting.agenda]
    for row, block in enumerate(meeting.agenda, start=1):
        t = times.get(block.id)
        span = f"{clock(t.start, lg)}–{clock(t.end, lg)}" if t else ""
        title = para(block.title, "cell_bold") if block.title.strip() else para(untitled, "cell")
        rows.append(
            [
                span,
                str(block.minutes),
                title,
                kinds[block.kind],
                para(block.owner, "cell"),
            ]
        )
        commands.append(("BACKGROUND", (3, row), (3, row), colour(GROUP_TINT_HEX[block.group])))
        commands.append(("LINEBEFORE", (3, row), (3, row), 3, colour(GROUP_HEX[block.group])))
    head_font, size = BOLD, stylesheet()["head"].fontSize
    spans = [str(row[0]) for row in rows[1:]]
    columns = [
        Column(70.0).keep_whole([heads[0]], head_font, size).keep_whole(spans, REGULAR, 9),
        Column(28.0)
        .keep_whole([heads[1]], head_font, size)
        .keep_whole([str(b.minutes) for b in meeting.agenda], REGULAR, 9),
        None,
        Column(84.0)
        .keep_whole([heads[3]], head_font, size)
        .keep_whole({kinds[b.kind] for b in meeting.agenda}, REGULAR, 9),
        Column(96.0).keep_whole([heads[4]], head_font, size).wrap(owners, REGULAR, 9),
    ]
    widths = column_widths(columns, width)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    total = review.total_minutes
    summary = plural(
        lg,
        total,
        "{count} minute planned in the agenda, {booked} booked.",
        "{count} minutes planned in the agenda, {booked} booked.",
        booked=review.planned_minutes,
    )
    return [para(text(lg, "Agenda"), "h1"), table, para(summary, "small")]


_ROOM_WITH_CASE = mark("Book the room; check the screen and what the case needs.")
_CHECKS = (
    mark("Read the candidate's motivations again and pick the pitch points that answer them."),
    mark("Agree with the panel who owns each block and who keeps the time."),
    _ROOM_WITH_CASE,
    mark("Send the candidate the agenda, with what to prepare for the case."),
    mark("Have the whole offer at hand: salary range, flexibility, development, benefits."),
    mark("Block time in your calendar to give the answer before it is due."),
)


def checklist(meeting: Meeting) -> list[Flowable]:
    """A short list of boxes to tick the day before."""
    items = list(_CHECKS)
    if not any(g == Group.CASE for g in (b.group for b in meeting.agenda)):
        items[items.index(_ROOM_WITH_CASE)] = mark("Book the room and check the screen.")
    lg = str(meeting.language)
    return bullets([text(lg, item) for item in items], symbol="☐")
