"""The coach: reviews a meeting plan's balance and content, and scores it 0-100.

``review(meeting)`` is pure: it reads no clock, draws no random numbers and does no
I/O, so the same meeting always gets the same review.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from . import rules
from .balance import balance
from .coach_findings import SEVERITY_ORDER, Finding, Severity, find_all
from .model import Group, Language, Meeting
from .phrases import text
from .plain import record
from .rules import CoachThresholds

__all__ = [
    "BlockTime",
    "Finding",
    "Review",
    "Severity",
    "block_times",
    "readiness",
    "review",
    "score",
]

_PENALTY: dict[Severity, int] = {
    Severity.PROBLEM: rules.SCORE_PENALTY_PROBLEM,
    Severity.WARNING: rules.SCORE_PENALTY_WARNING,
    Severity.INFO: rules.SCORE_PENALTY_INFO,
}


@record(frozen=True)
class BlockTime:
    """When an agenda block starts and ends on the clock, if the meeting keeps to time."""

    block_id: str
    start: datetime
    end: datetime


@record(frozen=True)
class Review:
    """What the coach thinks of a meeting plan.

    ``minutes`` and ``shares`` have every group as a key. Shares are fractions of
    the agenda's total and sum to 1; for an empty agenda they are all 0 and the
    findings include ``agenda-empty``. ``selling_minutes`` are the pitch and the team
    minutes a future colleague leads, ``team_uncounted`` the team minutes anyone else
    leads. ``findings`` come problems first, then warnings, then hints, each severity
    in a fixed order.
    """

    minutes: dict[Group, int]
    shares: dict[Group, float]
    times: list[BlockTime]
    total_minutes: int
    planned_minutes: int
    score: int
    findings: list[Finding]
    selling_minutes: int = 0
    team_uncounted: int = 0

    @property
    def selling_share(self) -> float:
        return self.selling_minutes / self.total_minutes if self.total_minutes else 0.0

    @property
    def readiness(self) -> str:
        """``ready``, ``needs-work`` or ``not-ready``: the band the score falls in."""
        return readiness(self.score)

    def findings_for(self, target: str) -> list[Finding]:
        """The findings about one block (``block:<id>``) or one field path."""
        return [f for f in self.findings if f.target == target]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready copy: enums as their values, clock times as ISO text."""
        return {
            "score": self.score,
            "shares": {group.value: self.shares[group] for group in Group},
            "minutes": {group.value: self.minutes[group] for group in Group},
            "selling": {
                "minutes": self.selling_minutes,
                "share": self.selling_share,
                "team_uncounted_minutes": self.team_uncounted,
            },
            "readiness": self.readiness,
            "total_minutes": self.total_minutes,
            "planned_minutes": self.planned_minutes,
            "times": [
                {
                    "block_id": t.block_id,
                    "start": t.start.isoformat(),
                    "end": t.end.isoformat(),
                }
                for t in self.times
            ],
            "findings": [
                {
                    "id": f.id,
                    "severity": f.severity.value,
                    "message": f.message,
                    "why": f.why,
                    "source": f.source,
                    "target": f.target,
                }
                for f in self.findings
            ],
        }


def review(
    meeting: Meeting,
    thresholds: CoachThresholds | None = None,
    language: Language | str | None = None,
) -> Review:
    """Review ``meeting`` against ``thresholds``, with messages in ``language``.

    Without ``thresholds``, the defaults apply with the meeting's own
    ``coach_overrides`` (set by its template) on top. Without ``language``, the
    messages are in the meeting's language; ids, targets and figures are the same
    in every language.
    """
    t = thresholds
    if t is None:
        t = rules.DEFAULT_THRESHOLDS.with_overrides(meeting.coach_overrides)
    lg = str(language or meeting.language)
    accounting = balance(meeting)
    findings = sorted(
        (
            replace(f, source=text(lg, rules.FINDING_SOURCES.get(f.id, rules.OUR_HEURISTIC)))
            for f in find_all(meeting, t, accounting, lg)
        ),
        key=lambda f: SEVERITY_ORDER[f.severity],
    )
    return Review(
        minutes=dict(accounting.minutes),
        shares={group: accounting.share(group) for group in Group},
        times=block_times(meeting),
        total_minutes=accounting.total,
        planned_minutes=meeting.planned_minutes,
        score=score(findings) if meeting.agenda else 0,
        findings=findings,
        selling_minutes=accounting.selling,
        team_uncounted=accounting.team_uncounted,
    )


def score(findings: list[Finding]) -> int:
    """100 less a penalty per finding by severity, hints capped, never below 0.

    Any problem caps the score below the "needs work" band's top, so a plan with a
    problem never reads as ready, however good the rest; warnings add up.
    """
    hints = 0
    serious = 0
    problems = 0
    for finding in findings:
        if finding.severity == Severity.INFO:
            hints += _PENALTY[Severity.INFO]
        else:
            serious += _PENALTY[finding.severity]
            problems += finding.severity == Severity.PROBLEM
    penalty = serious + min(hints, rules.SCORE_INFO_PENALTY_CAP)
    result = max(0, min(rules.SCORE_MAX, rules.SCORE_MAX - penalty))
    if problems:
        result = min(result, rules.SCORE_CAP_WITH_PROBLEM)
    return result


def readiness(score_: int) -> str:
    """The band a score falls in: ``ready``, ``needs-work`` or ``not-ready``."""
    if score_ >= rules.SCORE_READY_FROM:
        return "ready"
    if score_ >= rules.SCORE_NEEDS_WORK_FROM:
        return "needs-work"
    return "not-ready"


def block_times(meeting: Meeting) -> list[BlockTime]:
    """Clock times of the agenda's blocks, back to back from the meeting's start."""
    times = []
    clock = meeting.start
    for block in meeting.agenda:
        end = clock + timedelta(minutes=block.minutes)
        times.append(BlockTime(block.id, clock, end))
        clock = end
    return times
