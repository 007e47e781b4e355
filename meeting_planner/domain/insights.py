"""Figures across the meetings of a period: why candidates decline, what worried them,
how much of each meeting sold the role, and how fast and how well candidates heard back.

Pure: the caller passes the meetings and, for what is overdue, the current time.
Erased meetings count like any other; only their names are gone, and no figure
here uses a name. What is still owed is counted exactly as the Due view counts it
(``followup``): a candidate waits from the moment the meeting ended, whether or
not it was marked held, and answers are on time by the same working-day deadline.
"""

from __future__ import annotations

import statistics
from dataclasses import field
from datetime import date, datetime, timedelta
from typing import Any

from . import rules
from .enums import ConcernCategory, DeclineCategory, OfferResult, Status
from .followup import What, due_items, feedback_done, has_taken_place
from .model import DeclineReason, Meeting
from .plain import record
from .reasons import gives_reason
from .surveys import AnonymousResponse, month_last_day
from .workdays import working_days_within

# Statuses a meeting reaches once it has taken place.
HELD_STATUSES = frozenset({Status.HELD, Status.DEBRIEFED, Status.FEEDBACK_SENT, Status.CLOSED})


@record(frozen=True)
class Period:
    """The days whose meetings count, both ends included; None means open-ended."""

    first: date | None = None
    last: date | None = None

    @classmethod
    def last_days(cls, days: int, today: date) -> Period:
        """The ``days`` days up to and including ``today``."""
        return cls(today - timedelta(days=days - 1), today)

    def contains(self, moment: datetime) -> bool:
        day = moment.date()
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)

    def overlaps(self, first: date, last: date) -> bool:
        """Whether any day from ``first`` to ``last`` is within the period."""
        return (self.first is None or last >= self.first) and (
            self.last is None or first <= self.last
        )


@record
class ReasonCount:
    """How often candidates named one category of decline reason."""

    controllable: int = 0
    not_controllable: int = 0

    @property
    def total(self) -> int:
        return self.controllable + self.not_controllable


@record
class Insights:
    """The figures for one period. Shares are fractions 0-1, None where nothing counts."""

    period: Period
    meetings: int = 0
    held: int = 0
    offers_made: int = 0
    accepted: int = 0
    declined: int = 0
    decline_reasons: dict[DeclineCategory, ReasonCount] = field(default_factory=dict)
    # Anonymous declined-offer surveys returned for a month of the period; their
    # reasons count in decline_reasons with the named ones.
    anonymous_responses: int = 0
    anonymous_by_role: dict[str, int] = field(default_factory=dict)
    concerns: dict[ConcernCategory, int] = field(default_factory=dict)
    sell_share: float | None = None
    # Held meetings whose agenda the sell share was measured on.
    sell_measured: int = 0
    feedback_sent: int = 0
    feedback_within_target: int = 0
    median_feedback_hours: float | None = None
    # Candidates still waiting for feedback (as the Due view lists them), and how
    # many of those are past due.
    feedback_waiting: int = 0
    feedback_overdue: int = 0
    # Bars of the time-to-feedback chart: (upper bound in working days or None, count).
    feedback_buckets: list[tuple[int | None, int]] = field(default_factory=list)
    # Sent answers that gave a specific reason (a criterion named, no stock phrase).
    feedback_with_reason: int = 0

    @property
    def share_within_target(self) -> float | None:
        return _share(self.feedback_within_target, self.feedback_sent)

    @property
    def share_with_reason(self) -> float | None:
        """Of the candidates met, the share who got feedback that gave a reason."""
        return _share(self.feedback_with_reason, self.held)

    @property
    def controllable_reasons(self) -> int:
        return sum(r.controllable for r in self.decline_reasons.values())

    @property
    def reasons_total(self) -> int:
        return sum(r.total for r in self.decline_reasons.values())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready copy, categories by their values."""
        return {
            "from": self.period.first.isoformat() if self.period.first else None,
            "to": self.period.last.isoformat() if self.period.last else None,
            "meetings": self.meetings,
            "held": self.held,
            "offers_made": self.offers_made,
            "accepted": self.accepted,
            "declined": self.declined,
            "decline_reasons": {
                c.value: {"controllable": r.controllable, "not_controllable": r.not_controllable}
                for c, r in self.decline_reasons.items()
            },
            "anonymous_responses": {
                "count": self.anonymous_responses,
                "by_role": dict(self.anonymous_by_role),
            },
            "concerns": {c.value: n for c, n in self.concerns.items()},
            "sell_share": self.sell_share,
            "feedback": {
                "target_hours": rules.FEEDBACK_DUE_HOURS,
                "target_working_days": rules.FEEDBACK_DUE_WORKING_DAYS,
                "sent": self.feedback_sent,
                "within_target": self.feedback_within_target,
                "share_within_target": self.share_within_target,
                "median_hours": self.median_feedback_hours,
                "waiting": self.feedback_waiting,
                "overdue": self.feedback_overdue,
                "buckets": [
                    {"up_to_working_days": b, "count": n} for b, n in self.feedback_buckets
                ],
                "with_reason": self.feedback_with_reason,
                "share_with_reason": self.share_with_reason,
            },
        }


def insights(
    meetings: list[Meeting],
    period: Period,
    now: datetime | None = None,
    responses: list[AnonymousResponse] | None = None,
) -> Insights:
    """The figures over the meetings that started within ``period``, and the anonymous
    survey ``responses`` made for a month of it.

    ``now`` decides which meetings have taken place though still planned, and which
    answers are overdue; without it only the status tells, and none is overdue.
    """
    from .balance import balance

    result = Insights(period=period)
    result.decline_reasons = {c: ReasonCount() for c in DeclineCategory}
    result.concerns = {c: 0 for c in ConcernCategory}
    bounds: list[int | None] = [*rules.INSIGHTS_FEEDBACK_BUCKET_DAYS, None]
    buckets = [0] * len(bounds)
    hours: list[float] = []
    shares: list[float] = []
    for meeting in meetings:
        if not period.contains(meeting.start):
            continue
        result.meetings += 1
        _count_outcome(result, meeting)
        for concern in meeting.debrief.concerns:
            result.concerns[concern.category] += 1
        if not has_taken_place(meeting, now):
            continue
        result.held += 1
        if meeting.agenda:
            shares.append(balance(meeting).selling_share)
        sent = meeting.debrief.feedback_sent_at
        if sent is None:
            _count_waiting(result, meeting, now)
            continue
        result.feedback_sent += 1
        taken = _hours_between(meeting.end, sent)
        hours.append(taken)
        if not _after(sent, meeting.feedback_due):
            result.feedback_within_target += 1
        start, end = _aligned(meeting.end, sent)
        buckets[_bucket(working_days_within(start, end, meeting.country), bounds)] += 1
        if gives_reason(meeting):
            result.feedback_with_reason += 1
    for response in responses or []:
        _count_response(result, response)
    result.sell_measured = len(shares)
    result.sell_share = statistics.fmean(shares) if shares else None
    result.median_feedback_hours = statistics.median(hours) if hours else None
    result.feedback_buckets = list(zip(bounds, buckets, strict=True))
    return result


def _count_waiting(result: Insights, meeting: Meeting, now: datetime | None) -> None:
    """A candidate who has had no answer, counted as the Due view lists them."""
    if now is None:
        if not feedback_done(meeting) and meeting.status is not Status.CLOSED:
            result.feedback_waiting += 1
        return
    for item in due_items([meeting], now):
        if item.what is What.FEEDBACK and not item.done:
            result.feedback_waiting += 1
            result.feedback_overdue += item.overdue


def _count_outcome(result: Insights, meeting: Meeting) -> None:
    outcome = meeting.outcome
    if outcome.offer_made:
        result.offers_made += 1
    if outcome.result == OfferResult.ACCEPTED:
        result.accepted += 1
    elif outcome.result == OfferResult.DECLINED:
        result.declined += 1
    _count_reasons(result, outcome.decline_reasons)


def _count_response(result: Insights, response: AnonymousResponse) -> None:
    first = response.first_day
    if first is None or not result.period.overlaps(first, month_last_day(first)):
        return
    result.anonymous_responses += 1
    role = response.role.strip()
    result.anonymous_by_role[role] = result.anonymous_by_role.get(role, 0) + 1
    _count_reasons(result, response.reasons)


def _count_reasons(result: Insights, reasons: list[DeclineReason]) -> None:
    for reason in reasons:
        count = result.decline_reasons[DeclineCategory(reason.category)]
        if reason.can_act:
            count.controllable += 1
        else:
            count.not_controllable += 1


def _bucket(days: int, bounds: list[int | None]) -> int:
    for index, bound in enumerate(bounds):
        if bound is None or days <= bound:
            return index
    return len(bounds) - 1


def _aligned(a: datetime, b: datetime) -> tuple[datetime, datetime]:
    # A meeting typed by hand may have a local time while the sent stamp has a zone
    # (or the reverse); the naive one is taken to be in the other's zone.
    if (a.tzinfo is None) != (b.tzinfo is None):
        if a.tzinfo is None:
            a = a.replace(tzinfo=b.tzinfo)
        else:
            b = b.replace(tzinfo=a.tzinfo)
    return a, b


def _hours_between(start: datetime, end: datetime) -> float:
    start, end = _aligned(start, end)
    return max(0.0, (end - start).total_seconds() / 3600)


def _after(now: datetime, due: datetime) -> bool:
    now, due = _aligned(now, due)
    return now > due


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None
