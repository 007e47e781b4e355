"""Openings: one role in one team, and the candidates met for it, side by side.

A meeting belongs to an opening by its ``opening_id``. The first meeting of a role
creates the opening (matched by role title and team, ignoring case and spacing);
a manager can also choose another. :func:`compare` lines the candidates up: ratings
per criterion, the coach's score of each plan, status, decision and what is due.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import field
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
from .plain import record
from .serialize import copy_meeting


@record
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
    _rename_candidate(plan, meeting.candidate.name, plan.candidate.name)
    return plan


def names_left(plan: Meeting, previous_name: str, language: str = "en") -> list[str]:
    """Where ``plan`` still names the previous candidate, in the reader's words (a block's
    name, "the case's brief"...), each place once: their full name, or their first name
    where reuse left it because someone in the meeting has that first name too. Empty
    when the plan is clean."""
    from .coach_wording import place_name
    from .placeholders import plan_fields

    found = _name_pattern(previous_name, first_too=True)
    if found is None:
        return []
    places: list[str] = []
    for path, value in plan_fields(plan):
        # The people in the meeting and the blocks they lead name themselves.
        if path.startswith("participants") or path.endswith(".owner"):
            continue
        if found.search(value or ""):
            where = place_name(plan, path, language)
            if where not in places:
                places.append(where)
    return places


def _rename_candidate(plan: Meeting, old: str, new: str) -> None:
    """Put the next candidate's name where the plan named the previous one: in the title,
    the blocks' titles and talking points and the case (a block called "Sanna's
    questions" must not reach Łukasz). The full name goes first, then the first name,
    as whole words, with an English or Nordic possessive ("Sanna's", "Sannas") kept;
    a first name someone in the meeting also has is left for the manager to check."""
    shared = {first(p.name).casefold() for p in plan.participants}
    first_too = first(old).casefold() not in shared
    pattern = _name_pattern(old, first_too=first_too)
    if pattern is None or not new.strip():
        return
    full_old, full_new = " ".join(old.split()), " ".join(new.split())

    def replace(match: re.Match[str]) -> str:
        name = full_new if " ".join(match.group("name").split()) == full_old else first(new)
        genitive = match.group("s") or ""
        # A name ending in s, x or z takes no second s in Swedish or Danish.
        if genitive == "s" and name[-1:].casefold() in "sxz":
            genitive = ""
        return name + genitive

    def sub(value: str) -> str:
        return pattern.sub(replace, value) if value else value

    _each_plan_text(plan, sub)


def _each_plan_text(plan: Meeting, sub: Callable[[str], str]) -> None:
    plan.title = sub(plan.title)
    for block in plan.agenda:
        block.title = sub(block.title)
        block.talking_points = [sub(point) for point in block.talking_points]
    case = plan.case
    for name in ("title", "brief", "prepare", "real_work"):
        setattr(case, name, sub(getattr(case, name)))
    case.materials = [sub(item) for item in case.materials]
    case.observe = [sub(item) for item in case.observe]


def _name_pattern(name: str, *, first_too: bool) -> re.Pattern[str] | None:
    """The full name (any spacing), and the first name when ``first_too``, as whole words,
    with a possessive s (``'s``, ``’s`` or a plain Nordic ``s``) as the group ``s``."""
    words = name.split()
    if not words:
        return None
    names = [r"\s+".join(re.escape(w) for w in words)]
    if first_too and len(words) > 1:
        names.append(re.escape(words[0]))
    return re.compile(r"(?<!\w)(?P<name>" + "|".join(names) + r")(?P<s>['’]?s)?(?!\w)")


def first(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else ""


@record(frozen=True)
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


@record(frozen=True)
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
