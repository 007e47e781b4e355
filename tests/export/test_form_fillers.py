"""The forms filled with outside tools: what was typed is drawn on the page, and reads back.

Each filler draws the filled fields itself; the test reads the drawn page back
(every widget painted into it) and then imports the filled form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from outside_fillers import drawn_text, fill_with_pdftk, fill_with_pymupdf, fill_with_qpdf
from pdfjs_filling import fill_as_pdfjs

from meeting_planner.domain.model import ConcernCategory, Criterion, Meeting
from meeting_planner.export.debrief_form import export_debrief_form
from meeting_planner.export.debrief_import import read_debrief_form
from meeting_planner.export.decline_survey import export_decline_survey
from meeting_planner.export.survey_import import read_decline_survey

NORDIC = "Åsa Ærø-Østergård, Ängelholm, Þóra Guðmundsdóttir, Jyväskylä"
WESTERN = "Françoise Müller-Núñez: «très bien» – 5 € ½ œ ß"
EXTRA_LATIN = "Łukasz Dvořák, Şükrü Öztürk, Ewa Kęsicka, Máret Áŋŋel Đorđević"
# Beyond the form font: kept exactly in the value, not drawn by every filler.
BEYOND = "Дмитрий Σοφία"


def meeting() -> Meeting:
    m = Meeting(title="Backend", start=datetime(2026, 11, 23, 14, 0))
    m.candidate.name = "Ana Lima"
    m.add_criterion(Criterion("Code quality", "d", "e", rank=1, id="c1"))
    return m


TEXT = {
    "feedback": f"{NORDIC}. {WESTERN}. {EXTRA_LATIN}.",
    "competing_timeline": NORDIC,
    "crit_c1_evidence": EXTRA_LATIN,
    "reasons": BEYOND,
}
RADIOS = {"decision": "offer", "crit_c1_rating": "3"}
CHECKS = {"concern_compensation"}


def squash(text: str) -> str:
    return "".join(text.split())


Filler = Callable[[bytes, dict[str, str], dict[str, str], set[str]], bytes]


@pytest.mark.parametrize("fill", [fill_with_pymupdf, fill_with_pdftk], ids=["pymupdf", "pdftk"])
def test_a_filled_debrief_shows_every_typed_letter_and_imports_exactly(fill: Filler) -> None:
    m = meeting()
    filled = fill(export_debrief_form(m), TEXT, RADIOS, CHECKS)
    for name in ("feedback", "competing_timeline", "crit_c1_evidence"):
        assert drawn_text(filled, name) == squash(TEXT[name])
    answers = read_debrief_form(filled)
    assert answers.feedback == TEXT["feedback"]
    assert answers.competing_timeline == NORDIC
    assert answers.criteria["c1"].evidence == EXTRA_LATIN
    assert answers.criteria["c1"].rating == 3
    assert answers.reasons == BEYOND
    assert answers.decision is not None and answers.decision.value == "offer"
    assert answers.concerns[ConcernCategory.COMPENSATION].ticked


def test_beyond_the_form_font_pdftk_draws_question_marks_but_the_value_is_exact() -> None:
    filled = fill_with_pdftk(export_debrief_form(meeting()), {"reasons": "Ok " + BEYOND}, {}, set())
    assert drawn_text(filled, "reasons") == "Ok" + "?" * len(squash(BEYOND))
    assert read_debrief_form(filled).reasons == "Ok " + BEYOND


def test_qpdf_draws_the_nordic_and_western_range_and_marks_the_rest() -> None:
    text = {"competing_timeline": NORDIC, "feedback": WESTERN, "reasons": "Łukasz"}
    filled = fill_with_qpdf(export_debrief_form(meeting()), text)
    assert drawn_text(filled, "competing_timeline") == squash(NORDIC)
    assert drawn_text(filled, "feedback") == squash(WESTERN)
    # qpdf encodes only by an encoding's name (WinAnsi): the letters beyond it become "?".
    assert drawn_text(filled, "reasons") == "?ukasz"
    answers = read_debrief_form(filled)
    assert (answers.competing_timeline, answers.reasons) == (NORDIC, "Łukasz")


@pytest.mark.parametrize("fill", [fill_with_pymupdf, fill_with_pdftk], ids=["pymupdf", "pdftk"])
def test_a_filled_survey_shows_its_answers_and_imports_exactly(fill: Filler) -> None:
    m = meeting()
    text = {"answer_positives": f"{NORDIC} {EXTRA_LATIN}", "reason_other_text": WESTERN}
    filled = fill(export_decline_survey(m), text, {}, {"reason_other"})
    assert drawn_text(filled, "answer_positives") == squash(text["answer_positives"])
    assert drawn_text(filled, "reason_other_text") == squash(WESTERN)
    answers = read_decline_survey(filled)
    assert answers.answers["positives"] == text["answer_positives"]
    assert answers.reasons[ConcernCategory.OTHER].ticked


def test_pdfjs_draws_what_was_typed_in_the_form_font_as_firefox_prints_and_saves_it() -> None:
    # Not in the form font, pdf.js would draw the whole field in a stand-in (and fail here).
    m = meeting()
    text = {name: value for name, value in TEXT.items() if name != "reasons"}
    filled = fill_as_pdfjs(export_debrief_form(m), text)
    for name, value in text.items():
        assert drawn_text(filled, name) == squash(value)
    answers = read_debrief_form(filled)
    assert answers.feedback == TEXT["feedback"]
    assert answers.criteria["c1"].evidence == EXTRA_LATIN
    survey = {"answer_positives": f"{NORDIC}\n{EXTRA_LATIN}", "reason_other_text": WESTERN}
    filled = fill_as_pdfjs(export_decline_survey(m), survey)
    for name, value in survey.items():
        assert drawn_text(filled, name) == squash(value)
    assert read_decline_survey(filled).answers["positives"] == survey["answer_positives"]


def test_the_unfilled_form_draws_its_meeting_reference_and_empty_boxes() -> None:
    m = meeting()
    data = export_debrief_form(m)
    assert drawn_text(data, "mp_meeting_id") == m.id
    assert drawn_text(data, "feedback") == ""
