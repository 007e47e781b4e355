"""Invites and emails from the app: checked by the preflight, saved as files, and handed
to the system's calendar or mail program. Nothing is sent from here: the user's own
mail program sends, and the feedback counts as sent only once the user says so."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from ...fileio import write_atomically
from ..shared import messages
from ..shared.i18n import told
from ..shared.preflight_dialog import preflight_passes

if TYPE_CHECKING:
    from ...domain.model import InviteRecord, Meeting
    from ..core.document import MeetingDocument

ICS_FILTER = "Calendar files (*.ics)"
EML_FILTER = "Email messages (*.eml)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reach", text)


def open_externally(url: QUrl) -> bool:
    """Hand a file or a mailto: link to the system's program for it (tests replace this)."""
    return QDesktopServices.openUrl(url)


def file_name(meeting: Meeting, what: str, suffix: str) -> str:
    """A name safe on every file system: "sanna-jarvinen-invite-2026-11-23.ics"."""
    name = meeting.candidate.name.strip() or "meeting"
    slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-_")[:60] or "meeting"
    return f"{slug}-{what}-{meeting.start.date().isoformat()}.{suffix}"


def window_go_to(widget: QWidget) -> Callable[[str], None] | None:
    """The main window's "go to the field" for a widget inside it, if it has one."""
    window = widget.window()
    return window.ops.go_to if hasattr(window, "ops") else None


def _write(parent: QWidget, path: Path, data: bytes) -> bool:
    try:
        write_atomically(path, data)
    except OSError as exc:
        messages.show_error(
            parent,
            _tr("Could not save"),
            _tr("{0} could not be saved: {1}").format(str(path), told(exc)),
        )
        return False
    messages.saved(parent, path)
    return True


def _record(doc: MeetingDocument, record: InviteRecord) -> None:
    """Keep what was issued, so the next issue knows whether the meeting changed: saved,
    but no undo step (issuing an invite changes nothing in the plan)."""
    if record != doc.meeting.invites:
        doc.record("invites", record)


def _ask_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    suffix = "." + suggested.rsplit(".", 1)[-1]

    def complete(path: Path) -> Path:
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    return messages.ask_save_path(parent, title, suggested, _tr(file_filter), complete)


# -- calendar invites ---------------------------------------------------------------


def save_invite(
    parent: QWidget,
    doc: MeetingDocument,
    audience: str,
    go_to: Callable[[str], None] | None,
    *,
    cancel: bool = False,
    path: Path | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Save ``audience``'s invite (or its cancellation) as an .ics file and record it;
    the candidate's passes the preflight first. Returns where it went."""
    from ...export.invite import issue_invite

    meeting = doc.meeting
    if audience == "candidate" and not cancel:
        if not preflight_passes(parent, "invite", meeting, go_to):
            return None
    what = "cancellation" if cancel else ("invite" if audience == "candidate" else "panel-invite")
    if path is None:
        title = _tr("Save the calendar cancellation") if cancel else _tr("Save the calendar invite")
        path = _ask_path(parent, title, file_name(meeting, what, "ics"), ICS_FILTER)
        if path is None:
            return None
    calendar, record = issue_invite(meeting, audience, now=now or datetime.now(), cancel=cancel)
    if not _write(parent, path, calendar.data):
        return None
    _record(doc, record)
    return path


def invite_beside(parent: QWidget, doc: MeetingDocument, pdf: Path) -> Path | None:
    """After the agenda PDF is saved: offer the candidate's invite beside it, same name."""
    target = pdf.with_suffix(".ics")
    if not messages.ask_yes_no(
        parent,
        _tr("Calendar invite"),
        _tr("Also save the candidate's calendar invite beside the agenda, as {0}?").format(
            target.name
        ),
    ):
        return None
    return save_invite(parent, doc, "candidate", window_go_to(parent), path=target)


def offer_cancellation(parent: QWidget, doc: MeetingDocument) -> bool:
    """Before a meeting whose invites went out is deleted: offer their cancellation.
    False when the user backed out of saving it (then nothing is deleted)."""
    from ...domain.invites import issued

    audiences = issued(doc.meeting.invites)
    if not audiences:
        return True
    if not messages.ask_yes_no(
        parent,
        _tr("Cancel the calendar invite"),
        _tr(
            "Calendar invites went out for this meeting. Save their cancellation, to send"
            " to whoever has the invite, so their calendars drop the event?"
        ),
    ):
        return True
    return all(save_invite(parent, doc, audience, None, cancel=True) for audience in audiences)


# -- emails -------------------------------------------------------------------------


def _address_ready(parent: QWidget, meeting: Meeting, go_to: Callable[[str], None] | None) -> bool:
    from ...domain.preflight import address_issues
    from ..shared.i18n import installed_language

    issues = address_issues(meeting, installed_language())
    if not issues:
        return True
    messages.show_error(parent, _tr("No address to send to"), issues[0].message)
    if go_to is not None:
        go_to(issues[0].target)
    return False


def _save_and_open(
    parent: QWidget, meeting: Meeting, what: str, data: bytes, *, then: str = ""
) -> tuple[Path, bool] | None:
    """Save the email as an .eml file and hand it to the mail program; where none opens
    it, say where the file is (and ``then``, what is left to do). The path, and whether
    the mail program has it; None when nothing was saved."""
    title = _tr("Save the email to the candidate")
    path = _ask_path(parent, title, file_name(meeting, what, "eml"), EML_FILTER)
    if path is None or not _write(parent, path, data):
        return None
    if open_externally(QUrl.fromLocalFile(str(path))):
        return path, True
    where = _tr("Saved to {0}. Open it with your mail program to send it.").format(str(path))
    messages.show_info(parent, title, f"{where} {then}".strip())
    return path, False


def _cannot_write(parent: QWidget, error: Exception) -> None:
    messages.show_error(parent, _tr("Could not write the email"), told(error))


def email_agenda(
    parent: QWidget,
    doc: MeetingDocument,
    go_to: Callable[[str], None] | None,
    *,
    now: datetime | None = None,
) -> Path | None:
    """The agenda email with its PDF and the invite, opened in the mail program."""
    from ...export import export_agenda
    from ...export.email_draft import EmailDraftError, agenda_message
    from ...export.invite import issue_invite

    meeting = doc.meeting
    # The invite's check covers the agenda's, and the addresses the email needs.
    if not preflight_passes(parent, "invite", meeting, go_to):
        return None
    now = now or datetime.now()
    calendar, record = issue_invite(meeting, "candidate", now=now)
    try:
        data = agenda_message(
            meeting,
            agenda_pdf=export_agenda(meeting),
            invite=calendar.data,
            method=calendar.method,
            now=now,
        )
    except EmailDraftError as error:
        _cannot_write(parent, error)
        return None
    saved = _save_and_open(parent, meeting, "agenda-email", data)
    if saved is None:
        return None
    _record(doc, record)
    return saved[0]


def email_survey(
    parent: QWidget,
    doc: MeetingDocument,
    go_to: Callable[[str], None] | None,
    *,
    now: datetime | None = None,
) -> Path | None:
    """The declined-offer survey attached to a short note, opened in the mail program."""
    from ...export.decline_survey import export_decline_survey
    from ...export.email_draft import EmailDraftError, survey_message

    meeting = doc.meeting
    if not _address_ready(parent, meeting, go_to):
        return None
    try:
        data = survey_message(
            meeting, survey_pdf=export_decline_survey(meeting), now=now or datetime.now()
        )
    except EmailDraftError as error:
        _cannot_write(parent, error)
        return None
    saved = _save_and_open(parent, meeting, "survey-email", data)
    return saved[0] if saved is not None else None


class LetterComposer(Protocol):
    """What sending the letter needs of the feedback composer (a widget, for dialogs)."""

    doc: MeetingDocument
    clock: Callable[[], datetime]

    def text(self) -> str: ...
    def mark_sent(self) -> bool: ...
    def window(self) -> QWidget: ...


def email_feedback(composer: LetterComposer) -> bool:
    """The letter to the candidate in the mail program (a mailto: link, or an .eml when
    it is too long for one); once the user says it went, it is marked as sent."""
    from ...export.email_draft import FEEDBACK, EmailDraftError, feedback_message, mailto_link

    meeting = composer.doc.meeting
    letter = composer.text()
    now = composer.clock()
    go_to = window_go_to(composer)
    if not _address_ready(composer, meeting, go_to):
        return False
    if not preflight_passes(composer, "letter", meeting, go_to, letter=letter, now=now):
        return False
    link = mailto_link(meeting, FEEDBACK, letter)
    if link is None or not open_externally(QUrl(link, QUrl.ParsingMode.StrictMode)):
        # Too long for a link, or no mail program here (a meeting room's offline
        # laptop): the letter as a file, to send from this or any other computer.
        if link is not None and not messages.ask_yes_no(
            composer,
            _tr("No mail program"),
            _tr(
                "No mail program opened the letter. Save it as an email file (.eml) to "
                "send from your mail program, on this computer or another?"
            ),
        ):
            return False
        try:
            data = feedback_message(meeting, letter, now=now)
        except EmailDraftError as error:
            _cannot_write(composer, error)
            return False
        then = _tr("Once it has gone, click Mark as sent.")
        saved = _save_and_open(composer, meeting, "feedback-email", data, then=then)
        if saved is None or not saved[1]:
            return False
    if meeting.debrief.feedback_sent_at is not None:
        return True
    name = meeting.candidate.name.strip() or _tr("the candidate")
    if not messages.ask_yes_no(
        composer,
        _tr("Feedback sent?"),
        _tr("Did you send the feedback to {0}? Yes marks it as sent now.").format(name),
    ):
        return False
    return composer.mark_sent()
