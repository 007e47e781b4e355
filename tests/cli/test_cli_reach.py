"""`invite`, `email`, `due --ics` and `delete --cancellation`: files a calendar or mail
program opens, checked first, and the same event again after a change."""

from __future__ import annotations

import email
import os
from datetime import datetime, timedelta
from email import policy
from pathlib import Path

import icalendar
import pytest
import vobject

from meeting_planner.cli import main
from meeting_planner.domain import zones
from meeting_planner.domain.model import Decision, Language, Status
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store

# A Monday: the sample meeting is on Tuesday, its answer due on Thursday.
MONDAY = datetime(2026, 12, 7, 9, 0)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def store_dir() -> Path:
    return Path(os.environ["MEETING_PLANNER_DATA_DIR"])


@pytest.fixture
def meeting_id() -> str:
    meeting = sample_meeting(MONDAY)
    meeting.time_zone = "Europe/Stockholm"
    with Store(store_dir()) as store:
        store.meetings.save(meeting)
    return meeting.id


def event_of(path: Path) -> icalendar.Event:
    data = path.read_bytes()
    vobject.readOne(data.decode("utf-8"))  # a second parser reads it too
    return next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")))


def test_an_invite_issued_again_after_a_change_moves_the_same_event(
    capsys: pytest.CaptureFixture[str], meeting_id: str, tmp_path: Path
) -> None:
    first, second, third = (tmp_path / f"{n}.ics" for n in ("1", "2", "3"))
    code, out, err = run(capsys, "invite", meeting_id, "-o", str(first))
    assert code == 0, err
    assert out.strip() == f"Wrote the candidate's calendar invite to {first}"
    assert run(capsys, "invite", meeting_id, "-o", str(second))[0] == 0
    with Store(store_dir()) as store:
        meeting = store.meetings.get(meeting_id)
        meeting.location = "Room Kattegat"
        store.meetings.save(meeting)
    assert run(capsys, "invite", meeting_id, "-o", str(third))[0] == 0
    events = [event_of(p) for p in (first, second, third)]
    assert len({str(e["UID"]) for e in events}) == 1
    assert [int(e["SEQUENCE"]) for e in events] == [0, 0, 1]
    assert str(events[2]["LOCATION"]) == "Room Kattegat"


def test_an_invite_with_something_to_fix_is_not_written(
    capsys: pytest.CaptureFixture[str], meeting_id: str, tmp_path: Path
) -> None:
    with Store(store_dir()) as store:
        meeting = store.meetings.get(meeting_id)
        meeting.candidate.email = "sanna at example"
        meeting.time_zone = "Europe/Gothenburg"
        store.meetings.save(meeting)
    out_file = tmp_path / "invite.ics"
    code, _out, err = run(capsys, "invite", meeting_id, "-o", str(out_file))
    assert code == 1 and not out_file.exists()
    assert "The candidate's email address sanna at example is not valid." in err
    assert "The time zone Europe/Gothenburg is not known" in err
    assert err.strip().endswith("add --anyway to write it regardless")
    assert run(capsys, "invite", meeting_id, "-o", str(out_file), "--anyway")[0] == 0
    assert out_file.exists()


def test_the_panels_invite_names_who_it_cannot_reach(
    capsys: pytest.CaptureFixture[str], meeting_id: str, tmp_path: Path
) -> None:
    with Store(store_dir()) as store:
        meeting = store.meetings.get(meeting_id)
        meeting.participants[1].email = ""
        store.meetings.save(meeting)
    out_file = tmp_path / "panel.ics"
    code, _out, err = run(capsys, "invite", meeting_id, "--for", "panel", "-o", str(out_file))
    assert code == 0
    assert "no email address for Aino Björk" in err
    attendees = [str(a) for a in event_of(out_file)["ATTENDEE"]]
    assert attendees == [
        "mailto:erik.lundgren@nordvik.example",
        "mailto:maja.strom@nordvik.example",
    ]


@pytest.mark.parametrize("language", ["en", "sv", "da"])
def test_the_agenda_email_is_written_with_its_invite(
    capsys: pytest.CaptureFixture[str], meeting_id: str, tmp_path: Path, language: str
) -> None:
    with Store(store_dir()) as store:
        meeting = store.meetings.get(meeting_id)
        meeting.language = Language(language)
        store.meetings.save(meeting)
    out_file = tmp_path / "agenda.eml"
    code, out, err = run(capsys, "email", "agenda", meeting_id, "-o", str(out_file))
    assert code == 0, err
    message = email.message_from_bytes(out_file.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "sanna.jarvinen@example.com"
    kinds = [part.get_content_type() for part in message.iter_attachments()]
    assert kinds == ["application/pdf", "text/calendar"]
    with Store(store_dir(), read_only=True) as store:
        assert store.meetings.get(meeting_id).invites.sequence == {"candidate": 0}


def test_the_feedback_email_needs_a_letter_that_passes(
    capsys: pytest.CaptureFixture[str], meeting_id: str, tmp_path: Path
) -> None:
    out_file = tmp_path / "feedback.eml"
    code, _out, err = run(capsys, "email", "feedback", meeting_id, "-o", str(out_file))
    assert code == 1 and "no feedback letter is stored yet" in err
    with Store(store_dir()) as store:
        meeting = store.meetings.get(meeting_id)
        meeting.status = Status.HELD
        # A meeting that has been held: its end is behind us.
        meeting.start = datetime(2026, 11, 2, 10, 0)
        meeting.ended_at = meeting.planned_end
        meeting.debrief.decision = Decision.REJECT
        meeting.debrief.feedback = "Dear Sanna,\n\n[to fill in: why]\n\nMaja"
        store.meetings.save(meeting)
    code, _out, err = run(capsys, "email", "feedback", meeting_id, "-o", str(out_file))
    assert code == 1 and "feedback letter is not ready to send" in err
    with Store(store_dir()) as store:
        meeting = store.meetings.get(meeting_id)
        meeting.debrief.feedback = "Dear Sanna,\n\nThank you, and no this time.\n\nMaja"
        store.meetings.save(meeting)
    assert run(capsys, "email", "feedback", meeting_id, "-o", str(out_file))[0] == 0
    message = email.message_from_bytes(out_file.read_bytes(), policy=policy.default)
    assert "Thank you, and no this time." in message.get_body(("plain",)).get_content()
    # Writing the draft is not sending it: nothing is recorded as sent.
    with Store(store_dir(), read_only=True) as store:
        assert store.meetings.get(meeting_id).debrief.feedback_sent_at is None


def test_an_email_needs_the_candidates_address(
    capsys: pytest.CaptureFixture[str], meeting_id: str, tmp_path: Path
) -> None:
    with Store(store_dir()) as store:
        meeting = store.meetings.get(meeting_id)
        meeting.candidate.email = ""
        store.meetings.save(meeting)
    out_file = tmp_path / "survey.eml"
    code, _out, err = run(capsys, "email", "survey", meeting_id, "-o", str(out_file))
    assert code == 1 and not out_file.exists()
    assert "The candidate has no email address to send it to." in err


def test_due_as_a_calendar_reminds_of_each_open_deadline(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    meeting = sample_meeting(datetime.now() - timedelta(days=3))
    meeting.start = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=30)
    meeting.status = Status.HELD
    with Store(store_dir()) as store:
        store.meetings.save(meeting)
    out_file = tmp_path / "due.ics"
    code, out, err = run(capsys, "due", "--ics", "-o", str(out_file))
    assert code == 0, err
    assert out.strip() == f"Wrote 2 open deadlines to {out_file}"
    data = out_file.read_bytes()
    vobject.readOne(data.decode("utf-8"))
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    by_summary = {str(e["SUMMARY"]): e for e in events}
    assert set(by_summary) == {"Answer Sanna Järvinen: feedback due", "Decide on Sanna Järvinen"}
    answer = by_summary["Answer Sanna Järvinen: feedback due"]
    # The deadline as the candidate was told it, where the meeting is (Stockholm), one
    # moment whatever this computer's zone.
    assert answer["DTEND"].dt == zones.instant(meeting.feedback_due, zones.meeting_zone(meeting))
    assert list(answer.walk("VALARM"))
    code, _out, _err = run(capsys, "due", "--ics", "--todo", "-o", str(out_file), "--force")
    todos = list(icalendar.Calendar.from_ical(out_file.read_bytes()).walk("VTODO"))
    assert code == 0 and len(todos) == 2


def test_deleting_a_meeting_whose_invite_went_out_writes_its_cancellation(
    capsys: pytest.CaptureFixture[str], meeting_id: str, tmp_path: Path
) -> None:
    sent = tmp_path / "invite.ics"
    assert run(capsys, "invite", meeting_id, "-o", str(sent))[0] == 0
    panel = ("invite", meeting_id, "--for", "panel", "-o", str(sent), "--force")
    assert run(capsys, *panel)[0] == 0
    code, _out, err = run(capsys, "delete", meeting_id, "--yes")
    assert code == 1 and "--cancellation FILE.ics" in err
    cancel = tmp_path / "cancel.ics"
    code, out, err = run(capsys, "delete", meeting_id, "--yes", "--cancellation", str(cancel))
    assert code == 0, err
    for path in (cancel, tmp_path / "cancel-panel.ics"):
        event = event_of(path)
        assert str(event["STATUS"]) == "CANCELLED" and int(event["SEQUENCE"]) == 1
    assert str(event_of(cancel)["UID"]).startswith(f"{meeting_id}-candidate@")
    assert "Deleted the meeting" in out
