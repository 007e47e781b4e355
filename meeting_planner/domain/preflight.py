"""The preflight: what is checked on everything the candidate will see, before it leaves.

The candidate's agenda, their calendar invite and the feedback letter each get the
same kind of check on exactly the fields the candidate receives: no template text, no
end later than the time promised, no answer promised on a day off, a contact person
named, and for the letter, nothing sent before the meeting has ended. Each issue has a
target (a field path or ``block:<id>``) so the app can take the user to the fix.

Most issues block the document until the user fixes them or says to go ahead anyway;
a warning (``blocking`` False) only points at something worth a look, such as an
agenda that never names the employer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from ..printable import escaped_line
from .addresses import is_address
from .candidate_view import contact_person
from .coach import block_times
from .coach_parts import block_name
from .model import Meeting, Part, Participant
from .phrases import format_moment, format_time, text
from .placeholders import placeholders_in
from .plain import record
from .zones import is_known_zone

# What a candidate document is; the command line and the app name them the same way.
AGENDA, INVITE, LETTER = "agenda", "invite", "letter"
DOCUMENTS = (AGENDA, INVITE, LETTER)
# How many places a message names before it says "and N more".
_PLACES_SHOWN = 3


@record(frozen=True)
class PreflightIssue:
    """One thing to fix before a document reaches the candidate."""

    id: str
    message: str
    target: str
    # False for a warning: worth fixing, but the document may leave as it is.
    blocking: bool = True


def blocking(issues: Iterable[PreflightIssue]) -> list[PreflightIssue]:
    """The issues that stop a document, warnings left out."""
    return [issue for issue in issues if issue.blocking]


def candidate_fields(meeting: Meeting, lg: str) -> Iterator[tuple[str, str, str]]:
    """The texts of a meeting that reach the candidate in the agenda and the invite:
    (finding target, the reader's name for where it is, text)."""
    yield "title", text(lg, "the meeting's title"), meeting.title
    yield "candidate.name", text(lg, "the candidate's name"), meeting.candidate.name
    yield "role.title", text(lg, "the role's title"), meeting.role.title
    yield "role.team", text(lg, "the team"), meeting.role.team
    yield "role.company", text(lg, "the company's name"), meeting.role.company
    yield "location", text(lg, "the location"), meeting.location
    for person in meeting.participants:
        yield "participants", text(lg, "the people"), person.name
        yield "participants", text(lg, "the people"), person.title
    for block in meeting.agenda:
        where = block_name(block, lg)
        yield f"block:{block.id}", where, block.title
        yield f"block:{block.id}", where, block.owner
    if meeting.agenda and not meeting.case.is_empty:
        yield "case.title", text(lg, "the case's title"), meeting.case.title
        yield (
            "case.prepare",
            text(lg, "what the candidate prepares for the case"),
            meeting.case.prepare,
        )


def check(
    document: str,
    meeting: Meeting,
    *,
    letter: str = "",
    now: datetime | None = None,
    language: str | None = None,
) -> list[PreflightIssue]:
    """Everything to fix before ``document`` (agenda, invite or letter) reaches the
    candidate, said in ``language`` (whoever reads the list: the command line's), else
    in the meeting's; empty when it may leave."""
    if document not in DOCUMENTS:
        raise ValueError(f"unknown candidate document {document!r}")
    lg = language or str(meeting.language)
    if document == LETTER:
        return list(_letter(meeting, letter, now, lg))
    issues = [
        *_placeholders(candidate_fields(meeting, lg), lg),
        *_timing(meeting, lg),
        *_contact(meeting, lg),
        *_company(meeting, lg),
    ]
    if document == INVITE:
        issues += [*address_issues(meeting, lg), *_invite(meeting, lg)]
    return issues


def _placeholders(fields: Iterable[tuple[str, str, str]], lg: str) -> Iterator[PreflightIssue]:
    """One issue per template text, naming every place it would show (a person's name left
    as "[Hiring manager's name]" is in the people and in each block they lead)."""
    places: dict[str, tuple[str, list[str]]] = {}
    for target, where, value in fields:
        for found in placeholders_in(value):
            wheres = places.setdefault(found, (target, []))[1]
            if where not in wheres:
                wheres.append(where)
    for found, (target, wheres) in places.items():
        shown = ", ".join(wheres[:_PLACES_SHOWN])
        if len(wheres) > _PLACES_SHOWN:
            shown += " " + text(lg, "and {count} more", count=len(wheres) - _PLACES_SHOWN)
        yield PreflightIssue(
            "placeholder",
            text(
                lg,
                "Template text would reach the candidate: {placeholder} in {places}.",
                placeholder=found,
                places=shown,
            ),
            target,
        )


def _timing(meeting: Meeting, lg: str) -> Iterator[PreflightIssue]:
    times = block_times(meeting)
    if times and times[-1].end > meeting.planned_end:
        yield PreflightIssue(
            "ends-late",
            text(
                lg,
                "The agenda ends at {end}, later than the {promised} the candidate is told.",
                end=format_time(times[-1].end, lg),
                promised=format_time(meeting.planned_end, lg),
            ),
            "agenda",
        )
    if not is_working_day(meeting.start, meeting):
        holiday = _holiday(meeting.start, meeting, lg)
        yield PreflightIssue(
            "meeting-on-day-off",
            text(
                lg,
                "The meeting is on {day}, {holiday}: the candidate would be invited on a "
                "public holiday.",
                day=format_moment(meeting.start, lg),
                holiday=holiday,
            )
            if holiday
            else text(
                lg,
                "The meeting is on {day}, a weekend: the candidate would be invited on a day off.",
                day=format_moment(meeting.start, lg),
            )
            if meeting.start.weekday() >= 5
            else text(
                lg,
                "The meeting is on {day}, which is not a working day: the candidate would be "
                "invited on a weekend or a public holiday.",
                day=format_moment(meeting.start, lg),
            ),
            "start",
        )
    due = meeting.feedback_due
    if not is_working_day(due, meeting):
        holiday = _holiday(due, meeting, lg)
        yield PreflightIssue(
            "answer-on-day-off",
            text(
                lg,
                "The candidate is promised an answer by {due}, {holiday}, not a working day.",
                due=format_moment(due, lg),
                holiday=holiday,
            )
            if holiday
            else text(
                lg,
                "The candidate is promised an answer by {due}, which is not a working day.",
                due=format_moment(due, lg),
            ),
            "follow_up.feedback_hours",
        )


def _contact(meeting: Meeting, lg: str) -> Iterator[PreflightIssue]:
    if contact_person(meeting) is None:
        yield PreflightIssue(
            "no-contact",
            text(
                lg,
                "No one is named for the candidate to contact: add the recruiter or the "
                "hiring manager to the people.",
            ),
            "participants",
        )


def _company(meeting: Meeting, lg: str) -> Iterator[PreflightIssue]:
    if not meeting.role.company.strip():
        yield PreflightIssue(
            "no-company",
            text(
                lg,
                "The company's name is empty, so nothing the candidate receives says whose "
                "meeting it is: add it on the Role tab.",
            ),
            "role.company",
            blocking=False,
        )


def address_issues(meeting: Meeting, language: str | None = None) -> list[PreflightIssue]:
    """What stops a message or an invite from reaching the candidate's inbox, said in
    ``language``, else in the meeting's."""
    lg = language or str(meeting.language)
    address = meeting.candidate.email.strip()
    if not address:
        message = text(lg, "The candidate has no email address to send it to.")
    elif not is_address(address):
        # Shown as stored, escapes and all: a line break in it must not break the message.
        shown = escaped_line(address)
        message = text(lg, "The candidate's email address {address} is not valid.", address=shown)
    else:
        return []
    return [PreflightIssue("candidate-address", message, "candidate.email")]


def organiser(meeting: Meeting) -> Participant | None:
    """Who sends the invite and gets the replies: the first hiring manager with an address."""
    managers = [p for p in meeting.participants if p.part is Part.MANAGER]
    return next((p for p in managers if is_address(p.email)), None)


def _invite(meeting: Meeting, lg: str) -> Iterator[PreflightIssue]:
    if organiser(meeting) is None:
        yield PreflightIssue(
            "no-organiser",
            text(
                lg,
                "No hiring manager with an email address organises the invite, so the "
                "candidate's answer would reach no one: add the address on the People tab.",
            ),
            "participants",
        )
    if meeting.time_zone.strip() and not is_known_zone(meeting.time_zone):
        yield PreflightIssue(
            "unknown-zone",
            text(
                lg,
                "The time zone {zone} is not known: write it like Europe/Stockholm, or "
                "leave it empty for this computer's zone.",
                zone=escaped_line(meeting.time_zone),
            ),
            "time_zone",
        )


def _letter(
    meeting: Meeting, letter: str, now: datetime | None, lg: str
) -> Iterator[PreflightIssue]:
    """The letter's own rule (``feedback.send_problems``: written, no placeholder, after
    the meeting), said as issues; without ``now`` the meeting's end is not asked about."""
    from .feedback import SendProblem, send_problems

    problems = send_problems(meeting, letter, now if now is not None else meeting.end)
    if SendProblem.EMPTY in problems:
        yield PreflightIssue("letter-empty", text(lg, "The letter is empty."), "debrief.feedback")
        return
    if SendProblem.PLACEHOLDERS in problems:
        yield from _placeholders([("debrief.feedback", text(lg, "the letter"), letter)], lg)
    if SendProblem.NOT_ENDED in problems:
        yield PreflightIssue(
            "letter-before-meeting",
            text(
                lg,
                "The meeting has not ended yet (it ends {end}); the letter can go once it has.",
                end=format_moment(meeting.end, lg),
            ),
            "debrief.feedback",
        )
    yield from _reason(meeting, letter, lg)


def _reason(meeting: Meeting, letter: str, lg: str) -> Iterator[PreflightIssue]:
    """Whether the letter gives a reason the candidate can use (a warning: the manager
    may know better): no stock phrase, and for a no, the criterion it rests on."""
    from .model import Decision
    from .reasons import ReasonProblem, check_meeting

    found = check_meeting(meeting, letter)
    if ReasonProblem.GENERIC in found.problems:
        yield PreflightIssue(
            "letter-stock-phrase",
            text(
                lg,
                "The letter uses a stock phrase ({phrases}) that tells the candidate nothing; "
                "say what the decision rests on.",
                phrases=", ".join(found.generic),
            ),
            "debrief.feedback",
            blocking=False,
        )
    rejected = meeting.debrief.decision is Decision.REJECT
    if rejected and meeting.criteria and ReasonProblem.NO_CRITERION in found.problems:
        yield PreflightIssue(
            "letter-no-criterion",
            text(
                lg,
                "The letter names none of the meeting's criteria; say which one the no rests on.",
            ),
            "debrief.feedback",
            blocking=False,
        )


def is_working_day(moment: datetime, meeting: Meeting) -> bool:
    """Whether ``moment`` falls on a working day for the meeting's employer: no weekend,
    no public holiday of its country (the rule every deadline is counted by)."""
    from .workdays import is_working_day as working

    return working(moment.date(), meeting.country)


def _holiday(moment: datetime, meeting: Meeting, lg: str) -> str:
    """The public holiday ``moment`` falls on where the employer is, named ("" if none)."""
    from .workdays import holiday_name

    return holiday_name(moment.date(), meeting.country, lg)
