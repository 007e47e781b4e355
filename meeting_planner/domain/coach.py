"""The coach: reviews a meeting plan's balance and content, and scores it 0-100.

``review(meeting)`` is pure: it reads no clock, draws no random numbers and does no
I/O, so the same meeting always gets the same review.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from . import rules
from .coach_findings import SEVERITY_ORDER, Balance, Finding, Severity, find_all
from .model import Group, Language, Meeting
from .rules import CoachThresholds

__all__ = ["BlockTime", "Finding", "Review", "Severity", "block_times", "review", "score"]

_PENALTY: dict[Severity, int] = {
    Severity.PROBLEM: rules.SCORE_PENALTY_PROBLEM,
    Severity.WARNING: rules.SCORE_PENALTY_WARNING,
    Severity.INFO: rules.SCORE_PENALTY_INFO,
}


@dataclass(frozen=True)
class BlockTime:
    """When an agenda block starts and ends on the clock, if the meeting keeps to time."""

    block_id: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Review:
    """What the coach thinks of a meeting plan.

    ``minutes`` and ``shares`` have every group as a key. Shares are fractions of
    the agenda's total and sum to 1; for an empty agenda they are all 0 and the
    findings include ``agenda-empty``. ``findings`` come problems first, then
    warnings, then hints, each severity in a fixed order.
    """

    minutes: dict[Group, int]
    shares: dict[Group, float]
    times: list[BlockTime]
    total_minutes: int
    planned_minutes: int
    score: int
    findings: list[Finding]

    def findings_for(self, target: str) -> list[Finding]:
        """The findings about one block (``block:<id>``) or one field path."""
        return [f for f in self.findings if f.target == target]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready copy: enums as their values, clock times as ISO text."""
        return {
            "score": self.score,
            "shares": {group.value: self.shares[group] for group in Group},
            "minutes": {group.value: self.minutes[group] for group in Group},
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
    minutes = {group: 0 for group in Group}
    for block in meeting.agenda:
        minutes[block.group] += block.minutes
    total = sum(minutes.values())
    balance = Balance(minutes, total)
    findings = sorted(
        find_all(meeting, t, balance, str(language or meeting.language)),
        key=lambda f: SEVERITY_ORDER[f.severity],
    )
    return Review(
        minutes=minutes,
        shares={group: balance.share(group) for group in Group},
        times=block_times(meeting),
        total_minutes=total,
        planned_minutes=meeting.planned_minutes,
        score=score(findings) if meeting.agenda else 0,
        findings=findings,
    )


def score(findings: list[Finding]) -> int:
    """100 less a penalty per finding by severity, hints capped, never below 0."""
    hints = 0
    serious = 0
    for finding in findings:
        if finding.severity == Severity.INFO:
            hints += _PENALTY[Severity.INFO]
        else:
            serious += _PENALTY[finding.severity]
    penalty = serious + min(hints, rules.SCORE_INFO_PENALTY_CAP)
    return max(0, min(rules.SCORE_MAX, rules.SCORE_MAX - penalty))


def block_times(meeting: Meeting) -> list[BlockTime]:
    """Clock times of the agenda's blocks, back to back from the meeting's start."""
    times = []
    clock = meeting.start
    for block in meeting.agenda:
        end = clock + timedelta(minutes=block.minutes)
        times.append(BlockTime(block.id, clock, end))
        clock = end
    return times
