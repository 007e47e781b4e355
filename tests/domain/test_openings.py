"""Openings: which meetings share a role, the next candidate's plan, the comparison."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain.comments import add_comment
from meeting_planner.domain.model import Criterion, Role
from meeting_planner.domain.openings import Opening, compare, names_left, reuse_plan, role_key
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
    # The blocks stay, naming the next candidate where they named the last.
    assert [b.title for b in plan.agenda] == [
        b.title.replace("Sanna's", "Ola's") for b in meeting.agenda
    ]
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


@pytest.mark.parametrize(
    ("old", "new", "text", "expected"),
    [
        ("Sanna Järvinen", "Ola Nordmann", "Sanna's questions", "Ola's questions"),
        ("Sanna Järvinen", "Ola Nordmann", "Sannas frågor", "Olas frågor"),
        ("Sanna Järvinen", "Jonas Berg", "Sannas frågor", "Jonas frågor"),
        ("Sanna Järvinen", "Ola Nordmann", "Ask Sanna  Järvinen first", "Ask Ola Nordmann first"),
        ("Sanna Järvinen", "Ola Nordmann", "Sannah and Susanna stay", "Sannah and Susanna stay"),
        ("Sanna", "Ola Nordmann", "Thank Sanna", "Thank Ola Nordmann"),
    ],
)
def test_reuse_renames_whole_words_with_their_possessive(
    old: str, new: str, text: str, expected: str
) -> None:
    meeting = sample_meeting(NOW)
    meeting.candidate.name = old
    meeting.agenda[0].title = text
    assert reuse_plan(meeting, new, NOW).agenda[0].title == expected


def test_a_first_name_someone_in_the_meeting_shares_is_left_and_named() -> None:
    meeting = sample_meeting(NOW)
    meeting.participants[1].name = "Sanna Björk"
    plan = reuse_plan(meeting, "Ola Nordmann", NOW)
    assert "Sanna's questions" in [b.title for b in plan.agenda]
    assert names_left(plan, meeting.candidate.name) == [
        "“Welcome and the plan for today”",
        "“Meet the team”",
        "“Sanna's questions”",
    ]
    assert names_left(reuse_plan(sample_meeting(NOW), "Ola", NOW), "Sanna Järvinen") == []
