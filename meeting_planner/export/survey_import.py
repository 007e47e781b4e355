"""Reading a filled declined-offer survey back: a named one into its meeting's outcome, an
anonymous one as a response for its role and month."""

from __future__ import annotations

from dataclasses import field

from ..domain import rules
from ..domain.enums import DeclineCategory, Language, OfferResult
from ..domain.library import DECLINE_QUESTION_IDS, library
from ..domain.model import DeclineReason, Meeting
from ..domain.phrases import Phrase, mark
from ..domain.plain import record
from ..domain.surveys import AnonymousResponse
from ..printable import one_line as single_line
from . import decline_survey as survey
from .form_lines import added_or_updated, other_meeting
from .form_values import DebriefFormError, field_values, is_ticked, limited, one_line, text_value


class SurveyFormError(DebriefFormError):
    """A PDF that cannot be read into this meeting; the message is one line for a person."""


@record
class ReasonAnswer:
    ticked: bool = False
    text: str | None = None


@record
class SurveyAnswers:
    """What was filled in on a survey; absent where a field was left empty. An anonymous
    survey has no meeting id, only the role and month it was made for."""

    meeting_id: str | None
    meeting_label: str | None = None
    # Question id -> the candidate's answer.
    answers: dict[str, str] = field(default_factory=dict)
    reasons: dict[DeclineCategory, ReasonAnswer] = field(default_factory=dict)
    anonymous: bool = False
    role: str = ""
    month: str = ""


def read_decline_survey(data: bytes) -> SurveyAnswers:
    """The answers on a filled survey; raises SurveyFormError for anything else."""
    try:
        values = field_values(data)
        meeting_id = text_value(values.get(survey.MEETING_ID), mark("The meeting reference"))
        marker = text_value(values.get(survey.ANONYMOUS), mark("The survey's kind"))
        anonymous = marker == survey.ANONYMOUS_VALUE
        if (meeting_id is None and not anonymous) or not any(
            name.startswith(("answer_", "reason_")) for name in values
        ):
            raise SurveyFormError(mark("not a Meeting Planner declined offer survey"))
        if anonymous:
            found = SurveyAnswers(None, anonymous=True)
            role = _plain_text(values.get(survey.ROLE), mark("The role"))
            found.role = single_line(role)[: rules.SHORT_TEXT_MAX]
            found.month = _plain_text(values.get(survey.MONTH), mark("The month"))[: len("2026-12")]
        else:
            label = text_value(values.get(survey.MEETING_LABEL), mark("The meeting's name"))
            found = SurveyAnswers(meeting_id, label)
        for question_id in DECLINE_QUESTION_IDS:
            raw = values.get(survey.answer_field(question_id))
            text = limited(raw, mark("An answer"), rules.LONG_TEXT_MAX)
            if text is not None:
                found.answers[question_id] = text
        for category in DeclineCategory:
            ticked = is_ticked(values.get(survey.reason_field(category)), mark("A reason's box"))
            raw = values.get(survey.reason_text_field(category))
            text = limited(raw, mark("A reason"), rules.LONG_TEXT_MAX)
            if ticked or text is not None:
                found.reasons[category] = ReasonAnswer(ticked, text)
    except SurveyFormError:
        raise
    except DebriefFormError as exc:
        raise SurveyFormError(exc.phrase, unreadable=exc.unreadable, detail=exc.detail) from None
    return found


def apply_decline_survey(meeting: Meeting, data: bytes) -> list[str]:
    """Fill ``meeting.outcome`` from a filled survey; returns what changed, one line each
    (Phrases, told in the reader's language by whoever shows them).

    Fields left empty leave the outcome's values alone, and nothing changes if the
    survey is refused. A survey with answers marks a pending offer as declined.
    """
    found = read_decline_survey(data)
    if found.anonymous:
        raise SurveyFormError(
            mark(
                "this survey is anonymous: it counts for its role and month in the insights, "
                "not in one meeting; import it from Insights or with `survey-import FILE`"
            )
        )
    if found.meeting_id != meeting.id:
        raise SurveyFormError(
            mark(
                "this survey belongs to another meeting ({other}); open that meeting to import it"
            ),
            other=other_meeting(found.meeting_label, found.meeting_id or ""),
        )
    outcome = meeting.outcome
    changes: list[str] = []
    questions = {q.id: q.text for q in library(meeting.language).decline_questions}
    for question_id, text in found.answers.items():
        old = outcome.survey_answers.get(question_id, "")
        if text != old:
            outcome.survey_answers[question_id] = text
            question = one_line(questions.get(question_id, question_id), 60)
            changes.append(added_or_updated(mark("Answer to {question!r}"), old, question=question))
    labels = survey.reason_labels(meeting.language)
    for category, answer in found.reasons.items():
        existing = next((r for r in outcome.decline_reasons if r.category == category), None)
        if existing is None:
            outcome.decline_reasons.append(DeclineReason(category, answer.text or ""))
            changes.append(Phrase(mark("Reason added: {label}"), label=labels[category]))
        elif answer.text is not None and answer.text != existing.text:
            existing.text = answer.text
            changes.append(Phrase(mark("Reason updated: {label}"), label=labels[category]))
    if changes and outcome.result == OfferResult.PENDING:
        outcome.offer_made = True
        outcome.result = OfferResult.DECLINED
        changes.append(Phrase(mark("Result: declined (was pending)")))
    return changes


def read_anonymous_survey(data: bytes, language: Language = Language.EN) -> AnonymousResponse:
    """The answers of a filled anonymous survey, as a response for its role and month;
    raises SurveyFormError for a named survey or anything else."""
    found = read_decline_survey(data)
    if not found.anonymous:
        raise SurveyFormError(
            mark(
                "this survey names its meeting: import it into that meeting's outcome "
                "(`survey-import ID FILE`, or the Outcome tab)"
            )
        )
    if not found.answers and not found.reasons:
        raise SurveyFormError(mark("the survey is empty: nothing was filled in"))
    return AnonymousResponse(
        role=found.role,
        month=found.month,
        language=language,
        reasons=[DeclineReason(c, a.text or "") for c, a in found.reasons.items()],
        answers=dict(found.answers),
    )


def _plain_text(raw: object, what: str) -> str:
    return " ".join((text_value(raw, what) or "").split())
