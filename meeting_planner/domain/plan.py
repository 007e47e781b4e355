"""The plan part of a meeting, what a manager and a recruiter send each other, and how a
plan that comes back is laid over the meeting already stored.

The plan is everything but the assessment, the result, the meeting's progress and the
notes written for the interviewers. An update from a plan-only file changes only the
plan; an update from a whole-meeting file changes the rest too. Either way, what this
store alone knows (the calendar invites it sent) stays, and comments are merged.
"""

from __future__ import annotations

from typing import Any

from .comments import merge_comments
from .model import Meeting
from .plain import record
from .scorecards import merge_scorecards
from .serialize import copy_meeting, meeting_from_dict, meeting_to_dict

# What stays with the team when a plan is sent to someone else: the assessment,
# the result, the meeting's progress and every note written for the interviewers.
INTERNAL_MEETING_FIELDS = (
    "debrief",
    "scorecards",
    "outcome",
    "status",
    "ended_at",
    "run",
    "closed_at",
    "erased_at",
)
# Fields of the plan that an update never takes from a file: the invites this store
# sent, the counter (compared, then bumped by the store) and the merged comments.
KEPT_ON_UPDATE = ("invites", "revision", "comments", "id")


def plan_dict(meeting: Meeting) -> dict[str, Any]:
    """The meeting's plan as a dict: the meeting without anything internal."""
    return plan_of(meeting_to_dict(meeting))


def plan_of(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (a meeting as a dict, changed in place) without anything internal."""
    for name in INTERNAL_MEETING_FIELDS:
        data.pop(name, None)
    data["candidate"].pop("notes", None)
    data["case"].pop("observe", None)
    for block in data["agenda"]:
        block.pop("internal_notes", None)
    # Criteria travel whole: "what good evidence looks like" is planning guidance
    # for the panel, not an assessment of this candidate.
    return data


def plan_changed(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether two stored meetings (as dicts) differ in their plan; the counter, the
    record of invites and what is internal do not count."""
    skipped = {*INTERNAL_MEETING_FIELDS, "revision", "invites"}
    for name, value in new.items():
        if name in skipped:
            continue
        before = old.get(name)
        if name in _WITH_INTERNAL_PARTS and isinstance(before, (dict, list)):
            if _without_internal(name, before) != _without_internal(name, value):
                return True
        elif before != value:
            return True
    return False


# Plan fields with an internal part inside them, and the names of those parts.
_WITH_INTERNAL_PARTS = {"candidate": "notes", "case": "observe", "agenda": "internal_notes"}


def _without_internal(name: str, value: Any) -> Any:
    hidden = _WITH_INTERNAL_PARTS[name]
    if isinstance(value, list):
        return [{k: v for k, v in item.items() if k != hidden} for item in value]
    return {k: v for k, v in value.items() if k != hidden}


@record(frozen=True)
class Update:
    """What a file would make of a stored meeting."""

    stored: Meeting
    result: Meeting
    # The file's revision is below the stored one: someone changed the plan since.
    older: bool

    @property
    def changes_anything(self) -> bool:
        before = meeting_to_dict(self.stored)
        after = meeting_to_dict(self.result)
        before.pop("revision")
        after.pop("revision")
        return before != after


def update_from(stored: Meeting, incoming: Meeting, *, plan_only: bool) -> Update:
    """The stored meeting as the file would leave it; the store is not touched."""
    if plan_only:
        result = _lay_plan(stored, incoming)
    else:
        result = copy_meeting(incoming)
        result.invites = copy_meeting(stored).invites
        # A whole meeting's file brings its interviewers' scorecards; the others stay.
        result.scorecards = merge_scorecards(stored.scorecards, incoming.scorecards)
    result.id = stored.id
    # A file that names no opening leaves the meeting in the one it is filed under.
    result.opening_id = incoming.opening_id or stored.opening_id
    result.comments = merge_comments(stored.comments, incoming.comments)
    # The store bumps the counter when it saves a changed plan.
    result.revision = max(stored.revision, incoming.revision)
    return Update(stored, result, older=incoming.revision < stored.revision)


def _lay_plan(stored: Meeting, incoming: Meeting) -> Meeting:
    mine = meeting_to_dict(stored)
    theirs = plan_dict(incoming)
    notes = {b["id"]: b["internal_notes"] for b in mine["agenda"]}
    for name, value in theirs.items():
        if name in KEPT_ON_UPDATE:
            continue
        if name == "candidate":
            value["notes"] = mine["candidate"]["notes"]
        elif name == "case":
            value["observe"] = mine["case"]["observe"]
        elif name == "agenda":
            for block in value:
                block["internal_notes"] = notes.get(block["id"], "")
        mine[name] = value
    return meeting_from_dict(mine)
