"""The feedback letter: reasons from the most important unmet criteria and the manager's
chosen reason, strengths as sentences, next steps by date, the lines written for the
candidate and nothing internal, signed by the manager, and sent only when it can be."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from meeting_planner.domain import feedback
from meeting_planner.domain.feedback import (
    NoDecisionError,
    SendProblem,
    draft_feedback,
    gaps_in,
    has_gaps,
    send_problems,
)
from meeting_planner.domain.library import builtin_template
from meeting_planner.domain.model import (
    BlockNote,
    Concern,
    ConcernCategory,
    Decision,
    Language,
    Marker,
    MarkerKind,
    Meeting,
    Part,
)
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.templates import meeting_from_template

NOW = datetime(2026, 11, 20, 9, 0)
EVIDENCE_PS = "Reached for a cache before the query plan."
EVIDENCE_COLLAB = "Built on Aino's hint about caching and credited her."


def _debriefed(decision: Decision) -> Meeting:
    """The sample meeting: problem solving (rank 1) and system design (rank 2) not met,
    collaboration (3) and code quality (5) met, ownership (4) not rated."""
    meeting = sample_meeting(NOW)
    ids = {c.name: c.id for c in meeting.criteria}
    meeting.set_rating(ids["Problem solving"], 2, EVIDENCE_PS)
    meeting.set_rating(ids["System design"], 1, "Did not mention the event consumers.")
    meeting.set_rating(ids["Collaboration"], 4, EVIDENCE_COLLAB)
    meeting.set_rating(ids["Code quality"], 3, "")
    meeting.debrief.decision = decision
    return meeting


def _shared(meeting: Meeting, name: str, line: str) -> None:
    criterion = next(c for c in meeting.criteria if c.name == name)
    rating = meeting.debrief.rating_for(criterion.id)
    meeting.set_rating(criterion.id, rating.rating if rating else None, None, line)


def test_no_decision_means_no_draft() -> None:
    meeting = sample_meeting(NOW)
    with pytest.raises(NoDecisionError, match="decision"):
        draft_feedback(meeting)


def test_reject_names_the_highest_ranked_unmet_criterion_first_in_plain_words() -> None:
    text = draft_feedback(_debriefed(Decision.REJECT))
    assert text.startswith("Hi Sanna,")
    assert "ranked first for this role is problem solving (finds the real cause" in text
    assert text.index("problem solving") < text.index("system design")
    # No shared line yet: the letter asks for one concrete sentence per criterion.
    assert "[to fill in: one concrete sentence to the candidate about problem solving]" in text
    assert "value your view of our process" in text
    assert text.rstrip().endswith("Erik Lundgren\nEngineering manager\nNordvik Logistics")


def test_the_panels_evidence_is_never_quoted() -> None:
    text = draft_feedback(_debriefed(Decision.REJECT))
    assert "query plan" not in text and "Aino" not in text and "“" not in text


def test_shared_lines_are_what_the_candidate_reads() -> None:
    meeting = _debriefed(Decision.REJECT)
    _shared(meeting, "Problem solving", "you went for a cache before looking at the query plan")
    _shared(meeting, "Collaboration", "You built on Aino's hint out loud and credited her.")
    text = draft_feedback(meeting)
    # The criterion is named in plain words, and the line says what it meant here.
    assert (
        "ranked first for this role is problem solving (finds the real cause before fixing "
        "and picks a sensible first step), and in the meeting we did not see enough of it. "
        "You went for a cache before looking at the query plan." in text
    )
    assert "- You built on Aino's hint out loud and credited her." in text
    assert "about problem solving]" not in text


def test_reject_follows_the_ranking_not_the_list_order() -> None:
    meeting = _debriefed(Decision.REJECT)
    by_name = {c.name: c for c in meeting.criteria}
    order = ["System design", "Problem solving", "Collaboration", "Ownership", "Code quality"]
    meeting.rank_criteria([by_name[n].id for n in order])
    reason = draft_feedback(meeting).split("We also saw")[0]
    assert "ranked first for this role is system design" in reason
    assert "also missed more depth in problem solving" in reason


def test_a_lower_ranked_unmet_criterion_is_not_called_the_first() -> None:
    meeting = _debriefed(Decision.REJECT)
    ids = {c.name: c.id for c in meeting.criteria}
    meeting.set_rating(ids["Problem solving"], 4, "")
    meeting.set_rating(ids["System design"], 3, "")
    meeting.set_rating(ids["Ownership"], 1, "")
    text = draft_feedback(meeting)
    assert "One of the most important criteria for this role is ownership" in text
    assert "ranked first" not in text


def test_the_managers_chosen_reason_leads_and_is_not_repeated() -> None:
    meeting = _debriefed(Decision.REJECT)
    meeting.debrief.shared_reason = (
        "we need someone who reads the query plan first, and in the case your problem "
        "solving went to a cache straight away"
    )
    text = draft_feedback(meeting)
    reason = text.split("We also saw")[0]
    assert "why. We need someone who reads the query plan first" in reason
    assert "straight away." in reason
    # Problem solving is told by the chosen reason; system design still needs a line.
    assert "about problem solving]" not in reason
    assert "also missed more depth in system design" in reason


def test_strengths_are_sentences_in_rank_order_and_leave_out_the_rest() -> None:
    meeting = _debriefed(Decision.REJECT)
    _shared(meeting, "Code quality", "you talked about tests with examples from your own work")
    text = draft_feedback(meeting)
    strengths = text.split("We also saw real strengths:")[1].split("\n\n")[0]
    lines = strengths.strip().splitlines()
    assert lines[0].startswith("- You showed real strength in collaboration (thinks in the open")
    assert lines[1] == "- You talked about tests with examples from your own work."
    assert all(line.rstrip().endswith((".", "]")) for line in lines)
    assert "ownership" not in text.lower()


def test_keep_in_touch_only_when_the_manager_ticks_it() -> None:
    meeting = _debriefed(Decision.REJECT)
    assert "keep in touch" not in draft_feedback(meeting)
    meeting.debrief.later_role = True
    assert "keep in touch" in draft_feedback(meeting)
    meeting.debrief.decision = Decision.OFFER
    assert "keep in touch" not in draft_feedback(meeting)


def test_advance_says_what_convinced_us_and_when_the_decision_comes() -> None:
    meeting = _debriefed(Decision.ADVANCE)
    text = draft_feedback(meeting)
    assert "take the next step" in text
    assert "What convinced us:\n- You showed real strength in collaboration" in text
    # The meeting ends Monday 23 Nov 11:30; the decision ten working days later.
    assert meeting.decision_due.date().isoformat() == "2026-12-07"
    assert "by Monday 7 December at the latest" in text
    assert "hear more about problem solving and system design" in text


def test_offer_and_hold_give_a_working_day_and_invite_feedback() -> None:
    for decision, phrase in ((Decision.OFFER, "offer you the role"), (Decision.HOLD, "not made")):
        text = draft_feedback(_debriefed(decision))
        assert phrase in text
        assert "Monday 7 December" in text
        assert "value your view" in text


def test_a_decision_promised_over_christmas_falls_on_a_working_day() -> None:
    meeting = _debriefed(Decision.HOLD)
    meeting.language = Language.SV
    meeting.start = datetime(2026, 12, 23, 9, 0)
    text = draft_feedback(meeting)
    assert "senast onsdagen den 13 januari" in text  # not 6 January (Epiphany)


def test_gaps_are_placeholders_when_the_debrief_cannot_fill_them() -> None:
    meeting = sample_meeting(NOW)
    meeting.debrief.decision = Decision.REJECT
    meeting.participants = [p for p in meeting.participants if p.part != Part.MANAGER]
    text = draft_feedback(meeting)
    assert "[to fill in: the main reason" in text
    assert "[to fill in: your name]" in text
    assert has_gaps(text)
    assert gaps_in(text)[-1] == "[to fill in: your name]"


def test_a_long_or_bracketed_criterion_name_still_leaves_a_placeholder() -> None:
    meeting = _debriefed(Decision.REJECT)
    first = meeting.ranked_criteria[0]
    first.name = "Problem solving [core] " + "and more words " * 20
    text = draft_feedback(meeting)
    assert any("one concrete sentence" in gap for gap in gaps_in(text))


def test_a_template_placeholder_is_no_signature() -> None:
    template = builtin_template("candidate-meeting-60", Language.DA)
    assert template is not None
    meeting = meeting_from_template(
        template, candidate_name="Mette Holm", role_title="Udvikler", start=NOW
    )
    assert any("[" in p.name for p in meeting.participants)
    meeting.debrief.decision = Decision.HOLD
    text = draft_feedback(meeting)
    assert "[udfyldes: dit navn]" in text
    assert "Ansættende" not in text


# -- nothing internal, in any decision or language ----------------------------------------


def _marked() -> tuple[Meeting, list[str]]:
    """The debriefed sample with a unique marker in every internal field."""
    meeting = _debriefed(Decision.REJECT)
    marks: list[str] = []

    def mark(name: str) -> str:
        marks.append(f"Qz{name}Zq")
        return marks[-1]

    meeting.candidate.notes = mark("candidatenotes")
    for n, block in enumerate(meeting.agenda):
        block.internal_notes = mark(f"internal{n}")
    meeting.case.observe = [mark("observe")]
    for n, rating in enumerate(meeting.debrief.ratings):
        rating.evidence = mark(f"evidence{n}")
    d = meeting.debrief
    d.resonated, d.reasons = mark("resonated"), mark("decisionnotes")
    d.competing_offers, d.competing_timeline = mark("competing"), mark("timeline")
    d.concerns = [Concern(ConcernCategory.COMPENSATION, mark("concern"))]
    meeting.run.notes = [BlockNote(meeting.agenda[0].id, mark("runnote"))]
    meeting.run.markers = [Marker(MarkerKind.CONCERN, meeting.agenda[0].id, NOW, 60, mark("mk"))]
    return meeting, marks


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("decision", list(Decision))
def test_nothing_internal_reaches_the_candidate(language: Language, decision: Decision) -> None:
    meeting, marks = _marked()
    meeting.language, meeting.debrief.decision = language, decision
    meeting.debrief.later_role = True
    text = draft_feedback(meeting)
    assert [m for m in marks if m in text] == []
    assert "Qz" not in text


# -- when it may be marked as sent --------------------------------------------------------


def test_it_cannot_be_marked_sent_before_the_meeting_has_ended() -> None:
    meeting = _debriefed(Decision.ADVANCE)
    text = "Hi Sanna, we would like to take the next step."
    before_end = meeting.end - timedelta(minutes=1)
    assert send_problems(meeting, text, before_end) == [SendProblem.NOT_ENDED]
    assert send_problems(meeting, text, meeting.end) == []
    assert send_problems(meeting, "  ", meeting.end) == [SendProblem.EMPTY]


def test_it_cannot_be_marked_sent_while_it_holds_placeholders() -> None:
    meeting = _debriefed(Decision.REJECT)
    draft = draft_feedback(meeting)
    after = meeting.end + timedelta(hours=2)
    assert send_problems(meeting, draft, after) == [SendProblem.PLACEHOLDERS]
    for gap in gaps_in(draft):
        draft = draft.replace(gap, "")
    assert send_problems(meeting, draft, after) == []
    assert send_problems(meeting, draft + "\n[Hiring manager's name]", after) == [
        SendProblem.PLACEHOLDERS
    ]


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
