"""Follow-up deadlines: what is due when, across days, month ends and clock changes,
and which status changes a meeting may take."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from meeting_planner.domain.followup import (
    DueState,
    What,
    allowed_statuses,
    due_items,
    due_state,
    open_items,
    transition,
    transition_problem,
    with_details,
)
from meeting_planner.domain.model import Candidate, Decision, DomainError, Meeting, Status
from meeting_planner.store.summary import MeetingSummary

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def meeting(
    start: datetime,
    *,
    status: Status = Status.HELD,
    minutes: int = 60,
    name: str = "Alex Berg",
    ended_at: datetime | None = None,
) -> Meeting:
    return Meeting(
        title="Backend developer",
        start=start,
        planned_minutes=minutes,
        status=status,
        candidate=Candidate(name=name),
        ended_at=ended_at,
    )


def item(items, what: What):
    [found] = [i for i in items if i.what is what]
    return found


def test_feedback_is_due_48_hours_and_the_decision_14_days_after_the_planned_end() -> None:
    m = meeting(datetime(2026, 5, 4, 10, 0), minutes=90)
    items = due_items([m], now=datetime(2026, 5, 4, 12, 0))
    assert item(items, What.FEEDBACK).due == datetime(2026, 5, 6, 11, 30)
    assert item(items, What.DECISION).due == datetime(2026, 5, 18, 11, 30)
    assert all(i.state is DueState.UPCOMING for i in items)


def test_a_recorded_end_beats_the_planned_end() -> None:
    m = meeting(datetime(2026, 5, 4, 10, 0), ended_at=datetime(2026, 5, 4, 11, 40))
    items = due_items([m], now=datetime(2026, 5, 4, 12, 0))
    assert item(items, What.FEEDBACK).due == datetime(2026, 5, 6, 11, 40)


def test_the_meetings_own_follow_up_settings_are_used() -> None:
    m = meeting(datetime(2026, 5, 4, 10, 0))
    m.follow_up.feedback_hours = 24
    m.follow_up.decision_days = 7
    items = due_items([m], now=datetime(2026, 5, 4, 12, 0))
    assert item(items, What.FEEDBACK).due == datetime(2026, 5, 5, 11, 0)
    assert item(items, What.DECISION).due == datetime(2026, 5, 11, 11, 0)


def test_states_move_from_upcoming_to_due_today_to_overdue() -> None:
    m = meeting(datetime(2026, 5, 4, 14, 0))  # feedback due Wednesday 6 May 15:00
    states = [
        item(due_items([m], now), What.FEEDBACK).state
        for now in (
            datetime(2026, 5, 5, 23, 59),
            datetime(2026, 5, 6, 0, 0),
            datetime(2026, 5, 6, 15, 0),
            datetime(2026, 5, 6, 15, 1),
        )
    ]
    assert states == [
        DueState.UPCOMING,
        DueState.DUE_TODAY,
        DueState.DUE_TODAY,
        DueState.OVERDUE,
    ]


def test_a_held_meeting_without_feedback_by_its_deadline_is_overdue_and_says_by_how_much() -> None:
    m = meeting(datetime(2026, 5, 4, 9, 0))
    now = datetime(2026, 5, 6, 15, 0)
    feedback = item(due_items([m], now), What.FEEDBACK)
    assert feedback.overdue and feedback.state is DueState.OVERDUE
    assert feedback.overdue_by(now) == timedelta(hours=5)
    assert feedback.to_json()["overdue"] is True


def test_sent_feedback_and_a_decision_are_done() -> None:
    m = meeting(datetime(2026, 5, 4, 9, 0), status=Status.HELD)
    m.debrief.decision = Decision.REJECT
    m.debrief.feedback_sent_at = datetime(2026, 5, 5, 8, 15)
    items = due_items([m], now=datetime(2026, 6, 1, 9, 0))
    assert [i.state for i in items] == [DueState.DONE, DueState.DONE]
    assert item(items, What.FEEDBACK).done_at == datetime(2026, 5, 5, 8, 15)
    assert open_items(items) == []


def test_a_decision_without_feedback_leaves_only_the_feedback_owed() -> None:
    m = meeting(datetime(2026, 5, 4, 9, 0), status=Status.DEBRIEFED)
    m.debrief.decision = Decision.ADVANCE
    items = due_items([m], now=datetime(2026, 5, 8, 9, 0))
    assert item(items, What.FEEDBACK).overdue
    assert item(items, What.DECISION).done
    assert items[0].what is What.FEEDBACK, "what is overdue comes first"


def test_a_future_meeting_owes_nothing_but_a_past_one_still_planned_does() -> None:
    now = datetime(2026, 5, 4, 12, 0)
    future = meeting(datetime(2026, 5, 5, 9, 0), status=Status.PLANNED)
    running = meeting(datetime(2026, 5, 4, 11, 30), status=Status.PLANNED)
    forgotten = meeting(datetime(2026, 4, 29, 9, 0), status=Status.PLANNED, name="Kim Ek")
    items = due_items([future, running, forgotten], now)
    assert {i.id for i in items} == {forgotten.id}
    assert item(items, What.FEEDBACK).overdue


def test_a_closed_meeting_owes_nothing_and_keeps_what_was_done() -> None:
    m = meeting(datetime(2026, 5, 4, 9, 0), status=Status.CLOSED)
    assert due_items([m], datetime(2026, 6, 1)) == []
    m.debrief.feedback_sent_at = datetime(2026, 5, 5, 9, 0)
    [done] = due_items([m], datetime(2026, 6, 1))
    assert done.what is What.FEEDBACK and done.done


def test_erased_meetings_are_left_out() -> None:
    m = meeting(datetime(2026, 5, 4, 9, 0))
    m.erased_at = datetime(2026, 5, 20)
    assert due_items([m], datetime(2026, 6, 1)) == []


def test_items_are_sorted_overdue_first_then_today_then_upcoming_then_done() -> None:
    now = datetime(2026, 5, 13, 12, 0)  # a Wednesday
    old = meeting(datetime(2026, 5, 1, 9, 0), name="Old")
    today = meeting(datetime(2026, 5, 11, 16, 0), name="Today")
    fresh = meeting(datetime(2026, 5, 13, 9, 0), name="Fresh")
    done = meeting(datetime(2026, 5, 12, 9, 0), name="Done", status=Status.FEEDBACK_SENT)
    done.debrief.decision = Decision.REJECT
    done.debrief.feedback_sent_at = datetime(2026, 5, 12, 17, 0)
    items = due_items([done, fresh, today, old], now)
    states = [i.state for i in items]
    assert states == sorted(states, key=list(DueState).index)
    assert (items[0].candidate, items[0].what) == ("Old", What.FEEDBACK)
    assert [i.candidate for i in items if i.state is DueState.DUE_TODAY] == ["Today"]
    assert [i.candidate for i in items if i.done] == ["Done", "Done"]


# -- across days, month ends and clock changes ------------------------------------------------
# (holidays of a country: tests/domain/test_workdays.py)


@pytest.mark.parametrize(
    ("end", "feedback_due", "decision_due"),
    [
        # Ends just before midnight on a Monday: two working days on, same minute; the
        # decision ten working days on (two weeks).
        (datetime(2026, 5, 4, 23, 30), datetime(2026, 5, 6, 23, 30), datetime(2026, 5, 18, 23, 30)),
        # A Friday: the weekend does not count.
        (datetime(2026, 1, 30, 16, 0), datetime(2026, 2, 3, 16, 0), datetime(2026, 2, 13, 16, 0)),
        # Month ends, a leap day among them.
        (datetime(2026, 2, 27, 10, 0), datetime(2026, 3, 3, 10, 0), datetime(2026, 3, 13, 10, 0)),
        (datetime(2028, 2, 28, 10, 0), datetime(2028, 3, 1, 10, 0), datetime(2028, 3, 13, 10, 0)),
        (datetime(2026, 8, 31, 10, 0), datetime(2026, 9, 2, 10, 0), datetime(2026, 9, 14, 10, 0)),
        # Clock changes in Europe/Stockholm: 29 March (spring forward) and 25 October
        # 2026 (fall back). Deadlines keep the wall-clock time.
        (datetime(2026, 3, 27, 10, 0), datetime(2026, 3, 31, 10, 0), datetime(2026, 4, 10, 10, 0)),
        (
            datetime(2026, 10, 23, 10, 0),
            datetime(2026, 10, 27, 10, 0),
            datetime(2026, 11, 6, 10, 0),
        ),
    ],
)
def test_deadlines_count_working_days_and_keep_the_wall_clock_time(
    end: datetime, feedback_due: datetime, decision_due: datetime
) -> None:
    m = meeting(end - timedelta(minutes=60), ended_at=end)
    items = due_items([m], now=end)
    assert item(items, What.FEEDBACK).due == feedback_due
    assert item(items, What.DECISION).due == decision_due
    assert feedback_due.weekday() < 5 and decision_due.weekday() < 5


def test_across_spring_forward_the_wall_clock_deadline_is_an_hour_short_in_real_time() -> None:
    end = datetime(2026, 3, 27, 10, 0)  # Friday; due Tuesday at ten
    due = item(due_items([meeting(end, ended_at=end)], end), What.FEEDBACK).due
    # Subtracting two times of one zone ignores the offsets; compare them in UTC.
    utc = ZoneInfo("UTC")
    real = due.replace(tzinfo=STOCKHOLM).astimezone(utc) - end.replace(tzinfo=STOCKHOLM).astimezone(
        utc
    )
    assert real == timedelta(days=4, hours=-1)
    # The deadline is still "Tuesday at ten": before it, feedback is due, not overdue.
    assert due_state(due, datetime(2026, 3, 31, 9, 59)) is DueState.DUE_TODAY
    assert due_state(due, datetime(2026, 3, 31, 10, 1)) is DueState.OVERDUE


def test_an_aware_end_keeps_its_zone_and_its_wall_clock_time_across_a_clock_change() -> None:
    end = datetime(2026, 10, 23, 15, 0, tzinfo=STOCKHOLM)  # Friday, summer time
    m = meeting(end - timedelta(hours=1), ended_at=end)
    assert m.feedback_due == datetime(2026, 10, 27, 15, 0, tzinfo=STOCKHOLM)
    assert m.feedback_due.utcoffset() == timedelta(hours=1)  # winter time by then


def test_aware_times_from_other_zones_are_compared_as_local_wall_clock_time() -> None:
    end = datetime(2026, 10, 23, 10, 0)
    m = meeting(end - timedelta(hours=1), ended_at=end)
    now_aware = datetime(2026, 10, 27, 12, 0).astimezone()  # the same moment, with an offset
    [feedback, _] = due_items([m], now_aware)
    assert feedback.overdue
    assert feedback.overdue_by(now_aware) == timedelta(hours=2)


def test_a_store_summary_gives_the_same_items_as_the_meeting() -> None:
    m = meeting(datetime(2026, 5, 4, 9, 0), status=Status.DEBRIEFED)
    m.debrief.decision = Decision.ADVANCE
    now = datetime(2026, 5, 7, 9, 0)
    from_meeting = due_items([m], now)
    from_summary = due_items([MeetingSummary.of(m)], now)
    assert [(i.what, i.due, i.state) for i in from_summary] == [
        (i.what, i.due, i.state) for i in from_meeting
    ]


@pytest.mark.parametrize("decision", [Decision.ADVANCE, None])
@pytest.mark.parametrize("status", [Status.DEBRIEFED, Status.FEEDBACK_SENT])
def test_a_decided_status_counts_as_decided_from_the_meeting_and_its_summary(
    status: Status, decision: Decision | None
) -> None:
    # A decision cleared after the meeting was debriefed leaves its status as it was;
    # the Due view (from summaries) and the meeting's own view must still agree.
    m = meeting(datetime(2026, 5, 4, 9, 0), status=status)
    m.debrief.decision = decision
    now = datetime(2026, 5, 7, 9, 0)
    for source in (m, MeetingSummary.of(m)):
        assert item(due_items([source], now), What.DECISION).done, type(source).__name__


def test_the_full_meeting_is_read_where_its_summary_cannot_tell_what_is_owed() -> None:
    now = datetime(2026, 5, 10, 12, 0)
    # Held, and its decision recorded: the summary cannot tell (its status says held).
    decided = meeting(datetime(2026, 5, 4, 9, 0), name="Decided")
    decided.debrief.decision = Decision.ADVANCE
    # Started half an hour ago and planned for an hour: the summary has no end.
    started = meeting(datetime(2026, 5, 10, 11, 30), status=Status.PLANNED, name="Started")
    coming = meeting(datetime(2026, 5, 11, 9, 0), status=Status.PLANNED, name="Coming")
    debriefed = meeting(datetime(2026, 5, 4, 9, 0), status=Status.DEBRIEFED, name="Debriefed")
    debriefed.debrief.decision = Decision.REJECT
    unreadable = meeting(datetime(2026, 5, 4, 9, 0), name="Unreadable")
    readable = {m.id: m for m in (decided, started, coming, debriefed)}
    loaded: list[str] = []

    def load(meeting_id: str) -> Meeting | None:
        loaded.append(meeting_id)
        return readable.get(meeting_id)

    summaries = [MeetingSummary.of(m) for m in (decided, started, coming, debriefed, unreadable)]
    sources = with_details(summaries, load, now)
    assert loaded == [decided.id, started.id, unreadable.id]
    assert sources[0] is decided and sources[1] is started
    assert sources[2:] == summaries[2:], "the rest, and an unreadable one, stay summaries"
    owed = {(i.candidate, i.what) for i in open_items(due_items(sources, now))}
    assert owed == {
        ("Decided", What.FEEDBACK),
        ("Debriefed", What.FEEDBACK),
        ("Unreadable", What.FEEDBACK),
        ("Unreadable", What.DECISION),
    }, "a recorded decision is done, and a meeting still running owes nothing yet"


# -- the status flow ------------------------------------------------------------------------


def test_the_flow_only_moves_forward_and_needs_a_decision_to_be_debriefed() -> None:
    m = meeting(datetime(2026, 5, 4, 9, 0), status=Status.PLANNED)
    assert allowed_statuses(m) == [Status.HELD, Status.CLOSED]
    m.status = Status.HELD
    assert transition_problem(m, Status.DEBRIEFED) is not None
    with pytest.raises(DomainError) as refused:
        transition(m, Status.FEEDBACK_SENT, datetime(2026, 5, 5))
    assert str(refused.value) == (
        "cannot set the meeting to feedback sent: no decision has been recorded in the debrief yet"
    )
    assert transition_problem(m, Status.PLANNED) is not None
    m.debrief.decision = Decision.REJECT
    assert allowed_statuses(m) == [Status.DEBRIEFED, Status.FEEDBACK_SENT, Status.CLOSED]
    m.status = Status.CLOSED
    assert allowed_statuses(m) == []
    with pytest.raises(DomainError, match="already closed"):
        transition(m, Status.CLOSED, datetime(2026, 6, 1))


def test_what_each_status_implies() -> None:
    now = datetime(2026, 5, 6, 10, 0)
    m = meeting(datetime(2026, 5, 4, 9, 0), status=Status.PLANNED)
    assert transition(m, Status.HELD, now) == {"status": Status.HELD, "ended_at": None}
    m.status = Status.HELD
    m.debrief.decision = Decision.REJECT
    assert transition(m, Status.FEEDBACK_SENT, now) == {
        "status": Status.FEEDBACK_SENT,
        "debrief.feedback_sent_at": now,
    }
    m.debrief.feedback_sent_at = datetime(2026, 5, 5, 9, 0)
    assert transition(m, Status.FEEDBACK_SENT, now) == {"status": Status.FEEDBACK_SENT}
    assert transition(m, Status.CLOSED, now) == {"status": Status.CLOSED, "closed_at": now}
    for path, value in transition(m, Status.CLOSED, now).items():
        m.set_field(path, value)
    assert m.status is Status.CLOSED and m.closed_at == now


def test_across_fall_back_the_wall_clock_deadline_is_an_hour_long_in_real_time() -> None:
    end = datetime(2026, 10, 23, 10, 0)  # Friday; due Tuesday at ten
    due = item(due_items([meeting(end, ended_at=end)], end), What.FEEDBACK).due
    utc = ZoneInfo("UTC")
    real = due.replace(tzinfo=STOCKHOLM).astimezone(utc) - end.replace(tzinfo=STOCKHOLM).astimezone(
        utc
    )
    assert real == timedelta(days=4, hours=1)


def test_an_erased_meeting_seen_through_its_summary_is_left_out() -> None:
    m = meeting(datetime(2026, 5, 4, 9, 0), status=Status.CLOSED, name="")
    m.debrief.decision = Decision.REJECT
    m.debrief.feedback_sent_at = datetime(2026, 5, 5, 9, 0)
    assert due_items([MeetingSummary.of(m)], datetime(2026, 6, 1)) == []
    m.candidate.name = "Kim Ek"
    assert [i.what for i in due_items([MeetingSummary.of(m)], datetime(2026, 6, 1))] == [
        What.FEEDBACK,
        What.DECISION,
    ]


@pytest.fixture
def london_computer(computer_zone) -> None:
    computer_zone("Europe/London")


def test_a_stockholm_meeting_s_deadlines_are_shown_on_a_london_computer_s_clock(
    london_computer,
) -> None:
    """The candidate was told 11:30 Stockholm time: on a London computer that is 10:30,
    and it is overdue from 10:31 there, as a summary or a whole meeting."""
    from meeting_planner.store.summary import MeetingSummary

    meeting = Meeting(
        start=datetime(2026, 12, 1, 10, 0),
        planned_minutes=90,
        status=Status.HELD,
        country="SE",
        candidate=Candidate(name="Sanna"),
    )
    told = meeting.feedback_due  # wall-clock in Stockholm
    summary = MeetingSummary.of(meeting)
    assert summary.zone == "Europe/Stockholm"
    for source in (meeting, summary):
        (item,) = [
            i for i in due_items([source], told - timedelta(hours=2)) if i.what.value == "feedback"
        ]
        assert item.due == told and item.zone == "Europe/Stockholm"  # as the letter says
        assert item.moment() == told - timedelta(hours=1)  # on this computer's clock
        assert item.state is not DueState.OVERDUE
        late = told - timedelta(minutes=59)  # 10:31 in London: past 11:30 in Stockholm
        (item,) = [i for i in due_items([source], late) if i.what.value == "feedback"]
        assert item.state is DueState.OVERDUE
        assert item.overdue_by(late) == timedelta(minutes=1)
    # A zone of its own wins over the country's; neither: the computer's, as written.
    meeting.time_zone = "Europe/London"
    assert MeetingSummary.of(meeting).zone == "Europe/London"
    meeting.time_zone, meeting.country = "", ""
    (item,) = [i for i in due_items([meeting], told) if i.what.value == "feedback"]
    assert item.due == told
