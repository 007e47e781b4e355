"""Openings: one role in one team, and the candidates met for it, side by side.

A meeting belongs to an opening by its ``opening_id``. The first meeting of a role
creates the opening (matched by role title and team, ignoring case and spacing);
a manager can also choose another. :func:`compare` lines the candidates up: ratings
per criterion, the coach's score of each plan, status, decision and what is due.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from statistics import fmean

from .followup import DueItem, due_items, open_items
from .ids import new_id
from .model import (
    Candidate,
    Debrief,
    Decision,
    InviteRecord,
    Meeting,
    MeetingRun,
    Outcome,
    Role,
    Status,
)
from .serialize import copy_meeting


@dataclass
class Opening:
    title: str = ""
    team: str = ""
    created_at: datetime | None = None
    id: str = field(default_factory=new_id)

    @property
    def key(self) -> tuple[str, str]:
        return role_key(Role(title=self.title, team=self.team))


def role_key(role: Role) -> tuple[str, str]:
    """What makes two meetings' roles the same opening: title and team, as words."""
    return (" ".join(role.title.casefold().split()), " ".join(role.team.casefold().split()))


def opening_for(role: Role, now: datetime, opening_id: str = "") -> Opening:
    """A new opening for ``role`` (under ``opening_id`` when a file named one)."""
    opening = Opening(title=role.title.strip(), team=role.team.strip(), created_at=now)
    if opening_id:
        opening.id = opening_id
    return opening


def reuse_plan(meeting: Meeting, candidate_name: str, start: datetime) -> Meeting:
    """The plan for the opening's next candidate: the agenda, case, criteria, offer and
    people kept; everything about the previous candidate and their meeting cleared."""
    plan = copy_meeting(meeting)
    plan.id = new_id()
    plan.candidate = Candidate(name=candidate_name.strip())
    plan.start = start
    plan.status = Status.PLANNED
    plan.debrief = Debrief()
    plan.outcome = Outcome()
    plan.run = MeetingRun()
    plan.invites = InviteRecord()
    plan.ended_at = plan.closed_at = plan.erased_at = None
    # Comments were about the previous candidate's plan, and were answered there.
    plan.comments = []
    plan.revision = 0
    for block in plan.agenda:
        block.internal_notes = ""
    return plan


@dataclass(frozen=True)
class CandidateRow:
    meeting_id: str
    candidate: str
    start: datetime
    status: Status
    decision: Decision | None
    score: int
    # Criterion name -> the rating (the panel's mean where several rated), None if unrated.
    ratings: dict[str, float | None]
    # The next thing owed to this candidate, if any.
    due: DueItem | None


@dataclass(frozen=True)
class Comparison:
    opening: Opening
    criteria: list[str]
    rows: list[CandidateRow]

    def to_json(self) -> dict[str, object]:
        return {
            "opening": {
                "id": self.opening.id,
                "title": self.opening.title,
                "team": self.opening.team,
            },
            "criteria": self.criteria,
            "candidates": [
                {
                    "id": row.meeting_id,
                    "candidate": row.candidate,
                    "start": row.start.isoformat(timespec="minutes"),
                    "status": row.status.value,
                    "decision": row.decision.value if row.decision else None,
                    "score": row.score,
                    "ratings": row.ratings,
                    "due": row.due.to_json() if row.due else None,
                }
                for row in self.rows
            ],
        }


def criterion_ratings(meeting: Meeting) -> dict[str, list[int]]:
    """Each criterion's ratings by name, most important first: every interviewer's
    scorecard, or where the panel left none, the debrief's own rating."""
    from .scorecards import spreads

    ratings: dict[str, list[int]] = {}
    for row in spreads(meeting):
        values = list(row.ratings.values())
        if not values:
            given = meeting.debrief.rating_for(row.criterion_id)
            values = [given.rating] if given is not None and given.rating is not None else []
        ratings[row.name.strip()] = values
    return ratings


def compare(opening: Opening, meetings: Iterable[Meeting], now: datetime) -> Comparison:
    """The opening's candidates side by side, in the order they were met."""
    from .coach import review

    ordered = sorted(meetings, key=lambda m: (m.start, m.id))
    criteria: list[str] = []
    rows = []
    for meeting in ordered:
        given = criterion_ratings(meeting)
        criteria += [name for name in given if name not in criteria]
        owed = open_items(due_items([meeting], now))
        rows.append(
            CandidateRow(
                meeting_id=meeting.id,
                candidate=meeting.candidate.name,
                start=meeting.start,
                status=meeting.status,
                decision=meeting.debrief.decision,
                score=review(meeting).score,
                ratings={k: round(fmean(v), 1) if v else None for k, v in given.items()},
                due=min(owed, key=lambda item: item.sort_key()) if owed else None,
            )
        )
    for row in rows:
        for name in criteria:
            row.ratings.setdefault(name, None)
    return Comparison(opening, criteria, rows)
