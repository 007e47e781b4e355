"""Meetings that clash: the same person booked in two meetings at the same time."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Meeting, Status
from .placeholders import placeholders_in
from .plain import record

# A meeting that is over, or whose candidate's recruitment is closed, books nobody.
_BOOKED = (Status.PLANNED,)


@record(frozen=True)
class Clash:
    """Another meeting at an overlapping time, and the people both have in them."""

    other: Meeting
    people: tuple[str, ...]


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def clashes(meeting: Meeting, others: Iterable[Meeting]) -> list[Clash]:
    """The planned meetings among ``others`` that overlap ``meeting`` in time and share
    at least one participant with it (by name), soonest first."""
    # A template's stand-in ("[Hiring manager's name]") is no one yet: two meetings
    # made from templates do not share a person by it.
    names = {
        _key(p.name): p.name.strip()
        for p in meeting.participants
        if p.name.strip() and not placeholders_in(p.name)
    }
    if not names:
        return []
    found = []
    for other in others:
        if other.id == meeting.id or other.status not in _BOOKED:
            continue
        if not (other.start < meeting.planned_end and meeting.start < other.planned_end):
            continue
        shared = tuple(
            names[key]
            for key in dict.fromkeys(_key(p.name) for p in other.participants)
            if key in names
        )
        if shared:
            found.append(Clash(other, shared))
    return sorted(found, key=lambda c: c.other.start)
