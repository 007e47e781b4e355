"""One interviewer's filled form read into their own scorecard, next to the others'.

It never touches another person's scorecard or the hiring manager's debrief; reading the
same person's form again updates theirs and lists what changed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.model import Concern, Rating, Scorecard
from ..domain.phrases import Phrase, mark
from ..domain.scorecards import put_scorecard, scorecard_of
from . import debrief_form as form
from .form_lines import added_or_updated, as_before, decision_word, someone
from .form_values import DebriefFormError

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from .form_answers import FormAnswers


def apply_scorecard(
    meeting: Meeting, answers: FormAnswers, now: datetime | None = None
) -> list[str]:
    """Store the form as its interviewer's scorecard; returns what changed, one line each
    (the first names whose scorecard it is), as Phrases. Refused for someone not on the
    panel."""
    person = next((p for p in meeting.participants if p.id == answers.interviewer_id), None)
    if person is None:
        raise DebriefFormError(
            mark(
                "this is {name}'s scorecard, and {name} is not on this meeting's panel;"
                " add them on the People tab first"
            ),
            name=someone(answers.interviewer, answers.interviewer_id),
        )
    name = person.name.strip() or answers.interviewer or Phrase(mark("the interviewer"))
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
        label = criterion.name.strip() or Phrase(mark("unnamed criterion"))
        if answer.rating is not None and answer.rating != current.rating:
            changes.append(
                as_before(mark("Rating for {name!r}"), answer.rating, current.rating, name=label)
            )
            current.rating = answer.rating
        if answer.evidence is not None and answer.evidence != current.evidence:
            changes.append(
                added_or_updated(mark("Evidence for {name!r}"), current.evidence, name=label)
            )
            current.evidence = answer.evidence
        if answer.shared is not None and answer.shared != current.shared:
            changes.append(Phrase(mark("Line to the candidate for {name!r}: proposed"), name=label))
            current.shared = answer.shared
    card.ratings = [r for r in card.ratings if r.rating is not None or r.evidence or r.shared]
    if answers.interest is not None and answers.interest != card.interest:
        changes.append(as_before(mark("Interest"), answers.interest, card.interest))
        card.interest = answers.interest
    if answers.resonated is not None and answers.resonated != card.resonated:
        changes.append(added_or_updated(mark("What resonated"), card.resonated))
        card.resonated = answers.resonated
    for category, answer in answers.concerns.items():
        existing = next((c for c in card.concerns if c.category == category), None)
        concern = Phrase(form.CONCERN_LABELS[category])
        if existing is None:
            card.concerns.append(Concern(category=category, text=answer.text or ""))
            changes.append(Phrase(mark("Concern added: {label}"), label=concern))
        elif answer.text is not None and answer.text != existing.text:
            existing.text = answer.text
            changes.append(Phrase(mark("Concern updated: {label}"), label=concern))
    if answers.decision is not None and answers.decision != card.recommendation:
        changes.append(
            as_before(
                mark("Recommendation"),
                decision_word(answers.decision),
                decision_word(card.recommendation),
            )
        )
        card.recommendation = answers.decision
    if answers.reasons is not None and answers.reasons != card.notes:
        changes.append(added_or_updated(mark("Notes"), card.notes))
        card.notes = answers.reasons
    if not changes:
        return []
    card.received_at = (now or datetime.now()).replace(second=0, microsecond=0)
    put_scorecard(meeting, card)
    first = added_or_updated(mark("Scorecard of {who}"), old is not None, who=name)
    return [first, *changes]


def _copy(card: Scorecard) -> Scorecard:
    return replace(
        card,
        ratings=[replace(r) for r in card.ratings],
        concerns=[replace(c) for c in card.concerns],
    )
