"""Plain-text and JSON renderings of meetings and reviews for the command line."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain import rules
from ..domain.model import Decision, Group, Meeting, Status
from ..domain.phrases import mark
from ..domain.words import KIND_LABEL, PART_LABEL
from .language import say, say_plural

if TYPE_CHECKING:
    from ..domain.coach import Review
    from ..store import MeetingSummary

_GROUP_LABELS = {
    Group.PITCH: mark("pitch"),
    Group.TEAM: mark("team"),
    Group.CASE: mark("case"),
    Group.ASSESS: mark("assess"),
    Group.QUESTIONS: mark("questions"),
    Group.FRAME: mark("frame"),
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
    ("problem", mark("Problems, to fix before the meeting:")),
    ("warning", mark("Warnings, worth a look:")),
    ("info", mark("Hints, to polish the plan:")),
)
_READINESS = {
    "ready": mark("ready for the candidate"),
    "needs-work": mark("needs work"),
    "not-ready": mark("not ready: fix the problems first"),
}
# A meeting's status as the list shows it.
_STATUS = {
    Status.PLANNED: mark("planned"),
    Status.HELD: mark("held"),
    Status.DEBRIEFED: mark("debriefed"),
    Status.FEEDBACK_SENT: mark("feedback sent"),
    Status.CLOSED: mark("closed"),
}
DECISION_WORDS = {
    Decision.ADVANCE: mark("next step"),
    Decision.OFFER: mark("offer"),
    Decision.REJECT: mark("no"),
    Decision.HOLD: mark("on hold"),
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
        return say("feedback overdue")
    if s.feedback_due.date() == now.date():
        return say("feedback due today")
    return ""


def summary_lines(summaries: list[MeetingSummary], now: datetime) -> list[str]:
    rows = [
        (
            s.id,
            f"{s.start:%Y-%m-%d %H:%M}",
            say(_STATUS.get(s.status, str(s.status))),
            s.candidate or say("(no candidate)"),
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
    no_candidate = say("(no candidate)")
    lines = [
        f"{meeting.title or meeting.role.title}: {meeting.candidate.name or no_candidate}",
        say(
            "Readiness {score}/100, {readiness}. Agenda {total} min of {planned} planned.",
            score=review.score,
            readiness=say(_READINESS[review.readiness]),
            total=review.total_minutes,
            planned=review.planned_minutes,
        ),
        "[" + balance_bar(review) + "]",
        "  ".join(
            f"{say(_GROUP_LABELS[g])} {review.shares[g]:.0%} ({review.minutes[g]} min)"
            for g in Group
        ),
        say(
            "Selling (pitch, and team time a future colleague leads): {share}"
            " ({minutes} min); target {low}-{high}.",
            share=f"{review.selling_share:.0%}",
            minutes=review.selling_minutes,
            low=f"{low:.0%}",
            high=f"{high:.0%}",
        ),
    ]
    if not review.findings:
        lines.append(say("No findings: the plan is balanced."))
    for severity, heading in _SEVERITY_HEADINGS:
        group = [f for f in review.findings if str(f.severity) == severity]
        if not group:
            continue
        lines += ["", say(heading)]
        for finding in group:
            lines.append(f"{_SEVERITY_MARKS[severity]} {finding.message}")
            lines.append("   " + say("Why: {text}", text=finding.why))
            if finding.source:
                lines.append("   " + say("Source: {text}", text=finding.source))
    return lines


def meeting_lines(meeting: Meeting, review: Review) -> list[str]:
    from ..domain.phrases import format_moment
    from .language import current_language

    lg = current_language()
    c, r = meeting.candidate, meeting.role
    facts = [
        (say("When:"), f"{format_moment(meeting.start, lg)}, {meeting.planned_minutes} min")
        if not meeting.location
        else (
            say("When:"),
            f"{format_moment(meeting.start, lg)}, {meeting.planned_minutes} min, "
            f"{meeting.location}",
        ),
        (say("Candidate:"), c.name + (f", {c.current_title}" if c.current_title else "")),
        (say("Role:"), r.title + (f" ({r.team})" if r.team else "")),
    ]
    if r.company:
        facts.append((say("Company:"), r.company))
    if c.motivations:
        facts.append((say("Motivations:"), "; ".join(c.motivations)))
    if r.tech_stack:
        facts.append((say("Tech stack:"), ", ".join(r.tech_stack)))
    if meeting.participants:
        facts.append(
            (
                say("With:"),
                "; ".join(
                    f"{p.name or '?'} ({p.title or say(PART_LABEL.get(p.part, str(p.part)))})"
                    for p in meeting.participants
                ),
            )
        )
    width = max(len(label) for label, _ in facts)
    status = say(_STATUS.get(meeting.status, str(meeting.status)))
    lines = [f"{meeting.title}  [{status}]  id {meeting.id}"]
    lines += [f"{label:<{width}} {value}" for label, value in facts]
    lines += ["", say("Agenda:")]
    kinds = {kind: say(label) for kind, label in KIND_LABEL.items()}
    kind_width = max(len(k) for k in kinds.values())
    for block, time in zip(meeting.agenda, review.times, strict=True):
        owner = f"  ({block.owner})" if block.owner else ""
        lines.append(
            f"  {time.start:%H:%M}-{time.end:%H:%M}  {block.minutes:>3} min  "
            f"{kinds.get(block.kind, str(block.kind)):<{kind_width}} {block.title}{owner}"
        )
    if not meeting.case.is_empty:
        lines += [
            "",
            say(
                "Case: {title} ({minutes} min)",
                title=meeting.case.title,
                minutes=meeting.case.minutes,
            ),
        ]
    if meeting.criteria:
        lines += ["", say("Criteria, most important first:")]
        for criterion in meeting.ranked_criteria:
            rank = criterion.rank if criterion.rank is not None else "-"
            lines.append(f"  {rank}. {criterion.name}")
    lines += scorecard_lines(meeting)
    lines += comment_lines(meeting)
    lines += [
        "",
        say(
            "Feedback due {feedback}, decision due {decision}.",
            feedback=f"{meeting.feedback_due:%Y-%m-%d %H:%M}",
            decision=f"{meeting.decision_due:%Y-%m-%d %H:%M}",
        ),
        say_plural(
            len(review.findings),
            "Coach: {score}/100, {count} finding; `meeting-planner check {id}` explains it.",
            "Coach: {score}/100, {count} findings; `meeting-planner check {id}` explains them.",
            score=review.score,
            id=meeting.id,
        ),
    ]
    return lines


def status_label(status: Status) -> str:
    """A status in the command line's language."""
    return say(_STATUS.get(status, str(status)))


def scorecard_lines(meeting: Meeting) -> list[str]:
    """Each interviewer's scorecard in one line, then the criteria they disagree on."""
    from ..domain.scorecards import disagreements, panel_names

    if not meeting.scorecards:
        return []
    names = panel_names(meeting)
    lines = ["", say("Scorecards:")]
    for card in meeting.scorecards:
        rated = sum(1 for r in card.ratings if r.rating is not None)
        recommends = say(DECISION_WORDS[card.recommendation]) if card.recommendation else "-"
        lines.append(
            "  "
            + say_plural(
                rated,
                "{who}: {count} criterion rated, recommends {what}",
                "{who}: {count} criteria rated, recommends {what}",
                who=names[card.participant_id] or "?",
                what=recommends,
            )
        )
    for row in disagreements(meeting):
        values = ", ".join(str(v) for v in row.ratings.values())
        lines.append("  " + say("To talk about: {name} ({values})", name=row.name, values=values))
    return lines


def comment_lines(meeting: Meeting) -> list[str]:
    """The review comments, open ones first, each with its id, author and target."""
    from ..domain.comments import target_label
    from .language import current_language

    if not meeting.comments:
        return []
    lg = current_language()
    lines = ["", say("Review comments:")]
    for comment in sorted(meeting.comments, key=lambda c: c.resolved):
        state = say("resolved") if comment.resolved else say("open")
        who = comment.author or say("someone")
        if comment.at:
            who += f", {comment.at:%Y-%m-%d %H:%M}"
        about = target_label(meeting, comment.target, lg)
        line = say("{who}, on {about}: {text}", who=who, about=about, text=comment.text)
        lines.append(f"  [{state}] {comment.id}  {line}")
    return lines
