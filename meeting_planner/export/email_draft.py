"""Email drafts to the candidate (RFC 5322, Python's ``email`` package), ready for the
user's own mail program: the agenda with its PDF and calendar invite, the feedback
letter, and the declined-offer survey.

Every message is addressed to the candidate, written in the meeting's language, and
carries its body twice: as plain text and as simple, well-structured HTML (headings,
lists and a table with header cells) that a screen reader reads as the agenda. The
agenda's content is the candidate's view, the same as the PDF's. ``X-Unsent: 1``
makes the mail programs that know it open the file as a draft to send.
"""

from __future__ import annotations

import html
from dataclasses import field
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from ..domain import rules
from ..domain.addresses import is_address
from ..domain.candidate_view import (
    INTRO,
    CandidateView,
    answer_line,
    candidate_view,
    case_lines,
    contact_line,
    facts,
    meeting_heading,
    plain_text,
    role_line,
    step_time,
    welcome_line,
)
from ..domain.model import Meeting, Part, Participant
from ..domain.phrases import PhraseError, mark, text
from ..domain.plain import record
from ..domain.preflight import organiser
from ..printable import escaped_line, printable, printable_line

AGENDA, FEEDBACK, SURVEY = "agenda", "feedback", "survey"
KINDS = (AGENDA, FEEDBACK, SURVEY)
# Message ids name our own domain, never the computer (which would ask the network).
MESSAGE_ID_DOMAIN = "meeting-planner.invalid"


class EmailDraftError(PhraseError, ValueError):
    """A draft that cannot be written as it stands; one line for a person, in English,
    and ``in_language`` in the reader's language."""


@record(frozen=True)
class Attachment:
    filename: str
    data: bytes
    maintype: str
    subtype: str
    params: dict[str, str] = field(default_factory=dict)


def sender(meeting: Meeting) -> Participant | None:
    """Who the message is from: the hiring manager who organises the invite, else the
    recruiter or anyone on the panel with an address."""
    host = organiser(meeting)
    if host is not None:
        return host
    order = (Part.RECRUITER, Part.MANAGER, Part.COLLEAGUE, Part.OTHER)
    people = sorted(meeting.participants, key=lambda p: order.index(p.part))
    return next((p for p in people if is_address(p.email)), None)


def subject(kind: str, meeting: Meeting) -> str:
    """The subject line; it starts with the employer's name where it is known, so the
    candidate sees whose message it is among those of other employers."""
    lg = str(meeting.language)
    role = meeting.role.title.strip()
    company = meeting.role.company.strip()
    if kind == AGENDA:
        return meeting_heading(candidate_view(meeting))
    if kind == FEEDBACK:
        if company and role:
            return text(
                lg,
                "{company}: our answer after your meeting about the {role} role",
                company=company,
                role=role,
            )
        if company:
            return text(lg, "{company}: our answer after your meeting with us", company=company)
        head = text(lg, "Our answer after your meeting with us")
        return f"{head}: {role}" if role else head
    if company:
        return text(lg, "{company}: would you tell us why you said no?", company=company)
    return text(lg, "Would you tell us why you said no?")


def closing(meeting: Meeting) -> str:
    """The sign-off: "Kind regards", the sender's name where known, and the employer's."""
    lg = str(meeting.language)
    who = sender(meeting)
    name = who.name.strip() if who is not None else ""
    company = meeting.role.company.strip()
    return "\n".join(part for part in (text(lg, "Kind regards"), name, company) if part)


# -- the three messages -------------------------------------------------------------


def agenda_message(
    meeting: Meeting, *, agenda_pdf: bytes, invite: bytes | None, method: str, now: datetime
) -> bytes:
    """The agenda email: the candidate's view as text and HTML, the agenda PDF and the
    calendar invite attached."""
    view = candidate_view(meeting)
    plain = f"{plain_text(view)}\n{closing(meeting)}\n"
    attachments = [
        Attachment(_file_name("agenda", meeting, "pdf"), agenda_pdf, "application", "pdf")
    ]
    if invite is not None:
        attachments.append(
            Attachment(
                _file_name("invite", meeting, "ics"),
                invite,
                "text",
                "calendar",
                {"method": method, "charset": "utf-8"},
            )
        )
    return _message(meeting, AGENDA, plain, agenda_html(view, closing(meeting)), attachments, now)


def feedback_message(meeting: Meeting, letter: str, *, now: datetime) -> bytes:
    """The feedback letter as the message's body."""
    body = letter.strip() + "\n"
    return _message(meeting, FEEDBACK, body, _paragraphs_html(body, meeting, FEEDBACK), [], now)


def survey_message(meeting: Meeting, *, survey_pdf: bytes, now: datetime) -> bytes:
    """A short note with the fillable declined-offer survey attached."""
    from .decline_survey import phrases

    lg = str(meeting.language)
    name = meeting.candidate.name.strip()
    hello = text(lg, "Hello {name},", name=name) if name else text(lg, "Hello,")
    body = "\n\n".join(
        [
            hello,
            phrases(lg)["intro"],
            text(lg, "The survey is attached: a PDF you can fill in on screen."),
            closing(meeting),
        ]
    )
    body += "\n"
    attachment = Attachment(_file_name("survey", meeting, "pdf"), survey_pdf, "application", "pdf")
    rich = _paragraphs_html(body, meeting, SURVEY)
    return _message(meeting, SURVEY, body, rich, [attachment], now)


def mailto_link(meeting: Meeting, kind: str, body: str) -> str | None:
    """A ``mailto:`` link with the subject and body, for a message with nothing attached;
    None when it would be too long for mail programs to take whole."""
    address = meeting.candidate.email.strip()
    # Line breaks travel as CRLF (RFC 6068); every other character is percent-encoded.
    crlf_body = printable(body).replace("\n", "\r\n")
    query = f"subject={_percent(printable_line(subject(kind, meeting)))}&body={_percent(crlf_body)}"
    link = f"mailto:{_percent(address, safe='@')}?{query}"
    return link if len(link) <= rules.MAILTO_MAX_CHARS else None


# What a link carries as it is (RFC 3986's unreserved characters); all else is %XX of UTF-8.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _percent(value: str, safe: str = "") -> str:
    """``value`` percent-encoded for a URL (urllib stays out: the app opens no connection)."""
    return "".join(
        char
        if char in _UNRESERVED or char in safe
        else "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))
        for char in value
    )


# -- building -----------------------------------------------------------------------


def _message(
    meeting: Meeting,
    kind: str,
    plain: str,
    rich: str,
    attachments: list[Attachment],
    now: datetime,
) -> bytes:
    address = meeting.candidate.email.strip()
    if not is_address(address):
        # An older store, or a check passed with --anyway, may hold anything here; a
        # mail header takes only one address.
        raise EmailDraftError(
            mark(
                "cannot write the email: the candidate's email address {address} is not"
                " one valid address; correct it on the Candidate tab"
            ),
            address=escaped_line(address),
        )
    message = EmailMessage()
    message["Subject"] = printable_line(subject(kind, meeting))
    who = sender(meeting)
    if who is not None:
        message["From"] = _mailbox(who.name, who.email)
    message["To"] = _mailbox(meeting.candidate.name, meeting.candidate.email)
    message["Date"] = format_datetime(now if now.tzinfo else now.astimezone())
    message["Message-ID"] = make_msgid(domain=MESSAGE_ID_DOMAIN)
    message["X-Unsent"] = "1"
    message.set_content(printable(plain))
    message.add_alternative(printable(rich), subtype="html")
    for item in attachments:
        message.add_attachment(
            item.data,
            maintype=item.maintype,
            subtype=item.subtype,
            filename=item.filename,
            params=item.params,
        )
    # Last: setting the content replaces every Content-* header set before.
    message["Content-Language"] = str(meeting.language)
    return message.as_bytes(policy=SMTP)


def _mailbox(name: str, address: str) -> Address:
    local, _, domain = address.strip().rpartition("@")
    return Address(display_name=printable_line(name), username=local, domain=domain)


def _file_name(what: str, meeting: Meeting, suffix: str) -> str:
    return f"{what}-{meeting.start.date().isoformat()}.{suffix}"


# -- HTML: the accessible version -----------------------------------------------------

_PAGE = (
    '<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
    "<title>{title}</title>\n</head>\n<body>\n{body}</body>\n</html>\n"
)


def _e(value: str) -> str:
    return html.escape(value, quote=True)


def _lines_html(value: str) -> str:
    return "<br>\n".join(_e(line) for line in value.splitlines())


def agenda_html(view: CandidateView, sign_off: str) -> str:
    """The candidate's agenda as simple HTML: one heading per section, the facts as a
    description list, the plan as a table with header cells."""
    lg = view.language
    out = [f"<h1>{_e(welcome_line(view))}</h1>\n"]
    if role_line(view):
        out.append(f"<p>{_e(role_line(view))}</p>\n")
    out.append(f"<p>{_e(text(lg, INTRO))}</p>\n<dl>\n")
    out += [f"<dt>{_e(label)}</dt><dd>{_e(value)}</dd>\n" for label, value in facts(view)]
    out.append("</dl>\n")
    if view.people:
        out.append(f"<h2>{_e(text(lg, 'Who you will meet'))}</h2>\n<ul>\n")
        for p in view.people:
            title = f", {_e(p.title)}" if p.title else ""
            out.append(f"<li><strong>{_e(p.name)}</strong>{title}</li>\n")
        out.append("</ul>\n")
    if view.plan:
        heads = (text(lg, "Time"), text(lg, "What happens"), text(lg, "With"))
        out.append(f"<h2>{_e(text(lg, 'The plan'))}</h2>\n<table>\n<thead><tr>")
        out += [f'<th scope="col">{_e(head)}</th>' for head in heads]
        out.append("</tr></thead>\n<tbody>\n")
        for step in view.plan:
            title = f"<strong>{_e(step.title)}</strong><br>" if step.title else ""
            out.append(
                f'<tr><th scope="row">{_e(step_time(step, lg))}</th>'
                f"<td>{title}{_e(view.explain(step.kind))}</td><td>{_e(step.owner)}</td></tr>\n"
            )
        out.append("</tbody>\n</table>\n")
    if view.case is not None:
        out.append(f"<h2>{_e(text(lg, 'The case'))}</h2>\n")
        out += [f"<p>{_lines_html(line)}</p>\n" for line in case_lines(view.case, lg)]
    out.append(f"<h2>{_e(text(lg, 'After the meeting'))}</h2>\n<p>{_e(answer_line(view))}</p>\n")
    if view.contact:
        out.append(f"<p>{_e(contact_line(view))}</p>\n")
    out.append(f"<p>{_lines_html(sign_off)}</p>\n")
    title = welcome_line(view)
    return _PAGE.format(lang=_e(lg), title=_e(title), body="".join(out))


def _paragraphs_html(body: str, meeting: Meeting, kind: str) -> str:
    paragraphs = [p for p in body.strip().split("\n\n") if p.strip()]
    inner = "".join(f"<p>{_lines_html(p.strip())}</p>\n" for p in paragraphs)
    return _PAGE.format(
        lang=_e(str(meeting.language)), title=_e(subject(kind, meeting)), body=inner
    )
