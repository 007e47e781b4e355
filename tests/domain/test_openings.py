"""Openings: which meetings share a role, the next candidate's plan, the comparison."""

from __future__ import annotations

from datetime import datetime

from meeting_planner.domain.comments import add_comment
from meeting_planner.domain.model import Criterion, Role
from meeting_planner.domain.openings import Opening, compare, reuse_plan, role_key
from meeting_planner.domain.sample import sample_meeting

NOW = datetime(2026, 11, 20, 9, 0)


def test_the_same_role_reads_the_same_whatever_the_case_and_spacing() -> None:
    assert role_key(Role(title="Backend  Developer", team="Platform ")) == role_key(
        Role(title="backend developer", team="platform")
    )
    assert role_key(Role(title="Backend developer", team="Payments")) != role_key(
        Role(title="Backend developer", team="Platform")
    )


def test_a_reused_plan_keeps_the_plan_and_forgets_the_candidate() -> None:
    meeting = sample_meeting(NOW)
    meeting.opening_id = "opening-1"
    meeting.mark_held(NOW)
    meeting.set_rating(meeting.criteria[0].id, 4)
    meeting.agenda[0].internal_notes = "About Sanna"
    add_comment(meeting, "Fine", "Rita", NOW)
    start = datetime(2026, 12, 1, 10, 0)
    plan = reuse_plan(meeting, " Ola Nordmann ", start)
    assert plan.id != meeting.id and plan.opening_id == "opening-1"
    assert plan.candidate.name == "Ola Nordmann" and not plan.candidate.motivations
    assert plan.start == start and plan.status == "planned" and plan.ended_at is None
    assert plan.debrief.is_empty and plan.comments == [] and plan.revision == 0
    assert [b.title for b in plan.agenda] == [b.title for b in meeting.agenda]
    assert plan.agenda[0].internal_notes == "" and plan.offer == meeting.offer
    # The source is untouched.
    assert meeting.candidate.name == "Sanna Järvinen" and meeting.debrief.ratings


def test_compare_lines_up_every_criterion_across_candidates() -> None:
    first = sample_meeting(NOW)
    second = reuse_plan(first, "Ola", datetime(2026, 12, 1, 10, 0))
    second.criteria.append(Criterion(name="Mentoring"))
    first.set_rating(first.criteria[0].id, 2)
    second.set_rating(second.criteria[-1].id, 4)
    result = compare(Opening(title="Backend developer"), [second, first], NOW)
    assert [r.candidate for r in result.rows] == ["Sanna Järvinen", "Ola"]
    assert result.criteria[-1] == "Mentoring"
    sanna, ola = result.rows
    assert sanna.ratings[first.ranked_criteria[0].name] == 2 and sanna.ratings["Mentoring"] is None
    assert ola.ratings["Mentoring"] == 4
    assert set(sanna.ratings) == set(ola.ratings) == set(result.criteria)
