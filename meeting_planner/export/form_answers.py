"""What was filled in on a debrief form, field by field, before it is applied anywhere:
to the meeting's debrief, or to one interviewer's scorecard."""

from __future__ import annotations

from dataclasses import field

from ..domain.model import ConcernCategory, Decision
from ..domain.plain import record


@record
class CriterionAnswer:
    rating: int | None = None
    evidence: str | None = None
    shared: str | None = None


@record
class ConcernAnswer:
    ticked: bool = False
    text: str | None = None

    @property
    def raised(self) -> bool:
        return self.ticked or self.text is not None


@record
class FormAnswers:
    """What was filled in on a debrief form; None (or absent) where a field was left empty."""

    meeting_id: str
    meeting_label: str | None = None
    # Criterion id -> its answers, for every criterion with something filled in.
    criteria: dict[str, CriterionAnswer] = field(default_factory=dict)
    interest: int | None = None
    resonated: str | None = None
    concerns: dict[ConcernCategory, ConcernAnswer] = field(default_factory=dict)
    competing_offers: str | None = None
    competing_timeline: str | None = None
    decision: Decision | None = None
    reasons: str | None = None
    shared_reason: str | None = None
    later_role: bool = False
    feedback: str | None = None
    # On one interviewer's own form: whose scorecard it is (their participant id and name).
    interviewer_id: str | None = None
    interviewer: str | None = None
