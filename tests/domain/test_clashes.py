"""A clash: the same person in two planned meetings that overlap in time."""

from __future__ import annotations

from datetime import datetime, timedelta

from meeting_planner.domain.clashes import clashes
from meeting_planner.domain.model import Participant, Status
from meeting_planner.domain.sample import sample_meeting

MONDAY = datetime(2026, 12, 7, 9, 0)


def test_a_clash_needs_an_overlap_and_a_shared_person() -> None:
    first = sample_meeting(MONDAY)  # Tuesday 10:00-11:30
    second = sample_meeting(MONDAY)
    second.start = first.start + timedelta(minutes=60)
    (found,) = clashes(second, [first])
    assert found.other is first
    assert found.people == ("Erik Lundgren", "Aino Björk", "Maja Ström")
    second.start = first.planned_end  # back to back is fine
    assert clashes(second, [first]) == []
    second.start = first.start
    second.participants = [Participant(name="  someone ELSE ")]
    assert clashes(second, [first]) == []
    second.participants = [Participant(name="erik  lundgren")]
    assert clashes(second, [first])[0].people == ("erik  lundgren",)  # as written here
    first.status = Status.HELD  # over: books nobody
    assert clashes(second, [first]) == []


def test_a_template_s_stand_in_names_are_no_one_yet() -> None:
    first = sample_meeting(MONDAY)
    second = sample_meeting(MONDAY)
    for meeting in (first, second):
        meeting.participants = [
            Participant(name="[Rekryterande chefs namn]"),
            Participant(name="[Blivande kollegas namn]"),
        ]
    assert clashes(second, [first]) == []
    second.participants.append(Participant(name="Erik Lundgren"))
    first.participants.append(Participant(name="Erik Lundgren"))
    assert clashes(second, [first])[0].people == ("Erik Lundgren",)
