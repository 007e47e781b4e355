"""Email drafts to the candidate: complete messages the standard parser reads back, in the
meeting's language, with the right attachments and an accessible HTML body."""

from __future__ import annotations

import email
import io
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import icalendar
import pypdf
import pytest

from meeting_planner.domain import rules
from meeting_planner.domain.model import Language
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.export import export_agenda
from meeting_planner.export.email_draft import (
    agenda_message,
    feedback_message,
    mailto_link,
    subject,
    survey_message,
)
from meeting_planner.export.invite import build_invite

NOW = datetime(2026, 11, 20, 9, 0)
SUBJECTS = {
    "en": "Nordvik Logistics: meeting about the Backend developer role",
    "sv": "Nordvik Logistics: möte om tjänsten som Backend developer",
    "da": "Nordvik Logistics: møde om stillingen som Backend developer",
}


def meeting(language: str = "en"):
    m = sample_meeting(NOW)
    m.language = Language(language)
    m.time_zone = "Europe/Stockholm"
    return m


def read(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert not message.defects
    return message


def body(message: EmailMessage, kind: str) -> str:
    """The plain or HTML body, with the CRLF line ends of a message file as newlines."""
    return message.get_body((kind,)).get_content().replace("\r\n", "\n")


def agenda_email(m) -> bytes:
    invite = build_invite(m, "candidate", sequence=0, now=NOW)
    return agenda_message(
        m, agenda_pdf=export_agenda(m), invite=invite.data, method=invite.method, now=NOW
    )


@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_the_agenda_email_is_a_complete_message_with_pdf_and_invite(language: str) -> None:
    m = meeting(language)
    message = read(agenda_email(m))
    assert message["Subject"] == SUBJECTS[language]
    assert message["To"].addresses[0].addr_spec == m.candidate.email
    assert message["To"].addresses[0].display_name == "Sanna Järvinen"
    assert message["From"].addresses[0].addr_spec == "erik.lundgren@nordvik.example"
    assert message["Date"].datetime is not None and message["Message-ID"]
    assert message["X-Unsent"] == "1" and message["Content-Language"] == language
    plain = body(message, "plain")
    rich = body(message, "html")
    assert m.agenda[0].title in plain and m.agenda[0].title in rich
    assert f'<html lang="{language}">' in rich
    names = {part.get_filename(): part for part in message.iter_attachments()}
    assert set(names) == {"agenda-2026-11-23.pdf", "invite-2026-11-23.ics"}
    pdf = pypdf.PdfReader(io.BytesIO(names["agenda-2026-11-23.pdf"].get_content()))
    assert "Sanna" in (pdf.pages[0].extract_text() or "")
    invite = names["invite-2026-11-23.ics"]
    assert invite.get_content_type() == "text/calendar"
    assert invite.get_param("method") == "REQUEST"
    calendar = icalendar.Calendar.from_ical(invite.get_content())
    assert str(next(iter(calendar.walk("VEVENT")))["ATTENDEE"]) == f"mailto:{m.candidate.email}"


def test_the_html_is_the_agenda_as_headings_lists_and_a_table() -> None:
    m = meeting()
    m.agenda[0].title = "<script>alert('x')</script> & more"
    rich = body(read(agenda_email(m)), "html")
    assert "<script>" not in rich
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in rich
    assert rich.count("<h2>") == 4  # who, the plan, the case, after the meeting
    assert '<th scope="col">Time</th>' in rich
    assert rich.count('<th scope="row">') == len(m.agenda)
    assert "<li><strong>Erik Lundgren</strong>, Engineering manager</li>" in rich


def test_names_in_any_script_are_encoded_in_the_headers() -> None:
    m = meeting()
    m.candidate.name = 'Ольга "Olya" Петрова, PhD'
    m.participants[0].name = "王伟"
    data = feedback_message(m, "Hello Olga,\n\nThank you.", now=NOW)
    raw_headers = data.split(b"\r\n\r\n", 1)[0]
    assert raw_headers.isascii()
    message = read(data)
    assert message["To"].addresses[0].display_name == 'Ольга "Olya" Петрова, PhD'
    assert len(message["To"].addresses) == 1
    assert message["From"].addresses[0].display_name == "王伟"


@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_the_feedback_email_carries_the_letter_as_its_body(language: str) -> None:
    m = meeting(language)
    letter = "Hej Sanna,\n\nTack för mötet.\nVi går vidare.\n\nMaja"
    message = read(feedback_message(m, letter, now=NOW))
    assert body(message, "plain").strip() == letter
    rich = body(message, "html")
    assert "<p>Tack för mötet.<br>\nVi går vidare.</p>" in rich
    assert list(message.iter_attachments()) == []
    assert message["Subject"] == subject("feedback", m)


@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_the_survey_email_attaches_the_fillable_survey(language: str) -> None:
    from meeting_planner.export.decline_survey import export_decline_survey

    m = meeting(language)
    message = read(survey_message(m, survey_pdf=export_decline_survey(m), now=NOW))
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    fields = pypdf.PdfReader(io.BytesIO(attachment.get_content())).get_fields() or {}
    assert "answer_positives" in fields
    hello = {
        "en": "Hello Sanna Järvinen,",
        "sv": "Hej Sanna Järvinen,",
        "da": "Kære Sanna Järvinen",
    }
    assert body(message, "plain").startswith(hello[language])


def test_a_mailto_link_carries_subject_and_body_until_it_is_too_long() -> None:
    m = meeting("sv")
    link = mailto_link(m, "feedback", "Hej Sanna,\nTack & hej då?")
    assert link is not None
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == m.candidate.email
    query = parse_qs(parts.query)
    assert query["subject"] == [subject("feedback", m)]
    assert query["body"] == ["Hej Sanna,\r\nTack & hej då?"]
    assert mailto_link(m, "feedback", "x" * rules.MAILTO_MAX_CHARS) is None


def test_the_date_is_when_the_draft_was_made() -> None:
    m = meeting()
    message = read(feedback_message(m, "Hello", now=NOW))
    assert message["Date"].datetime.replace(tzinfo=None) - NOW < timedelta(seconds=1)
