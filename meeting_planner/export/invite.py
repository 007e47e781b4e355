"""Calendar files (RFC 5545): the meeting's invite for the candidate or the panel, its
cancellation, and the manager's open deadlines, written with the icalendar package.

Every text goes out without control or bidirectional formatting characters (line breaks
only in the description, where icalendar escapes them). Times go out in the meeting's
zone with its VTIMEZONE where the zone is known by name, otherwise in UTC (see
``domain.zones``). icalendar loads only when a file is made.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from .. import __version__
from ..domain.invites import InviteContent, Mailbox, invite_content
from ..domain.plain import record
from ..domain.zones import instant, meeting_zone
from ..printable import printable, printable_line

if TYPE_CHECKING:
    from icalendar import Calendar, vCalAddress

    from ..domain.followup import DueItem
    from ..domain.model import InviteRecord, Meeting

PRODID = f"-//Meeting Planner//Meeting Planner {__version__}//EN"
REQUEST, PUBLISH, CANCEL = "REQUEST", "PUBLISH", "CANCEL"


@record(frozen=True)
class CalendarFile:
    """A calendar file's bytes and the METHOD it was written with."""

    data: bytes
    method: str


def build_invite(
    meeting: Meeting,
    audience: str,
    *,
    sequence: int,
    now: datetime,
    cancel: bool = False,
    content: InviteContent | None = None,
) -> CalendarFile:
    """``audience``'s invite ("candidate" or "panel") as an .ics file, or with
    ``cancel`` its cancellation. An invite with an organiser is a REQUEST the
    attendees can answer; without one it is a plain PUBLISH of the event."""
    from icalendar import Event

    content = content or invite_content(meeting, audience)
    zone = meeting_zone(meeting)
    if cancel:
        method = CANCEL
    else:
        method = REQUEST if content.organiser is not None and content.attendees else PUBLISH
    calendar = _calendar(method)
    event = Event()
    event.add("uid", content.uid)
    event.add("dtstamp", _utc(now))
    event.add("sequence", sequence)
    event.add("dtstart", instant(content.start, zone))
    event.add("dtend", instant(content.end, zone))
    event.add("summary", _line(content.summary))
    if content.location:
        event.add("location", _line(content.location))
    if not cancel:
        # A cancellation says only which event is off: the file may be forwarded.
        event.add("description", printable(content.description))
    event.add("status", "CANCELLED" if cancel else "CONFIRMED")
    event.add("transp", "OPAQUE")
    event.add("class", "PRIVATE" if audience == "panel" else "PUBLIC")
    event.add("language", str(meeting.language))
    if content.organiser is not None:
        event.add("organizer", _address(content.organiser))
    for attendee in content.attendees:
        event.add("attendee", _address(attendee, attendee=True, rsvp=method == REQUEST))
    calendar.add_component(event)
    return CalendarFile(_finish(calendar, zone, content.start), method)


def issue_invite(
    meeting: Meeting, audience: str, *, now: datetime, cancel: bool = False
) -> tuple[CalendarFile, InviteRecord]:
    """``audience``'s invite (or cancellation) with its SEQUENCE, and the meeting's
    invite record once it is issued (for the caller to keep; the meeting is unchanged)."""
    from ..domain.invites import cancellation, next_issue

    content = invite_content(meeting, audience)
    if cancel:
        sequence, record = cancellation(meeting.invites, audience)
    else:
        sequence, record = next_issue(
            meeting.invites, audience, content.fingerprint(meeting.time_zone)
        )
    calendar = build_invite(
        meeting, audience, sequence=sequence, now=now, cancel=cancel, content=content
    )
    return calendar, record


def build_due_calendar(
    items: Iterable[DueItem],
    *,
    now: datetime,
    labels: dict[str, str],
    todo: bool = False,
    zone: tzinfo | None = None,
) -> bytes:
    """The open deadlines as a calendar: one event (or to-do) per deadline with an alarm
    at the deadline, so the manager's own calendar reminds them with the app closed.
    ``labels`` maps "feedback" and "decision" to the summary's wording, with {name}.
    Each deadline keeps its UID, so importing a newer file updates the old entries."""
    from icalendar import Alarm, Event, Todo

    calendar = _calendar(PUBLISH)
    for item in items:
        # The deadline's moment, in the zone the calendar is written in.
        due = instant(item.moment(), zone)
        who = item.candidate or item.title or item.id
        entry = Todo() if todo else Event()
        entry.add("uid", f"{item.id}-{item.what.value}-due@meeting-planner.invalid")
        entry.add("dtstamp", _utc(now))
        entry.add("summary", _line(labels[item.what.value].format(name=who)))
        if item.role:
            entry.add("description", _line(item.role))
        if todo:
            entry.add("due", due)
            entry.add("status", "NEEDS-ACTION")
        else:
            entry.add("dtstart", due - timedelta(minutes=DUE_EVENT_MINUTES))
            entry.add("dtend", due)
            entry.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _line(labels[item.what.value].format(name=who)))
        alarm.add("trigger", -timedelta(minutes=DUE_EVENT_MINUTES), parameters={"RELATED": "END"})
        entry.add_component(alarm)
        calendar.add_component(entry)
    return _finish(calendar, zone, now)


# A deadline shows as a short event ending at it, and the alarm rings when it starts.
DUE_EVENT_MINUTES = 30


def _calendar(method: str) -> Calendar:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


def _finish(calendar: Calendar, zone: tzinfo | None, around: datetime) -> bytes:
    """The file's bytes, with the rules of the zone used (VTIMEZONE) before the events,
    so a calendar places them right across daylight-saving changes."""
    from zoneinfo import ZoneInfo

    from .vtimezone import rule_timezone

    if isinstance(zone, ZoneInfo):
        described = rule_timezone(zone, around)
        if described is not None:
            calendar.subcomponents.insert(0, described)
    calendar.add_missing_timezones(
        first_date=date(around.year - 1, 1, 1), last_date=date(around.year + 3, 1, 1)
    )
    return calendar.to_ical()


def _address(box: Mailbox, *, attendee: bool = False, rsvp: bool = False) -> vCalAddress:
    from icalendar import vCalAddress

    address = vCalAddress(f"mailto:{box.address}")
    if _line(box.name):
        address.params["CN"] = _line(box.name)
    if attendee:
        address.params["ROLE"] = "REQ-PARTICIPANT"
        address.params["PARTSTAT"] = "NEEDS-ACTION"
        address.params["CUTYPE"] = "INDIVIDUAL"
        if rsvp:
            address.params["RSVP"] = "TRUE"
    return address


def _line(value: str) -> str:
    """A text of one line in the file: no line break, control or bidirectional
    formatting character, whatever an older store or a file from elsewhere holds."""
    return printable_line(value)


def _utc(moment: datetime) -> datetime:
    return instant(moment, None) if moment.tzinfo is None else moment.astimezone(UTC)
