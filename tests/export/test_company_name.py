"""Whose meeting it is: every document the candidate receives names the employer, in the
meeting's language, and reads naturally when no name is given."""

from __future__ import annotations

import email
import io
from datetime import datetime
from email import policy
from email.message import EmailMessage

import icalendar
import pypdf
import pytest

from meeting_planner.domain.feedback import draft_feedback
from meeting_planner.domain.model import Decision, Language, Meeting, Rating
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.export import export_agenda
from meeting_planner.export.decline_survey import export_decline_survey
from meeting_planner.export.email_draft import agenda_message, feedback_message, survey_message
from meeting_planner.export.invite import build_invite

NOW = datetime(2026, 11, 20, 9, 0)
COMPANY = "Nordvik Logistics"

# What each language calls the meeting, the role at the company, and the sign-off.
WORDS = {
    "en": {
        "header": f"Your meeting with {COMPANY}",
        "role": f"Backend developer at {COMPANY}",
        "summary": f"{COMPANY}: meeting about the Backend developer role",
        "feedback": f"{COMPANY}: our answer after your meeting about the Backend developer role",
        "survey": f"{COMPANY}: would you tell us why you said no?",
        "regards": "Kind regards",
    },
    "sv": {
        "header": f"Ditt möte med {COMPANY}",
        "role": f"Backend developer på {COMPANY}",
        "summary": f"{COMPANY}: möte om tjänsten som Backend developer",
        "feedback": f"{COMPANY}: vårt besked efter ditt möte om tjänsten som Backend developer",
        "survey": f"{COMPANY}: vill du berätta varför du tackade nej?",
        "regards": "Vänliga hälsningar",
    },
    "da": {
        "header": f"Dit møde med {COMPANY}",
        "role": f"Backend developer hos {COMPANY}",
        "summary": f"{COMPANY}: møde om stillingen som Backend developer",
        "feedback": f"{COMPANY}: vores svar efter dit møde om stillingen som Backend developer",
        "survey": f"{COMPANY}: vil du fortælle os, hvorfor du sagde nej?",
        "regards": "Venlig hilsen",
    },
}
LANGUAGES = list(WORDS)


def meeting(language: str = "en") -> Meeting:
    m = sample_meeting(NOW)
    m.language = Language(language)
    m.time_zone = "Europe/Stockholm"
    return m


def first_page(data: bytes) -> str:
    return pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text() or ""


def lines(data: bytes) -> list[str]:
    """The first page's lines, as pypdf reads them."""
    return [line.strip() for line in first_page(data).splitlines()]


def event(data: bytes) -> icalendar.Event:
    (found,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    return found


def read(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage) and not message.defects
    return message


def plain(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def agenda_mail(m: Meeting) -> EmailMessage:
    invite = build_invite(m, "candidate", sequence=0, now=NOW)
    return read(
        agenda_message(
            m, agenda_pdf=export_agenda(m), invite=invite.data, method=invite.method, now=NOW
        )
    )


# -- the company named ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_agenda_names_the_company_in_its_header_and_under_the_greeting(language) -> None:
    words = WORDS[language]
    data = export_agenda(meeting(language))
    shown = lines(data)
    assert shown[0] == words["header"]  # the band at the top of every page
    assert any(line.startswith(words["role"] + " · Delivery Platform") for line in shown)
    properties = pypdf.PdfReader(io.BytesIO(data)).metadata
    assert properties.title.endswith(words["role"])
    assert COMPANY in properties.get("/Keywords", "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_invite_names_the_company_in_its_title_description_and_organiser(language) -> None:
    words = WORDS[language]
    found = event(build_invite(meeting(language), "candidate", sequence=0, now=NOW).data)
    assert str(found["SUMMARY"]) == words["summary"]
    assert words["role"] in str(found["DESCRIPTION"])
    assert found["ORGANIZER"].params["CN"] == f"Erik Lundgren ({COMPANY})"


def test_the_panels_invite_is_the_teams_own_and_keeps_its_wording() -> None:
    found = event(build_invite(meeting(), "panel", sequence=0, now=NOW).data)
    assert str(found["SUMMARY"]) == "Manager brief: meeting with Sanna Järvinen"
    assert found["ORGANIZER"].params["CN"] == "Erik Lundgren"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_email_starts_its_subject_with_the_company_and_signs_off_with_it(language) -> None:
    words = WORDS[language]
    m = meeting(language)
    sign_off = f"{words['regards']}\nErik Lundgren\n{COMPANY}"

    agenda = agenda_mail(m)
    assert agenda["Subject"] == words["summary"]
    assert plain(agenda).rstrip().endswith(sign_off)
    assert words["role"] in plain(agenda)
    assert f"{COMPANY}</p>" in agenda.get_body(("html",)).get_content()

    feedback = read(feedback_message(m, "Hello Sanna,\n\nThank you.", now=NOW))
    assert feedback["Subject"] == words["feedback"]

    survey = read(survey_message(m, survey_pdf=export_decline_survey(m), now=NOW))
    assert survey["Subject"] == words["survey"]
    assert plain(survey).rstrip().endswith(sign_off)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feedback_letter_is_signed_for_the_company(language) -> None:
    m = meeting(language)
    m.debrief.ratings = [Rating(m.criteria[0].id, 2, "Guessed before measuring.")]
    m.debrief.decision = Decision.REJECT
    letter = draft_feedback(m).rstrip()
    assert letter.endswith(f"Erik Lundgren\nEngineering manager\n{COMPANY}")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("anonymous", [True, False])
def test_the_decline_survey_says_whose_recruitment_it_asks_about(language, anonymous) -> None:
    data = export_decline_survey(meeting(language), anonymous=anonymous)
    assert WORDS[language]["role"] in lines(data)
    # The role the anonymous answers are counted under stays the role alone.
    fields = pypdf.PdfReader(io.BytesIO(data)).get_fields() or {}
    if anonymous:
        assert fields["mp_role"].get("/V") == "Backend developer"


# -- no company, or no role ------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_a_company_every_document_reads_as_before(language) -> None:
    m = meeting(language)
    m.role.company = "  "
    with_us = {"en": "Your meeting with us", "sv": "Ditt möte med oss", "da": "Dit møde med os"}
    data = export_agenda(m)
    shown = lines(data)
    assert shown[0] == with_us[language]
    assert any(line.startswith("Backend developer · Delivery Platform") for line in shown)
    found = event(build_invite(m, "candidate", sequence=0, now=NOW).data)
    assert str(found["SUMMARY"]) == f"{with_us[language]}: Backend developer"
    assert found["ORGANIZER"].params["CN"] == "Erik Lundgren"
    mail = agenda_mail(m)
    assert mail["Subject"] == f"{with_us[language]}: Backend developer"
    assert plain(mail).rstrip().endswith(f"{WORDS[language]['regards']}\nErik Lundgren")
    for text in (first_page(data), str(found["DESCRIPTION"]), plain(mail)):
        for dangling in (" at .", " at  ", " på .", " hos .", "()", ": \n", " · \n"):
            assert dangling not in text


def test_a_company_without_a_role_or_a_sender_still_reads_naturally() -> None:
    m = meeting()
    m.role.title = ""
    m.participants = []
    found = event(build_invite(m, "candidate", sequence=0, now=NOW).data)
    assert str(found["SUMMARY"]) == f"{COMPANY}: your meeting with us"
    shown = lines(export_agenda(m))
    assert shown[0] == f"Your meeting with {COMPANY}"
    assert any(line.startswith(f"{COMPANY} · Delivery Platform") for line in shown)
    message = read(feedback_message(m, "Hello,\n\nThank you.", now=NOW))
    assert message["Subject"] == f"{COMPANY}: our answer after your meeting with us"
    survey = read(survey_message(m, survey_pdf=export_decline_survey(m), now=NOW))
    assert plain(survey).rstrip().endswith(f"Kind regards\n{COMPANY}")


def test_a_letter_without_a_company_ends_with_the_manager() -> None:
    m = meeting()
    m.role.company = ""
    m.debrief.decision = Decision.REJECT
    assert draft_feedback(m).rstrip().endswith("Erik Lundgren\nEngineering manager")


# -- hostile text -------------------------------------------------------------------------


def test_markup_in_the_company_comes_out_literally() -> None:
    m = meeting()
    m.role.company = "<b>&amp; Co"
    data = export_agenda(m)
    assert b"/URI" not in data
    shown = lines(data)
    assert shown[0] == "Your meeting with <b>&amp; Co"
    assert any(line.startswith("Backend developer at <b>&amp; Co · ") for line in shown)
    survey = lines(export_decline_survey(m))
    assert "Backend developer at <b>&amp; Co" in survey
    html = agenda_mail(m).get_body(("html",)).get_content()
    assert "<b>&amp; Co" not in html and "&lt;b&gt;&amp;amp; Co" in html
