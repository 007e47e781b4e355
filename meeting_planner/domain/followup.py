"""Follow-up deadlines after a meeting, and the status flow from planned to closed.

Times are naive local wall-clock times throughout, like the meeting's start. A
deadline counts working days from the meeting's end (see ``workdays``) and keeps
its time of day, so feedback due two working days after a meeting that ended on
Friday at 15:00 is due on Tuesday at 15:00, even when a daylight-saving change
falls in between. A manager thinks "by Tuesday at three", and the candidate does
too. Aware datetimes (from an imported file) are first turned into local
wall-clock time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any, Protocol

from .model import DomainError, Meeting, Status
from .plain import record
from .rules import COUNTRY_ZONES

# The order of the status flow; a meeting only ever moves forward along it.
STATUS_FLOW: tuple[Status, ...] = (
    Status.PLANNED,
    Status.HELD,
    Status.DEBRIEFED,
    Status.FEEDBACK_SENT,
    Status.CLOSED,
)
# Statuses at which a decision has been reached (reaching one sets debriefed). A
# summary does not say whether a closed meeting had one; most do.
_DECIDED = frozenset({Status.DEBRIEFED, Status.FEEDBACK_SENT})
_DECIDED_SUMMARY = _DECIDED | {Status.CLOSED}


class What(StrEnum):
    """What is owed after the meeting."""

    FEEDBACK = "feedback"
    DECISION = "decision"


class DueState(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    UPCOMING = "upcoming"
    DONE = "done"


# Overdue first, then due today, then upcoming, then done.
_STATE_ORDER = {state: i for i, state in enumerate(DueState)}


class MeetingFacts(Protocol):
    """What a meeting summary (the store's index row) offers; a Meeting is read directly."""

    id: str
    title: str
    candidate: str
    role: str
    start: datetime
    status: Status
    feedback_due: datetime
    decision_due: datetime
    feedback_sent: bool


@record(frozen=True)
class DueItem:
    """One thing owed to one candidate: the answer or the decision, with its deadline."""

    id: str
    candidate: str
    title: str
    role: str
    status: Status
    what: What
    due: datetime
    state: DueState
    # When it was done, where known (feedback sent at); None otherwise.
    done_at: datetime | None = None
    # The zone ``due`` is a wall-clock time in, by name ("": this computer's); ``due``
    # stays as the candidate was told it, ``moment`` is it on this computer's clock.
    zone: str = ""

    def moment(self) -> datetime:
        """The deadline on this computer's clock (naive), for comparing with now."""
        return local_time(self.due, self.zone)

    @property
    def overdue(self) -> bool:
        return self.state is DueState.OVERDUE

    @property
    def done(self) -> bool:
        return self.state is DueState.DONE

    def overdue_by(self, now: datetime) -> timedelta:
        """How long past the deadline ``now`` is (zero when not past it)."""
        return max(local_time(now) - self.moment(), timedelta(0))

    def sort_key(self) -> tuple[int, datetime, str]:
        return (_STATE_ORDER[self.state], self.moment(), self.what.value)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "candidate": self.candidate,
            "title": self.title,
            "role": self.role,
            "status": self.status.value,
            "what": self.what.value,
            "due": self.due.isoformat(timespec="minutes"),
            "overdue": self.overdue,
            "state": self.state.value,
            "done_at": self.done_at.isoformat(timespec="minutes") if self.done_at else None,
        }


def local_time(moment: datetime, zone_name: str = "") -> datetime:
    """``moment`` as naive wall-clock time on this computer: an aware time converted; a
    naive one read in ``zone_name`` (a meeting's zone, see ``zone_name_of``) first when
    that names a zone, else taken as it is."""
    if moment.tzinfo is None:
        where = _zone(zone_name) if zone_name else None
        if where is None:
            return moment
        moment = moment.replace(tzinfo=where)
    return moment.astimezone().replace(tzinfo=None)


def zone_name_of(source: Meeting | MeetingFacts) -> str:
    """The zone a meeting's wall-clock times are in, by name: its own, else its
    country's ("" when neither: the computer's, whatever it is)."""
    if isinstance(source, Meeting):
        return source.time_zone.strip() or COUNTRY_ZONES.get(source.country, "")
    return str(getattr(source, "zone", "") or "")


def _zone(name: str) -> tzinfo | None:
    from .zones import zone

    return zone(name)


def due_state(due: datetime, now: datetime, *, done: bool = False) -> DueState:
    """Done, overdue once the deadline has passed, due today on its calendar day, else upcoming."""
    if done:
        return DueState.DONE
    due, now = local_time(due), local_time(now)
    if now > due:
        return DueState.OVERDUE
    if due.date() == now.date():
        return DueState.DUE_TODAY
    return DueState.UPCOMING


def due_items(meetings: Iterable[Meeting | MeetingFacts], now: datetime) -> list[DueItem]:
    """The feedback and decision deadlines of every meeting that has taken place,
    overdue first, then due today, upcoming and done, each group soonest first.

    A meeting counts as having taken place once it is marked held (or later), or
    when it is still planned but its planned end has passed (for a summary, its
    start): the candidate waits for an answer whether or not the meeting was
    marked held. A closed meeting
    shows only what was done; nothing is owed any more. Meetings whose personal
    data was erased are left out.
    """
    now = local_time(now)
    items: list[DueItem] = []
    for source in meetings:
        items.extend(_items_of(source, now))
    items.sort(key=DueItem.sort_key)
    return items


def open_items(items: list[DueItem]) -> list[DueItem]:
    """Only what is still owed (not done)."""
    return [item for item in items if not item.done]


def has_taken_place(meeting: Meeting, now: datetime | None) -> bool:
    """Whether the candidate has met us: marked held (or later), or still planned but
    past its end at ``now`` (without ``now``, only the status tells)."""
    if meeting.status is not Status.PLANNED:
        return True
    return now is not None and local_time(meeting.end, zone_name_of(meeting)) <= local_time(now)


def feedback_done(meeting: Meeting) -> bool:
    """Whether the candidate has had the answer (sent, or the status says so)."""
    return meeting.debrief.feedback_sent_at is not None or meeting.status is Status.FEEDBACK_SENT


def _items_of(source: Meeting | MeetingFacts, now: datetime) -> list[DueItem]:
    if isinstance(source, Meeting):
        if source.erased_at is not None:
            return []
        candidate, role, end = source.candidate.name, source.role.title, source.end
        feedback_due, decision_due = source.feedback_due, source.decision_due
        sent_at = source.debrief.feedback_sent_at
        feedback_is_done = feedback_done(source)
        decision_done = source.debrief.decision is not None or source.status in _DECIDED
    else:
        # A summary does not tell whether the personal data was erased; an erased
        # meeting is closed and keeps no candidate name, and owes nothing.
        if source.status is Status.CLOSED and not source.candidate:
            return []
        candidate, role = source.candidate, source.role
        feedback_due, decision_due = source.feedback_due, source.decision_due
        # A summary has no end: a planned meeting counts from its start, as the
        # meetings list does.
        end = source.start
        sent_at = None
        feedback_is_done = source.feedback_sent or source.status is Status.FEEDBACK_SENT
        decision_made = getattr(source, "decision_made", None)
        decision_done = bool(decision_made) or source.status in _DECIDED_SUMMARY
    # Deadlines are wall-clock times where the meeting is; on this computer's clock
    # they may be an hour or more apart (a recruiter in London, a meeting in Stockholm).
    where = zone_name_of(source)
    status = Status(source.status)
    if status is Status.PLANNED and local_time(end, where) > now:
        return []
    owed = [
        (What.FEEDBACK, feedback_due, feedback_is_done, sent_at),
        (What.DECISION, decision_due, decision_done, None),
    ]
    return [
        DueItem(
            id=source.id,
            candidate=candidate,
            title=source.title,
            role=role,
            status=status,
            what=what,
            due=local_time(due),
            state=due_state(local_time(due, where), now, done=done),
            done_at=local_time(done_at) if done_at else None,
            zone=where,
        )
        for what, due, done, done_at in owed
        if done or status is not Status.CLOSED
    ]


# -- the status flow ----------------------------------------------------------------


def allowed_statuses(meeting: Meeting) -> list[Status]:
    """The statuses the meeting may move to now: forward along the flow, where the
    new status's conditions hold (debriefed and feedback sent need a decision)."""
    return [s for s in STATUS_FLOW if transition_problem(meeting, s) is None]


def transition_problem(meeting: Meeting, new: Status) -> str | None:
    """Why the meeting cannot move to ``new``, or None when it can."""
    old_rank, new_rank = STATUS_FLOW.index(meeting.status), STATUS_FLOW.index(new)
    if new_rank <= old_rank:
        return f"the meeting is already {meeting.status.value.replace('_', ' ')}"
    if new in (Status.DEBRIEFED, Status.FEEDBACK_SENT) and meeting.debrief.decision is None:
        return "no decision has been recorded in the debrief yet"
    return None


def transition(
    meeting: Meeting,
    new: Status,
    now: datetime,
    *,
    ended_at: datetime | None = None,
) -> dict[str, Any]:
    """The field changes (dotted path -> new value) that move the meeting to ``new``.

    What each status implies:
    - held: the meeting took place; ``ended_at`` is its recorded end, or None when
      marked by hand, so that deadlines count from the planned end;
    - debriefed: a decision is recorded (required, not set here);
    - feedback_sent: the answer went out; ``debrief.feedback_sent_at`` is ``now``
      unless already recorded;
    - closed: the recruitment ended for this candidate; ``closed_at`` is ``now``.
    Nothing is changed here: the caller applies the changes (as one undoable edit).
    Raises DomainError when the move is not allowed.
    """
    problem = transition_problem(meeting, new)
    if (
        problem is None
        and new is Status.FEEDBACK_SENT
        and local_time(now) < local_time(meeting.end)
    ):
        problem = "the meeting has not ended yet"
    if problem is not None:
        raise DomainError(f"cannot set the meeting to {new.value.replace('_', ' ')}: {problem}")
    changes: dict[str, Any] = {"status": new}
    if new is Status.HELD:
        changes["ended_at"] = ended_at
    if new is Status.FEEDBACK_SENT and meeting.debrief.feedback_sent_at is None:
        changes["debrief.feedback_sent_at"] = now
    if new is Status.CLOSED:
        changes["closed_at"] = now
    return changes


def with_details(
    summaries: list[MeetingFacts],
    load: Callable[[str], Meeting | None],
    now: datetime,
) -> list[Meeting | MeetingFacts]:
    """The summaries, with the full meeting (from ``load``) where a summary cannot tell
    enough: a held meeting (was a decision recorded?) and a planned one that has
    started (when does it end?). ``load`` returns None when the meeting cannot be
    read; the summary then stands in."""
    now = local_time(now)
    detailed: list[Meeting | MeetingFacts] = []
    for summary in summaries:
        needs_detail = summary.status is Status.HELD or (
            summary.status is Status.PLANNED
            and local_time(summary.start, zone_name_of(summary)) <= now
        )
        full = load(summary.id) if needs_detail else None
        detailed.append(full if full is not None else summary)
    return detailed
