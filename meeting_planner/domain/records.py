"""What a meeting gathers once it is planned: the panel's assessment (the debrief and each
interviewer's scorecard), the outcome, what happened in the room, and the follow-up and
invites that went out. Plain dataclasses; :mod:`model` holds the meeting that has them."""

from __future__ import annotations

from dataclasses import field
from datetime import datetime

from . import rules
from .enums import ConcernCategory, Decision, DeclineCategory, MarkerKind, OfferResult
from .plain import record


@record
class Rating:
    """How the panel rated the candidate on one criterion, and why."""

    criterion_id: str = ""
    rating: int | None = None
    # What the panel saw, in its own words (internal: never quoted to the candidate).
    evidence: str = ""
    # What to tell the candidate about this criterion, written to them ("You found the
    # slow query..."): shared, and the only per-criterion text the feedback letter uses.
    shared: str = ""


@record
class Concern:
    """Something that could make the candidate say no, as the panel heard it."""

    category: ConcernCategory = ConcernCategory.OTHER
    text: str = ""


@record
class Debrief:
    """The hiring manager's record of the meeting: ratings, interest, decision."""

    ratings: list[Rating] = field(default_factory=list)
    interest: int | None = None
    resonated: str = ""
    concerns: list[Concern] = field(default_factory=list)
    competing_offers: str = ""
    competing_timeline: str = ""
    decision: Decision | None = None
    # The panel's notes on the decision (internal).
    reasons: str = ""
    # The reason for the decision as the candidate will read it (shared), tied to a
    # criterion: the manager's chosen reason, which the letter gives word for word.
    shared_reason: str = ""
    # The manager means it: the candidate could fit a later role, so a "no" offers to
    # keep in touch.
    later_role: bool = False
    feedback: str = ""
    feedback_sent_at: datetime | None = None

    def rating_for(self, criterion_id: str) -> Rating | None:
        return next((r for r in self.ratings if r.criterion_id == criterion_id), None)

    @property
    def is_empty(self) -> bool:
        return self == Debrief()


@record
class Scorecard:
    """One interviewer's own assessment, taken from their own form before anyone has
    seen the others' (against groupthink); the debrief stays the hiring manager's."""

    # The participant who filled it in, and their name as the form said it.
    participant_id: str = ""
    interviewer: str = ""
    ratings: list[Rating] = field(default_factory=list)
    interest: int | None = None
    resonated: str = ""
    concerns: list[Concern] = field(default_factory=list)
    # What this interviewer recommends; the decision itself is the manager's.
    recommendation: Decision | None = None
    notes: str = ""
    # When the form was read in.
    received_at: datetime | None = None

    def rating_for(self, criterion_id: str) -> Rating | None:
        return next((r for r in self.ratings if r.criterion_id == criterion_id), None)


@record
class DeclineReason:
    """One reason a candidate gave for turning the offer down."""

    category: DeclineCategory = DeclineCategory.OTHER
    text: str = ""
    # Whether the company can act on it, as the manager set it for this answer; None
    # follows the category (see DeclineCategory.controllable).
    controllable: bool | None = None

    @property
    def can_act(self) -> bool:
        """Whether the company can act on this reason: the manager's word, else the category's."""
        if self.controllable is not None:
            return self.controllable
        return DeclineCategory(self.category).controllable


@record
class Outcome:
    """What became of the offer, and why a candidate said no."""

    offer_made: bool = False
    result: OfferResult = OfferResult.PENDING
    decline_reasons: list[DeclineReason] = field(default_factory=list)
    # Declined-offer question id -> the candidate's answer.
    survey_answers: dict[str, str] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return self == Outcome()


@record
class BlockNote:
    """Quick notes taken during one block of the meeting (internal)."""

    block_id: str = ""
    text: str = ""


@record
class Marker:
    """A one-key marker ("concern raised", "strong signal") stamped during the meeting."""

    kind: MarkerKind = MarkerKind.SIGNAL
    block_id: str = ""
    at: datetime | None = None
    # Seconds since the meeting started, as the meeting timer showed it.
    elapsed_seconds: int = 0
    text: str = ""


@record
class MeetingRun:
    """What happened in the room: when it started, notes and markers (internal)."""

    started_at: datetime | None = None
    notes: list[BlockNote] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)

    def note_for(self, block_id: str) -> BlockNote | None:
        return next((n for n in self.notes if n.block_id == block_id), None)

    @property
    def is_empty(self) -> bool:
        return self == MeetingRun()


@record
class FollowUp:
    """When the answer and the decision are due, counted from the meeting's end in
    working days (see ``workdays``): 48 hours are two working days, 14 days ten."""

    feedback_hours: int = rules.FEEDBACK_DUE_HOURS
    decision_days: int = rules.DECISION_DUE_DAYS


@record
class InviteRecord:
    """The calendar invites that went out, per audience ("candidate", "panel"): the
    SEQUENCE last issued and a fingerprint of what it said ("cancelled" once cancelled),
    so a changed meeting is re-issued as the same event with a higher SEQUENCE."""

    sequence: dict[str, int] = field(default_factory=dict)
    content: dict[str, str] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.content
