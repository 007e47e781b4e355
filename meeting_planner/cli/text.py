"""Plain-text and JSON renderings of meetings and reviews for the command line."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain import rules
from ..domain.model import Group, Meeting, Status

if TYPE_CHECKING:
    from ..domain.coach import Review
    from ..store import MeetingSummary

_GROUP_LABELS = {
    Group.PITCH: "pitch",
    Group.TEAM: "team",
    Group.CASE: "case",
    Group.ASSESS: "assess",
    Group.QUESTIONS: "questions",
    Group.FRAME: "frame",
}
# One letter per group in the text bar; team time that does not count as selling is "t".
_BAR_LETTERS = {
    Group.PITCH: "P",
    Group.TEAM: "T",
    Group.CASE: "C",
    Group.ASSESS: "A",
    Group.QUESTIONS: "Q",
    Group.FRAME: "F",
}
_SEVERITY_MARKS = {"problem": "!!", "warning": "! ", "info": "- "}
_SEVERITY_HEADINGS = (
    ("problem", "Problems, to fix before the meeting:"),
    ("warning", "Warnings, worth a look:"),
    ("info", "Hints, to polish the plan:"),
)
_READINESS = {
    "ready": "ready for the candidate",
    "needs-work": "needs work",
    "not-ready": "not ready: fix the problems first",
}
_BAR_WIDTH = 40


def summary_json(s: MeetingSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "candidate": s.candidate,
        "role": s.role,
        "start": s.start.isoformat(timespec="minutes"),
        "status": str(s.status),
        "feedback_due": s.feedback_due.isoformat(timespec="minutes"),
        "decision_due": s.decision_due.isoformat(timespec="minutes"),
        "feedback_sent": s.feedback_sent,
    }


def follow_up_mark(s: MeetingSummary, now: datetime) -> str:
    """'feedback overdue' / 'feedback due today' for held meetings still owing an answer."""
    if s.status != Status.HELD or s.feedback_sent:
        return ""
    if s.feedback_due < now:
        return "feedback overdue"
    if s.feedback_due.date() == now.date():
        return "feedback due today"
    return ""


def summary_lines(summaries: list[MeetingSummary], now: datetime) -> list[str]:
    rows = [
        (
            s.id,
            f"{s.start:%Y-%m-%d %H:%M}",
            str(s.status),
            s.candidate or "(no candidate)",
            s.role or s.title,
            follow_up_mark(s, now),
        )
        for s in summaries
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return [
        "  ".join(value.ljust(widths[i]) for i, value in enumerate(r[:4]))
        + f"  {r[4]}"
        + (f"  [{r[5]}]" if r[5] else "")
        for r in rows
    ]


def balance_bar(review: Review) -> str:
    """A text bar of the groups, e.g. ``PPPPPPPTTTCCCCCAAAAQQQFF``; uncounted team time is
    ``t``, and a ``|`` marks where selling ends."""
    from ..domain.balance import bar_segments

    cells = []
    total = review.total_minutes or 1
    for segment in bar_segments(review.minutes, review.team_uncounted):
        letter = _BAR_LETTERS[segment.group]
        if not segment.selling and segment.group is Group.TEAM:
            letter = letter.lower()
        cells.append(letter * round(segment.minutes / total * _BAR_WIDTH))
    bar = "".join(cells)[:_BAR_WIDTH].ljust(_BAR_WIDTH, " ")
    cut = round(review.selling_share * _BAR_WIDTH)
    return bar[:cut] + "|" + bar[cut:]


def review_lines(meeting: Meeting, review: Review) -> list[str]:
    low, high = rules.TARGET_SELL_BAND
    lines = [
        f"{meeting.title or meeting.role.title}: {meeting.candidate.name or '(no candidate)'}",
        f"Readiness {review.score}/100, {_READINESS[review.readiness]}."
        f" Agenda {review.total_minutes} min of {review.planned_minutes} planned.",
        "[" + balance_bar(review) + "]",
        "  ".join(
            f"{_GROUP_LABELS[g]} {review.shares[g]:.0%} ({review.minutes[g]} min)" for g in Group
        ),
        f"Selling (pitch, and team time a future colleague leads): {review.selling_share:.0%}"
        f" ({review.selling_minutes} min); target {low:.0%}-{high:.0%}.",
    ]
    if not review.findings:
        lines.append("No findings: the plan is balanced.")
    for severity, heading in _SEVERITY_HEADINGS:
        group = [f for f in review.findings if str(f.severity) == severity]
        if not group:
            continue
        lines += ["", heading]
        for finding in group:
            lines.append(f"{_SEVERITY_MARKS[severity]} {finding.message}")
            lines.append(f"   Why: {finding.why}")
            if finding.source:
                lines.append(f"   Source: {finding.source}")
    return lines


def meeting_lines(meeting: Meeting, review: Review) -> list[str]:
    c, r = meeting.candidate, meeting.role
    lines = [
        f"{meeting.title}  [{meeting.status}]  id {meeting.id}",
        f"When:      {meeting.start:%A %Y-%m-%d %H:%M}, {meeting.planned_minutes} min"
        + (f", {meeting.location}" if meeting.location else ""),
        f"Candidate: {c.name}" + (f", {c.current_title}" if c.current_title else ""),
        f"Role:      {r.title}" + (f" ({r.team})" if r.team else ""),
    ]
    if c.motivations:
        lines.append("Motivations: " + "; ".join(c.motivations))
    if r.tech_stack:
        lines.append("Tech stack: " + ", ".join(r.tech_stack))
    if meeting.participants:
        lines.append(
            "With:      "
            + "; ".join(f"{p.name or '?'} ({p.title or p.part})" for p in meeting.participants)
        )
    lines.append("")
    lines.append("Agenda:")
    for block, time in zip(meeting.agenda, review.times, strict=True):
        owner = f"  ({block.owner})" if block.owner else ""
        lines.append(
            f"  {time.start:%H:%M}-{time.end:%H:%M}  {block.minutes:>3} min  "
            f"{block.kind:<19} {block.title}{owner}"
        )
    if not meeting.case.is_empty:
        lines += ["", f"Case: {meeting.case.title} ({meeting.case.minutes} min)"]
    if meeting.criteria:
        lines += ["", "Criteria, most important first:"]
        for criterion in meeting.ranked_criteria:
            rank = criterion.rank if criterion.rank is not None else "-"
            lines.append(f"  {rank}. {criterion.name}")
    lines += [
        "",
        f"Feedback due {meeting.feedback_due:%Y-%m-%d %H:%M},"
        f" decision due {meeting.decision_due:%Y-%m-%d %H:%M}.",
        f"Coach: {review.score}/100, {len(review.findings)} finding(s);"
        f" `meeting-planner check {meeting.id}` explains them.",
    ]
    return lines
