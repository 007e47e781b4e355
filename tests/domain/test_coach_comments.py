"""The coach hints at review comments still open, pointing at what they are about."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain import rules
from meeting_planner.domain.coach import review
from meeting_planner.domain.comments import (
    add_comment,
    block_target,
    criterion_target,
    field_target,
)
from meeting_planner.domain.sample import sample_meeting

NOW = datetime(2026, 11, 20, 9, 0)


def _open(meeting):
    return [f for f in review(meeting).findings if f.id == "comments-open"]


def test_open_comments_are_a_hint_at_their_target_and_resolved_ones_are_not() -> None:
    meeting = sample_meeting(NOW)
    score = review(meeting).score
    block = meeting.agenda[2]
    first = add_comment(meeting, "Shorter?", "Rita Recruiter", NOW, block_target(block.id))
    add_comment(meeting, "And a demo", "Rita Recruiter", NOW, block_target(block.id))
    add_comment(meeting, "Name the budget", "Jon", NOW, field_target("offer.development_budget"))
    add_comment(meeting, "Rank 2 first?", "", NOW, criterion_target(meeting.criteria[0].id))
    findings = _open(meeting)
    assert [f.target for f in findings] == [
        f"block:{block.id}",
        "offer.development_budget",
        "criteria",
    ]
    assert findings[0].message == (
        f"2 open review comments from Rita Recruiter on block “{block.title}”."
    )
    assert findings[2].message.startswith("An open review comment from someone on criterion")
    assert rules.FINDING_SOURCES["comments-open"] == rules.OUR_HEURISTIC
    assert review(meeting).score < score
    for comment in meeting.comments:
        comment.resolved = True
    assert _open(meeting) == [] and review(meeting).score == score
    assert first.resolved


@pytest.mark.parametrize(
    ("language", "words"), [("sv", "öppen granskningskommentar"), ("da", "åben kommentar")]
)
def test_the_hint_in_swedish_and_danish(language: str, words: str) -> None:
    meeting = sample_meeting(NOW)
    add_comment(meeting, "Mer om teamet", "Rita", NOW)
    (finding,) = [f for f in review(meeting, language=language).findings if f.id == "comments-open"]
    assert words in finding.message and "Rita" in finding.message
