"""Insight figures from meetings whose numbers are known by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from meeting_planner.domain.enums import BlockKind, ConcernCategory, OfferResult, Status
from meeting_planner.domain.insights import Period, insights
from meeting_planner.domain.model import (
    AgendaBlock,
    Concern,
    Criterion,
    DeclineReason,
    Language,
    Meeting,
)

NOW = datetime(2026, 11, 30, 12, 0)
SPECIFIC = "You designed the event flow well; we missed more depth in system design."
GENERIC = "Another candidate matched better on system design."


def _meeting(
    day: int,
    *,
    status: Status = Status.HELD,
    sell: int = 0,
    other: int = 0,
    feedback_after_hours: float | None = None,
    letter: str = "",
) -> Meeting:
    start = datetime(2026, 11, day, 10, 0)
    agenda = []
    if sell:
        agenda.append(AgendaBlock("Pitch", BlockKind.PITCH, sell))
    if other:
        agenda.append(AgendaBlock("Dialogue", BlockKind.DIALOGUE, other))
    meeting = Meeting(start=start, planned_minutes=60, status=status, agenda=agenda)
    meeting.criteria = [Criterion("System design", "Sees how a change affects others")]
    meeting.ended_at = start + timedelta(minutes=60)
    if feedback_after_hours is not None:
        meeting.debrief.feedback_sent_at = meeting.ended_at + timedelta(hours=feedback_after_hours)
    meeting.debrief.feedback = letter
    return meeting


def test_sell_share_is_the_mean_over_held_meetings_only() -> None:
    meetings = [
        _meeting(2, sell=30, other=30),  # 0.5
        _meeting(3, status=Status.CLOSED, sell=15, other=45),  # 0.25
        _meeting(4, status=Status.PLANNED, sell=60),  # not known to have taken place
    ]
    figures = insights(meetings, Period())
    assert figures.meetings == 3
    assert figures.held == 2
    assert figures.sell_share == pytest.approx(0.375)
    assert figures.sell_measured == 2


def test_time_to_feedback_against_the_two_working_day_target() -> None:
    never_marked = _meeting(6, status=Status.PLANNED)  # Friday 6 Nov, long past
    never_marked.ended_at = None
    meetings = [
        _meeting(2, status=Status.FEEDBACK_SENT, feedback_after_hours=10, letter=SPECIFIC),
        _meeting(3, status=Status.FEEDBACK_SENT, feedback_after_hours=48),
        _meeting(4, status=Status.CLOSED, feedback_after_hours=100, letter=GENERIC),
        _meeting(5),  # Thursday: due Monday 9 Nov, overdue on NOW
        _meeting(29),  # a Sunday: due Tuesday 1 Dec, not yet overdue
        never_marked,  # waiting since it ended, as the Due view says
    ]
    figures = insights(meetings, Period(), now=NOW)
    assert figures.held == 6
    assert figures.feedback_sent == 3
    assert figures.to_dict()["feedback"]["sent"] == 3
    # Wednesday 11:00 + 100 hours is Sunday: past Friday's deadline.
    assert figures.feedback_within_target == 2
    assert figures.share_within_target == pytest.approx(2 / 3)
    assert figures.median_feedback_hours == pytest.approx(48)
    assert (figures.feedback_waiting, figures.feedback_overdue) == (3, 2)
    assert figures.feedback_buckets == [(1, 1), (2, 1), (5, 1), (None, 0)]
    # One of the six candidates met got a specific reason; the stock phrase does not count.
    assert figures.feedback_with_reason == 1
    assert figures.share_with_reason == pytest.approx(1 / 6)


def test_a_reason_counts_only_when_it_names_a_criterion_without_a_stock_phrase() -> None:
    letters = {
        SPECIFIC: 1,
        GENERIC: 0,
        "Thank you, we have chosen to go on with others who fit better.": 0,
        "Thank you for your time; it was a pleasure to meet you.": 0,
        "   ": 0,
    }
    for letter, counted in letters.items():
        meeting = _meeting(2, status=Status.FEEDBACK_SENT, feedback_after_hours=5, letter=letter)
        assert insights([meeting], Period()).feedback_with_reason == counted, letter


def test_a_swedish_reason_is_judged_by_swedish_phrases() -> None:
    meeting = _meeting(2, status=Status.FEEDBACK_SENT, feedback_after_hours=5)
    meeting.language = Language.SV
    meeting.criteria = [Criterion("Systemdesign", "")]
    meeting.debrief.feedback = "Vi saknade djup inom systemdesignen: hur ändringen når andra team."
    assert insights([meeting], Period()).feedback_with_reason == 1
    meeting.debrief.feedback = "En annan kandidat matchade bättre, men din systemdesign var bra."
    assert insights([meeting], Period()).feedback_with_reason == 0


def test_decline_reasons_by_category_split_by_whether_we_can_act() -> None:
    first = _meeting(2)
    first.outcome.offer_made = True
    first.outcome.result = OfferResult.DECLINED
    first.outcome.decline_reasons = [
        DeclineReason(ConcernCategory.COMPENSATION, "paid more", True),
        DeclineReason(ConcernCategory.OTHER, "location", False),
    ]
    second = _meeting(3)
    second.outcome.offer_made = True
    second.outcome.result = OfferResult.ACCEPTED
    second.outcome.decline_reasons = [DeclineReason(ConcernCategory.COMPENSATION, "", False)]
    second.debrief.concerns = [Concern(ConcernCategory.PROCESS_TEMPO, "slow")]
    figures = insights([first, second], Period())
    pay = figures.decline_reasons[ConcernCategory.COMPENSATION]
    assert (pay.controllable, pay.not_controllable) == (1, 1)
    assert figures.decline_reasons[ConcernCategory.OTHER].not_controllable == 1
    assert (figures.controllable_reasons, figures.reasons_total) == (1, 3)
    assert figures.concerns[ConcernCategory.PROCESS_TEMPO] == 1
    assert (figures.offers_made, figures.accepted, figures.declined) == (2, 1, 1)
    # The same figures as data (insights --json): each count under its own name.
    data = figures.to_dict()
    assert (data["offers_made"], data["accepted"], data["declined"]) == (2, 1, 1)
    assert data["concerns"]["process_tempo"] == 1
    assert data["decline_reasons"]["compensation"] == {"controllable": 1, "not_controllable": 1}


def test_feedback_is_overdue_only_once_its_deadline_has_passed() -> None:
    waiting = _meeting(5)
    at_deadline = insights([waiting], Period(), now=waiting.feedback_due)
    assert (at_deadline.feedback_waiting, at_deadline.feedback_overdue) == (1, 0)
    after = insights([waiting], Period(), now=waiting.feedback_due + timedelta(minutes=1))
    assert after.feedback_overdue == 1
    assert after.to_dict()["feedback"]["overdue"] == 1


def test_only_meetings_within_the_period_count_both_ends_included() -> None:
    meetings = [_meeting(day) for day in (1, 10, 20, 30)]
    figures = insights(meetings, Period(date(2026, 11, 10), date(2026, 11, 20)))
    assert figures.meetings == 2
    last_30 = Period.last_days(30, date(2026, 11, 30))
    assert last_30.first == date(2026, 11, 1)
    assert insights(meetings, last_30).meetings == 4


def test_erased_meetings_still_count() -> None:
    erased = _meeting(2, status=Status.CLOSED, feedback_after_hours=20)
    erased.erased_at = NOW
    erased.candidate.name = ""
    erased.outcome.decline_reasons = [DeclineReason(ConcernCategory.FLEXIBILITY, "", True)]
    figures = insights([erased], Period())
    assert figures.held == 1
    assert figures.feedback_within_target == 1
    assert figures.decline_reasons[ConcernCategory.FLEXIBILITY].controllable == 1


def test_time_zones_are_respected_and_mixed_stamps_do_not_fail() -> None:
    oslo = timezone(timedelta(hours=1))
    meeting = _meeting(2, status=Status.FEEDBACK_SENT)
    meeting.start = meeting.start.replace(tzinfo=oslo)
    meeting.ended_at = meeting.ended_at.replace(tzinfo=oslo)
    # The meeting ended 11:00 in Oslo, 10:00 UTC; sent 13:00 UTC the next day: 27 hours.
    meeting.debrief.feedback_sent_at = datetime(2026, 11, 3, 13, 0, tzinfo=UTC)
    assert insights([meeting], Period()).median_feedback_hours == pytest.approx(27)
    naive = _meeting(3, status=Status.FEEDBACK_SENT, feedback_after_hours=3)
    naive.debrief.feedback_sent_at = naive.debrief.feedback_sent_at.replace(tzinfo=oslo)
    assert insights([naive], Period(), now=NOW.replace(tzinfo=oslo)).feedback_sent == 1


def test_no_meetings_gives_no_figures_rather_than_zeros() -> None:
    figures = insights([], Period())
    assert figures.sell_share is None
    assert figures.median_feedback_hours is None
    assert figures.share_within_target is None
    assert figures.share_with_reason is None
    data = figures.to_dict()
    assert data["feedback"]["target_hours"] == 48
    assert data["feedback"]["target_working_days"] == 2
    assert data["decline_reasons"]["compensation"] == {"controllable": 0, "not_controllable": 0}
