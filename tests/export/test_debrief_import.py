"""Reading a filled debrief form back: every answer lands, wrong files are refused clearly."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from form_filling import fill
from pypdf import PdfReader, PdfWriter

from meeting_planner.domain import rules
from meeting_planner.domain.model import (
    Concern,
    ConcernCategory,
    Criterion,
    Decision,
    Meeting,
    Rating,
)
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.export.debrief_form import export_debrief_form
from meeting_planner.export.debrief_import import (
    DebriefFormError,
    apply_debrief_form,
    read_debrief_form,
)

HOSTILE = '<b>bold</b> & <img src="x"> "quoted" \'single\' S&P &amp;'
NON_LATIN = "Łukasz Dvořák / Σοφία / Дмитрий"


def make_meeting(name: str = "Ana Lima") -> Meeting:
    meeting = Meeting(title="Backend", start=datetime(2026, 11, 23, 14, 0))
    meeting.candidate.name = name
    meeting.add_criterion(Criterion("System design", rank=1, id="c1"))
    meeting.add_criterion(Criterion("Collaboration", rank=2, id="c2"))
    return meeting


def filled_everything(meeting: Meeting, words: str = "noted") -> bytes:
    return fill(
        export_debrief_form(meeting),
        text={
            "crit_c1_evidence": f"c1 {words}",
            "crit_c2_evidence": f"c2 {words}",
            "crit_c1_shared": f"You showed c1 {words}",
            "shared_reason": f"shared reason {words}",
            "resonated": f"resonated {words}",
            "concern_compensation_text": f"pay {words}",
            "concern_other_text": f"other {words}",
            "competing_offers": f"offers {words}",
            "competing_timeline": f"timeline {words}",
            "reasons": f"reasons {words}",
            "feedback": f"feedback {words}",
        },
        radios={"crit_c1_rating": "4", "crit_c2_rating": "2", "interest": "5", "decision": "offer"},
        checks={"concern_compensation", "concern_process_tempo", "later_role"},
    )


def test_every_answer_on_the_form_lands_in_the_debrief() -> None:
    meeting = make_meeting()
    lines = apply_debrief_form(meeting, filled_everything(meeting))
    d = meeting.debrief
    assert [(r.criterion_id, r.rating, r.evidence) for r in d.ratings] == [
        ("c1", 4, "c1 noted"),
        ("c2", 2, "c2 noted"),
    ]
    assert d.interest == 5
    assert d.decision == Decision.OFFER
    assert {(c.category, c.text) for c in d.concerns} == {
        (ConcernCategory.COMPENSATION, "pay noted"),
        (ConcernCategory.PROCESS_TEMPO, ""),
        (ConcernCategory.OTHER, "other noted"),
    }
    assert (d.resonated, d.competing_offers, d.competing_timeline) == (
        "resonated noted",
        "offers noted",
        "timeline noted",
    )
    assert (d.reasons, d.feedback) == ("reasons noted", "feedback noted")
    # What the panel wrote for the candidate comes in apart from the internal notes.
    assert [r.shared for r in d.ratings] == ["You showed c1 noted", ""]
    assert d.shared_reason == "shared reason noted"
    assert d.later_role is True
    assert "Line to the candidate for 'System design': added" in lines
    assert "Could fit a later role: ticked" in lines
    assert "Rating for 'System design': 4 (was not set)" in lines
    assert "Decision: offer (was not set)" in lines
    assert "Feedback to the candidate: added" in lines


def test_a_blank_form_leaves_the_existing_debrief_alone() -> None:
    meeting = make_meeting()
    d = meeting.debrief
    d.ratings = [Rating("c1", 3, "kept evidence")]
    d.interest, d.decision = 4, Decision.HOLD
    d.concerns = [Concern(ConcernCategory.FLEXIBILITY, "kept concern")]
    d.resonated, d.feedback, d.competing_timeline = "kept", "kept feedback", "kept timeline"
    d.later_role, d.shared_reason = True, "kept reason"
    before = meeting_to_dict(meeting)
    assert apply_debrief_form(meeting, export_debrief_form(meeting)) == []
    assert meeting_to_dict(meeting) == before


def test_a_partly_filled_form_changes_only_what_was_filled() -> None:
    meeting = make_meeting()
    meeting.debrief.ratings = [Rating("c1", 3, "kept evidence")]
    meeting.debrief.feedback = "kept feedback"
    meeting.debrief.concerns = [Concern(ConcernCategory.COMPENSATION, "kept pay")]
    data = fill(
        export_debrief_form(meeting),
        text={"reasons": "new reasons"},
        radios={"crit_c1_rating": "1"},
        checks={"concern_compensation"},
    )
    lines = apply_debrief_form(meeting, data)
    d = meeting.debrief
    assert (d.ratings[0].rating, d.ratings[0].evidence) == (1, "kept evidence")
    assert (d.feedback, d.reasons) == ("kept feedback", "new reasons")
    assert [(c.category, c.text) for c in d.concerns] == [
        (ConcernCategory.COMPENSATION, "kept pay")
    ]
    assert lines == ["Rating for 'System design': 1 (was 3)", "Decision notes: added"]


def test_hostile_and_non_latin_text_comes_back_literally() -> None:
    meeting = make_meeting()
    apply_debrief_form(meeting, filled_everything(meeting, f"{HOSTILE}\n{NON_LATIN}"))
    assert meeting.debrief.feedback == f"feedback {HOSTILE}\n{NON_LATIN}"
    assert meeting.debrief.rating_for("c1").evidence == f"c1 {HOSTILE}\n{NON_LATIN}"


def test_a_form_from_another_meeting_is_refused_and_changes_nothing() -> None:
    other = make_meeting("Sofia Berg")
    other.start = datetime(2026, 12, 1, 9, 0)
    meeting = make_meeting()
    before = meeting_to_dict(meeting)
    with pytest.raises(DebriefFormError) as caught:
        apply_debrief_form(meeting, filled_everything(other))
    assert str(caught.value) == (
        "this form belongs to another meeting (Sofia Berg, 2026-12-01); "
        "open that meeting to import it"
    )
    assert meeting_to_dict(meeting) == before


def test_files_that_are_not_debrief_forms_are_refused_clearly() -> None:
    from reportlab.pdfgen.canvas import Canvas

    with pytest.raises(DebriefFormError, match="^cannot read the PDF: this file is not a PDF$"):
        read_debrief_form(b"Name,Rating\nAna,4\n")
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "An invoice")
    canvas.save()
    with pytest.raises(DebriefFormError, match="^not a Meeting Planner debrief form$"):
        read_debrief_form(out.getvalue())
    broken = export_debrief_form(make_meeting())[:2000]
    with pytest.raises(DebriefFormError, match="^cannot read the PDF: "):
        read_debrief_form(broken)


def test_radio_choices_stored_as_text_are_read_too() -> None:
    """pypdf itself stores a radio choice as the string "/3" rather than a name."""
    meeting = make_meeting()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(export_debrief_form(meeting))))
    writer.update_page_form_field_values(None, {"interest": "/3", "decision": "/reject"})
    out = io.BytesIO()
    writer.write(out)
    answers = read_debrief_form(out.getvalue())
    assert (answers.interest, answers.decision) == (3, Decision.REJECT)


def test_an_answer_longer_than_the_app_keeps_is_refused_with_its_field() -> None:
    meeting = make_meeting()
    data = fill(export_debrief_form(meeting), text={"competing_timeline": "x" * 301})
    with pytest.raises(DebriefFormError, match="Their timeline .* 301 characters"):
        apply_debrief_form(meeting, data)
    assert meeting.debrief.is_empty
    assert rules.SHORT_TEXT_MAX == 300


def test_a_choice_the_form_never_offered_is_refused() -> None:
    meeting = make_meeting()
    data = fill(export_debrief_form(meeting), radios={"interest": "5"})
    data = data.replace(b"/V /5", b"/V /9")
    with pytest.raises(DebriefFormError, match="'9' for interest"):
        read_debrief_form(data)


def test_criteria_with_unusual_ids_round_trip() -> None:
    meeting = make_meeting()
    meeting.criteria[0].id = "crit.1/ü_x"
    data = fill(
        export_debrief_form(meeting),
        text={f"crit_{'_' + 'crit.1/ü_x'.encode().hex()}_evidence": "seen"},
    )
    apply_debrief_form(meeting, data)
    assert meeting.debrief.rating_for("crit.1/ü_x").evidence == "seen"


def test_answers_for_a_criterion_removed_since_are_skipped_and_said() -> None:
    meeting = make_meeting()
    data = fill(export_debrief_form(meeting), radios={"crit_c2_rating": "3"})
    meeting.remove_criterion("c2")
    lines = apply_debrief_form(meeting, data)
    assert meeting.debrief.ratings == []
    assert lines == ["Skipped answers for 1 criterion this meeting no longer has"]


def test_a_decision_from_the_form_makes_a_held_meeting_debriefed() -> None:
    import io
    from datetime import datetime

    from pypdf import PdfReader, PdfWriter

    from meeting_planner.domain.model import Status
    from meeting_planner.domain.sample import sample_meeting
    from meeting_planner.export.debrief_form import export_debrief_form
    from meeting_planner.export.debrief_import import apply_debrief_form

    meeting = sample_meeting(datetime(2026, 11, 20, 9))
    meeting.status = Status.HELD
    reader = PdfReader(io.BytesIO(export_debrief_form(meeting)))
    writer = PdfWriter()
    writer.append(reader)
    for page in writer.pages:
        writer.update_page_form_field_values(page, {"decision": "/reject"}, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    changes = apply_debrief_form(meeting, out.getvalue())
    assert meeting.debrief.decision is not None
    assert meeting.status is Status.DEBRIEFED and "Status: debriefed" in changes
