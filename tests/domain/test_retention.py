"""Retention with a frozen clock: which closed meetings are due, and what erasure keeps."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from meeting_planner.domain import rules
from meeting_planner.domain.model import (
    BlockNote,
    Concern,
    ConcernCategory,
    Decision,
    DeclineReason,
    Marker,
    MarkerKind,
    Meeting,
    OfferResult,
    Participant,
    Rating,
    Status,
)
from meeting_planner.domain.retention import (
    add_months,
    erase_personal_data,
    erasure_due,
    is_past_retention,
    past_retention,
    retention_months,
)
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict

NOW = datetime(2028, 6, 15, 12, 0)
MARK = "Zr4Personal"


def closed(start: datetime, closed_at: datetime | None) -> Meeting:
    meeting = sample_meeting(start)
    meeting.status = Status.CLOSED
    meeting.closed_at = closed_at
    return meeting


def test_a_meeting_is_due_exactly_the_set_number_of_months_after_closing() -> None:
    meeting = closed(datetime(2026, 1, 10, 9, 0), datetime(2026, 6, 15, 12, 0))
    assert erasure_due(meeting, 24) == datetime(2028, 6, 15, 12, 0)
    assert is_past_retention(meeting, 24, NOW)
    assert not is_past_retention(meeting, 24, NOW - timedelta(minutes=1))
    assert not is_past_retention(meeting, 25, NOW)


def test_without_a_closing_date_a_closed_meeting_counts_from_its_start() -> None:
    meeting = closed(datetime(2026, 5, 1, 9, 0), None)
    meeting.start = datetime(2026, 5, 1, 9, 0)
    assert erasure_due(meeting, 24) == datetime(2028, 5, 1, 9, 0)
    assert is_past_retention(meeting, 24, NOW)


def test_meetings_never_closed_are_listed_from_their_last_event() -> None:
    old = datetime(2020, 1, 1, 9, 0)
    planned = sample_meeting(old)  # planned, long past, never marked held
    held = sample_meeting(old)
    held.status = Status.HELD
    held.ended_at = datetime(2020, 1, 6, 11, 0)
    answered = sample_meeting(old)
    answered.status = Status.FEEDBACK_SENT
    answered.debrief.feedback_sent_at = datetime(2021, 6, 1, 9, 0)
    recent = sample_meeting(NOW - timedelta(days=30))
    recent.status = Status.HELD
    items = past_retention([planned, held, answered, recent], 24, NOW)
    assert [item.meeting.id for item in items] == [planned.id, held.id, answered.id]
    assert all(item.never_closed for item in items)
    assert items[0].closed == planned.end and items[0].due == add_months(planned.end, 24)
    assert items[1].closed == datetime(2020, 1, 6, 11, 0)
    # The answer sent later is the last event: retention counts from it.
    assert items[2].closed == datetime(2021, 6, 1, 9, 0)
    assert erasure_due(recent, 24) > NOW


def test_already_erased_meetings_are_never_listed() -> None:
    old = datetime(2020, 1, 1, 9, 0)
    erased = closed(old, old)
    erased.erased_at = datetime(2023, 1, 1)
    forgotten = sample_meeting(old)
    forgotten.erased_at = datetime(2023, 1, 1)
    due = closed(old, datetime(2021, 3, 1))
    later = closed(old, datetime(2021, 1, 1))
    items = past_retention([erased, forgotten, due, later], 24, NOW)
    assert [item.meeting.id for item in items] == [later.id, due.id]
    assert items[0].closed == datetime(2021, 1, 1) and items[0].due == datetime(2023, 1, 1)
    assert not items[0].never_closed


def test_months_are_calendar_months() -> None:
    assert add_months(datetime(2026, 1, 31), 1) == datetime(2026, 2, 28)
    assert add_months(datetime(2024, 2, 29), 12) == datetime(2025, 2, 28)
    assert add_months(datetime(2026, 11, 5, 8, 30), 3) == datetime(2027, 2, 5, 8, 30)


@pytest.mark.parametrize(
    ("stored", "months"),
    [
        (None, rules.RETENTION_MONTHS_DEFAULT),
        ("24", rules.RETENTION_MONTHS_DEFAULT),
        (True, rules.RETENTION_MONTHS_DEFAULT),
        (12, 12),
        (0, rules.RETENTION_MONTHS_MIN),
        (999, rules.RETENTION_MONTHS_MAX),
    ],
)
def test_a_stored_setting_becomes_a_sensible_period(stored: object, months: int) -> None:
    assert retention_months(stored) == months


def marked_meeting() -> Meeting:
    meeting = closed(datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 20, 9, 0))
    c = meeting.candidate
    c.name, c.email, c.phone = f"{MARK} name", f"{MARK}@example.org", f"{MARK} phone"
    c.current_title, c.notes, c.motivations = f"{MARK} t", f"{MARK} n", [f"{MARK} m"]
    meeting.participants.append(
        Participant(f"{MARK} panel", "Engineer", email=f"{MARK}-panel@example.org")
    )
    block = meeting.agenda[0]
    block.owner, block.internal_notes = f"{MARK} owner", f"{MARK} inote"
    block.talking_points = [f"{MARK} tp"]
    d = meeting.debrief
    d.ratings = [Rating(meeting.criteria[0].id, 4, f"{MARK} evidence")]
    d.interest, d.decision = 4, Decision.OFFER
    d.resonated, d.reasons, d.feedback = f"{MARK} r", f"{MARK} why", f"{MARK} fb"
    d.competing_offers, d.competing_timeline = f"{MARK} co", f"{MARK} ct"
    d.concerns = [Concern(ConcernCategory.PROCESS_TEMPO, f"{MARK} slow")]
    d.feedback_sent_at = datetime(2026, 3, 3, 9, 0)
    o = meeting.outcome
    o.offer_made, o.result = True, OfferResult.DECLINED
    o.decline_reasons = [DeclineReason(ConcernCategory.COMPENSATION, f"{MARK} pay", True)]
    o.survey_answers = {"positives": f"{MARK} answer"}
    meeting.ended_at = datetime(2026, 3, 2, 11, 20)
    meeting.run.started_at = meeting.start
    meeting.run.notes = [BlockNote(block.id, f"{MARK} note")]
    meeting.run.markers = [Marker(MarkerKind.SIGNAL, block.id, meeting.start, 60, f"{MARK} m")]
    return meeting


def test_erasure_removes_every_personal_text() -> None:
    meeting = marked_meeting()
    assert MARK in str(meeting_to_dict(meeting))
    erased = erase_personal_data(meeting, NOW)
    assert MARK not in str(meeting_to_dict(erased))
    assert erased.candidate.name == "" and erased.debrief.ratings == []
    assert erased.title == "Meeting (personal data erased)"
    assert erased.erased_at == NOW
    assert MARK in meeting.candidate.name, "the original is left alone"


def test_erasure_keeps_what_insights_count() -> None:
    meeting = marked_meeting()
    erased = erase_personal_data(meeting, NOW)
    keep = ("id", "start", "planned_minutes", "status", "ended_at", "closed_at", "follow_up")
    for name in keep:
        assert getattr(erased, name) == getattr(meeting, name), name
    assert [(b.kind, b.minutes, b.title) for b in erased.agenda] == [
        (b.kind, b.minutes, b.title) for b in meeting.agenda
    ]
    assert [(p.title, p.part) for p in erased.participants] == [
        (p.title, p.part) for p in meeting.participants
    ]
    d = erased.debrief
    assert (d.interest, d.decision, d.feedback_sent_at) == (
        4,
        Decision.OFFER,
        datetime(2026, 3, 3, 9, 0),
    )
    assert [c.category for c in d.concerns] == [ConcernCategory.PROCESS_TEMPO]
    o = erased.outcome
    assert (o.offer_made, o.result) == (True, OfferResult.DECLINED)
    assert [(r.category, r.controllable) for r in o.decline_reasons] == [
        (ConcernCategory.COMPENSATION, True)
    ]
    assert list(o.survey_answers) == ["positives"]
    assert [(m.kind, m.elapsed_seconds) for m in erased.run.markers] == [(MarkerKind.SIGNAL, 60)]
    assert erased.role == meeting.role and erased.offer == meeting.offer


def test_erasing_twice_changes_nothing_more() -> None:
    once = erase_personal_data(marked_meeting(), NOW)
    assert erase_personal_data(once, NOW) == once
