"""The meeting's edit methods, deadlines and serialization."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from meeting_planner.domain.model import (
    AgendaBlock,
    BlockKind,
    Criterion,
    Decision,
    DeclineCategory,
    DeclineReason,
    DomainError,
    Meeting,
    Part,
    Participant,
    PitchTopic,
    Status,
)
from meeting_planner.domain.serialize import (
    copy_meeting,
    from_dict,
    meeting_from_dict,
    meeting_to_dict,
)
from meeting_planner.domain.templates import (
    EmployerProfile,
    Template,
    meeting_from_template,
    template_from_meeting,
)

START = datetime(2026, 11, 23, 10, 0)


def _meeting() -> Meeting:
    m = Meeting(title="Backend engineer", start=START, planned_minutes=60)
    for title, kind, minutes in [
        ("Welcome", BlockKind.WELCOME, 5),
        ("Our stack", BlockKind.PITCH, 15),
        ("Case", BlockKind.CASE, 20),
        ("Next steps", BlockKind.NEXT_STEPS, 5),
    ]:
        m.add_block(AgendaBlock(title=title, kind=kind, minutes=minutes))
    return m


def test_add_move_remove_blocks_keep_order_and_can_be_undone() -> None:
    m = _meeting()
    titles = [b.title for b in m.agenda]
    case_id = m.agenda[2].id
    old = m.move_block(case_id, 0)
    assert [b.title for b in m.agenda][0] == "Case"
    m.move_block(case_id, old)
    assert [b.title for b in m.agenda] == titles
    index, block = m.remove_block(case_id)
    assert len(m.agenda) == 3 and block.title == "Case"
    m.add_block(block, index)
    assert [b.title for b in m.agenda] == titles


def test_update_block_returns_old_values_for_undo() -> None:
    m = _meeting()
    block = m.agenda[1]
    old = m.update_block(block.id, minutes=20, topic="stack", talking_points=["Go and Postgres"])
    assert block.minutes == 20 and block.topic is PitchTopic.STACK
    assert old == {"minutes": 15, "topic": None, "talking_points": []}
    m.update_block(block.id, **old)
    assert block.minutes == 15 and block.topic is None and block.talking_points == []


@pytest.mark.parametrize("minutes", [0, 241, -5, 2.5, True])
def test_block_minutes_out_of_range_are_refused(minutes: object) -> None:
    m = _meeting()
    with pytest.raises(DomainError):
        m.update_block(m.agenda[0].id, minutes=minutes)
    assert m.agenda[0].minutes == 5


def test_unknown_block_and_bad_index_are_refused() -> None:
    m = _meeting()
    with pytest.raises(DomainError):
        m.remove_block("nope")
    with pytest.raises(DomainError):
        m.move_block(m.agenda[0].id, 9)
    with pytest.raises(DomainError):
        m.add_block(AgendaBlock(id=m.agenda[0].id))


def test_rank_criteria_and_restore() -> None:
    m = _meeting()
    a, b, c = (Criterion(name=n) for n in "abc")
    for x in (a, b, c):
        m.add_criterion(x)
    previous = m.rank_criteria([c.id, a.id, b.id])
    assert [(x.name, x.rank) for x in m.criteria] == [("c", 1), ("a", 2), ("b", 3)]
    m.restore_criteria_order(previous)
    assert [(x.name, x.rank) for x in m.criteria] == [("a", None), ("b", None), ("c", None)]
    with pytest.raises(DomainError):
        m.rank_criteria([a.id, b.id])


def test_ratings_are_one_to_four() -> None:
    m = _meeting()
    crit = Criterion(name="Problem solving")
    m.add_criterion(crit)
    assert m.set_rating(crit.id, 3, "split the problem well") is None
    previous = m.set_rating(crit.id, 4)
    assert previous is not None and previous.rating == 3
    assert m.debrief.rating_for(crit.id).evidence == "split the problem well"
    with pytest.raises(DomainError):
        m.set_rating(crit.id, 5)


def test_set_field_by_path_returns_old_value() -> None:
    m = _meeting()
    assert m.set_field("candidate.name", "Łukasz Dvořák") == ""
    assert m.get_field("candidate.name") == "Łukasz Dvořák"
    assert m.set_field("offer.salary.minimum", 5000) is None
    with pytest.raises(DomainError):
        m.set_field("candidate.shoe_size", 42)
    with pytest.raises(DomainError):
        m.set_field("planned_minutes", 0)


def test_deadlines_count_from_recorded_end_else_planned_end() -> None:
    m = _meeting()
    assert m.feedback_due == START + timedelta(minutes=60, hours=48)
    assert m.decision_due == START + timedelta(minutes=60, days=14)
    ended = START + timedelta(minutes=75)
    m.mark_held(ended)
    assert m.status is Status.HELD
    assert m.feedback_due == ended + timedelta(hours=48)
    m.follow_up.feedback_hours = 24
    assert m.feedback_due == ended + timedelta(hours=24)


def test_serialization_round_trip_keeps_everything() -> None:
    m = _meeting()
    m.candidate.name = "Σοφία Παπαδοπούλου"
    m.candidate.motivations = ["remote work"]
    m.add_participant(Participant(name="Дмитрий", title="Engineer", part="colleague"))
    crit = Criterion(name="Ownership", rank=1)
    m.add_criterion(crit)
    m.set_rating(crit.id, 2, "evidence")
    m.debrief.decision = Decision.ADVANCE
    m.debrief.feedback_sent_at = START + timedelta(hours=30, seconds=7)
    m.offer.salary.minimum = 60000
    m.coach_overrides = {"min_sell_share": 0.3}
    again = meeting_from_dict(meeting_to_dict(m))
    assert again == m
    assert copy_meeting(m) == m and copy_meeting(m) is not m


def test_template_round_trip_leaves_personal_data_behind() -> None:
    m = _meeting()
    m.candidate.name = "Şükrü Öztürk"
    m.candidate.notes = "PRIVATE-NOTE"
    m.agenda[1].internal_notes = "INTERNAL"
    crit = Criterion(name="Ownership", rank=1)
    m.add_criterion(crit)
    m.set_rating(crit.id, 4, "EVIDENCE")
    m.debrief.decision = Decision.OFFER
    m.status, m.ended_at = Status.DEBRIEFED, START
    template = template_from_meeting(m, name="my-plan")
    assert (template.meeting.status, template.meeting.ended_at) == (Status.PLANNED, None)
    text = repr(template)
    for marker in ("Şükrü", "PRIVATE-NOTE", "INTERNAL", "EVIDENCE"):
        assert marker not in text
    profile = EmployerProfile(tech_stack=["Python", "PostgreSQL"], location="Malmö office")
    new = meeting_from_template(
        template, candidate_name="Ana", role_title="Data engineer", start=START, profile=profile
    )
    assert new.id != m.id and new.candidate.name == "Ana"
    assert new.role.tech_stack == ["Python", "PostgreSQL"] and new.location == "Malmö office"
    assert [b.title for b in new.agenda] == [b.title for b in m.agenda]
    assert {b.id for b in new.agenda}.isdisjoint({b.id for b in m.agenda})
    assert new.status is Status.PLANNED and new.debrief.is_empty and new.ended_at is None


def test_data_without_a_newer_field_reads_with_its_default() -> None:
    # Files and stores from earlier versions lack fields added since.
    block = from_dict(AgendaBlock, {"title": "Welcome"})
    assert (block.title, block.kind, block.minutes) == ("Welcome", BlockKind.DIALOGUE, 10)
    reason = from_dict(DeclineReason, {"category": "compensation", "text": "paid more"})
    assert reason.controllable is None, "not said: the category decides"
    assert reason.can_act is DeclineCategory.COMPENSATION.controllable


def test_a_meeting_from_a_template_starts_planned_whatever_the_file_said() -> None:
    # A template written by hand (or by an older version) may carry a status.
    held = Meeting(status=Status.HELD, ended_at=START, agenda=[AgendaBlock("Welcome")])
    new = meeting_from_template(
        Template(name="odd", title="Odd", meeting=held),
        candidate_name="Ana",
        role_title="Data engineer",
        start=START,
    )
    assert (new.status, new.ended_at) == (Status.PLANNED, None)


def test_a_participant_changes_by_name_title_and_part_only() -> None:
    m = Meeting(participants=[Participant("Maja", "Team lead", Part.MANAGER)])
    person = m.participants[0]
    old = m.update_participant(person.id, name="Maja Ek", title="Lead", part="colleague")
    assert old == {"name": "Maja", "title": "Team lead", "part": Part.MANAGER}
    assert (person.name, person.title) == ("Maja Ek", "Lead") and person.part is Part.COLLEAGUE
    with pytest.raises(DomainError, match="participants have no field 'phone'"):
        m.update_participant(person.id, phone="+46 70 123 45 67")


def test_a_new_meeting_starts_on_the_next_full_hour() -> None:
    before = datetime.now()
    start = Meeting().start
    assert (start.minute, start.second, start.microsecond) == (0, 0, 0)
    assert before < start <= before + timedelta(hours=1)


def test_an_unknown_criterion_is_refused() -> None:
    with pytest.raises(DomainError, match="no criterion with id 'nope'"):
        Meeting().criterion("nope")
