"""Template text left in the plan: the coach names the field it is in and quotes it."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain.coach import review
from meeting_planner.domain.model import Meeting
from meeting_planner.domain.sample import sample_meeting

START = datetime(2026, 11, 23, 10, 0)


def _with(path: str, value: str) -> Meeting:
    meeting = sample_meeting(START)
    *parents, last = path.split(".")
    owner: object = meeting
    for name in parents:
        owner = getattr(owner, name)
    setattr(owner, last, [value] if isinstance(getattr(owner, last), list) else value)
    return meeting


@pytest.mark.parametrize(
    ("path", "where"),
    [
        ("title", "the meeting's title"),
        ("location", "the location"),
        ("role.title", "the role's title"),
        ("role.team", "the team"),
        ("role.tech_stack", "the tech stack"),
        ("offer.flexibility", "the flexibility"),
        ("case.real_work", "how the case relates to the real work"),
    ],
)
def test_template_text_is_named_by_its_field_and_quoted(path: str, where: str) -> None:
    meeting = _with(path, "[Team name] in [city], [office], [floor] and [desk]")
    [finding] = [f for f in review(meeting).findings if f.id == "placeholder"]
    assert finding.message == (
        f"Template text is still in {where}: [Team name], [city], [office] and 2 more. "
        "Replace it with the real details."
    )
    assert finding.target.startswith(path)
