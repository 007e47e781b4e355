"""Which open comments each part of a plan has: what the app marks beside it."""

from __future__ import annotations

from datetime import datetime

from meeting_planner.domain.comments import (
    add_comment,
    block_target,
    field_target,
    open_by_target,
)
from meeting_planner.domain.sample import sample_meeting

NOW = datetime(2026, 11, 20, 9, 0)


def test_open_comments_are_grouped_by_what_they_are_about_in_the_plans_order() -> None:
    meeting = sample_meeting(NOW)
    block = block_target(meeting.agenda[0].id)
    first = add_comment(meeting, "Shorter", "Rita", NOW, block)
    add_comment(meeting, "Which version?", "Rita", NOW, field_target("role.tech_stack"))
    done = add_comment(meeting, "Settled", "Rita", NOW, field_target("role.team"))
    done.resolved = True
    second = add_comment(meeting, "And warmer", "Maja", NOW, block)
    add_comment(meeting, "Looks good overall", "Rita", NOW)
    grouped = open_by_target(meeting)
    assert [c.id for c in grouped[block]] == [first.id, second.id]
    assert [c.text for c in grouped[field_target("role.tech_stack")]] == ["Which version?"]
    assert field_target("role.team") not in grouped
    assert [c.text for c in grouped[""]] == ["Looks good overall"]


def test_a_plan_without_open_comments_marks_nothing() -> None:
    meeting = sample_meeting(NOW)
    assert open_by_target(meeting) == {}
    add_comment(meeting, "Fine", "Rita", NOW).resolved = True
    assert open_by_target(meeting) == {}
