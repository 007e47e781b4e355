"""The feedback composer: reasons from the most important unmet criteria, strengths from the
met ones, next steps by date, nothing internal, and the manager's signature."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain import feedback
from meeting_planner.domain.feedback import NoDecisionError, draft_feedback, has_gaps
from meeting_planner.domain.model import BlockNote, Decision, Language, Meeting, Part
from meeting_planner.domain.sample import sample_meeting

NOW = datetime(2026, 11, 20, 9, 0)
SECRET = "ZZ-internal-only"


def _debriefed(decision: Decision) -> Meeting:
    """The sample meeting: problem solving (rank 1) and system design (rank 2) not met,
    collaboration (3) and code quality (5) met, ownership (4) not rated."""
    meeting = sample_meeting(NOW)
    ids = {c.name: c.id for c in meeting.criteria}
    meeting.set_rating(ids["Problem solving"], 2, "Reached for a cache before the query plan.")
    meeting.set_rating(ids["System design"], 1, "Did not mention the event consumers.")
    meeting.set_rating(ids["Collaboration"], 4, "Built on Aino's hints out loud.")
    meeting.set_rating(ids["Code quality"], 3, "")
    meeting.debrief.decision = decision
    return meeting


def test_no_decision_means_no_draft() -> None:
    meeting = sample_meeting(NOW)
    with pytest.raises(NoDecisionError, match="decision"):
        draft_feedback(meeting)


def test_reject_names_the_highest_ranked_unmet_criterion_first_with_its_evidence() -> None:
    text = draft_feedback(_debriefed(Decision.REJECT))
    assert text.startswith("Hi Sanna,")
    assert "ranked first for this role is Problem solving" in text
    assert "Reached for a cache before the query plan" in text
    assert text.index("Problem solving") < text.index("System design")
    assert "fit other roles with us later" in text
    assert "value your view of our process" in text
    assert text.rstrip().endswith("Erik Lundgren\nEngineering manager")


def test_reject_follows_the_ranking_not_the_list_order() -> None:
    meeting = _debriefed(Decision.REJECT)
    by_name = {c.name: c for c in meeting.criteria}
    order = ["System design", "Problem solving", "Collaboration", "Ownership", "Code quality"]
    meeting.rank_criteria([by_name[n].id for n in order])
    text = draft_feedback(meeting)
    reason = text.split("We also saw")[0]
    assert "ranked first for this role is System design" in reason
    assert "Did not mention the event consumers" in reason
    # Only the first reason quotes its evidence: one concrete line, not a list of faults.
    assert "Reached for a cache" not in reason
    assert "also missed more depth in Problem solving" in reason


def test_a_lower_ranked_unmet_criterion_is_not_called_the_first() -> None:
    meeting = _debriefed(Decision.REJECT)
    ids = {c.name: c.id for c in meeting.criteria}
    meeting.set_rating(ids["Problem solving"], 4, "")
    meeting.set_rating(ids["System design"], 3, "")
    meeting.set_rating(ids["Ownership"], 1, "")
    text = draft_feedback(meeting)
    assert "One of the most important criteria for this role is Ownership" in text
    assert "ranked first" not in text


def test_strengths_list_the_met_criteria_in_rank_order_and_leave_out_the_rest() -> None:
    text = draft_feedback(_debriefed(Decision.REJECT))
    strengths = text.split("We also saw real strengths:")[1].split("\n\n")[0]
    lines = strengths.strip().splitlines()
    assert lines == ["- Collaboration: Built on Aino's hints out loud", "- Code quality"]
    assert "Ownership" not in text


def test_nothing_internal_reaches_the_candidate() -> None:
    meeting = _debriefed(Decision.REJECT)
    meeting.candidate.notes = f"{SECRET} candidate notes"
    meeting.agenda[0].internal_notes = f"{SECRET} block notes"
    meeting.run.notes.append(BlockNote(meeting.agenda[0].id, f"{SECRET} run notes"))
    meeting.debrief.resonated = f"{SECRET} resonated"
    meeting.debrief.reasons = f"{SECRET} reasons"
    meeting.debrief.competing_offers = f"{SECRET} competing"
    meeting.case.observe = [f"{SECRET} observe"]
    for decision in Decision:
        meeting.debrief.decision = decision
        assert SECRET not in draft_feedback(meeting)


def test_advance_says_what_convinced_us_and_when_the_decision_comes() -> None:
    meeting = _debriefed(Decision.ADVANCE)
    text = draft_feedback(meeting)
    assert "take the next step" in text
    assert "What convinced us:\n- Collaboration" in text
    # The meeting ends 23 Nov 11:30; the decision is due 14 days later.
    assert meeting.decision_due.date().isoformat() == "2026-12-07"
    assert "by Monday 7 December at the latest" in text
    assert "hear more about Problem solving and System design" in text
    assert "value your view of our process" in text


def test_offer_and_hold_give_a_date_and_invite_feedback() -> None:
    for decision, phrase in ((Decision.OFFER, "offer you the role"), (Decision.HOLD, "not made")):
        text = draft_feedback(_debriefed(decision))
        assert phrase in text
        assert "7 December" in text
        assert "value your view" in text


def test_gaps_are_marked_when_the_debrief_cannot_fill_them() -> None:
    meeting = sample_meeting(NOW)
    meeting.debrief.decision = Decision.REJECT
    meeting.participants = [p for p in meeting.participants if p.part != Part.MANAGER]
    text = draft_feedback(meeting)
    assert "[to fill in: the main reason" in text
    assert "[to fill in: your name]" in text
    assert has_gaps(text)
    assert not has_gaps(draft_feedback(_debriefed(Decision.REJECT)))


def test_a_long_evidence_note_is_shortened_to_its_first_line() -> None:
    meeting = _debriefed(Decision.REJECT)
    first = meeting.ranked_criteria[0]
    long_line = "word " * 100
    meeting.set_rating(first.id, 1, f"{long_line}\nSecond line stays out")
    text = draft_feedback(meeting)
    assert "Second line stays out" not in text
    quoted = text.split("“")[1].split("”")[0]
    assert quoted.endswith("…") and len(quoted) <= feedback.rules.FEEDBACK_QUOTE_MAX + 1


def test_an_untranslated_phrase_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    meeting = _debriefed(Decision.REJECT)
    english = draft_feedback(meeting)
    monkeypatch.setitem(feedback.PHRASES, "sv", {"closing": "Vänliga hälsningar"})
    meeting.language = Language.SV
    assert draft_feedback(meeting) == english.replace("Kind regards,", "Vänliga hälsningar")


def test_no_candidate_name_greets_politely() -> None:
    meeting = _debriefed(Decision.ADVANCE)
    meeting.candidate.name = ""
    assert draft_feedback(meeting).startswith("Hello,")
