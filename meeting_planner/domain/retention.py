"""Storage limitation: which meetings are past retention, and erasing personal data.

Retention counts from when the recruitment ended for the candidate: the closing of
a closed meeting, and for a meeting never closed (planned or held, long past) the
last thing that happened in it, its end or the answer sent. Both are offered for
review and erasure alike.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import datetime

from . import rules
from .model import (
    Candidate,
    Concern,
    DeclineReason,
    Language,
    Marker,
    Meeting,
    Scorecard,
    Status,
)
from .plain import record
from .serialize import copy_meeting

# The store setting holding the retention period in months.
RETENTION_SETTING = "retention_months"

# The title an erased meeting keeps, by language; a meeting's own title may name
# the candidate, so it goes with the rest.
_ERASED_TITLE: dict[str, str] = {
    "en": "Meeting (personal data erased)",
}


@record(frozen=True)
class RetentionItem:
    """A meeting, when its recruitment ended (``closed``) and when its personal data fell
    due for erasure; ``never_closed`` when nobody closed it and the end is its last event."""

    meeting: Meeting
    closed: datetime
    due: datetime
    never_closed: bool = False


def retention_months(value: object) -> int:
    """A stored setting as a usable number of months: the default when missing or
    invalid, and never outside the allowed range."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return rules.RETENTION_MONTHS_DEFAULT
    months = int(value)
    return min(max(months, rules.RETENTION_MONTHS_MIN), rules.RETENTION_MONTHS_MAX)


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` that many calendar months later; the 31st becomes the month's last day."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return moment.replace(year=year, month=month, day=min(moment.day, last))


def closed_since(meeting: Meeting) -> datetime | None:
    """When the recruitment was closed for this meeting's candidate, if it was.

    One closed before closing dates were recorded counts from its start, which is
    the earliest it can have ended.
    """
    if meeting.status != Status.CLOSED:
        return None
    return meeting.closed_at or meeting.start


def retention_start(meeting: Meeting) -> datetime:
    """When retention counts from: the closing, or for a meeting never closed the last
    thing that happened in it (its end, or the answer sent after it)."""
    closed = closed_since(meeting)
    if closed is not None:
        return _naive(closed)
    moments = [meeting.end, meeting.debrief.feedback_sent_at]
    return max(_naive(moment) for moment in moments if moment is not None)


def erasure_due(meeting: Meeting, months: int) -> datetime:
    """When the meeting's personal data is due for erasure."""
    return add_months(retention_start(meeting), months)


def is_past_retention(meeting: Meeting, months: int, now: datetime) -> bool:
    """Ended long enough ago that its personal data should go (and not erased yet)."""
    return meeting.erased_at is None and erasure_due(meeting, months) <= _naive(now)


def past_retention(meetings: Iterable[Meeting], months: int, now: datetime) -> list[RetentionItem]:
    """The meetings past retention, closed or never closed, longest overdue first."""
    items = []
    for meeting in meetings:
        if is_past_retention(meeting, months, now):
            since = retention_start(meeting)
            never_closed = meeting.status != Status.CLOSED
            items.append(RetentionItem(meeting, since, add_months(since, months), never_closed))
    return sorted(items, key=lambda item: (item.due, item.meeting.id))


def erase_personal_data(meeting: Meeting, now: datetime) -> Meeting:
    """A copy of ``meeting`` without personal data, stamped as erased at ``now``.

    Gone: the candidate (name, contact details, title, motivations, notes), the
    panel's names and addresses, what the calendar invites said, ratings with their
    evidence and the lines written to the candidate, whether a later role could fit,
    and every free text written about the candidate (debrief texts and the reason
    given, concern and decline reason texts, survey answers, talking points, internal
    notes, run notes and marker texts). Kept, anonymous: what insights count (status,
    dates, interest, decision, concern and decline categories with the controllable
    flag, offer result, marker kinds and times) and the plan's shape (role, offer,
    agenda kinds and minutes, case, criteria). Review comments go whole; each
    scorecard keeps only its interest, concern categories and recommendation.
    """
    erased = copy_meeting(meeting)
    erased.title = _ERASED_TITLE.get(Language(meeting.language).value, _ERASED_TITLE["en"])
    erased.candidate = Candidate()
    for person in erased.participants:
        person.name = person.email = ""
    # What the invites said (names, times) is kept only as a hash, but it goes too.
    erased.invites.content = {}
    for block in erased.agenda:
        block.owner = ""
        block.talking_points = []
        block.internal_notes = ""
    debrief = erased.debrief
    debrief.ratings = []
    debrief.resonated = debrief.reasons = debrief.feedback = debrief.shared_reason = ""
    debrief.later_role = False
    debrief.competing_offers = debrief.competing_timeline = ""
    debrief.concerns = [Concern(category=c.category) for c in debrief.concerns]
    outcome = erased.outcome
    outcome.decline_reasons = [
        DeclineReason(category=r.category, controllable=r.controllable)
        for r in outcome.decline_reasons
    ]
    # Which questions were answered still counts; what was said does not stay.
    outcome.survey_answers = {question: "" for question in outcome.survey_answers}
    erased.run.notes = []
    erased.run.markers = [
        Marker(kind=m.kind, block_id=m.block_id, at=m.at, elapsed_seconds=m.elapsed_seconds)
        for m in erased.run.markers
    ]
    # Review comments are free text about this meeting and may name the candidate.
    erased.comments = []
    # Each interviewer's scorecard keeps only what insights count, like the debrief.
    erased.scorecards = [
        Scorecard(
            participant_id=card.participant_id,
            interest=card.interest,
            concerns=[Concern(category=c.category) for c in card.concerns],
            recommendation=card.recommendation,
        )
        for card in erased.scorecards
    ]
    erased.erased_at = now
    return erased


def _naive(moment: datetime) -> datetime:
    # Stored meetings carry local wall-clock times; an aware "now" is compared as such.
    return moment.replace(tzinfo=None)
