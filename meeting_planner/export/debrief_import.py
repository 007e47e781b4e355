"""Reading a filled debrief form back into its meeting's debrief."""

from __future__ import annotations

from ..domain import rules
from ..domain.model import Concern, ConcernCategory, Decision, Meeting, Status
from ..domain.phrases import Phrase, mark
from . import debrief_form as form
from .form_answers import ConcernAnswer, CriterionAnswer, FormAnswers
from .form_lines import added_or_updated, as_before, decision_word, other_meeting
from .form_values import (
    DebriefFormError,
    choice,
    choice_number,
    field_values,
    is_ticked,
    limited,
    text_value,
)

__all__ = ["DebriefFormError", "apply_debrief_form", "read_debrief_form"]


_TEXT_LIMITS = {
    form.RESONATED: (mark("What resonated"), rules.LONG_TEXT_MAX),
    form.COMPETING_OFFERS: (mark("Competing offers"), rules.LONG_TEXT_MAX),
    form.COMPETING_TIMELINE: (mark("Their timeline"), rules.SHORT_TEXT_MAX),
    form.REASONS: (mark("Decision notes"), rules.LONG_TEXT_MAX),
    form.SHARED_REASON: (mark("Reason to give"), rules.LONG_TEXT_MAX),
    form.FEEDBACK: (mark("Feedback to the candidate"), rules.LONG_TEXT_MAX),
}


def read_debrief_form(data: bytes) -> FormAnswers:
    """The answers on a filled debrief form; raises DebriefFormError for anything else."""
    values = field_values(data)
    meeting_id = text_value(values.get(form.MEETING_ID), mark("The meeting reference"))
    if meeting_id is None:
        raise DebriefFormError(mark("not a Meeting Planner debrief form"))
    answers = FormAnswers(
        meeting_id=meeting_id,
        meeting_label=text_value(values.get(form.MEETING_LABEL), mark("The meeting's name")),
    )
    for name, raw in values.items():
        if not name.startswith("crit_"):
            continue
        key, _, kind = name[len("crit_") :].rpartition("_")
        try:
            criterion_id = form.criterion_id_from_key(key)
        except ValueError:
            continue
        answer = answers.criteria.get(criterion_id) or CriterionAnswer()
        if kind == "rating":
            answer.rating = choice_number(raw, form.RATING_VALUES, mark("a criterion rating"))
        elif kind == "evidence":
            answer.evidence = limited(raw, mark("Evidence"), rules.LONG_TEXT_MAX)
        elif kind == "shared":
            answer.shared = limited(raw, mark("A line to the candidate"), rules.LONG_TEXT_MAX)
        if any(v is not None for v in (answer.rating, answer.evidence, answer.shared)):
            answers.criteria[criterion_id] = answer
    answers.interest = choice_number(
        values.get(form.INTEREST), form.INTEREST_VALUES, mark("interest")
    )
    decision = choice(values.get(form.DECISION), form.DECISION_VALUES, mark("the decision"))
    answers.decision = Decision(decision) if decision else None
    for category in ConcernCategory:
        ticked = is_ticked(values.get(form.concern_field(category)), mark("A concern's box"))
        text = limited(
            values.get(form.concern_text_field(category)), mark("A concern"), rules.LONG_TEXT_MAX
        )
        if ticked or text is not None:
            answers.concerns[category] = ConcernAnswer(ticked=ticked, text=text)
    for name, (label, limit) in _TEXT_LIMITS.items():
        setattr(answers, name, limited(values.get(name), label, limit))
    answers.later_role = is_ticked(values.get(form.LATER_ROLE))
    answers.interviewer_id = text_value(values.get(form.INTERVIEWER_ID))
    answers.interviewer = limited(
        values.get(form.INTERVIEWER_NAME), mark("Interviewer"), rules.SHORT_TEXT_MAX
    )
    return answers


def apply_debrief_form(meeting: Meeting, data: bytes) -> list[str]:
    """Fill ``meeting.debrief`` from a filled form; returns what changed, one line each
    (Phrases: English, told in the reader's language by whoever shows them).

    Fields left empty on the form leave the debrief's values alone. Nothing
    changes if the form is refused.
    """
    answers = read_debrief_form(data)
    if answers.meeting_id != meeting.id:
        raise DebriefFormError(
            mark("this form belongs to another meeting ({other}); open that meeting to import it"),
            other=other_meeting(answers.meeting_label, answers.meeting_id),
        )
    if answers.interviewer_id is not None:
        from .scorecard_import import apply_scorecard

        return apply_scorecard(meeting, answers)
    changes: list[str] = []
    debrief = meeting.debrief
    known = {c.id: c for c in meeting.criteria}
    skipped = 0
    for criterion_id, answer in answers.criteria.items():
        criterion = known.get(criterion_id)
        if criterion is None:
            skipped += 1
            continue
        current = debrief.rating_for(criterion_id)
        old_rating = current.rating if current else None
        old_evidence = current.evidence if current else ""
        old_shared = current.shared if current else ""
        rating = answer.rating if answer.rating is not None else old_rating
        evidence = answer.evidence if answer.evidence is not None else old_evidence
        shared = answer.shared if answer.shared is not None else old_shared
        if (rating, evidence, shared) == (old_rating, old_evidence, old_shared):
            continue
        meeting.set_rating(criterion_id, rating, evidence, shared)
        name = criterion.name.strip() or Phrase(mark("unnamed criterion"))
        if rating != old_rating:
            changes.append(as_before(mark("Rating for {name!r}"), rating, old_rating, name=name))
        if evidence != old_evidence:
            changes.append(added_or_updated(mark("Evidence for {name!r}"), old_evidence, name=name))
        if shared != old_shared:
            changes.append(
                added_or_updated(mark("Line to the candidate for {name!r}"), old_shared, name=name)
            )
    if skipped:
        changes.append(
            Phrase.counted(
                skipped,
                "Skipped answers for {count} criterion this meeting no longer has",
                "Skipped answers for {count} criteria this meeting no longer has",
            )
        )
    if answers.interest is not None and answers.interest != debrief.interest:
        changes.append(as_before(mark("Interest"), answers.interest, debrief.interest))
        debrief.interest = answers.interest
    if answers.decision is not None and answers.decision != debrief.decision:
        changes.append(
            as_before(
                mark("Decision"), decision_word(answers.decision), decision_word(debrief.decision)
            )
        )
        debrief.decision = answers.decision
        # Reaching a decision is what makes a meeting debriefed, however it arrives.
        if meeting.status in (Status.PLANNED, Status.HELD):
            meeting.status = Status.DEBRIEFED
            changes.append(Phrase(mark("Status: debriefed")))
    for category, concern in answers.concerns.items():
        _apply_concern(meeting, category, concern, changes)
    for name, (label, _limit) in _TEXT_LIMITS.items():
        value = getattr(answers, name)
        old = getattr(debrief, name)
        if value is not None and value != old:
            setattr(debrief, name, value)
            changes.append(added_or_updated(label, old))
    # An unticked box says nothing (a form left blank must not undo the app's tick).
    if answers.later_role and not debrief.later_role:
        debrief.later_role = True
        changes.append(Phrase(mark("Could fit a later role: ticked")))
    return changes


def _apply_concern(
    meeting: Meeting, category: ConcernCategory, answer: ConcernAnswer, changes: list[str]
) -> None:
    label = Phrase(form.CONCERN_LABELS[category])
    existing = next((c for c in meeting.debrief.concerns if c.category == category), None)
    if existing is None:
        meeting.debrief.concerns.append(Concern(category=category, text=answer.text or ""))
        changes.append(Phrase(mark("Concern added: {label}"), label=label))
    elif answer.text is not None and answer.text != existing.text:
        existing.text = answer.text
        changes.append(Phrase(mark("Concern updated: {label}"), label=label))
