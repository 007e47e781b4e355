"""Review comments on a plan: what they point at, which are open, and how two copies of
a plan's comments become one.

A comment is written by one person and only its author changes its text, so two
copies merge by id: each comment is kept once, and one that either side resolved
stays resolved (resolving is the end of a discussion, never undone by an old copy).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from . import phrases
from .team import Comment

if TYPE_CHECKING:
    from .model import Meeting

PLAN = ""
BLOCK = "block:"
CRITERION = "criterion:"
FIELD = "field:"

# The fields a comment may name, with their label (the editor's wording).
FIELD_LABELS = {
    "title": phrases.mark("Title"),
    "start": phrases.mark("Start"),
    "planned_minutes": phrases.mark("Planned minutes"),
    "location": phrases.mark("Location"),
    "candidate.name": phrases.mark("Candidate's name"),
    "candidate.current_title": phrases.mark("Candidate's current title"),
    "candidate.motivations": phrases.mark("Candidate's motivations"),
    "role.title": phrases.mark("Role"),
    "role.team": phrases.mark("Team"),
    "role.company": phrases.mark("Company"),
    "role.tech_stack": phrases.mark("Tech stack"),
    "role.responsibilities": phrases.mark("Responsibilities"),
    "role.problems": phrases.mark("Problems to solve"),
    "role.projects": phrases.mark("Projects"),
    "role.ways_of_working": phrases.mark("Ways of working"),
    "offer.salary": phrases.mark("Salary"),
    "offer.flexibility": phrases.mark("Flexibility"),
    "offer.remote_days_per_week": phrases.mark("Remote days per week"),
    "offer.development_budget": phrases.mark("Development budget"),
    "offer.development_time": phrases.mark("Development time"),
    "offer.development_paths": phrases.mark("Development paths"),
    "offer.benefits": phrases.mark("Benefits"),
    "offer.work_life_balance": phrases.mark("Work-life balance"),
    "participants": phrases.mark("People"),
    "case": phrases.mark("Case"),
}


def block_target(block_id: str) -> str:
    return BLOCK + block_id


def criterion_target(criterion_id: str) -> str:
    return CRITERION + criterion_id


def field_target(path: str) -> str:
    return FIELD + path


def open_comments(meeting: Meeting) -> list[Comment]:
    return [c for c in meeting.comments if not c.resolved]


def comments_on(meeting: Meeting, target: str) -> list[Comment]:
    return [c for c in meeting.comments if c.target == target]


def open_by_target(meeting: Meeting) -> dict[str, list[Comment]]:
    """The open comments of each target that has any, in the order the plan keeps them."""
    grouped: dict[str, list[Comment]] = {}
    for comment in open_comments(meeting):
        grouped.setdefault(comment.target, []).append(comment)
    return grouped


def open_by_id(meeting: Meeting, prefix: str) -> dict[str, list[Comment]]:
    """The open comments on targets of one kind (``BLOCK``, ``CRITERION``...), by the id
    that follows the prefix: a block's or a criterion's id."""
    return {
        target.removeprefix(prefix): comments
        for target, comments in open_by_target(meeting).items()
        if target.startswith(prefix)
    }


def target_label(meeting: Meeting, target: str, language: str = "en") -> str:
    """What a comment is about, for a reader: "the whole plan", "block “Welcome”"..."""
    if target.startswith(BLOCK):
        block = next((b for b in meeting.agenda if b.id == target[len(BLOCK) :]), None)
        if block is not None:
            return phrases.text(language, "block “{title}”", title=block.title)
        return phrases.text(language, "a block no longer in the agenda")
    if target.startswith(CRITERION):
        wanted = target[len(CRITERION) :]
        criterion = next((c for c in meeting.criteria if c.id == wanted), None)
        if criterion is not None:
            return phrases.text(language, "criterion “{name}”", name=criterion.name)
        return phrases.text(language, "a criterion no longer in the plan")
    if target.startswith(FIELD):
        path = target[len(FIELD) :]
        label = FIELD_LABELS.get(path)
        shown = phrases.text(language, label) if label else path
        return phrases.text(language, "field “{field}”", field=shown)
    return phrases.text(language, "the whole plan")


def add_comment(
    meeting: Meeting, text: str, author: str, at: datetime, target: str = PLAN
) -> Comment:
    """A new open comment, added last; returns it (its id undoes it)."""
    comment = Comment(target=target, text=text.strip(), author=author.strip(), at=at)
    meeting.comments.append(comment)
    return comment


def merge_comments(mine: list[Comment], theirs: list[Comment]) -> list[Comment]:
    """Both copies' comments, each once, in the order first seen; resolved wins."""
    merged = {c.id: replace(c) for c in mine}
    for comment in theirs:
        if comment.id in merged:
            merged[comment.id].resolved = merged[comment.id].resolved or comment.resolved
        else:
            merged[comment.id] = replace(comment)
    return list(merged.values())
