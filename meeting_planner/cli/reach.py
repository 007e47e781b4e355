"""Reaching people from the command line: the calendar invite (or its cancellation) and
email drafts to the candidate, as files any calendar or mail program opens."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..domain.phrases import mark
from .common import (
    PROG,
    CommandAdder,
    UserError,
    add_output_options,
    meeting_from_id_or_file,
    names_a_file,
    open_store,
    write_output,
)
from .language import current_language, say, told
from .preflight import add_anyway, preflight

if TYPE_CHECKING:
    from ..domain.model import Meeting
    from ..export.invite import CalendarFile

T = TypeVar("T")


def register(add: CommandAdder) -> None:
    p = add(
        "invite",
        "write the meeting's calendar invite (.ics) for the candidate or the panel; "
        "issued again after a change, calendars move the event",
        _cmd_invite,
    )
    p.add_argument("target", metavar="ID|FILE")
    add_output_options(p, "OUT.ics", required=True)
    p.add_argument("--for", dest="audience", choices=["candidate", "panel"], default="candidate")
    p.add_argument(
        "--cancel",
        action="store_true",
        help="write the cancellation (METHOD:CANCEL) of the invite instead",
    )
    add_anyway(p)
    p = add(
        "email",
        "write an email draft (.eml) to the candidate: the agenda with its PDF and "
        "invite, the feedback letter, or the declined-offer survey",
        _cmd_email,
    )
    p.add_argument("kind", choices=["agenda", "feedback", "survey"])
    p.add_argument("target", metavar="ID|FILE")
    add_output_options(p, "OUT.eml", required=True)
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    add_anyway(p)


def issue_invite(
    meeting: Meeting, audience: str, *, now: datetime, cancel: bool = False
) -> CalendarFile:
    """The invite (or cancellation); ``meeting.invites`` records it, for the caller to save."""
    from ..export.invite import issue_invite as issue

    calendar, meeting.invites = issue(meeting, audience, now=now, cancel=cancel)
    return calendar


def cancellation_files(
    meeting: Meeting, audiences: list[str], output: Path, *, now: datetime
) -> dict[Path, bytes]:
    """The cancellation of each audience's invite: the candidate's at ``output``, the
    panel's beside it (``-panel`` added to the name), or at ``output`` when it is the only one."""
    files: dict[Path, bytes] = {}
    for audience in audiences:
        path = output
        if audience == "panel" and "candidate" in audiences:
            path = output.with_name(f"{output.stem}-panel{output.suffix or '.ics'}")
        files[path] = issue_invite(meeting, audience, now=now, cancel=True).data
    return files


def _cmd_invite(args: argparse.Namespace) -> int:
    now = datetime.now()

    def make(meeting: Meeting) -> CalendarFile:
        if args.audience == "candidate" and not args.cancel:
            preflight("invite", meeting, anyway=args.anyway)
        calendar = issue_invite(meeting, args.audience, now=now, cancel=args.cancel)
        _warn_unreached(meeting, args.audience)
        return calendar

    calendar = _with_meeting(args, make)
    write_output(Path(args.output), calendar.data, force=args.force)
    done = {
        ("candidate", False): mark("Wrote the candidate's calendar invite to {path}"),
        ("candidate", True): mark("Wrote the candidate's calendar cancellation to {path}"),
        ("panel", False): mark("Wrote the panel's calendar invite to {path}"),
        ("panel", True): mark("Wrote the panel's calendar cancellation to {path}"),
    }
    print(say(done[(args.audience, bool(args.cancel))], path=args.output))
    return 0


def _cmd_email(args: argparse.Namespace) -> int:
    from ..domain.preflight import address_issues
    from ..export import email_draft

    now = datetime.now()

    def make(meeting: Meeting) -> bytes:
        if email_draft.sender(meeting) is None:
            warning = say(
                "no one on the panel has an email address, so the draft has no sender; "
                "your mail program fills it in"
            )
            print(f"{PROG}: {say('warning: {text}', text=warning)}", file=sys.stderr)
        if args.kind == "agenda":
            # The invite goes with the agenda, so both are checked (each issue once).
            preflight(("agenda", "invite"), meeting, anyway=args.anyway)
            from ..export import export_agenda

            invite = issue_invite(meeting, "candidate", now=now)
            return email_draft.agenda_message(
                meeting,
                agenda_pdf=export_agenda(meeting, paper=args.paper),
                invite=invite.data,
                method=invite.method,
                now=now,
            )
        issues = address_issues(meeting, current_language())
        if issues and not args.anyway:
            raise UserError(
                say(
                    "{problem} Add it, or add --anyway to write it regardless",
                    problem=issues[0].message,
                )
            )
        if args.kind == "feedback":
            letter = _letter(meeting)
            preflight("letter", meeting, anyway=args.anyway, letter=letter, now=now)
            return email_draft.feedback_message(meeting, letter, now=now)
        from ..export.decline_survey import export_decline_survey

        survey = export_decline_survey(meeting, paper=args.paper)
        return email_draft.survey_message(meeting, survey_pdf=survey, now=now)

    try:
        data = _with_meeting(args, make)
    except email_draft.EmailDraftError as error:
        raise UserError(told(error)) from None
    write_output(Path(args.output), data, force=args.force)
    done = {
        "agenda": mark("Wrote the agenda email to {path}"),
        "feedback": mark("Wrote the feedback email to {path}"),
        "survey": mark("Wrote the survey email to {path}"),
    }
    print(say(done.get(args.kind, "Wrote the email to {path}"), path=args.output))
    return 0


def _letter(meeting: Meeting) -> str:
    stored = meeting.debrief.feedback
    if stored.strip():
        return stored
    raise UserError(
        say(
            "no feedback letter is stored yet: write it in the app's Feedback tab, or keep "
            "one with `feedback ID --keep` (the draft) or `feedback ID --from FILE` (your text)"
        )
    )


def _with_meeting(args: argparse.Namespace, make: Callable[[Meeting], T]) -> T:
    """Run ``make`` on the meeting: from a file as it is, from the store under its lock,
    saving the invite's record when it changed."""
    if names_a_file(args.target):
        return make(meeting_from_id_or_file(args, args.target))
    with open_store(args) as store:
        meeting = store.meetings.get(store.meetings.resolve(args.target))
        before = meeting.invites
        result = make(meeting)
        if meeting.invites != before:
            store.meetings.save(meeting)
    return result


def _warn_unreached(meeting: Meeting, audience: str) -> None:
    if audience != "panel":
        return
    from ..domain.addresses import is_address

    missing = [p.name or say("(no name)") for p in meeting.participants if not is_address(p.email)]
    if missing:
        warning = say(
            "no email address for {names}: not in the invite's attendees",
            names=", ".join(missing),
        )
        print(f"{PROG}: {say('warning: {text}', text=warning)}", file=sys.stderr)
