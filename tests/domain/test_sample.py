"""The demo meeting is complete, believable, well timed and well balanced."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from meeting_planner.domain import coach
from meeting_planner.domain.model import BlockKind, Part
from meeting_planner.domain.sample import sample_meeting, sample_profile
from meeting_planner.domain.serialize import meeting_from_dict, meeting_to_dict, to_dict

PASSING_SCORE = 85
TUESDAY_EVENING = datetime(2025, 3, 4, 18, 30)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2025, 3, 4, 18, 30), datetime(2025, 3, 5, 10, 0)),  # Tuesday -> Wednesday
        (datetime(2025, 3, 5, 7, 0), datetime(2025, 3, 6, 10, 0)),  # early morning, next day
        (datetime(2025, 3, 7, 9, 0), datetime(2025, 3, 10, 10, 0)),  # Friday -> Monday
        (datetime(2025, 3, 8, 12, 0), datetime(2025, 3, 10, 10, 0)),  # Saturday -> Monday
        (datetime(2025, 3, 9, 23, 59), datetime(2025, 3, 10, 10, 0)),  # Sunday -> Monday
    ],
)
def test_starts_at_ten_on_the_next_working_day(now: datetime, expected: datetime) -> None:
    meeting = sample_meeting(now)
    assert meeting.start == expected
    assert meeting.start > now and meeting.start.weekday() < 5


def test_keeps_the_time_zone_of_now() -> None:
    stockholm_winter = timezone(timedelta(hours=1))
    now = datetime(2025, 3, 4, 18, 30, tzinfo=stockholm_winter)
    assert sample_meeting(now).start == datetime(2025, 3, 5, 10, 0, tzinfo=stockholm_winter)


def test_every_part_a_recruiter_reads_is_filled_in() -> None:
    meeting = sample_meeting(TUESDAY_EVENING)
    assert meeting.title and meeting.location
    assert meeting.candidate.name != meeting.candidate.name.encode("ascii", "ignore").decode()
    assert meeting.candidate.motivations
    role = meeting.role
    assert role.title and role.team and role.ways_of_working
    assert len(role.tech_stack) >= 4 and role.responsibilities and role.problems
    assert role.projects
    offer = meeting.offer
    assert offer.salary.minimum and offer.salary.maximum and offer.salary.currency
    assert offer.salary.minimum < offer.salary.maximum
    assert offer.has_flexibility and offer.remote_days_per_week is not None
    assert offer.has_development and offer.benefits and offer.work_life_balance
    assert {p.part for p in meeting.participants} >= {Part.MANAGER, Part.COLLEAGUE, Part.RECRUITER}
    assert not meeting.case.is_empty and meeting.case.observe and meeting.case.materials


def test_the_agenda_fits_the_time_and_criteria_are_ranked() -> None:
    meeting = sample_meeting(TUESDAY_EVENING)
    assert meeting.agenda_minutes == meeting.planned_minutes
    kinds = [b.kind for b in meeting.agenda]
    assert kinds[0] == BlockKind.WELCOME and kinds[-1] == BlockKind.NEXT_STEPS
    assert BlockKind.CASE in kinds and BlockKind.CANDIDATE_QUESTIONS in kinds
    assert [c.rank for c in meeting.criteria] == list(range(1, len(meeting.criteria) + 1))
    owners = {b.owner for b in meeting.agenda}
    assert owners <= {p.name for p in meeting.participants}


def test_the_pitch_speaks_to_each_of_the_candidates_motivations() -> None:
    meeting = sample_meeting(TUESDAY_EVENING)
    pitch = " ".join(
        point.lower()
        for block in meeting.agenda
        if block.kind == BlockKind.PITCH
        for point in block.talking_points
    )
    for motivation in meeting.candidate.motivations:
        assert motivation.lower() in pitch, motivation


def test_the_profile_tells_the_same_story_as_the_meeting() -> None:
    meeting, profile = sample_meeting(TUESDAY_EVENING), sample_profile()
    assert profile.company and profile.values and profile.culture
    assert meeting.role.tech_stack == profile.tech_stack
    assert meeting.role.team == profile.team
    assert meeting.offer == profile.offer
    assert profile.location.split(",")[0] in meeting.location


def test_each_call_gives_an_independent_meeting() -> None:
    first, second = sample_meeting(TUESDAY_EVENING), sample_meeting(TUESDAY_EVENING)
    first.offer.benefits.append("Free lunch")
    first.agenda.pop()
    assert "Free lunch" not in second.offer.benefits
    assert second.agenda_minutes == second.planned_minutes


def test_survives_a_save_and_reload_with_its_letters_intact(tmp_path: Path) -> None:
    meeting = sample_meeting(TUESDAY_EVENING)
    path = tmp_path / "sample.json"
    path.write_text(json.dumps(meeting_to_dict(meeting), ensure_ascii=False), encoding="utf-8")
    again = meeting_from_dict(json.loads(path.read_text(encoding="utf-8")))
    assert again == meeting
    assert "ä" in again.candidate.name


def test_scores_well_with_the_coach() -> None:
    review = coach.review(sample_meeting(TUESDAY_EVENING))
    assert review.score >= PASSING_SCORE, [(f.id, f.message) for f in review.findings]


def _texts(value: object, path: str = "") -> list[tuple[str, object]]:
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _texts(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [found for i, item in enumerate(value) for found in _texts(item, f"{path}[{i}]")]
    return [(path, value)]


def test_no_text_of_the_sample_is_left_empty_but_those_for_after_the_meeting() -> None:
    # Empty on purpose: the phone number, the time zone (the computer's own), the
    # internal notes of all but the case block, and the debrief's texts, which the
    # manager writes after the meeting.
    meeting = meeting_to_dict(sample_meeting(TUESDAY_EVENING))
    # Ids are not text to read (an empty opening id: not one of an opening).
    empty = {path for path, value in _texts(meeting) if value == "" and not path.endswith("id")}
    allowed = {".candidate.phone", ".time_zone"} | {
        f".debrief.{name}"
        for name in (
            "resonated",
            "competing_offers",
            "competing_timeline",
            "reasons",
            "shared_reason",
            "feedback",
        )
    }
    notes = {p for p in empty if p.startswith(".agenda[") and p.endswith("].internal_notes")}
    assert empty - notes == allowed
    assert len(notes) == len(meeting["agenda"]) - 1, "the case block has its internal notes"
    profile = _texts(to_dict(sample_profile()))
    assert all(value != "" for _, value in profile)
