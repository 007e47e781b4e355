"""Meeting mode logic: block timing with pauses, overruns, markers, notes, the debrief hand-over."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from meeting_planner.domain import rules
from meeting_planner.domain.enums import ConcernCategory, MarkerKind, Status
from meeting_planner.domain.meeting_run import (
    RunTimer,
    concern_category,
    debrief_prefill,
    end_meeting,
    mmss,
    remove_marker,
    set_block_note,
    stamp_marker,
    start_run,
)
from meeting_planner.domain.model import AgendaBlock, BlockKind, Concern, DomainError, Meeting
from meeting_planner.domain.sample import sample_meeting

T0 = 1000.0  # an arbitrary monotonic reading
DAY = datetime(2026, 9, 14, 8, 0)


def _meeting() -> Meeting:
    return Meeting(
        title="Run test",
        planned_minutes=30,
        agenda=[
            AgendaBlock("Welcome", BlockKind.WELCOME, 5),
            AgendaBlock("The offer", BlockKind.PITCH, 10, topic="flexibility"),
            AgendaBlock("Case", BlockKind.CASE, 10),
        ],
    )


def test_the_first_block_runs_from_the_start_and_counts_down() -> None:
    meeting = _meeting()
    timer = RunTimer.start(meeting.agenda, T0)
    status = timer.status(meeting, T0 + 125)
    assert status.block is meeting.agenda[0]
    assert status.next_block is meeting.agenda[1]
    assert (status.block_elapsed, status.block_remaining) == (125, 175)
    assert (status.meeting_elapsed, status.meeting_remaining) == (125, 30 * 60 - 125)
    assert not status.block_overrun and not status.paused


def test_moving_on_starts_the_next_blocks_time_and_back_continues_the_earlier_one() -> None:
    meeting = _meeting()
    timer = RunTimer.start(meeting.agenda, T0)
    assert timer.next_block(meeting.agenda, T0 + 60)
    status = timer.status(meeting, T0 + 90)
    assert status.index == 1 and status.block_elapsed == 30 and status.meeting_elapsed == 90
    assert timer.previous_block(meeting.agenda, T0 + 100)
    # The welcome had 60 seconds before; 20 more now.
    assert timer.status(meeting, T0 + 120).block_elapsed == 80
    assert not timer.previous_block(meeting.agenda, T0 + 120), "nothing before the first block"


def test_the_last_block_has_no_next_and_moving_on_stays_there() -> None:
    meeting = _meeting()
    timer = RunTimer.start(meeting.agenda, T0)
    timer.go_to(meeting.agenda, 2, T0 + 10)
    assert timer.status(meeting, T0 + 20).next_block is None
    assert not timer.next_block(meeting.agenda, T0 + 30)
    assert timer.status(meeting, T0 + 30).index == 2


def test_a_pause_stops_both_clocks() -> None:
    meeting = _meeting()
    timer = RunTimer.start(meeting.agenda, T0)
    timer.pause(T0 + 60)
    assert timer.status(meeting, T0 + 500).paused
    assert timer.status(meeting, T0 + 500).meeting_elapsed == 60
    assert timer.toggle_pause(T0 + 600) is False
    status = timer.status(meeting, T0 + 630)
    assert (status.meeting_elapsed, status.block_elapsed) == (90, 90)


def test_a_block_past_its_minutes_is_flagged_as_overrun() -> None:
    meeting = _meeting()
    timer = RunTimer.start(meeting.agenda, T0)
    near_end = timer.status(meeting, T0 + 5 * 60 - 30)
    assert near_end.block_ending_soon and not near_end.block_overrun
    over = timer.status(meeting, T0 + 5 * 60 + 1)
    assert over.block_overrun and over.block_remaining == -1
    # Five minutes of welcome plus the twenty planned after it: one second past plan.
    assert over.behind_seconds == 5 * 60 + 1 + 20 * 60 - 30 * 60


def test_the_meeting_overruns_past_its_planned_minutes() -> None:
    meeting = _meeting()
    timer = RunTimer.start(meeting.agenda, T0)
    assert not timer.status(meeting, T0 + 30 * 60).meeting_overrun
    status = timer.status(meeting, T0 + 30 * 60 + 5)
    assert status.meeting_overrun and status.meeting_remaining == -5


def test_the_current_block_follows_its_id_when_the_plan_changes() -> None:
    meeting = _meeting()
    timer = RunTimer.start(meeting.agenda, T0)
    timer.next_block(meeting.agenda, T0 + 10)
    meeting.move_block(meeting.agenda[1].id, 0)
    status = timer.status(meeting, T0 + 20)
    assert status.block.title == "The offer" and status.index == 0


def test_an_empty_agenda_still_times_the_meeting() -> None:
    meeting = Meeting(planned_minutes=20)
    timer = RunTimer.start(meeting.agenda, T0)
    status = timer.status(meeting, T0 + 42)
    assert status.block is None and status.index == -1 and status.meeting_elapsed == 42
    assert not timer.next_block(meeting.agenda, T0 + 50)


def test_mmss_keeps_counting_minutes_past_the_hour() -> None:
    assert mmss(0) == "00:00"
    assert mmss(75 * 60 + 2) == "75:02"
    assert mmss(-61) == "-01:01"


def test_markers_are_stamped_with_block_and_meeting_time() -> None:
    meeting = _meeting()
    block = meeting.agenda[1]
    marker = stamp_marker(meeting, "concern", block.id, DAY, 754.9)
    assert meeting.run.markers == [marker]
    assert (marker.kind, marker.block_id, marker.at, marker.elapsed_seconds) == (
        MarkerKind.CONCERN,
        block.id,
        DAY,
        754,
    )
    with pytest.raises(DomainError):
        stamp_marker(meeting, "signal", "no-such-block", DAY, 1)


def test_markers_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "MARKERS_MAX", 2)
    meeting = _meeting()
    for _ in range(2):
        stamp_marker(meeting, "signal", "", DAY, 1)
    with pytest.raises(DomainError):
        stamp_marker(meeting, "signal", "", DAY, 1)


def test_block_notes_set_replace_and_clear() -> None:
    meeting = _meeting()
    block_id = meeting.agenda[2].id
    assert set_block_note(meeting, block_id, "Looked at the query plan first") == ""
    assert (
        set_block_note(meeting, block_id, "Looked at the plan") == "Looked at the query plan first"
    )
    assert meeting.run.note_for(block_id).text == "Looked at the plan"
    set_block_note(meeting, block_id, "")
    assert meeting.run.notes == []


def test_the_run_keeps_its_first_start() -> None:
    meeting = _meeting()
    assert start_run(meeting, DAY) is None
    assert start_run(meeting, DAY.replace(hour=9)) == DAY
    assert meeting.run.started_at == DAY


def test_concern_categories_follow_the_topic_then_the_kind() -> None:
    assert concern_category(AgendaBlock(kind=BlockKind.PITCH, topic="benefits")) == (
        ConcernCategory.COMPENSATION
    )
    assert concern_category(AgendaBlock(kind=BlockKind.NEXT_STEPS)) == ConcernCategory.PROCESS_TEMPO
    assert concern_category(AgendaBlock(kind=BlockKind.CASE)) == ConcernCategory.OTHER
    assert concern_category(None) == ConcernCategory.OTHER


def test_ending_sets_held_and_carries_notes_and_markers_into_the_debrief() -> None:
    meeting = _meeting()
    welcome, offer, case = meeting.agenda
    meeting.debrief.resonated = "Liked the team."
    meeting.debrief.concerns = [Concern(ConcernCategory.FLEXIBILITY, "Asked about on-call.")]
    stamp_marker(meeting, "signal", case.id, DAY, 20 * 60 + 5)
    stamp_marker(meeting, "concern", offer.id, DAY, 9 * 60 + 30, "Three office days?")
    stamp_marker(meeting, "concern", case.id, DAY, 21 * 60)
    set_block_note(meeting, case.id, "Went for the index first.")
    set_block_note(meeting, welcome.id, "On time, relaxed.")
    ended = datetime(2026, 9, 14, 8, 31)

    end_meeting(meeting, ended)

    assert meeting.status == Status.HELD and meeting.ended_at == ended
    assert meeting.debrief.resonated == "Liked the team.\n[Case, 20:05] strong signal"
    flexibility = meeting.debrief.concerns[0]
    assert flexibility.text == "Asked about on-call.\n[The offer, 09:30] Three office days?"
    other = meeting.debrief.concerns[1]
    assert (other.category, other.text) == (ConcernCategory.OTHER, "[Case, 21:00] concern raised")
    assert meeting.debrief.reasons.splitlines() == [
        "Notes from the meeting:",
        "[Welcome] On time, relaxed.",
        "[Case] Went for the index first.",
    ]


def test_ending_again_adds_only_what_is_new() -> None:
    meeting = _meeting()
    case = meeting.agenda[2]
    stamp_marker(meeting, "signal", case.id, DAY, 60)
    set_block_note(meeting, case.id, "Solid.")
    end_meeting(meeting, DAY)
    first = meeting.debrief.resonated, meeting.debrief.reasons
    end_meeting(meeting, DAY)
    assert (meeting.debrief.resonated, meeting.debrief.reasons) == first
    stamp_marker(meeting, "signal", case.id, DAY, 120)
    set_block_note(meeting, meeting.agenda[0].id, "Early.")
    end_meeting(meeting, DAY)
    assert meeting.debrief.resonated.count("strong signal") == 2
    assert meeting.debrief.reasons.count("Notes from the meeting:") == 1
    assert meeting.debrief.reasons.endswith("[Welcome] Early.")


def test_ending_never_moves_a_debriefed_meeting_back() -> None:
    meeting = sample_meeting(DAY)
    meeting.status = Status.DEBRIEFED
    meeting.ended_at = DAY
    end_meeting(meeting, datetime(2026, 9, 20, 12, 0))
    assert meeting.status == Status.DEBRIEFED and meeting.ended_at == DAY


def test_prefill_leaves_the_meeting_itself_alone() -> None:
    meeting = _meeting()
    stamp_marker(meeting, "signal", meeting.agenda[0].id, DAY, 5)
    prefill = debrief_prefill(meeting)
    assert "strong signal" in prefill.resonated
    assert meeting.debrief.resonated == ""


def test_prefill_stays_within_the_text_limit() -> None:
    meeting = _meeting()
    meeting.debrief.reasons = "x" * (rules.LONG_TEXT_MAX - 10)
    set_block_note(meeting, meeting.agenda[0].id, "a long note " * 10)
    assert len(debrief_prefill(meeting).reasons) == rules.LONG_TEXT_MAX


# -- the clock kept across a restart of the app -------------------------------------------
def _run_a_while() -> tuple[Meeting, RunTimer]:
    meeting = _meeting()
    timer = RunTimer.start(meeting.agenda, T0)
    timer.next_block(meeting.agenda, T0 + 300)  # welcome took 5 minutes
    return meeting, timer


def test_a_running_clock_carries_on_with_the_time_the_app_was_closed() -> None:
    meeting, timer = _run_a_while()
    record = timer.to_record(T0 + 400, DAY, started_at=DAY)
    # The app comes back 2 minutes later by the wall clock; its monotonic clock is new.
    later = DAY.replace(minute=2)
    restored, started_at = RunTimer.from_record(record, 7.0, later)
    assert started_at == DAY
    assert restored.elapsed(7.0) == pytest.approx(400 + 120)
    assert restored.current_index(meeting.agenda) == 1
    assert restored.block_seconds(meeting.agenda[0].id, 7.0) == pytest.approx(300)
    assert restored.block_seconds(meeting.agenda[1].id, 7.0) == pytest.approx(220)
    restored.next_block(meeting.agenda, 10.0)
    assert restored.current_index(meeting.agenda) == 2
    # Kept to the millisecond: enough for a clock showing seconds.
    assert timer.to_record(T0 + 400.0004, DAY, started_at=DAY)["elapsed"] == 400.0


def test_a_paused_clock_stays_paused_and_loses_no_time() -> None:
    meeting, timer = _run_a_while()
    timer.pause(T0 + 400)
    record = timer.to_record(T0 + 900, DAY, started_at=DAY)
    restored, _ = RunTimer.from_record(record, 50.0, DAY.replace(hour=9))
    assert restored.paused
    assert restored.elapsed(80.0) == pytest.approx(400)
    restored.resume(80.0)
    assert restored.elapsed(90.0) == pytest.approx(410)


@pytest.mark.parametrize(
    "saved_at, now",
    [
        (DAY, DAY.replace(hour=7)),  # the wall clock was set back
        (DAY, datetime(2026, 9, 14, 8, 5, tzinfo=UTC)),
    ],
    ids=["clock-set-back", "zone-and-no-zone"],
)
def test_a_gap_that_cannot_be_measured_counts_as_none(saved_at, now) -> None:
    _, timer = _run_a_while()
    record = timer.to_record(T0 + 400, saved_at, started_at=DAY)
    restored, _ = RunTimer.from_record(record, 0.0, now)
    assert restored.elapsed(0.0) == pytest.approx(400)


def test_the_gap_never_runs_the_clock_past_the_longest_meeting() -> None:
    _, timer = _run_a_while()
    record = timer.to_record(T0 + 400, DAY, started_at=DAY)
    restored, _ = RunTimer.from_record(record, 0.0, datetime(2026, 12, 24, 8, 0))
    assert restored.elapsed(0.0) == rules.MEETING_SECONDS_MAX


def test_a_record_with_the_most_visits_kept_reads_back() -> None:
    _, timer = _run_a_while()
    record = timer.to_record(T0 + 400, DAY, started_at=DAY)
    record["visits"] = [["b", 1.0]] * rules.RUN_VISITS_MAX
    restored, _ = RunTimer.from_record(record, 0.0, DAY)
    assert len(restored.visits) == rules.RUN_VISITS_MAX


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r.update(version=99),
        lambda r: r.pop("elapsed"),
        lambda r: r.update(elapsed="soon"),
        lambda r: r.update(elapsed=float("nan")),
        lambda r: r.update(paused="yes"),
        lambda r: r.update(saved_at="yesterday"),
        lambda r: r.update(visits=[["only-an-id"]]),
        lambda r: r.update(visits=[["b", 1.0, "and more"]]),
        lambda r: r.update(visits="none"),
        lambda r: r.update(visits=[["b", 1.0]] * (rules.RUN_VISITS_MAX + 1)),
    ],
)
def test_a_record_that_is_not_a_clock_is_refused(change) -> None:
    _, timer = _run_a_while()
    record = timer.to_record(T0 + 400, DAY, started_at=DAY)
    change(record)
    with pytest.raises(DomainError):
        RunTimer.from_record(record, 0.0, DAY)
    with pytest.raises(DomainError, match="not a meeting clock"):
        RunTimer.from_record(["not", "a", "dict"], 0.0, DAY)


def test_a_block_added_after_the_start_becomes_current_from_then_on() -> None:
    meeting = Meeting(planned_minutes=20)
    timer = RunTimer.start(meeting.agenda, T0)
    assert timer.status(meeting, T0 + 30).block_elapsed == 0, "no block, no block time"
    meeting.agenda.append(AgendaBlock("Welcome", BlockKind.WELCOME, 5))
    status = timer.status(meeting, T0 + 60)
    assert (status.index, status.block_elapsed, status.meeting_elapsed) == (0, 0, 60)
    assert timer.status(meeting, T0 + 90).block_elapsed == 30


def test_going_to_the_current_block_changes_nothing() -> None:
    meeting = _meeting()
    timer = RunTimer.start(meeting.agenda, T0)
    assert not timer.go_to(meeting.agenda, 0, T0 + 10)
    assert timer.visits == [(meeting.agenda[0].id, 0.0)]


def test_a_block_exactly_at_its_minutes_is_not_yet_overrun() -> None:
    meeting = _meeting()
    timer = RunTimer.start(meeting.agenda, T0)
    status = timer.status(meeting, T0 + 5 * 60)
    assert status.block_remaining == 0 and not status.block_overrun


def test_a_pause_resumed_at_once_loses_no_time() -> None:
    meeting = _meeting()
    timer = RunTimer.start(meeting.agenda, T0)
    timer.pause(T0 + 60)
    timer.resume(T0 + 60)
    assert timer.status(meeting, T0 + 90).meeting_elapsed == 90


def test_a_marker_text_may_be_as_long_as_the_limit_and_no_longer() -> None:
    meeting = _meeting()
    stamp_marker(meeting, "signal", "", DAY, 1, "x" * rules.SHORT_TEXT_MAX)
    with pytest.raises(DomainError):
        stamp_marker(meeting, "signal", "", DAY, 1, "x" * (rules.SHORT_TEXT_MAX + 1))


def test_removing_a_marker_takes_out_that_one_and_says_where_it_was() -> None:
    meeting = _meeting()
    first = stamp_marker(meeting, "signal", "", DAY, 1)
    second = stamp_marker(meeting, "concern", "", DAY, 2)
    assert remove_marker(meeting, second) == 1
    assert meeting.run.markers == [first]
    with pytest.raises(DomainError, match="that marker is not in the meeting"):
        remove_marker(meeting, second)


def test_block_notes_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "LIST_MAX", 2)
    meeting = _meeting()
    for block in meeting.agenda[:2]:
        set_block_note(meeting, block.id, "noted")
    with pytest.raises(DomainError):
        set_block_note(meeting, meeting.agenda[2].id, "one too many")
    set_block_note(meeting, meeting.agenda[0].id, "a note already there may change")


def test_a_marker_outside_any_block_says_so_in_the_debrief() -> None:
    meeting = _meeting()
    stamp_marker(meeting, "signal", "", DAY, 100)
    assert debrief_prefill(meeting).resonated == "[no block, 01:40] strong signal"
