"""Insight figures from meetings whose numbers are known by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from meeting_planner.domain.enums import BlockKind, ConcernCategory, OfferResult, Status
from meeting_planner.domain.insights import Period, insights
from meeting_planner.domain.model import AgendaBlock, Concern, DeclineReason, Meeting

NOW = datetime(2026, 11, 30, 12, 0)


def _meeting(
    day: int,
    *,
    status: Status = Status.HELD,
    sell: int = 0,
    other: int = 0,
    feedback_after_hours: float | None = None,
    reasons: str = "",
) -> Meeting:
    start = datetime(2026, 11, day, 10, 0)
    agenda = []
    if sell:
        agenda.append(AgendaBlock("Pitch", BlockKind.PITCH, sell))
    if other:
        agenda.append(AgendaBlock("Dialogue", BlockKind.DIALOGUE, other))
    meeting = Meeting(start=start, planned_minutes=60, status=status, agenda=agenda)
    meeting.ended_at = start + timedelta(minutes=60)
    if feedback_after_hours is not None:
        meeting.debrief.feedback_sent_at = meeting.ended_at + timedelta(hours=feedback_after_hours)
    meeting.debrief.reasons = reasons
    return meeting


def test_sell_share_is_the_mean_over_held_meetings_only() -> None:
    meetings = [
        _meeting(2, sell=30, other=30),  # 0.5
        _meeting(3, status=Status.CLOSED, sell=15, other=45),  # 0.25
        _meeting(4, status=Status.PLANNED, sell=60),  # not held: left out
    ]
    figures = insights(meetings, Period())
    assert figures.meetings == 3
    assert figures.held == 2
    assert figures.sell_share == pytest.approx(0.375)
    assert figures.sell_measured == 2


def test_time_to_feedback_against_the_48_hour_target() -> None:
    meetings = [
        _meeting(2, status=Status.FEEDBACK_SENT, feedback_after_hours=10, reasons="Strong APIs"),
        _meeting(3, status=Status.FEEDBACK_SENT, feedback_after_hours=48),
        _meeting(4, status=Status.CLOSED, feedback_after_hours=100, reasons="Less on ops"),
        _meeting(5),  # waiting, due 7 Nov: overdue on NOW
        _meeting(29),  # waiting, due 1 Dec: not yet overdue
    ]
    figures = insights(meetings, Period(), now=NOW)
    assert figures.feedback_sent == 3
    assert figures.feedback_within_target == 2
    assert figures.share_within_target == pytest.approx(2 / 3)
    assert figures.median_feedback_hours == pytest.approx(48)
    assert (figures.feedback_waiting, figures.feedback_overdue) == (2, 1)
    assert figures.feedback_buckets == [(24, 1), (48, 1), (168, 1), (None, 0)]
    # Two of the five candidates met got feedback with a reason.
    assert figures.feedback_with_reason == 2
    assert figures.share_with_reason == pytest.approx(0.4)


def test_feedback_text_counts_as_a_reason_and_an_empty_one_does_not() -> None:
    with_text = _meeting(2, status=Status.FEEDBACK_SENT, feedback_after_hours=5)
    with_text.debrief.feedback = "You showed clear thinking on the case; we missed Kafka depth."
    blank = _meeting(3, status=Status.FEEDBACK_SENT, feedback_after_hours=5, reasons="   ")
    figures = insights([with_text, blank], Period())
    assert figures.feedback_with_reason == 1


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


def test_only_meetings_within_the_period_count_both_ends_included() -> None:
    meetings = [_meeting(day) for day in (1, 10, 20, 30)]
    figures = insights(meetings, Period(date(2026, 11, 10), date(2026, 11, 20)))
    assert figures.meetings == 2
    last_30 = Period.last_days(30, date(2026, 11, 30))
    assert last_30.first == date(2026, 11, 1)
    assert insights(meetings, last_30).meetings == 4


def test_erased_meetings_still_count() -> None:
    erased = _meeting(2, status=Status.CLOSED, feedback_after_hours=20, reasons="Kafka")
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
    assert data["decline_reasons"]["compensation"] == {"controllable": 0, "not_controllable": 0}
