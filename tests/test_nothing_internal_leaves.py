"""Nothing internal leaves: the candidate's agenda and a plan-only meeting file carry no
assessment, debrief, outcome, internal note or meeting-room note, whatever they say."""

from __future__ import annotations

import io
import json
from datetime import datetime

import pypdf
import pytest

from meeting_planner.domain.model import (
    BlockNote,
    Concern,
    ConcernCategory,
    Decision,
    DeclineReason,
    Marker,
    MarkerKind,
    Meeting,
    OfferResult,
    Rating,
    Status,
)
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.exchange import export_meeting, parse_meeting_file
from meeting_planner.export import export_agenda


def internal_markers() -> tuple[Meeting, list[str]]:
    """The demo meeting with a unique marker in every internal field."""
    meeting = sample_meeting(datetime(2026, 11, 20, 9, 0))
    marks: list[str] = []

    def mark(name: str) -> str:
        marks.append(f"Yw{name}Wy")
        return marks[-1]

    meeting.candidate.notes = mark("candidatenotes")
    for n, block in enumerate(meeting.agenda):
        block.internal_notes = mark(f"internal{n}")
    meeting.case.observe = [mark("observe1"), mark("observe2")]
    d = meeting.debrief
    d.ratings = [
        Rating(c.id, 1 + n % 4, mark(f"evidence{n}"), mark(f"shared{n}"))
        for n, c in enumerate(meeting.criteria)
    ]
    d.interest, d.decision = 2, Decision.REJECT
    d.resonated, d.reasons, d.feedback = mark("resonated"), mark("reasons"), mark("feedback")
    d.shared_reason, d.later_role = mark("sharedreason"), True
    d.competing_offers, d.competing_timeline = mark("competing"), mark("timeline")
    d.concerns = [Concern(ConcernCategory.CULTURE_VALUES, mark("concern"))]
    d.feedback_sent_at = datetime(2026, 11, 25, 9, 0)
    o = meeting.outcome
    o.offer_made, o.result = True, OfferResult.DECLINED
    o.decline_reasons = [DeclineReason(ConcernCategory.COMPENSATION, mark("decline"), True)]
    o.survey_answers = {"positives": mark("survey1"), "concerns": mark("survey2")}
    block = meeting.agenda[0]
    meeting.run.started_at = meeting.start
    meeting.run.notes = [BlockNote(block.id, mark("runnote"))]
    meeting.run.markers = [
        Marker(MarkerKind.CONCERN, block.id, meeting.start, 120, mark("markerconcern")),
        Marker(MarkerKind.SIGNAL, block.id, meeting.start, 240, mark("markersignal")),
    ]
    meeting.status = Status.CLOSED
    meeting.ended_at = datetime(2026, 11, 23, 11, 40)
    meeting.closed_at = datetime(2026, 12, 1, 9, 0)
    return meeting, marks


@pytest.fixture
def marked() -> tuple[Meeting, list[str]]:
    return internal_markers()


def test_the_candidate_agenda_carries_nothing_internal(marked) -> None:
    meeting, marks = marked
    reader = pypdf.PdfReader(io.BytesIO(export_agenda(meeting)))
    text = "".join("".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Welcome" in text and meeting.agenda[0].title.replace(" ", "") in text
    assert [m for m in marks if m in text] == []
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert [m for m in marks if m in metadata] == []
    for criterion in meeting.criteria:
        assert "".join(criterion.name.split()) not in text


def test_a_plan_only_file_carries_nothing_internal(marked) -> None:
    meeting, marks = marked
    data = export_meeting(meeting, plan_only=True)
    text = data.decode("utf-8")
    assert [m for m in marks if m in text] == []
    content = json.loads(text)["meeting"]
    for name in ("debrief", "outcome", "run", "status", "ended_at", "closed_at"):
        assert name not in content
    # Still a plan someone can open and work from.
    opened = parse_meeting_file(data)
    assert [b.title for b in opened.agenda] == [b.title for b in meeting.agenda]
    assert opened.debrief.ratings == [] and opened.run.notes == []


def test_the_whole_meeting_file_does_carry_them(marked) -> None:
    """The markers are really there: only the plan-only choice keeps them in."""
    meeting, marks = marked
    text = export_meeting(meeting).decode("utf-8")
    assert [m for m in marks if m not in text] == []


# -- the calendar invite and the emails to the candidate ----------------------------------


def _invite(meeting: Meeting) -> bytes:
    from meeting_planner.export.invite import build_invite

    return build_invite(meeting, "candidate", sequence=0, now=datetime(2026, 11, 1, 9)).data


def _message_text(data: bytes) -> str:
    """Every header and part of a message as a reader gets it: bodies decoded, PDFs as
    their text, calendars as their text."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.default)
    texts = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.is_multipart():
            continue
        content = part.get_content()
        if part.get_content_type() == "application/pdf":
            reader = pypdf.PdfReader(io.BytesIO(content))
            content = "".join((page.extract_text() or "") for page in reader.pages)
            content += " ".join(str(v) for v in (reader.metadata or {}).values())
        elif isinstance(content, bytes):
            content = content.decode("utf-8")
        texts.append(content)
    return "\n".join(texts)


def test_the_candidates_invite_carries_nothing_internal(marked) -> None:
    import icalendar

    meeting, marks = marked
    data = _invite(meeting)
    event = next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")))
    description = str(event["DESCRIPTION"])
    assert meeting.agenda[0].title in description
    # Unfolded, so no marker hides across a folded line.
    text = data.decode("utf-8").replace("\r\n ", "")
    assert [m for m in marks if m in text or m in description] == []
    for criterion in meeting.criteria:
        assert criterion.name not in description


def test_the_agenda_email_carries_nothing_internal(marked) -> None:
    from meeting_planner.export.email_draft import agenda_message

    meeting, marks = marked
    data = agenda_message(
        meeting,
        agenda_pdf=export_agenda(meeting),
        invite=_invite(meeting),
        method="REQUEST",
        now=datetime(2026, 11, 1, 9),
    )
    text = _message_text(data)
    assert meeting.agenda[0].title in text and "BEGIN:VCALENDAR" in text
    assert [m for m in marks if m in "".join(text.split())] == []


def test_the_survey_and_feedback_emails_carry_nothing_internal(marked) -> None:
    from meeting_planner.export.decline_survey import export_decline_survey
    from meeting_planner.export.email_draft import feedback_message, survey_message

    meeting, marks = marked
    now = datetime(2026, 11, 1, 9)
    survey = _message_text(
        survey_message(meeting, survey_pdf=export_decline_survey(meeting), now=now)
    )
    assert [m for m in marks if m in "".join(survey.split())] == []
    # The feedback email is the letter, and only the letter.
    feedback = _message_text(feedback_message(meeting, meeting.debrief.feedback, now=now))
    assert [m for m in marks if m in feedback] == [meeting.debrief.feedback]
