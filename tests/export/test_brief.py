"""The manager's brief: what a manager reads the evening before, on every page it runs to."""

from __future__ import annotations

import builtins
import io
import re

import pypdf
import pytest

from meeting_planner.domain.coach import review
from meeting_planner.domain.model import BlockKind, Meeting
from meeting_planner.domain.words import KIND_LABEL
from meeting_planner.export import export_brief, export_warnings


def test_brief_header_names_candidate_role_time_room_and_panel(full_meeting, pdf_pages) -> None:
    first = pdf_pages(export_brief(full_meeting))[0]
    assert "Sanna Järvinen" in first
    assert "Backend developer" in first
    assert "Monday 23 November 2026, 10:00–11:30" in first
    assert "meeting room Skagen" in first
    for person in full_meeting.participants:
        assert person.name in first
        assert person.title in first


def test_agenda_table_has_clock_times_minutes_kinds_and_owners(full_meeting, pdf_text) -> None:
    text = pdf_text(export_brief(full_meeting))
    for block, time in zip(full_meeting.agenda, review(full_meeting).times, strict=True):
        row = f"{time.start:%H:%M}–{time.end:%H:%M}{block.minutes}{block.title}"
        assert "".join(row.split()) in text, block.title
        assert "".join(KIND_LABEL[block.kind].split()) in text
    assert "TimeMinBlockKindOwner" in text


def test_balance_shows_shares_target_band_score_and_top_findings(full_meeting, pdf_pages) -> None:
    full_meeting.agenda = [b for b in full_meeting.agenda if b.kind != BlockKind.PITCH]
    result = review(full_meeting)
    text = "".join(pdf_pages(export_brief(full_meeting)))
    assert f"Coach score: {result.score} / 100" in text
    selling = round(result.selling_share * 100)
    assert f"Selling {selling} % (pitch and team); target 35–55 %" in text
    case = round(result.shares["case"] * 100)
    assert f"Case: {result.minutes['case']} min ({case} %)" in text
    assert "Pitch:" not in text  # no pitch, so no empty legend entry for it
    assert result.findings, "without pitches the coach should object"
    flat = " ".join(text.split())
    assert " ".join(result.findings[0].message.split()) in flat


def test_pitch_points_mark_the_motivations_they_answer(full_meeting, pdf_text) -> None:
    text = pdf_text(export_brief(full_meeting))
    assert "→answers“remotework”" in text
    assert "→answers“mentoring”" in text
    for block in full_meeting.agenda:
        if block.kind == BlockKind.PITCH:
            for point in block.talking_points:
                assert "".join(point.split()) in text


def test_case_criteria_questions_checklist_and_timeline(full_meeting, pdf_text) -> None:
    text = pdf_text(export_brief(full_meeting))
    case = full_meeting.case
    for item in [case.brief, *case.observe, *case.materials]:
        assert "".join(item.split()) in text
    positions = [text.index("".join(c.name.split())) for c in full_meeting.ranked_criteria]
    assert positions == sorted(positions), "criteria must come most important first"
    for c in full_meeting.ranked_criteria:
        assert "".join(c.good_evidence.split()) in text
    dialogue = [b for b in full_meeting.agenda if b.kind == BlockKind.DIALOGUE]
    for point in dialogue[0].talking_points:
        assert "".join(point.split()) in text
    assert "Beforethemeeting" in text and "☐" in text
    assert "AnswerduebyWednesday25November2026at11:30" in text  # 48 hours after 11:30
    assert "DecisionduebyMonday7December2026" in text  # the decision, 14 days on


def test_every_page_is_numbered_and_marked_confidential(long_meeting, pdf_pages) -> None:
    pages = pdf_pages(export_brief(long_meeting))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Confidential" in page
        assert "Sanna Järvinen" in page
        assert "23 Nov 2026" in page


def test_long_content_flows_across_pages_without_losing_anything(
    long_meeting, pdf_pages, pdf_text
) -> None:
    data = export_brief(long_meeting)
    pages = pdf_pages(data)
    # Owners appear only in the agenda table.
    table_pages = [p for p in pages if re.search(r"Owner \d+", p)]
    assert len(table_pages) >= 2, "a 40-block agenda should not fit on one page"
    for page in table_pages:
        assert "Time" in page and "Owner" in page, "the table header repeats on every page"
    text = pdf_text(data)
    for i in range(1, 41):
        assert f"Blocknumber{i}" in text
        assert f"Owner{i}" in text
    notes = long_meeting.candidate.notes
    assert len(notes) >= 5000
    # Page breaks put headers and footers between the words; the words stay in order.
    assert re.findall(r"n\d{4}", "".join(pages)) == notes.split()
    for i in range(1, 13):
        assert f"{i}.Criterion{i}" in text


def test_hostile_text_comes_out_literally_and_opens_nothing(
    hostile_meeting, hostile_values, pdf_text, monkeypatch
) -> None:
    export_brief(Meeting())  # fonts registered before the guard goes up
    opened: list[str] = []
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if "passwd" in str(file) or "javascript" in str(file):
            opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def no_network(*args, **kwargs):
        raise AssertionError(f"a URL was fetched: {args}")

    import reportlab.lib.utils as rl_utils

    real_read = rl_utils.open_for_read

    def guarded_read(name, *args, **kwargs):
        opened.append(str(name))
        return real_read(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(rl_utils, "open_for_read", guarded_read)
    monkeypatch.setattr("urllib.request.urlopen", no_network)

    data = export_brief(hostile_meeting)

    assert opened == []
    assert b"/URI" not in data and b"/JavaScript" not in data
    text = pdf_text(data)
    hostile = "".join(hostile_values.text.split())
    # Title, location, notes, talking points, case fields, criteria: dozens of copies.
    assert text.count(hostile) > 40


def test_names_in_four_scripts_come_out_exactly(hostile_meeting, hostile_values, pdf_pages) -> None:
    text = "".join(pdf_pages(export_brief(hostile_meeting)))
    for name in hostile_values.names:
        assert name in text


def test_characters_missing_from_the_font_do_not_stop_the_export(
    hostile_meeting, hostile_values, pdf_pages
) -> None:
    pages = pdf_pages(export_brief(hostile_meeting))
    assert "Łukasz Dvořák" in pages[0]
    (warning,) = export_warnings(hostile_meeting)
    for ch in hostile_values.missing:
        assert ch in warning


def test_letter_paper_and_a4_differ_in_size(full_meeting) -> None:
    def size(data: bytes) -> tuple[float, float]:
        box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
        return round(float(box.width)), round(float(box.height))

    assert size(export_brief(full_meeting)) == (595, 842)
    assert size(export_brief(full_meeting, paper="letter")) == (612, 792)
    with pytest.raises(ValueError, match="a4 or letter"):
        export_brief(full_meeting, paper="a3")


def test_same_meeting_gives_the_same_file(full_meeting) -> None:
    assert export_brief(full_meeting) == export_brief(full_meeting)


def test_an_empty_meeting_still_exports(pdf_pages) -> None:
    pages = pdf_pages(export_brief(Meeting()))
    assert "The agenda is empty." in pages[0]
    assert "Page 1 of 1" in pages[0]


def test_a_given_review_is_used_as_is(full_meeting, pdf_pages) -> None:
    from dataclasses import replace

    edited = replace(review(full_meeting), score=42)
    text = "".join(pdf_pages(export_brief(full_meeting, review=edited)))
    assert "Coach score: 42 / 100" in text
