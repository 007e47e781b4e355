"""The declined-offer survey: the printed questions, and its round trip through a filled PDF."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from form_filling import fill
from pypdf import PdfReader

from meeting_planner.domain import rules
from meeting_planner.domain.enums import DeclineCategory, OfferResult
from meeting_planner.domain.library import DECLINE_QUESTION_IDS, library
from meeting_planner.domain.model import DeclineReason, Meeting
from meeting_planner.export.debrief_form import export_debrief_form
from meeting_planner.export.decline_survey import (
    answer_field,
    export_decline_survey,
    reason_field,
    reason_text_field,
)
from meeting_planner.export.survey_import import SurveyFormError, apply_decline_survey

NON_LATIN = "Łukasz Dvořák / Σοφία / Дмитрий"
HOSTILE = '<b>bold</b> & <a href="x">S&P</a>'


def make_meeting(name: str = "Ana Lima") -> Meeting:
    meeting = Meeting(title="Backend", start=datetime(2026, 11, 23, 14, 0))
    meeting.candidate.name = name
    meeting.role.title = "Backend developer"
    meeting.candidate.notes = "Internal: expects an offer elsewhere soon"
    return meeting


def test_the_survey_asks_the_six_questions_and_keeps_panel_notes_out(pdf_text) -> None:
    meeting = make_meeting()
    data = export_decline_survey(meeting, anonymous=False)
    text = pdf_text(data)
    for question in library(meeting.language).decline_questions:
        assert "".join(question.text.split()) in text
    assert "Backenddeveloper" in text
    assert "Internal" not in text
    assert "Confidential" not in text
    reader = PdfReader(io.BytesIO(data))
    fields = reader.get_fields()
    assert {answer_field(q) for q in DECLINE_QUESTION_IDS} <= set(fields)
    assert {reason_field(c) for c in DeclineCategory} <= set(fields)
    assert fields["mp_meeting_id"]["/V"] == meeting.id
    assert f"meeting-id={meeting.id}" in reader.metadata["/Keywords"]


def test_a_filled_survey_lands_in_the_outcome() -> None:
    meeting = make_meeting()
    data = fill(
        export_decline_survey(meeting, anonymous=False),
        text={
            answer_field("positives"): f"The case. {NON_LATIN}",
            answer_field("deciding_factors"): HOSTILE,
            reason_text_field(DeclineCategory.OTHER): "Moving to Oslo",
        },
        checks={reason_field(DeclineCategory.COMPENSATION)},
    )
    lines = apply_decline_survey(meeting, data)
    outcome = meeting.outcome
    assert outcome.survey_answers == {
        "positives": f"The case. {NON_LATIN}",
        "deciding_factors": HOSTILE,
    }
    reasons = {r.category: r for r in outcome.decline_reasons}
    assert set(reasons) == {DeclineCategory.COMPENSATION, DeclineCategory.OTHER}
    # What the company can act on is ticked by default; a move abroad is not.
    # Whether we can act on it follows the category until the manager says otherwise.
    assert reasons[DeclineCategory.COMPENSATION].controllable is None
    assert reasons[DeclineCategory.COMPENSATION].can_act
    assert not reasons[DeclineCategory.OTHER].can_act
    assert reasons[DeclineCategory.OTHER].text == "Moving to Oslo"
    assert (outcome.offer_made, outcome.result) == (True, OfferResult.DECLINED)
    assert any("Reason added" in line for line in lines)
    assert lines[-1] == "Result: declined (was pending)"


def test_unfilled_fields_leave_what_is_there_alone() -> None:
    meeting = make_meeting()
    meeting.outcome.survey_answers = {"concerns": "Said on the phone: on-call worries"}
    meeting.outcome.decline_reasons = [
        DeclineReason(DeclineCategory.PROCESS_TEMPO, "Three weeks of silence", False)
    ]
    meeting.outcome.result = OfferResult.ACCEPTED
    blank = export_decline_survey(meeting, anonymous=False)
    assert apply_decline_survey(meeting, blank) == []
    data = fill(blank, checks={reason_field(DeclineCategory.PROCESS_TEMPO)})
    assert apply_decline_survey(meeting, data) == []
    assert meeting.outcome.survey_answers == {"concerns": "Said on the phone: on-call worries"}
    assert meeting.outcome.decline_reasons[0].text == "Three weeks of silence"
    # The manager's own "we cannot act on it" stays, and an accepted offer is not overturned.
    assert meeting.outcome.decline_reasons[0].controllable is False
    assert meeting.outcome.result == OfferResult.ACCEPTED


def test_a_survey_from_another_meeting_is_refused_and_changes_nothing() -> None:
    meeting, other = make_meeting(), make_meeting("Jonas Berg")
    data = fill(
        export_decline_survey(other, anonymous=False), text={answer_field("positives"): "Nice"}
    )
    with pytest.raises(SurveyFormError, match="Jonas Berg, 2026-11-23"):
        apply_decline_survey(meeting, data)
    assert meeting.outcome.is_empty


def test_files_that_are_not_surveys_are_refused_clearly() -> None:
    meeting = make_meeting()
    with pytest.raises(SurveyFormError, match="not a PDF"):
        apply_decline_survey(meeting, b"hello")
    with pytest.raises(SurveyFormError, match="not a Meeting Planner declined offer survey"):
        apply_decline_survey(meeting, export_debrief_form(meeting))
    assert meeting.outcome.is_empty


def test_an_answer_longer_than_the_app_keeps_is_refused() -> None:
    meeting = make_meeting()
    data = fill(
        export_decline_survey(meeting, anonymous=False),
        text={answer_field("concerns"): "x" * (rules.LONG_TEXT_MAX + 1)},
    )
    with pytest.raises(SurveyFormError, match="characters"):
        apply_decline_survey(meeting, data)
    assert meeting.outcome.is_empty
