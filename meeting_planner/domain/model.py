"""The candidate meeting and everything in it, as plain dataclasses with edit methods."""

from __future__ import annotations

from dataclasses import field, fields, replace
from datetime import datetime, timedelta
from typing import Any

from . import rules, workdays
from .dataclass_dicts import coerce
from .enums import (  # noqa: F401  (re-exported: the model's public vocabulary)
    KIND_GROUP,
    BlockKind,
    ConcernCategory,
    Decision,
    DeclineCategory,
    Group,
    Language,
    MarkerKind,
    OfferResult,
    Part,
    PitchTopic,
    SalaryPeriod,
    Status,
)
from .ids import new_id
from .phrases import PhraseError
from .plain import record
from .records import (  # noqa: F401  (re-exported: the model's public vocabulary)
    BlockNote,
    Concern,
    Debrief,
    DeclineReason,
    FollowUp,
    InviteRecord,
    Marker,
    MeetingRun,
    Outcome,
    Rating,
    Scorecard,
)
from .team import Comment


class DomainError(PhraseError, ValueError):
    """An edit that the meeting cannot take (unknown block, index out of range...);
    a message a person may meet is a catalog text, told in their language."""


@record
class Candidate:
    """The person the meeting is for: how to reach them and what moves them."""

    name: str = ""
    email: str = ""
    phone: str = ""
    current_title: str = ""
    motivations: list[str] = field(default_factory=list)
    notes: str = ""


@record
class Role:
    """The job on offer: its title, team, employer and the work itself."""

    title: str = ""
    team: str = ""
    # The employer's name, so that every document the candidate receives says whose
    # meeting it is (a candidate often talks to several employers at once).
    company: str = ""
    tech_stack: list[str] = field(default_factory=list)
    responsibilities: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    ways_of_working: str = ""
    projects: list[str] = field(default_factory=list)


@record
class SalaryRange:
    """The salary the offer names: a range (either end may be open) per period."""

    minimum: int | None = None
    maximum: int | None = None
    currency: str = "EUR"
    period: SalaryPeriod = SalaryPeriod.MONTH

    @property
    def is_set(self) -> bool:
        return self.minimum is not None or self.maximum is not None


@record
class Offer:
    """What the employer offers beyond the work: salary, flexibility, development, benefits."""

    salary: SalaryRange = field(default_factory=SalaryRange)
    flexibility: str = ""
    remote_days_per_week: int | None = None
    development_budget: str = ""
    development_time: str = ""
    development_paths: list[str] = field(default_factory=list)
    benefits: list[str] = field(default_factory=list)
    work_life_balance: str = ""

    @property
    def has_flexibility(self) -> bool:
        return bool(self.flexibility.strip()) or self.remote_days_per_week is not None

    @property
    def has_development(self) -> bool:
        return bool(
            self.development_budget.strip()
            or self.development_time.strip()
            or self.development_paths
        )


@record
class Participant:
    """A person on the company's side of the meeting, with their part in it."""

    name: str = ""
    title: str = ""
    part: Part = Part.OTHER
    # Where the calendar invite reaches them (the hiring manager's is the organiser's).
    email: str = ""
    id: str = field(default_factory=new_id)


@record
class AgendaBlock:
    """One time-boxed part of the agenda, what it is for and who leads it."""

    title: str = ""
    kind: BlockKind = BlockKind.DIALOGUE
    minutes: int = 10
    owner: str = ""
    talking_points: list[str] = field(default_factory=list)
    topic: PitchTopic | None = None
    internal_notes: str = ""
    id: str = field(default_factory=new_id)

    @property
    def group(self) -> Group:
        return KIND_GROUP[self.kind]


@record
class CaseTask:
    """The short case the candidate works on, and what the panel looks for."""

    title: str = ""
    brief: str = ""
    prepare: str = ""
    materials: list[str] = field(default_factory=list)
    minutes: int = 0
    observe: list[str] = field(default_factory=list)
    real_work: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.title.strip() or self.brief.strip()) and self.minutes == 0


@record
class Criterion:
    """A selection criterion. ``good_evidence`` is planning guidance, what good evidence
    for it looks like (it travels in plan-only files); what the panel saw in a meeting is
    a rating's evidence, in the debrief."""

    name: str = ""
    description: str = ""
    good_evidence: str = ""
    rank: int | None = None
    id: str = field(default_factory=new_id)


@record
class Meeting:
    """A candidate meeting: the plan, the people, and what came of it."""

    title: str = ""
    start: datetime = field(default_factory=lambda: _next_hour(datetime.now()))
    planned_minutes: int = 60
    location: str = ""
    # The IANA time zone the start is a wall-clock time in ("Europe/Stockholm");
    # empty: the computer's own zone, whatever it is when the invite is made.
    time_zone: str = ""
    language: Language = Language.EN
    # The employer's country (ISO code such as "SE"), whose public holidays the
    # follow-up deadlines skip; empty: weekends only.
    country: str = ""
    status: Status = Status.PLANNED
    candidate: Candidate = field(default_factory=Candidate)
    role: Role = field(default_factory=Role)
    offer: Offer = field(default_factory=Offer)
    participants: list[Participant] = field(default_factory=list)
    agenda: list[AgendaBlock] = field(default_factory=list)
    case: CaseTask = field(default_factory=CaseTask)
    criteria: list[Criterion] = field(default_factory=list)
    debrief: Debrief = field(default_factory=Debrief)
    outcome: Outcome = field(default_factory=Outcome)
    follow_up: FollowUp = field(default_factory=FollowUp)
    ended_at: datetime | None = None
    run: MeetingRun = field(default_factory=MeetingRun)
    invites: InviteRecord = field(default_factory=InviteRecord)
    # When the recruitment ended for this candidate (status closed); retention counts from it.
    closed_at: datetime | None = None
    # When the candidate's personal data was erased; the meeting stays as anonymous figures.
    erased_at: datetime | None = None
    template: str = ""
    # Coach thresholds this meeting's template overrides (see rules.CoachThresholds).
    coach_overrides: dict[str, float] = field(default_factory=dict)
    # Each interviewer's own scorecard, one per participant (internal).
    scorecards: list[Scorecard] = field(default_factory=list)
    # Review comments on the plan; they travel with it, in plan-only files too.
    comments: list[Comment] = field(default_factory=list)
    # The opening (role and team) this candidate is one of; "" when none.
    opening_id: str = ""
    # Counts the plan's saved changes; a file older than the store's copy is refused.
    revision: int = 0
    id: str = field(default_factory=new_id)

    # -- time ----------------------------------------------------------------
    @property
    def planned_end(self) -> datetime:
        return self.start + timedelta(minutes=self.planned_minutes)

    @property
    def end(self) -> datetime:
        """The recorded end, or where none was recorded, the planned end."""
        return self.ended_at or self.planned_end

    @property
    def feedback_due(self) -> datetime:
        """The answer's deadline: never on a weekend or a public holiday of the country."""
        return workdays.feedback_deadline(self.end, self.follow_up.feedback_hours, self.country)

    @property
    def decision_due(self) -> datetime:
        """The decision's deadline, in working days like the answer's."""
        return workdays.decision_deadline(self.end, self.follow_up.decision_days, self.country)

    @property
    def agenda_minutes(self) -> int:
        return sum(b.minutes for b in self.agenda)

    # -- agenda edits ----------------------------------------------------------
    def block(self, block_id: str) -> AgendaBlock:
        return self.agenda[self.block_index(block_id)]

    def block_index(self, block_id: str) -> int:
        for i, b in enumerate(self.agenda):
            if b.id == block_id:
                return i
        raise DomainError(f"no agenda block with id {block_id!r}")

    def add_block(self, block: AgendaBlock, index: int | None = None) -> int:
        """Insert ``block`` at ``index`` (default: the end); returns where it went."""
        if any(b.id == block.id for b in self.agenda):
            raise DomainError(f"an agenda block with id {block.id!r} is already there")
        _check_minutes(block.minutes)
        if index is None:
            index = len(self.agenda)
        if not 0 <= index <= len(self.agenda):
            raise DomainError(f"index {index} is outside the agenda")
        self.agenda.insert(index, block)
        return index

    def remove_block(self, block_id: str) -> tuple[int, AgendaBlock]:
        """Remove a block; returns its index and the block, so it can be put back."""
        index = self.block_index(block_id)
        return index, self.agenda.pop(index)

    def move_block(self, block_id: str, new_index: int) -> int:
        """Move a block to ``new_index`` (its index after the move); returns the old index."""
        old = self.block_index(block_id)
        if not 0 <= new_index < len(self.agenda):
            raise DomainError(f"index {new_index} is outside the agenda")
        self.agenda.insert(new_index, self.agenda.pop(old))
        return old

    def update_block(self, block_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of a block; returns the old values of the changed fields."""
        block = self.block(block_id)
        allowed = {f.name for f in fields(AgendaBlock)} - {"id"}
        unknown = set(changes) - allowed
        if unknown:
            raise DomainError(f"agenda blocks have no field {sorted(unknown)[0]!r}")
        if "minutes" in changes:
            _check_minutes(changes["minutes"])
        try:
            if "kind" in changes:
                changes["kind"] = BlockKind(changes["kind"])
            if changes.get("topic") is not None:
                changes["topic"] = PitchTopic(changes["topic"])
        except ValueError as exc:
            raise DomainError(str(exc)) from None
        if "talking_points" in changes:
            changes["talking_points"] = list(changes["talking_points"])
        old = {name: _copy_value(getattr(block, name)) for name in changes}
        for name, value in changes.items():
            setattr(block, name, value)
        return old

    # -- participants ----------------------------------------------------------
    def add_participant(self, participant: Participant, index: int | None = None) -> int:
        index = len(self.participants) if index is None else index
        self.participants.insert(index, participant)
        return index

    def remove_participant(self, participant_id: str) -> tuple[int, Participant]:
        for i, p in enumerate(self.participants):
            if p.id == participant_id:
                return i, self.participants.pop(i)
        raise DomainError(f"no participant with id {participant_id!r}")

    def update_participant(self, participant_id: str, **changes: Any) -> dict[str, Any]:
        person = next((p for p in self.participants if p.id == participant_id), None)
        if person is None:
            raise DomainError(f"no participant with id {participant_id!r}")
        for name in changes:
            if name not in {"name", "title", "part", "email"}:
                raise DomainError(f"participants have no field {name!r}")
        if "part" in changes:
            changes["part"] = Part(changes["part"])
        old = {name: getattr(person, name) for name in changes}
        for name, value in changes.items():
            setattr(person, name, value)
        return old

    # -- criteria ----------------------------------------------------------------
    def criterion(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise DomainError(f"no criterion with id {criterion_id!r}")

    def add_criterion(self, criterion: Criterion, index: int | None = None) -> int:
        index = len(self.criteria) if index is None else index
        self.criteria.insert(index, criterion)
        return index

    def remove_criterion(self, criterion_id: str) -> tuple[int, Criterion]:
        criterion = self.criterion(criterion_id)
        index = self.criteria.index(criterion)
        self.criteria.pop(index)
        return index, criterion

    def rank_criteria(self, ordered_ids: list[str]) -> list[tuple[str, int | None]]:
        """Rank criteria in the given order, most important first (rank 1).

        Returns the previous (id, rank) pairs in the previous order, for undo.
        """
        if sorted(ordered_ids) != sorted(c.id for c in self.criteria):
            raise DomainError("ranking must name every criterion exactly once")
        previous = [(c.id, c.rank) for c in self.criteria]
        by_id = {c.id: c for c in self.criteria}
        self.criteria = [by_id[i] for i in ordered_ids]
        for rank, c in enumerate(self.criteria, start=1):
            c.rank = rank
        return previous

    def restore_criteria_order(self, previous: list[tuple[str, int | None]]) -> None:
        by_id = {c.id: c for c in self.criteria}
        self.criteria = [by_id[i] for i, _ in previous]
        for (_, rank), c in zip(previous, self.criteria, strict=True):
            c.rank = rank

    @property
    def ranked_criteria(self) -> list[Criterion]:
        """Criteria most important first; unranked ones last in their list order."""
        return sorted(self.criteria, key=lambda c: (c.rank is None, c.rank or 0))

    # -- debrief -----------------------------------------------------------------
    def set_rating(
        self,
        criterion_id: str,
        rating: int | None,
        evidence: str | None = None,
        shared: str | None = None,
    ) -> Rating | None:
        """Rate a criterion 1-4 (None clears), with its evidence and the line shared with
        the candidate where given; returns a copy of the previous rating."""
        self.criterion(criterion_id)
        if rating is not None and not rules.RATING_MIN <= rating <= rules.RATING_MAX:
            raise DomainError(f"a rating is {rules.RATING_MIN} to {rules.RATING_MAX}")
        current = self.debrief.rating_for(criterion_id)
        previous = replace(current) if current else None
        if current is None:
            current = Rating(criterion_id=criterion_id)
            self.debrief.ratings.append(current)
        current.rating = rating
        if evidence is not None:
            current.evidence = evidence
        if shared is not None:
            current.shared = shared
        return previous

    # -- generic field access, for editors and undo commands ----------------------
    def get_field(self, path: str) -> Any:
        """The value at a dotted path such as ``candidate.name`` or ``offer.salary.minimum``."""
        obj: Any = self
        for part in path.split("."):
            if not hasattr(obj, "__dataclass_fields__") or part not in obj.__dataclass_fields__:
                raise DomainError(f"no field {path!r}")
            obj = getattr(obj, part)
        return obj

    def set_field(self, path: str, value: Any) -> Any:
        """Set the value at a dotted path; returns the old value."""
        if path in {"id"}:
            raise DomainError("a meeting's id cannot be changed")
        head, _, name = path.rpartition(".")
        owner = self.get_field(head) if head else self
        if name not in getattr(owner, "__dataclass_fields__", {}):
            raise DomainError(f"no field {path!r}")
        if path == "planned_minutes" and not (
            rules.PLANNED_MINUTES_MIN <= int(value) <= rules.PLANNED_MINUTES_MAX
        ):
            raise DomainError(
                f"planned minutes must be {rules.PLANNED_MINUTES_MIN}"
                f" to {rules.PLANNED_MINUTES_MAX}"
            )
        if path == "country":
            value = workdays.normal_country(value)

        try:
            value = coerce(type(owner), name, value)
        except (ValueError, TypeError) as exc:
            raise DomainError(f"{path}: {exc}") from None
        old = _copy_value(getattr(owner, name))
        setattr(owner, name, value)
        return old

    # -- status --------------------------------------------------------------------
    def mark_held(self, ended_at: datetime | None = None) -> None:
        self.status = Status.HELD
        self.ended_at = ended_at


def _check_minutes(minutes: int) -> None:
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        raise DomainError("minutes must be a whole number")
    if not rules.BLOCK_MINUTES_MIN <= minutes <= rules.BLOCK_MINUTES_MAX:
        raise DomainError(
            f"a block lasts {rules.BLOCK_MINUTES_MIN} to {rules.BLOCK_MINUTES_MAX} minutes"
        )


def _copy_value(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _next_hour(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
