"""Plain-text and JSON renderings of meetings and reviews for the command line."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain.model import Group, Meeting, Status

if TYPE_CHECKING:
    from ..domain.coach import Review
    from ..store import MeetingSummary

_GROUP_LABELS = {
    Group.SELL: "sell",
    Group.CASE: "case",
    Group.ASSESS: "assess",
    Group.FRAME: "frame",
}
_SEVERITY_MARKS = {"problem": "!!", "warning": "! ", "info": "- "}
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
    """A text bar of the four groups, e.g. ``SSSSSSSSCCCCAAAAFF``."""
    cells = []
    for group in Group:
        cells.append(_GROUP_LABELS[group][0].upper() * round(review.shares[group] * _BAR_WIDTH))
    return "".join(cells)[:_BAR_WIDTH].ljust(_BAR_WIDTH, " ")


def review_lines(meeting: Meeting, review: Review) -> list[str]:
    lines = [
        f"{meeting.title or meeting.role.title}: {meeting.candidate.name or '(no candidate)'}",
        f"Readiness {review.score}/100. Agenda {review.total_minutes} min"
        f" of {review.planned_minutes} planned.",
        "[" + balance_bar(review) + "]",
        "  ".join(
            f"{_GROUP_LABELS[g]} {review.shares[g]:.0%} ({review.minutes[g]} min)" for g in Group
        ),
    ]
    if not review.findings:
        lines.append("No findings: the plan is balanced.")
    for finding in review.findings:
        mark = _SEVERITY_MARKS.get(str(finding.severity), "- ")
        lines.append(f"{mark} {finding.message}")
        lines.append(f"   Why: {finding.why}")
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
