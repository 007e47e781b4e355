"""Meetings to plain JSON-ready dicts and back (see ``dataclass_dicts`` for the rules)."""

from __future__ import annotations

from typing import Any

from .dataclass_dicts import coerce, from_dict, to_dict
from .model import Meeting

__all__ = ["coerce", "copy_meeting", "from_dict", "meeting_from_dict", "meeting_to_dict", "to_dict"]


def meeting_from_dict(data: dict[str, Any]) -> Meeting:
    return from_dict(Meeting, data)


def meeting_to_dict(meeting: Meeting) -> dict[str, Any]:
    return to_dict(meeting)


def copy_meeting(meeting: Meeting) -> Meeting:
    """A deep, independent copy (same ids)."""
    return meeting_from_dict(meeting_to_dict(meeting))
