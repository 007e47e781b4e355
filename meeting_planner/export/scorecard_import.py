"""One interviewer's filled form read into their own scorecard, next to the others'.

It never touches another person's scorecard or the hiring manager's debrief; reading the
same person's form again updates theirs and lists what changed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.model import Concern, Rating, Scorecard
from ..domain.scorecards import put_scorecard, scorecard_of
from . import debrief_form as form
from .form_values import DebriefFormError, one_line

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from .form_answers import FormAnswers


def apply_scorecard(
    meeting: Meeting, answers: FormAnswers, now: datetime | None = None
) -> list[str]:
    """Store the form as its interviewer's scorecard; returns what changed, one line each
    (the first names whose scorecard it is). Refused for someone not on the panel."""
    person = next((p for p in meeting.participants if p.id == answers.interviewer_id), None)
    if person is None:
        name = one_line(answers.interviewer or f"participant {answers.interviewer_id}", 80)
        raise DebriefFormError(
            f"this is {name}'s scorecard, and {name} is not on this meeting's panel;"
            " add them on the People tab first"
        )
    name = person.name.strip() or answers.interviewer or "the interviewer"
    old = scorecard_of(meeting, person.id)
    card = _copy(old) if old is not None else Scorecard(participant_id=person.id)
    card.interviewer = person.name or answers.interviewer or ""
    changes: list[str] = []
    known = {c.id: c for c in meeting.criteria}
    for criterion_id, answer in answers.criteria.items():
        criterion = known.get(criterion_id)
        if criterion is None:
            continue
        current = card.rating_for(criterion_id)
        if current is None:
            current = Rating(criterion_id=criterion_id)
            card.ratings.append(current)
        label = criterion.name.strip() or "unnamed criterion"
        if answer.rating is not None and answer.rating != current.rating:
            changes.append(f"Rating for {label!r}: {answer.rating} (was {_shown(current.rating)})")
            current.rating = answer.rating
        if answer.evidence is not None and answer.evidence != current.evidence:
            changes.append(f"Evidence for {label!r}: {'updated' if current.evidence else 'added'}")
            current.evidence = answer.evidence
        if answer.shared is not None and answer.shared != current.shared:
            changes.append(f"Line to the candidate for {label!r}: proposed")
            current.shared = answer.shared
    card.ratings = [r for r in card.ratings if r.rating is not None or r.evidence or r.shared]
    if answers.interest is not None and answers.interest != card.interest:
        changes.append(f"Interest: {answers.interest} (was {_shown(card.interest)})")
        card.interest = answers.interest
    if answers.resonated is not None and answers.resonated != card.resonated:
        changes.append(f"What resonated: {'updated' if card.resonated else 'added'}")
        card.resonated = answers.resonated
    for category, answer in answers.concerns.items():
        existing = next((c for c in card.concerns if c.category == category), None)
        label = form.CONCERN_LABELS[category]
        if existing is None:
            card.concerns.append(Concern(category=category, text=answer.text or ""))
            changes.append(f"Concern added: {label}")
        elif answer.text is not None and answer.text != existing.text:
            existing.text = answer.text
            changes.append(f"Concern updated: {label}")
    if answers.decision is not None and answers.decision != card.recommendation:
        was = card.recommendation.value if card.recommendation else None
        changes.append(f"Recommendation: {answers.decision.value} (was {_shown(was)})")
        card.recommendation = answers.decision
    if answers.reasons is not None and answers.reasons != card.notes:
        changes.append(f"Notes: {'updated' if card.notes else 'added'}")
        card.notes = answers.reasons
    if not changes:
        return []
    card.received_at = (now or datetime.now()).replace(second=0, microsecond=0)
    put_scorecard(meeting, card)
    first = f"Scorecard of {name}: {'updated' if old is not None else 'added'}"
    return [first, *changes]


def _copy(card: Scorecard) -> Scorecard:
    return replace(
        card,
        ratings=[replace(r) for r in card.ratings],
        concerns=[replace(c) for c in card.concerns],
    )


def _shown(value: object) -> str:
    return "not set" if value is None else str(value)
