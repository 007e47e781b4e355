"""The candidate's agenda: friendly, complete for the candidate, and free of anything internal."""

from __future__ import annotations

import io
import re

import pypdf

from meeting_planner.domain.coach import review
from meeting_planner.domain.model import Meeting
from meeting_planner.export import export_agenda
from meeting_planner.export.agenda import KIND_PLAIN


def test_agenda_says_when_where_who_and_what(full_meeting, pdf_pages, pdf_text) -> None:
    data = export_agenda(full_meeting)
    pages = pdf_pages(data)
    assert len(pages) <= 2, "the demo agenda should be a short read"
    first = pages[0]
    assert "Welcome, Sanna Järvinen" in first
    assert "Monday 23 November 2026, 10:00–11:30" in first
    assert "meeting room Skagen" in first
    for person in full_meeting.participants:
        assert f"{person.name}, {person.title}" in first
    text = pdf_text(data)
    for block, time in zip(full_meeting.agenda, review(full_meeting).times, strict=True):
        assert "".join(f"{time.start:%H:%M}–{time.end:%H:%M}{block.title}".split()) in text
        assert "".join(KIND_PLAIN[block.kind].split()) in text


def test_agenda_tells_what_to_prepare_and_when_the_answer_comes(full_meeting, pdf_text) -> None:
    text = pdf_text(export_agenda(full_meeting))
    case = full_meeting.case
    assert "".join(case.title.split()) in text
    assert "".join(case.prepare.split()) in text
    assert f"Ittakesabout{case.minutes}minutes" in text
    assert "YouwillhearfromusbyWednesday25November2026at11:30" in text
    assert "AskMajaStröm" in text


def test_agenda_carries_nothing_internal(marked_meeting, pdf_text) -> None:
    meeting, markers = marked_meeting
    data = export_agenda(meeting)
    text = pdf_text(data)
    metadata = " ".join(str(v) for v in (pypdf.PdfReader(io.BytesIO(data)).metadata or {}).values())
    leaked = [m for m in markers if m in text or m in metadata]
    assert leaked == []
    # The markers are there to be found: the brief shows those of the plan.
    from meeting_planner.export import export_brief

    brief = pdf_text(export_brief(meeting))
    after_the_meeting = (
        "Zqrating",
        "Zqresonated",
        "Zqreasons",
        "Zqfeedback",
        "Zqcomp",
        "Zqconcern",
        "Zqdecline",
        "Zqsurvey",
        "Zqemail",
        "Zqphone",
    )
    shown = [m for m in markers if m.startswith("Zq") and not m.startswith(after_the_meeting)]
    assert "987,654" in brief
    assert [m for m in shown if m not in brief] == []


def test_agenda_shows_no_coach_finding_or_panel_words(marked_meeting, pdf_pages) -> None:
    meeting, _ = marked_meeting
    meeting.agenda = meeting.agenda[:3]  # an unbalanced plan, so the coach has things to say
    result = review(meeting)
    assert result.findings
    text = " ".join(" ".join(pdf_pages(export_agenda(meeting))).split())
    for finding in result.findings:
        assert " ".join(finding.message.split()) not in text
    for word in ("Coach", "Confidential", "Criterion", "Debrief", "Salary", "observe"):
        assert word.lower() not in text.lower(), word


def test_hostile_text_comes_out_literally(hostile_meeting, hostile_values, pdf_pages) -> None:
    data = export_agenda(hostile_meeting)
    assert b"/URI" not in data and b"/JavaScript" not in data
    pages = pdf_pages(data)
    squashed = "".join("".join(pages).split())
    hostile = "".join(hostile_values.text.split())
    # Title, role, location, participants' titles, block titles and owners, case.
    assert squashed.count(hostile) >= 2 * len(hostile_meeting.agenda)
    text = "".join(pages)
    for name in hostile_values.names:
        assert name in text


def test_long_agenda_repeats_its_header_and_numbers_pages(long_meeting, pdf_pages) -> None:
    pages = pdf_pages(export_agenda(long_meeting))
    table_pages = [p for p in pages if re.search(r"Owner \d+", p)]
    assert len(table_pages) >= 2
    for page in table_pages:
        assert "What happens" in page
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Confidential" not in page
    assert re.findall(r"p\d{4}", "".join(pages)) == long_meeting.case.prepare.split()
    text = "".join(pages)
    for i in range(1, 41):
        assert f"Block number {i}" in text


def test_an_empty_meeting_still_exports(pdf_pages) -> None:
    pages = pdf_pages(export_agenda(Meeting()))
    assert "Welcome" in pages[0]
    assert "Page 1 of 1" in pages[0]


def test_a_word_wider_than_the_page_wraps_without_losing_letters(full_meeting, pdf_text) -> None:
    word = "".join(chr(ord("a") + i % 26) for i in range(300))
    full_meeting.agenda[0].title = word
    full_meeting.participants[0].title = word
    assert pdf_text(export_agenda(full_meeting)).count(word) == 2


def test_the_contact_is_given_with_their_address_in_every_language(full_meeting, pdf_text) -> None:
    from meeting_planner.domain.candidate_view import contact_person
    from meeting_planner.domain.enums import Language

    contact = contact_person(full_meeting)
    contact.email = "maja.strom@nordvik.example"
    expected = {
        Language.EN: "AskMajaStröm(maja.strom@nordvik.example),whoisgladtohelp.",
        Language.SV: "HöravdigtillMajaStröm(maja.strom@nordvik.example),somgärnahjälperdig.",
        Language.DA: "KontaktMajaStröm(maja.strom@nordvik.example),somgernehjælperdig.",
    }
    for language, sentence in expected.items():
        full_meeting.language = language
        assert sentence in pdf_text(export_agenda(full_meeting)), language
    contact.email = ""
    full_meeting.language = Language.EN
    assert "AskMajaStröm,whoisgladtohelp." in pdf_text(export_agenda(full_meeting))
