"""Documents, drafts and coach messages in the meeting's language: Swedish and Danish."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from form_filling import fill
from pypdf import PdfReader

from meeting_planner.domain.coach import review
from meeting_planner.domain.feedback import draft_feedback, has_gaps
from meeting_planner.domain.model import Decision, Language, Meeting, Rating
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.export.agenda import build_agenda
from meeting_planner.export.brief import build_brief
from meeting_planner.export.debrief_form import export_debrief_form
from meeting_planner.export.debrief_import import apply_debrief_form
from meeting_planner.export.decline_survey import export_decline_survey

NOW = datetime(2026, 11, 20, 9, 0)  # a Friday: the sample meeting falls on Monday 23 November


def meeting_in(language: Language) -> Meeting:
    meeting = sample_meeting(NOW)
    meeting.language = language
    return meeting


def text_of(data: bytes) -> str:
    """The PDF's text with whitespace squashed to single spaces, so wrapping does not matter."""
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


# What a reader of each language sees: labels, and dates as that language writes them.
EXPECTED = {
    Language.SV: {
        "brief": [
            "Chefens underlag",
            "Konfidentiellt: endast för intervjupanelen",
            "Före mötet",
            "måndag 23 november 2026, kl. 10.00–11.30",
            "Sida 1 av",
        ],
        "agenda": [
            "Välkommen",
            "Ditt möte med Nordvik Logistics",
            "Planen",
            "Efter mötet",
            "måndag 23 november",
        ],
        "form": [
            "Utvärderingsformulär",
            "1. Kriterierna, det viktigaste först",
            "Lämna ett erbjudande",
            "kl. 10.00",
            "Sida 1 av",
        ],
    },
    Language.DA: {
        "brief": [
            "Lederbriefing",
            "Fortroligt: kun til interviewpanelet",
            "Før mødet",
            "mandag den 23. november 2026 kl. 10.00–11.30",
            "Side 1 af",
        ],
        "agenda": [
            "Velkommen",
            "Dit møde med Nordvik Logistics",
            "Planen",
            "Efter mødet",
            "den 23. november",
        ],
        "form": [
            "Evalueringsskema",
            "1. Kriterierne, det vigtigste først",
            "Giv et tilbud",
            "kl. 10.00",
            "Side 1 af",
        ],
    },
}
BUILDERS = {"brief": build_brief, "agenda": build_agenda, "form": export_debrief_form}


@pytest.mark.parametrize("language", [Language.SV, Language.DA])
@pytest.mark.parametrize("document", ["brief", "agenda", "form"])
def test_documents_speak_the_meetings_language(language: Language, document: str) -> None:
    text = text_of(BUILDERS[document](meeting_in(language)))
    for expected in EXPECTED[language][document]:
        assert expected in text
    # No English label slips through.
    for english in ("Page 1 of", "Monday", "November 2026,", "Before the meeting", "The plan"):
        assert english not in text


def test_an_english_meeting_keeps_its_english_documents() -> None:
    meeting = meeting_in(Language.EN)
    brief = text_of(build_brief(meeting))
    assert "Monday 23 November 2026, 10:00–11:30" in brief
    assert "Confidential: for the interview panel only" in brief
    assert "Page 1 of" in brief
    agenda = text_of(build_agenda(meeting))
    assert "Welcome" in agenda and "Who you will meet" in agenda
    assert "Debrief form" in text_of(export_debrief_form(meeting))


def test_the_decline_survey_asks_in_the_meetings_language() -> None:
    swedish = text_of(export_decline_survey(meeting_in(Language.SV)))
    assert "Din syn på vår rekrytering" in swedish
    assert "Processen var långsam" in swedish
    danish = text_of(export_decline_survey(meeting_in(Language.DA)))
    assert "Dit syn på vores rekruttering" in danish


@pytest.mark.parametrize("language", [Language.SV, Language.DA])
def test_a_form_in_any_language_imports_back(language: Language) -> None:
    meeting = meeting_in(Language.EN)
    english_fields = set(PdfReader(io.BytesIO(export_debrief_form(meeting))).get_fields() or {})
    meeting.language = language
    form = export_debrief_form(meeting)
    assert set(PdfReader(io.BytesIO(form)).get_fields() or {}) == english_fields
    filled = fill(
        form,
        text={"resonated": "Teamet och tekniken"},
        radios={"interest": "5", "decision": "offer"},
        checks={"concern_compensation"},
    )
    apply_debrief_form(meeting, filled)
    debrief = meeting.debrief
    assert debrief.resonated == "Teamet och tekniken"
    assert debrief.interest == 5
    assert debrief.decision == Decision.OFFER
    assert [c.category.value for c in debrief.concerns] == ["compensation"]


def debriefed(language: Language, decision: Decision) -> Meeting:
    meeting = meeting_in(language)
    first, second = meeting.ranked_criteria[:2]
    meeting.debrief.ratings = [
        Rating(first.id, 1, "Could not explain the query plan."),
        Rating(second.id, 4, "Paired well on the case."),
    ]
    meeting.debrief.decision = decision
    return meeting


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        (
            Language.SV,
            ["Hej ", "Tack för att du träffade oss måndagen den 23 november", "Vänliga hälsningar"],
        ),
        (Language.DA, ["Hej ", "Tak fordi du mødte os mandag den 23. november", "Venlig hilsen"]),
    ],
)
def test_the_feedback_composer_drafts_in_the_meetings_language(
    language: Language, phrases: list[str]
) -> None:
    draft = draft_feedback(debriefed(language, Decision.REJECT))
    for phrase in phrases:
        assert phrase in draft
    assert "Thank you" not in draft and "Kind regards" not in draft


@pytest.mark.parametrize("language", [Language.SV, Language.DA])
def test_a_draft_with_gaps_is_recognised_in_its_language(language: Language) -> None:
    meeting = meeting_in(language)
    meeting.debrief.decision = Decision.ADVANCE
    draft = draft_feedback(meeting)
    assert has_gaps(draft, language)
    assert "[to fill in" not in draft


def test_coach_messages_follow_the_requested_language_with_the_same_findings() -> None:
    meeting = meeting_in(Language.EN)
    meeting.offer.salary.minimum = None
    meeting.offer.salary.maximum = None
    meeting.role.tech_stack = []
    english = review(meeting)
    swedish = review(meeting, language="sv")
    danish = review(meeting, language=Language.DA)
    shape = [(f.id, f.severity, f.target) for f in english.findings]
    assert shape and [(f.id, f.severity, f.target) for f in swedish.findings] == shape
    assert [(f.id, f.severity, f.target) for f in danish.findings] == shape
    assert swedish.score == english.score == danish.score
    by_id = {f.id: f for f in swedish.findings}
    assert by_id["role-no-stack"].message == "Rollen nämner ingen teknikstack."
    assert by_id["offer-no-salary"].why.startswith("Ett erbjudande som inte är konkurrenskraftigt")
    assert {f.id: f.message for f in danish.findings}["role-no-stack"] == (
        "Rollen nævner ingen teknologistak."
    )


def test_the_coach_speaks_the_meetings_language_by_default() -> None:
    meeting = meeting_in(Language.SV)
    meeting.agenda = []
    found = {f.id: f.message for f in review(meeting).findings}
    assert found["agenda-empty"] == "Agendan är tom; lägg till delar för att planera mötet."
    assert {f.id: f.message for f in review(meeting, language="en").findings}["agenda-empty"] == (
        "The agenda is empty; add blocks to plan the meeting."
    )


# -- read as the candidate would: the promise in the agenda and the letter ------------------


@pytest.mark.parametrize(
    ("language", "country", "start", "promised", "never"),
    [
        # A Friday: the answer comes on Tuesday, not "söndag".
        (Language.SV, "SE", datetime(2026, 12, 4, 10, 0), "tisdag 8 december 2026", "söndag"),
        # Before Christmas: 24-27 December are off in Sweden.
        (Language.SV, "SE", datetime(2026, 12, 23, 10, 0), "tisdag 29 december 2026", "fredag"),
        # Thursday before Constitution Day (Friday 5 June) and the weekend.
        (Language.DA, "DK", datetime(2026, 6, 4, 10, 0), "tirsdag den 9. juni 2026", "søndag"),
        (Language.DA, "DK", datetime(2026, 12, 4, 10, 0), "tirsdag den 8. december", "søndag"),
    ],
)
def test_the_candidate_agenda_promises_a_working_day(
    language: Language, country: str, start: datetime, promised: str, never: str
) -> None:
    from meeting_planner.export import export_agenda

    meeting = meeting_in(language)
    meeting.country, meeting.start = country, start
    after = text_of(export_agenda(meeting)).split("Efter")[-1]
    assert promised in after
    assert never not in after


@pytest.mark.parametrize(
    ("language", "country", "decision_day"),
    [
        (Language.SV, "SE", "senast onsdagen den 13 januari"),  # not Epiphany, 6 January
        # Denmark works on Epiphany, so its ten working days end a day sooner.
        (Language.DA, "DK", "senest tirsdag den 12. januar"),
    ],
)
def test_the_letter_reads_as_written_to_the_candidate(
    language: Language, country: str, decision_day: str
) -> None:
    meeting = debriefed(language, Decision.HOLD)
    meeting.country, meeting.start = country, datetime(2026, 12, 23, 10, 0)
    first = meeting.ranked_criteria[0]
    line = "du fandt den langsomme forespørgsel" if language is Language.DA else "du hittade felet"
    meeting.set_rating(first.id, 4, "Panel note ZZQ", line)
    letter = draft_feedback(meeting)
    assert decision_day in letter
    assert f"- {line[0].upper()}{line[1:]}." in letter
    assert "ZZQ" not in letter
    assert "Thank you" not in letter and "[to fill in" not in letter
