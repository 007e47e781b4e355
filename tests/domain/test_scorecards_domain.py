"""Scorecards beyond the form: never in a plan, merged by person from a whole meeting's
file, in the access export, and only figures left after erasure."""

from __future__ import annotations

from datetime import datetime

from meeting_planner.domain.access import access_report
from meeting_planner.domain.model import Concern, ConcernCategory, Decision, Rating, Scorecard
from meeting_planner.domain.plan import plan_dict, update_from
from meeting_planner.domain.plan_diff import describe_update
from meeting_planner.domain.retention import erase_personal_data
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import copy_meeting

NOW = datetime(2026, 11, 20, 9, 0)


def _card(meeting, n: int, rating: int, recommendation: Decision) -> Scorecard:
    person = meeting.participants[n]
    return Scorecard(
        participant_id=person.id,
        interviewer=person.name,
        ratings=[Rating(meeting.ranked_criteria[0].id, rating, "Saw it in the case")],
        interest=4,
        resonated="The on-call rota",
        concerns=[Concern(ConcernCategory.PROCESS_TEMPO, "Another offer on Friday")],
        recommendation=recommendation,
        notes="Would hire",
    )


def test_a_plan_never_carries_scorecards_nor_changes_them() -> None:
    meeting = sample_meeting(NOW)
    meeting.scorecards = [_card(meeting, 0, 3, Decision.ADVANCE)]
    assert "scorecards" not in plan_dict(meeting)
    theirs = copy_meeting(meeting)
    theirs.scorecards = []
    theirs.title = "Renamed"
    assert update_from(meeting, theirs, plan_only=True).result.scorecards == meeting.scorecards


def test_a_whole_meetings_file_replaces_only_its_interviewers_cards() -> None:
    meeting = sample_meeting(NOW)
    meeting.scorecards = [
        _card(meeting, 0, 3, Decision.ADVANCE),
        _card(meeting, 1, 2, Decision.HOLD),
    ]
    theirs = copy_meeting(meeting)
    theirs.scorecards = [_card(meeting, 1, 4, Decision.OFFER)]
    result = update_from(meeting, theirs, plan_only=False).result
    assert [c.recommendation for c in result.scorecards] == [Decision.ADVANCE, Decision.OFFER]
    name = meeting.participants[1].name
    criterion = meeting.ranked_criteria[0].name
    lines = describe_update(meeting, result)
    assert f"Scorecard of {name} › Rating for “{criterion}”: 2 → 4" in lines
    assert f"Scorecard of {name} › Recommendation: “hold” → “offer”" in lines


def test_the_access_export_holds_every_scorecard() -> None:
    meeting = sample_meeting(NOW)
    meeting.scorecards = [
        _card(meeting, 0, 3, Decision.ADVANCE),
        _card(meeting, 1, 2, Decision.HOLD),
    ]
    export = access_report([meeting], NOW)
    text = str(export)
    assert text.count("Saw it in the case") == 2 and "Would hire" in text


def test_erasure_keeps_only_figures_of_each_scorecard() -> None:
    meeting = sample_meeting(NOW)
    meeting.scorecards = [_card(meeting, 0, 3, Decision.ADVANCE)]
    (card,) = erase_personal_data(meeting, NOW).scorecards
    assert card.participant_id == meeting.participants[0].id
    assert card.interviewer == "" and card.ratings == [] and card.notes == card.resonated == ""
    assert card.recommendation is Decision.ADVANCE and card.interest == 4
    assert card.concerns == [Concern(ConcernCategory.PROCESS_TEMPO, "")]
