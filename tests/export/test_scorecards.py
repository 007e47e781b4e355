"""Each interviewer's own debrief form: it names them, comes back as their scorecard next
to the others' in any order, updates only theirs on a second import, and a form for
another meeting or for someone not on the panel is refused with a message."""

from __future__ import annotations

import io
import itertools
from datetime import datetime

import pytest
from form_filling import fill
from pypdf import PdfReader

from meeting_planner.domain.model import Decision, Meeting, Participant
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.scorecards import consolidated, disagreements, scorecard_of, spreads
from meeting_planner.domain.serialize import copy_meeting, meeting_to_dict
from meeting_planner.export.debrief_form import (
    INTERVIEWER_ID,
    INTERVIEWER_NAME,
    export_debrief_form,
    rating_field,
)
from meeting_planner.export.debrief_import import DebriefFormError, apply_debrief_form

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture(scope="module")
def meeting() -> Meeting:
    return sample_meeting(NOW)


def _form_of(meeting: Meeting, person: Participant, ratings: list[str], recommend: str) -> bytes:
    blank = export_debrief_form(meeting, interviewer=person)
    radios = {rating_field(c.id): r for c, r in zip(meeting.ranked_criteria, ratings, strict=False)}
    radios["decision"] = recommend
    return fill(blank, text={"reasons": f"{person.name}'s view"}, radios=radios)


@pytest.fixture(scope="module")
def forms(meeting: Meeting) -> dict[str, bytes]:
    a, b, c = meeting.participants[:3]
    return {
        a.id: _form_of(meeting, a, ["4", "3", "3"], "advance"),
        b.id: _form_of(meeting, b, ["2", "3", "4"], "hold"),
        c.id: _form_of(meeting, c, ["3", "3", "2"], "advance"),
    }


def test_the_form_names_its_interviewer_in_read_only_fields(meeting) -> None:
    person = meeting.participants[1]
    fields = PdfReader(io.BytesIO(export_debrief_form(meeting, interviewer=person))).get_fields()
    assert fields[INTERVIEWER_ID]["/V"] == person.id
    assert fields[INTERVIEWER_NAME]["/V"] == person.name
    for name in (INTERVIEWER_ID, INTERVIEWER_NAME):
        assert int(fields[name].get("/Ff", 0)) & 1  # read-only
    assert "shared_reason" not in fields and "feedback" not in fields
    assert INTERVIEWER_ID not in PdfReader(io.BytesIO(export_debrief_form(meeting))).get_fields()


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_forms_in_any_order_make_three_scorecards(meeting, forms, order) -> None:
    target = copy_meeting(meeting)
    debrief_before = meeting_to_dict(target)["debrief"]
    ids = list(forms)
    for n in order:
        lines = apply_debrief_form(target, forms[ids[n]])
        assert lines[0].startswith("Scorecard of ") and lines[0].endswith(": added")
    assert meeting_to_dict(target)["debrief"] == debrief_before
    assert sorted(c.participant_id for c in target.scorecards) == sorted(ids)
    first = meeting.ranked_criteria[0]
    assert {c.participant_id: c.rating_for(first.id).rating for c in target.scorecards} == {
        ids[0]: 4,
        ids[1]: 2,
        ids[2]: 3,
    }
    assert scorecard_of(target, ids[1]).recommendation is Decision.HOLD
    rows = {row.criterion_id: row for row in spreads(target)}
    assert rows[first.id].spread == 2 and rows[first.id].mean == 3.0
    assert [row.name for row in disagreements(target)] == [
        first.name,
        meeting.ranked_criteria[2].name,
    ]


def test_two_forms_then_the_same_persons_again_updates_only_theirs(meeting, forms) -> None:
    target = copy_meeting(meeting)
    ids = list(forms)
    apply_debrief_form(target, forms[ids[0]])
    apply_debrief_form(target, forms[ids[1]])
    other = meeting_to_dict(target)["scorecards"][0]
    person = meeting.participants[1]
    again = _form_of(meeting, person, ["3", "3", "4"], "advance")
    lines = apply_debrief_form(target, again)
    first = meeting.ranked_criteria[0].name
    assert lines[0] == f"Scorecard of {person.name}: updated"
    assert f"Rating for {first!r}: 3 (was 2)" in lines
    assert "Recommendation: advance (was hold)" in lines
    assert meeting_to_dict(target)["scorecards"][0] == other
    assert len(target.scorecards) == 2
    assert apply_debrief_form(target, again) == []


def test_a_form_of_another_meeting_or_someone_off_the_panel_is_refused(meeting, forms) -> None:
    other = sample_meeting(NOW)
    form = next(iter(forms.values()))
    with pytest.raises(DebriefFormError, match="belongs to another meeting"):
        apply_debrief_form(other, form)
    target = copy_meeting(meeting)
    gone = target.participants[0]
    target.remove_participant(gone.id)
    with pytest.raises(DebriefFormError, match=f"{gone.name} is not on this meeting's panel"):
        apply_debrief_form(target, forms[gone.id])
    assert target.scorecards == []


def test_the_letter_draws_on_the_panel_where_the_manager_did_not_rate(meeting, forms) -> None:
    target = copy_meeting(meeting)
    for form in forms.values():
        apply_debrief_form(target, form)
    first, second = meeting.ranked_criteria[:2]
    target.set_rating(first.id, 1, "Manager's own view")
    view = consolidated(target)
    assert view.debrief.rating_for(first.id).rating == 1
    assert view.debrief.rating_for(second.id).rating == 3
    assert target.debrief.rating_for(second.id) is None
