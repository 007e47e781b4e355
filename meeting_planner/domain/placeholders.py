"""Template placeholders: the one way a template marks text the manager must fill in.

A placeholder is a short text in square brackets, such as ``[Hiring manager's name]``
or ``[budget per år]``. Templates and libraries use nothing else, so anything in
square brackets that reaches the candidate is a placeholder left behind. A link in
Markdown form (``[text](address)``) is not a placeholder.

People leave their own marks of unfinished text too, and those count the same: "TBD",
"TBA" and "TBC" as words (in any case: they mean nothing else); "TODO" and "FIXME" in
capitals ending a line or before a colon or stop ("Salary: TODO.", "TODO: the budget"),
so a "todo app" or "a TODO list API" stays a case; a run of capital X's standing for a
figure ("XX kr", "XXkr", "XXX", but not a size like "XXL"), or of three x's in any case;
and two or more question marks standing on their own ("Salary: ???", not "really??").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from . import rules
from .model import Meeting
from .plain import record

# One placeholder: "[", up to PLACEHOLDER_MAX_LETTERS of anything but brackets and line
# breaks with at least one letter in it, "]", and no "(" straight after (a Markdown link).
PLACEHOLDER = re.compile(
    r"\[(?=[^\[\]\n]*[^\W\d_])([^\[\]\n]{1," + str(rules.PLACEHOLDER_MAX_LETTERS) + r"})\](?!\()"
)

# An unfinished-text mark (see the module's text).
MARKER = re.compile(
    r"(?<!\w)(?i:tbd|tba|tbc)(?!\w)"
    r"|(?<!\w)(?:TODO|FIXME)(?=[ \t]*(?:[:.,;)]|\n|$))"
    r"|(?<!\w)X{2,8}(?![A-Z0-9])"
    r"|(?<!\w)(?i:x{3,8})(?!\w)"
    r"|(?<![\w?])\?{2,}"
)


@record(frozen=True)
class PlaceholderHit:
    """A placeholder found at a field path (``agenda[2].talking_points[0]``, ``offer...``)."""

    path: str
    placeholder: str


def placeholders_in(text: str) -> list[str]:
    """Every placeholder and unfinished-text mark in ``text`` (brackets included), in the
    order they appear."""
    if not text:
        return []
    found = [*PLACEHOLDER.finditer(text), *MARKER.finditer(text)]
    # A mark inside a bracketed placeholder ("[TBD]") is part of it, not a second one.
    spans = [m.span() for m in found if m.re is PLACEHOLDER]
    kept = [
        m for m in found if m.re is PLACEHOLDER or not any(a <= m.start() < b for a, b in spans)
    ]
    return [m.group(0) for m in sorted(kept, key=lambda m: m.start())]


def has_placeholder(text: str) -> bool:
    return bool(text) and (PLACEHOLDER.search(text) is not None or MARKER.search(text) is not None)


def scan(fields: Iterable[tuple[str, str]]) -> Iterator[PlaceholderHit]:
    """The placeholders in (path, text) pairs, path by path."""
    for path, text in fields:
        for found in placeholders_in(text):
            yield PlaceholderHit(path, found)


def plan_fields(meeting: Meeting) -> Iterator[tuple[str, str]]:
    """Every text of a meeting's plan that a template can fill, as (field path, text).

    The debrief's feedback draft is included (it goes to the candidate); internal
    notes and the assessment are the panel's own writing and are not.
    """
    yield "title", meeting.title
    yield "location", meeting.location
    for name in ("title", "team", "company", "ways_of_working"):
        yield f"role.{name}", getattr(meeting.role, name)
    for name in ("tech_stack", "responsibilities", "problems", "projects"):
        for i, item in enumerate(getattr(meeting.role, name)):
            yield f"role.{name}[{i}]", item
    offer = meeting.offer
    for name in ("flexibility", "development_budget", "development_time", "work_life_balance"):
        yield f"offer.{name}", getattr(offer, name)
    for name in ("development_paths", "benefits"):
        for i, item in enumerate(getattr(offer, name)):
            yield f"offer.{name}[{i}]", item
    for i, person in enumerate(meeting.participants):
        yield f"participants[{i}].name", person.name
        yield f"participants[{i}].title", person.title
    for i, block in enumerate(meeting.agenda):
        yield f"agenda[{i}].title", block.title
        yield f"agenda[{i}].owner", block.owner
        for j, point in enumerate(block.talking_points):
            yield f"agenda[{i}].talking_points[{j}]", point
    case = meeting.case
    for name in ("title", "brief", "prepare", "real_work"):
        yield f"case.{name}", getattr(case, name)
    for name in ("materials", "observe"):
        for i, item in enumerate(getattr(case, name)):
            yield f"case.{name}[{i}]", item
    for i, criterion in enumerate(meeting.criteria):
        for name in ("name", "description", "good_evidence"):
            yield f"criteria[{i}].{name}", getattr(criterion, name)
    yield "debrief.feedback", meeting.debrief.feedback
