"""Reading a filled declined-offer survey back into its meeting's outcome."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain import rules
from ..domain.enums import CONTROLLABLE_CATEGORIES, ConcernCategory, OfferResult
from ..domain.library import DECLINE_QUESTION_IDS, library
from ..domain.model import DeclineReason, Meeting
from . import decline_survey as survey
from .form_values import DebriefFormError, field_values, is_ticked, limited, one_line, text_value


class SurveyFormError(DebriefFormError):
    """A PDF that cannot be read into this meeting; the message is one line for a person."""


@dataclass
class ReasonAnswer:
    ticked: bool = False
    text: str | None = None


@dataclass
class SurveyAnswers:
    """What was filled in on a survey; absent where a field was left empty."""

    meeting_id: str
    meeting_label: str | None = None
    # Question id -> the candidate's answer.
    answers: dict[str, str] = field(default_factory=dict)
    reasons: dict[ConcernCategory, ReasonAnswer] = field(default_factory=dict)


def read_decline_survey(data: bytes) -> SurveyAnswers:
    """The answers on a filled survey; raises SurveyFormError for anything else."""
    try:
        values = field_values(data)
        meeting_id = text_value(values.get(survey.MEETING_ID), "The meeting reference")
        if meeting_id is None or not any(
            name.startswith(("answer_", "reason_")) for name in values
        ):
            raise SurveyFormError("not a Meeting Planner declined offer survey")
        label = text_value(values.get(survey.MEETING_LABEL), "The meeting's name")
        found = SurveyAnswers(meeting_id, label)
        for question_id in DECLINE_QUESTION_IDS:
            raw = values.get(survey.answer_field(question_id))
            text = limited(raw, "An answer", rules.LONG_TEXT_MAX)
            if text is not None:
                found.answers[question_id] = text
        for category in ConcernCategory:
            ticked = is_ticked(values.get(survey.reason_field(category)), "A reason's box")
            raw = values.get(survey.reason_text_field(category))
            text = limited(raw, "A reason", rules.LONG_TEXT_MAX)
            if ticked or text is not None:
                found.reasons[category] = ReasonAnswer(ticked, text)
    except SurveyFormError:
        raise
    except DebriefFormError as exc:
        raise SurveyFormError(str(exc)) from None
    return found


def apply_decline_survey(meeting: Meeting, data: bytes) -> list[str]:
    """Fill ``meeting.outcome`` from a filled survey; returns what changed, one line each.

    Fields left empty leave the outcome's values alone, and nothing changes if the
    survey is refused. A survey with answers marks a pending offer as declined.
    """
    found = read_decline_survey(data)
    if found.meeting_id != meeting.id:
        other = one_line(found.meeting_label or f"meeting {found.meeting_id}", 80)
        raise SurveyFormError(
            f"this survey belongs to another meeting ({other}); open that meeting to import it"
        )
    outcome = meeting.outcome
    changes: list[str] = []
    questions = {q.id: q.text for q in library(meeting.language).decline_questions}
    for question_id, text in found.answers.items():
        old = outcome.survey_answers.get(question_id, "")
        if text != old:
            outcome.survey_answers[question_id] = text
            question = one_line(questions.get(question_id, question_id), 60)
            changes.append(f"Answer to {question!r}: {'updated' if old else 'added'}")
    labels = survey.reason_labels(meeting.language)
    for category, answer in found.reasons.items():
        existing = next((r for r in outcome.decline_reasons if r.category == category), None)
        if existing is None:
            controllable = category in CONTROLLABLE_CATEGORIES
            outcome.decline_reasons.append(DeclineReason(category, answer.text or "", controllable))
            changes.append(f"Reason added: {labels[category]}")
        elif answer.text is not None and answer.text != existing.text:
            existing.text = answer.text
            changes.append(f"Reason updated: {labels[category]}")
    if changes and outcome.result == OfferResult.PENDING:
        outcome.offer_made = True
        outcome.result = OfferResult.DECLINED
        changes.append("Result: declined (was pending)")
    return changes
