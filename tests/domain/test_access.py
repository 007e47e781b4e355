"""An access request: everything stored about one candidate, each part explained."""

from __future__ import annotations

import json
from datetime import datetime

from meeting_planner.domain.access import SECTIONS, access_report, meetings_about, same_candidate
from meeting_planner.domain.model import (
    BlockNote,
    Candidate,
    Language,
    Marker,
    MarkerKind,
    Meeting,
    Rating,
)
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict

NOW = datetime(2027, 2, 1, 8, 0)


def meeting_with(name: str, email: str = "", day: int = 1) -> Meeting:
    meeting = sample_meeting(datetime(2026, 11, day, 9, 0))
    meeting.candidate.name, meeting.candidate.email = name, email
    return meeting


def strings(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(strings(v) for v in value)) if value else set()
    return set()


def test_the_same_person_is_found_by_email_else_by_name() -> None:
    assert same_candidate(Candidate("Ann Berg", "ann@x.se"), Candidate("A. Berg", "ANN@x.se"))
    assert not same_candidate(Candidate("Ann Berg", "ann@x.se"), Candidate("Ann Berg", "a@y.se"))
    assert same_candidate(Candidate("Ann  Berg"), Candidate("ann berg", "ann@x.se"))
    assert not same_candidate(Candidate(""), Candidate(""))
    assert not same_candidate(Candidate("Anna Berg"), Candidate("Ann Aberg")), "words differ"


def test_every_meeting_of_the_candidate_is_included_and_no_one_elses() -> None:
    first = meeting_with("Ann Berg", "ann@x.se", day=3)
    second = meeting_with("Ann Berg", "", day=20)
    other = meeting_with("Bo Ek", "bo@x.se", day=5)
    found = meetings_about(second, [other, first, second])
    assert [m.id for m in found] == [first.id, second.id]
    report = access_report(found, NOW)
    assert [m["id"] for m in report["meetings"]] == [first.id, second.id]
    assert "Bo Ek" not in json.dumps(report, ensure_ascii=False)


def test_nothing_stored_is_left_out_and_every_part_is_explained() -> None:
    meeting = meeting_with("Ann Berg", "ann@x.se")
    block = meeting.agenda[1]
    criterion = meeting.criteria[0]
    meeting.debrief.ratings = [Rating(criterion.id, 3, "Named the trade-offs")]
    meeting.debrief.feedback = "Thank you, strong case work"
    meeting.outcome.survey_answers = {"positives": "The team felt open"}
    meeting.run.notes = [BlockNote(block.id, "Asked about on-call")]
    meeting.run.markers = [Marker(MarkerKind.CONCERN, block.id, meeting.start, 300, "Salary")]
    report = access_report([meeting], NOW)
    json.dumps(report)  # JSON-ready as it is
    # What the file is, for whoever reads it later.
    assert (report["format"], report["version"]) == ("meeting-planner-access", 1)
    (part,) = report["meetings"]
    assert (part["id"], part["title"]) == (meeting.id, meeting.title)
    sections = part["sections"]
    assert set(sections) == set(SECTIONS)
    stored = set().union(*(set(s["data"]) for s in sections.values()))
    assert set(meeting_to_dict(meeting)) <= stored
    for section in sections.values():
        assert len(section["explanation"]) > 40
    assert strings(meeting_to_dict(meeting)) <= strings(report)
    (rating,) = sections["assessment"]["data"]["debrief"]["ratings"]
    assert (rating["criterion"], rating["rating"]) == (criterion.name, 3)
    (answer,) = sections["outcome"]["data"]["outcome"]["survey_answers"]
    assert answer["answer"] == "The team felt open" and answer["question"].endswith("?")
    assert answer["question_id"] == "positives"
    (note,) = sections["run"]["data"]["run"]["notes"]
    assert note["block"] == block.title
    assert sections["meeting"]["data"]["feedback_due"] == meeting.feedback_due.isoformat(
        timespec="minutes"
    )
    assert sections["meeting"]["data"]["decision_due"] == meeting.decision_due.isoformat(
        timespec="minutes"
    )
    assert report["created_at"] == "2027-02-01T08:00"


def test_the_explanations_come_in_every_language() -> None:
    from meeting_planner.domain.access import PHRASES

    assert set(PHRASES) == {"en", "sv", "da"}
    for language in ("sv", "da"):
        assert set(PHRASES[language]) == set(PHRASES["en"])
        assert all(PHRASES[language][k] != PHRASES["en"][k] for k in PHRASES["en"])
        assert all(len(text) > 40 for text in PHRASES[language].values()), language
        meeting = meeting_with("Ann Berg")
        meeting.language = Language(language)
        report = access_report([meeting], NOW)
        assert report["about"] == PHRASES[language]["about"]
        sections = report["meetings"][0]["sections"]
        assert [s["explanation"] for s in sections.values()] == [
            PHRASES[language][name] for name in sections
        ]
