"""What the people around a meeting add to it: review comments on the plan.

A comment points at the whole plan, an agenda block, a criterion or a field of the
plan, by a target text (see :mod:`comments` for reading and merging them).
"""

from __future__ import annotations

from dataclasses import field
from datetime import datetime

from .ids import new_id
from .plain import record


@record
class Comment:
    """A review comment: a recruiter's note on a manager's plan, or the answer to one."""

    # "" for the whole plan, "block:ID", "criterion:ID" or "field:candidate.name".
    target: str = ""
    text: str = ""
    author: str = ""
    at: datetime | None = None
    resolved: bool = False
    id: str = field(default_factory=new_id)
