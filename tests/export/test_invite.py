"""Calendar invites: files that icalendar and a second parser (vobject) both read, at the
right instant across daylight saving, re-issued as the same event after a change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from meeting_planner.domain import zones
from meeting_planner.domain.invites import (
    CANCELLED,
    cancellation,
    invite_content,
    issued,
    next_issue,
)
from meeting_planner.domain.model import InviteRecord, Language, Part, Participant
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.export.invite import build_invite

NOW = datetime(2026, 11, 20, 9, 0)


def meeting_at(start: datetime, zone: str = "Europe/Stockholm", language: str = "en"):
    meeting = sample_meeting(start - timedelta(days=3))
    meeting.start = start
    meeting.time_zone = zone
    meeting.language = Language(language)
    return meeting


def parse(data: bytes) -> tuple[icalendar.Calendar, icalendar.Event, object]:
    """The file as icalendar and vobject read it; both must succeed."""
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    other = vobject.readOne(data.decode("utf-8"))
    return calendar, events[0], other.vevent


@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_the_candidates_invite_reads_the_same_in_two_parsers(language: str) -> None:
    meeting = meeting_at(datetime(2026, 12, 1, 10, 0), language=language)
    data = build_invite(meeting, "candidate", sequence=0, now=NOW).data
    calendar, event, other = parse(data)
    assert str(calendar["METHOD"]) == "REQUEST"
    start = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    assert event["DTSTART"].dt == start and other.dtstart.value == start
    assert event["DTEND"].dt - event["DTSTART"].dt == timedelta(minutes=meeting.planned_minutes)
    assert str(event["LOCATION"]) == meeting.location == other.location.value
    organiser = event["ORGANIZER"]
    assert str(organiser) == "mailto:erik.lundgren@nordvik.example"
    # The candidate's calendar names the employer with the organiser.
    assert organiser.params["CN"] == "Erik Lundgren (Nordvik Logistics)"
    attendees = event["ATTENDEE"]
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [str(a) for a in attendees] == [f"mailto:{meeting.candidate.email}"]
    description = str(event["DESCRIPTION"])
    assert description == other.description.value
    # The candidate's agenda, in the meeting's language.
    welcome = {"en": "Welcome", "sv": "Välkommen", "da": "Velkommen"}[language]
    assert description.startswith(f"{welcome}, Sanna Järvinen")
    assert meeting.agenda[0].title in description
    assert "Maja Ström" in description


@pytest.mark.parametrize(
    ("zone", "start", "offset_hours"),
    [
        ("Europe/Stockholm", datetime(2026, 3, 27, 10), 1),  # the Friday before summer time
        ("Europe/Stockholm", datetime(2026, 3, 30, 10), 2),  # the Monday after
        ("Europe/Copenhagen", datetime(2026, 10, 23, 14), 2),
        ("Europe/Copenhagen", datetime(2026, 10, 26, 14), 1),
        ("America/New_York", datetime(2026, 3, 9, 9), -4),
        ("Australia/Sydney", datetime(2026, 4, 6, 9), 10),
        ("Asia/Kolkata", datetime(2026, 6, 1, 9), 5.5),
    ],
)
def test_the_start_is_the_same_instant_on_both_sides_of_a_clock_change(
    zone: str, start: datetime, offset_hours: float
) -> None:
    meeting = meeting_at(start, zone)
    data = build_invite(meeting, "candidate", sequence=0, now=NOW).data
    _calendar, event, other = parse(data)
    expected = start.replace(tzinfo=ZoneInfo(zone))
    assert expected.utcoffset() == timedelta(hours=offset_hours)
    # Each parser applies the VTIMEZONE in the file, so both must land on the instant.
    assert event["DTSTART"].dt.astimezone(UTC) == expected.astimezone(UTC)
    assert other.dtstart.value.astimezone(UTC) == expected.astimezone(UTC)
    assert other.dtend.value.astimezone(UTC) == (
        expected + timedelta(minutes=meeting.planned_minutes)
    ).astimezone(UTC)


def test_the_zones_rules_hold_for_the_following_years_too() -> None:
    """A calendar keeps the event's VTIMEZONE; its yearly rules match the real zone."""
    meeting = meeting_at(datetime(2026, 12, 1, 10))
    data = build_invite(meeting, "candidate", sequence=0, now=NOW).data
    assert b"RRULE:FREQ=YEARLY" in data
    tz = vobject.readOne(data.decode("utf-8")).vtimezone.gettzinfo()
    real = ZoneInfo("Europe/Stockholm")
    for moment in (
        datetime(2027, 3, 28, 1, 59),
        datetime(2027, 3, 28, 3, 1),
        datetime(2028, 7, 1, 12),
        datetime(2029, 10, 28, 3, 30),
    ):
        assert moment.replace(tzinfo=tz).utcoffset() == moment.replace(tzinfo=real).utcoffset()


def test_without_a_named_zone_the_times_go_out_in_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zones, "system_zone_name", lambda: None)
    meeting = meeting_at(datetime(2026, 12, 1, 10), zone="")
    meeting.country = "US"  # a country of several zones names none
    data = build_invite(meeting, "candidate", sequence=0, now=NOW).data
    _calendar, event, other = parse(data)
    assert b"VTIMEZONE" not in data
    assert event["DTSTART"].dt == datetime(2026, 12, 1, 10).astimezone().astimezone(UTC)
    assert other.dtstart.value.utcoffset() == timedelta(0)


def test_an_empty_zone_means_the_countrys_else_the_computers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Planned on a computer whose clock is set to UTC (or to where its owner travels),
    # a Gothenburg meeting is at ten in Stockholm, not at ten UTC.
    monkeypatch.setenv("TZ", "UTC")
    meeting = meeting_at(datetime(2026, 12, 1, 10), zone="")
    meeting.country = "SE"
    _calendar, event, _other = parse(build_invite(meeting, "candidate", sequence=0, now=NOW).data)
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert event["DTSTART"].dt.astimezone(UTC) == datetime(2026, 12, 1, 9, tzinfo=UTC)
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    for country in ("US", ""):  # several zones, or none named
        meeting.country = country
        data = build_invite(meeting, "candidate", sequence=0, now=NOW).data
        assert parse(data)[1]["DTSTART"].params["TZID"] == "America/Los_Angeles"


def test_names_in_any_script_survive_in_the_attendees_and_organiser() -> None:
    meeting = meeting_at(datetime(2026, 12, 1, 10))
    meeting.candidate.name = "Ольга Петрова"
    meeting.participants[0].name = '王伟, "Wei"; Åsa'
    for block in meeting.agenda:
        block.owner = '王伟, "Wei"; Åsa' if block.owner == "Erik Lundgren" else block.owner
    data = build_invite(meeting, "candidate", sequence=0, now=NOW).data
    _calendar, event, other = parse(data)
    assert event["ATTENDEE"].params["CN"] == "Ольга Петрова"
    assert event["ORGANIZER"].params["CN"] == '王伟, "Wei"; Åsa (Nordvik Logistics)'
    assert other.attendee.params["CN"] == ["Ольга Петрова"]
    assert str(event["DESCRIPTION"]).startswith("Welcome, Ольга Петрова")


def test_the_panels_invite_has_every_addressed_person_and_the_brief() -> None:
    meeting = meeting_at(datetime(2026, 12, 1, 10))
    meeting.participants.append(Participant(name="No Address", part=Part.OTHER))
    meeting.agenda[3].internal_notes = "Watch how she reasons."
    data = build_invite(meeting, "panel", sequence=0, now=NOW).data
    _calendar, event, other = parse(data)
    attendees = [str(a) for a in event["ATTENDEE"]]
    assert attendees == [f"mailto:{p.email}" for p in meeting.participants if p.email]
    description = other.description.value
    assert "Watch how she reasons." in description
    assert "Aino Björk, Senior backend developer: " in description  # her blocks follow
    assert "1. Problem solving" in description
    assert str(event["CLASS"]) == "PRIVATE"


def test_without_an_organiser_the_event_is_published_not_requested() -> None:
    meeting = meeting_at(datetime(2026, 12, 1, 10))
    for person in meeting.participants:
        person.email = ""
    data = build_invite(meeting, "candidate", sequence=0, now=NOW)
    calendar, event, _other = parse(data.data)
    assert data.method == "PUBLISH" and str(calendar["METHOD"]) == "PUBLISH"
    assert "ORGANIZER" not in event


def test_a_changed_meeting_is_the_same_event_with_a_higher_sequence() -> None:
    meeting = meeting_at(datetime(2026, 12, 1, 10))
    record = InviteRecord()

    def issue(record: InviteRecord) -> tuple[int, InviteRecord, str]:
        content = invite_content(meeting, "candidate")
        sequence, record = next_issue(record, "candidate", content.fingerprint(meeting.time_zone))
        data = build_invite(meeting, "candidate", sequence=sequence, now=NOW).data
        _calendar, event, _other = parse(data)
        assert int(event["SEQUENCE"]) == sequence
        return sequence, record, str(event["UID"])

    first, record, uid = issue(record)
    again, record, same_uid = issue(record)
    assert (first, again, same_uid) == (0, 0, uid)
    meeting.start += timedelta(hours=2)
    moved, record, moved_uid = issue(record)
    assert (moved, moved_uid) == (1, uid)
    meeting.location = "Room Kattegat"
    assert issue(record)[0] == 2
    # The panel's invite is its own event with its own count.
    assert next_issue(record, "panel", "x")[0] == 0
    assert invite_content(meeting, "panel").uid != uid


def test_a_cancellation_cancels_the_same_event_and_says_nothing_more() -> None:
    meeting = meeting_at(datetime(2026, 12, 1, 10))
    meeting.agenda[0].internal_notes = "Not for anyone else."
    _first, record = next_issue(InviteRecord(), "panel", "abc")
    sequence, record = cancellation(record, "panel")
    assert sequence == 1 and record.content["panel"] == CANCELLED
    assert issued(record) == []
    data = build_invite(meeting, "panel", sequence=sequence, now=NOW, cancel=True)
    calendar, event, _other = parse(data.data)
    assert str(calendar["METHOD"]) == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == invite_content(meeting, "panel").uid
    assert "DESCRIPTION" not in event
    # Issued again later, the event comes back with a higher number still.
    assert next_issue(record, "panel", "abc")[0] == 2
