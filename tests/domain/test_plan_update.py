"""A plan that comes back: laid over the stored meeting, described line by line."""

from __future__ import annotations

from datetime import datetime

from meeting_planner.domain.comments import (
    add_comment,
    block_target,
    criterion_target,
    field_target,
    merge_comments,
    open_comments,
    target_label,
)
from meeting_planner.domain.model import AgendaBlock, BlockKind, Decision, Status
from meeting_planner.domain.plan import update_from
from meeting_planner.domain.plan_diff import describe_update
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import copy_meeting

NOW = datetime(2026, 11, 20, 9, 0)


def _held():
    meeting = sample_meeting(NOW)
    meeting.mark_held(NOW)
    meeting.status = Status.DEBRIEFED
    meeting.set_rating(meeting.criteria[0].id, 2, "Unsure about testing")
    meeting.debrief.decision = Decision.HOLD
    meeting.agenda[0].internal_notes = "Mine only"
    return meeting


def test_a_plan_only_update_changes_the_plan_and_nothing_internal() -> None:
    stored = _held()
    theirs = copy_meeting(stored)
    theirs.debrief.ratings = []
    theirs.status = Status.PLANNED
    theirs.agenda[0].internal_notes = ""
    theirs.role.team = "Payments"
    result = update_from(stored, theirs, plan_only=True).result
    assert result.role.team == "Payments"
    assert result.debrief == stored.debrief and result.status is Status.DEBRIEFED
    assert result.agenda[0].internal_notes == "Mine only"


def test_the_changes_read_field_by_field_and_blocks_match_by_id() -> None:
    stored = sample_meeting(NOW)
    theirs = copy_meeting(stored)
    theirs.agenda[0].title = "Coffee first"
    theirs.agenda[0].minutes += 5
    theirs.add_block(AgendaBlock(title="Pair on a bug", kind=BlockKind.CASE, minutes=20))
    removed = theirs.agenda.pop(1)
    theirs.offer.remote_days_per_week = 4
    theirs.role.tech_stack = [*theirs.role.tech_stack[1:], "Rust"]
    lines = describe_update(stored, update_from(stored, theirs, plan_only=True).result)
    assert f"Agenda › “Coffee first” › Title: “{stored.agenda[0].title}” → “Coffee first”" in lines
    assert "Agenda: new block “Pair on a bug” (20 min)" in lines
    assert f"Agenda: block “{removed.title}” removed" in lines
    stack = f"Role › Tech stack: added “Rust”; removed “{stored.role.tech_stack[0]}”"
    assert stack in lines
    days = stored.offer.remote_days_per_week
    assert f"Offer › Remote days per week: {days} → 4" in lines


def test_the_changes_in_swedish() -> None:
    stored = sample_meeting(NOW)
    theirs = copy_meeting(stored)
    theirs.role.team = "Betalningar"
    (line,) = describe_update(stored, theirs, "sv")
    assert line.startswith("Roll › Team: ") and line.endswith("→ “Betalningar”")


def test_nothing_changed_is_no_line_and_no_update() -> None:
    stored = sample_meeting(NOW)
    update = update_from(stored, copy_meeting(stored), plan_only=True)
    assert not update.changes_anything and describe_update(stored, update.result) == []


def test_an_older_file_is_told_apart() -> None:
    stored = sample_meeting(NOW)
    stored.revision = 5
    theirs = copy_meeting(stored)
    theirs.revision = 3
    theirs.title = "Old"
    assert update_from(stored, theirs, plan_only=True).older
    theirs.revision = 5
    assert not update_from(stored, theirs, plan_only=True).older


def test_comments_merge_by_id_and_a_resolved_one_stays_resolved() -> None:
    mine = sample_meeting(NOW)
    shared = add_comment(mine, "Shorter intro?", "Rita", NOW, block_target(mine.agenda[0].id))
    theirs = copy_meeting(mine)
    theirs.comments[0].resolved = True
    add_comment(theirs, "Name the on-call rota", "Rita", NOW, field_target("offer.benefits"))
    mine_only = add_comment(mine, "Agreed", "Maja", NOW)
    merged = merge_comments(mine.comments, theirs.comments)
    assert [c.id for c in merged][:2] == [shared.id, mine_only.id] and len(merged) == 3
    assert merged[0].resolved
    # An old copy that still has it open does not reopen it.
    again = merge_comments(merged, mine.comments)
    assert again[0].resolved
    mine.comments = merged
    assert [c.text for c in open_comments(mine)] == ["Agreed", "Name the on-call rota"]


def test_a_comment_says_what_it_is_about() -> None:
    meeting = sample_meeting(NOW)
    block, criterion = meeting.agenda[0], meeting.criteria[0]
    assert target_label(meeting, block_target(block.id)) == f"block “{block.title}”"
    assert target_label(meeting, criterion_target(criterion.id)) == (
        f"criterion “{criterion.name}”"
    )
    assert target_label(meeting, field_target("offer.benefits"), "sv") == "fältet ”Förmåner”"
    assert target_label(meeting, "") == "the whole plan"
    assert target_label(meeting, block_target("gone")) == "a block no longer in the agenda"
