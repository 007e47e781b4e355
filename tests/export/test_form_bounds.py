"""Hostile filled forms: whatever a PDF holds, reading it stays within its bounds of time
and memory, and anything beyond them is refused in one line."""

from __future__ import annotations

import time
from pathlib import Path

import pdf_bombs
import pytest
from form_filling import fill
from pdf_bombs import MB, form, object_stream_bomb, text_field

from meeting_planner.domain import rules
from meeting_planner.domain.model import Meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.export.debrief_form import export_debrief_form
from meeting_planner.export.debrief_import import DebriefFormError, apply_debrief_form
from meeting_planner.export.form_reader import read_form_fields
from meeting_planner.export.survey_import import SurveyFormError, apply_decline_survey

REFUSED = "^cannot read the PDF: "


def refused_in_time(data: bytes, meeting: Meeting) -> str:
    """The refusal of ``data`` as the meeting's debrief form: the meeting unchanged,
    and the answer no later than the time bound (and the moment a stop takes)."""
    before = meeting_to_dict(meeting)
    started = time.monotonic()
    with pytest.raises(DebriefFormError) as refused:
        apply_debrief_form(meeting, data)
    assert time.monotonic() - started < rules.FORM_READ_SECONDS + 0.5
    assert meeting_to_dict(meeting) == before
    return str(refused.value)


@pytest.fixture(scope="module")
def bombed() -> tuple[Meeting, bytes]:
    """The form from the issue: 20 object streams of 70 MB each, 1.4 MB on disk;
    read without bounds it took two minutes and 1.5 GB, then was accepted."""
    meeting = Meeting(title="Bombed")
    return meeting, object_stream_bomb(meeting.id)


def test_the_bomb_of_object_streams_is_refused_at_once(bombed: tuple[Meeting, bytes]) -> None:
    meeting, bomb = bombed
    assert len(bomb) < 2 * MB
    started = time.monotonic()
    message = refused_in_time(bomb, meeting)
    assert time.monotonic() - started < 3
    assert message == "cannot read the PDF: it holds far more than any form does"


def test_streams_each_under_the_limit_are_stopped_by_their_total(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rules, "FORM_STREAM_MAX_BYTES", 1 * MB)
    monkeypatch.setattr(rules, "FORM_UNPACKED_MAX_BYTES", 2 * MB)
    meeting = Meeting(title="Bombed")
    few = object_stream_bomb(meeting.id, streams=2, padding=MB // 2)
    assert apply_debrief_form(meeting, few) == ["What resonated: added"]
    many = object_stream_bomb(meeting.id, streams=8, padding=MB // 2)
    assert refused_in_time(many, meeting).endswith("it holds far more than any form does")


def test_a_form_that_reads_too_slowly_is_stopped_at_the_time_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """pypdf crawls through an object stream's padding byte by byte: 60 MB of it
    takes many seconds, far past the bound set here."""
    monkeypatch.setattr(rules, "FORM_READ_SECONDS", 1)
    monkeypatch.setattr(rules, "FORM_STREAM_MAX_BYTES", 100 * MB)
    monkeypatch.setattr(rules, "FORM_UNPACKED_MAX_BYTES", 100 * MB)
    meeting = Meeting(title="Slow")
    slow = object_stream_bomb(meeting.id, streams=1, padding=60 * MB)
    assert refused_in_time(slow, meeting) == (
        "cannot read the PDF: reading it takes longer than any form needs (stopped after 1 s)"
    )


def test_a_form_that_needs_too_much_memory_is_stopped_at_the_memory_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rules, "FORM_READ_MEMORY_BYTES", 120 * MB)
    monkeypatch.setattr(rules, "FORM_STREAM_MAX_BYTES", 100 * MB)
    monkeypatch.setattr(rules, "FORM_UNPACKED_MAX_BYTES", 1000 * MB)
    meeting = Meeting(title="Greedy")
    greedy = object_stream_bomb(meeting.id, streams=4, padding=40 * MB)
    assert refused_in_time(greedy, meeting) == (
        "cannot read the PDF: reading it needs more memory than any form (over 120 MB)"
    )


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(lambda i: pdf_bombs.many_fields(i, rules.FORM_FIELDS_MAX + 1), id="fields"),
        pytest.param(lambda i: pdf_bombs.deep_field_tree(i, 50), id="field-depth"),
        pytest.param(lambda i: pdf_bombs.nested_value(i, 100_000), id="nested-arrays"),
    ],
)
def test_forms_built_far_beyond_any_real_one_are_refused(build) -> None:
    meeting = Meeting(title="Odd")
    assert refused_in_time(build(meeting.id), meeting).startswith("cannot read the PDF: ")


def test_fields_whose_kids_lead_back_to_themselves_end_the_walk() -> None:
    meeting = Meeting(title="Loops")
    assert apply_debrief_form(meeting, pdf_bombs.circular_kids(meeting.id)) == []


def test_a_value_that_is_not_text_is_refused_with_its_field() -> None:
    meeting = Meeting(title="Odd value")
    dictionary = form(
        [text_field("mp_meeting_id", meeting.id), "<< /FT /Tx /T (resonated) /V << /A 1 >> >>"]
    )
    assert refused_in_time(dictionary, meeting) == (
        "What resonated on the form holds a dictionary, not text"
    )
    listed = form([f"<< /FT /Tx /T (mp_meeting_id) /V [({meeting.id})] >>"])
    assert refused_in_time(listed, meeting) == (
        "The meeting reference on the form holds a list, not text"
    )
    number = form([text_field("mp_meeting_id", meeting.id), "<< /FT /Btn /T (interest) /V 4 >>"])
    assert refused_in_time(number, meeting) == "interest on the form holds a number, not text"


def test_a_value_that_is_not_text_in_a_field_of_someone_else_is_left_alone() -> None:
    """A viewer may add its own fields (a signature holds a dictionary)."""
    meeting = Meeting(title="Signed")
    signed = form(
        [
            text_field("mp_meeting_id", meeting.id),
            text_field("resonated", "The team"),
            "<< /FT /Sig /T (Signature1) /V << /Type /Sig /Contents <00> >> >>",
        ]
    )
    assert apply_debrief_form(meeting, signed) == ["What resonated: added"]
    assert meeting.debrief.resonated == "The team"


def test_control_and_bidirectional_characters_are_taken_out_of_answers() -> None:
    meeting = Meeting(title="Escapes")
    hostile = "\x1b]0;owned\x07\x1b[2J\u202eevil.pdf\u2066 and\x00 more\r\nnext line\tend"
    answers = {"resonated": hostile, "reasons": "\x9b31m", "competing_timeline": hostile}
    data = fill(export_debrief_form(meeting), text=answers)
    apply_debrief_form(meeting, data)
    assert meeting.debrief.resonated == "]0;owned[2Jevil.pdf and more\nnext line\tend"
    assert meeting.debrief.reasons == "31m"
    # A field of one line in the app keeps none of the line breaks or tabs either.
    assert meeting.debrief.competing_timeline == "]0;owned[2Jevil.pdf and more next line end"


def test_a_refused_survey_says_so_in_one_line(bombed: tuple[Meeting, bytes]) -> None:
    meeting, bomb = bombed
    with pytest.raises(SurveyFormError, match=REFUSED + "it holds far more than any form does$"):
        apply_decline_survey(meeting, bomb)


def test_the_reader_never_imports_code_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder holding a "meeting_planner" package (an unpacked download, say) must
    not take the place of the app's own reader."""
    planted = tmp_path / "meeting_planner" / "export"
    planted.mkdir(parents=True)
    (planted.parent / "__init__.py").write_text("")
    (planted / "__init__.py").write_text("")
    (planted / "form_child.py").write_text(
        'print(\'{"fields": {"mp_meeting_id": ["text", "planted"]}}\')'
    )
    monkeypatch.chdir(tmp_path)
    meeting = Meeting(title="Real")
    values = read_form_fields(export_debrief_form(meeting))
    assert values["mp_meeting_id"] == meeting.id
