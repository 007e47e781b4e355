"""Values from outside never crash a command or corrupt what reaches the candidate: a
file with a header hidden in an address or an unknown time zone is refused at import,
and a store that already holds such values (from before) still gives one clear line,
or files that mail and calendar programs we did not write read without a defect."""

from __future__ import annotations

import email
import io
import json
import os
import re
from datetime import datetime
from email import policy
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader

from meeting_planner.cli import main
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.exchange import export_meeting
from meeting_planner.store import Store

INJECTED = "a@b.c\r\nBcc: victim@x.y"
HOSTILE_NAME = "Sanna\x00 \x1b[31mJ\u202eärvinen"
# Bytes no text in these files may hold: C0 controls but tab, line feed and carriage
# return (which the formats use for their own line ends), DEL.
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
UNSAFE_TEXT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _stored(**candidate: str) -> str:
    """A sample meeting saved as an older store may hold it, with the time zone and the
    candidate's fields given."""
    meeting = sample_meeting(datetime.now())
    meeting.time_zone = candidate.pop("time_zone", "Europe/Stockholm")
    for name, value in candidate.items():
        setattr(meeting.candidate, name, value)
    with Store(Path(os.environ["MEETING_PLANNER_DATA_DIR"])) as store:
        store.meetings.save(meeting)
    return meeting.id


def _file(tmp_path: Path, **changes: str) -> Path:
    doc = json.loads(export_meeting(sample_meeting(datetime.now())))
    for path, value in changes.items():
        target = doc["meeting"]
        *parents, last = path.split("__")
        for part in parents:
            target = target[part]
        target[last] = value
    out = tmp_path / "plan.meeting.json"
    out.write_text(json.dumps(doc), encoding="utf-8")
    return out


def _one_error_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.rstrip("\n")


@pytest.mark.parametrize(
    "change, field",
    [
        ({"candidate__email": INJECTED}, "candidate.email"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
    ],
)
def test_import_and_check_refuse_the_file_in_one_line_naming_the_field(
    capsys, tmp_path: Path, change: dict[str, str], field: str
) -> None:
    plan = _file(tmp_path, **change)
    for command in ("import", "check"):
        code, out, err = run(capsys, command, str(plan))
        assert code == 1 and out == ""
        assert _one_error_line(err).startswith(f"meeting-planner: {plan.name}: {field}: ")
    assert json.loads(run(capsys, "list", "--json")[1]) == []


def test_a_hostile_name_comes_in_clean(capsys, tmp_path: Path) -> None:
    plan = _file(tmp_path, candidate__name=HOSTILE_NAME)
    code, out, _ = run(capsys, "import", str(plan))
    assert code == 0
    shown = json.loads(run(capsys, "show", "--json", out.split()[-1])[1])
    assert shown["candidate"]["name"] == "Sanna [31mJärvinen"


def test_the_team_folder_leaves_such_a_file_alone_and_says_why(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    _file(folder, candidate__email=INJECTED)
    code, out, _ = run(capsys, "inbox", "--folder", str(folder), "--apply")
    assert code == 0
    assert "plan.meeting.json: candidate.email: a@b.c\\r\\nBcc: victim@x.y is not one" in out
    assert json.loads(run(capsys, "list", "--json")[1]) == []


def test_an_email_to_a_stored_address_that_is_not_one_is_refused_in_one_line(
    capsys, tmp_path: Path
) -> None:
    meeting_id = _stored(email=INJECTED)
    eml = tmp_path / "x.eml"
    code, out, err = run(capsys, "email", "agenda", meeting_id, "-o", str(eml), "--anyway")
    assert code == 1 and out == ""
    # --anyway: the preflight's finding as a warning, then why nothing was written.
    warning, error = err.splitlines()
    assert warning.startswith("meeting-planner: warning: The candidate's email address")
    assert _one_error_line(error + "\n") == (
        "meeting-planner: cannot write the email: the candidate's email address"
        " a@b.c\\r\\nBcc: victim@x.y is not one valid address; correct it on the Candidate tab"
    )
    assert not eml.exists()
    code, _, err = run(capsys, "--language", "sv", "email", "survey", meeting_id, "-o", str(eml))
    assert code == 1 and "Bcc: victim@x.y är inte giltig" in err


def test_the_preflights_line_about_such_an_address_stays_one_line(capsys, tmp_path: Path) -> None:
    meeting_id = _stored(email=INJECTED)
    code, _, err = run(capsys, "email", "agenda", meeting_id, "-o", str(tmp_path / "x.eml"))
    assert code == 1
    issue = next(line for line in err.splitlines() if "email address" in line)
    assert issue.endswith("The candidate's email address a@b.c\\r\\nBcc: victim@x.y is not valid.")
    assert not any(line.startswith("Bcc:") for line in err.splitlines())


def test_an_invite_from_a_stored_hostile_name_and_zone_holds_no_control_character(
    capsys, tmp_path: Path
) -> None:
    meeting_id = _stored(name=HOSTILE_NAME, time_zone="Mars/Olympus")
    ics = tmp_path / "sanna.ics"
    code, _, err = run(capsys, "invite", meeting_id, "-o", str(ics), "--anyway")
    assert code == 0, err
    data = ics.read_bytes()
    assert not CONTROL_BYTES.search(data)
    assert "\u202e" not in data.decode("utf-8")
    event = next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")))
    description = str(event["DESCRIPTION"])
    assert "Sanna [31mJärvinen" in description
    assert not UNSAFE_TEXT.search(description + str(event["SUMMARY"]))


def test_the_agenda_pdf_from_a_stored_hostile_name_holds_no_control_character(
    capsys, tmp_path: Path
) -> None:
    meeting_id = _stored(name=HOSTILE_NAME)
    pdf = tmp_path / "agenda.pdf"
    code, _, err = run(capsys, "export", "agenda", meeting_id, "-o", str(pdf), "--anyway")
    assert code == 0, err
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    words = "".join(page.extract_text() for page in reader.pages)
    assert "Sanna [31mJärvinen" in words
    assert not UNSAFE_TEXT.search(words)
    assert not UNSAFE_TEXT.search(str(reader.metadata.title) + str(reader.metadata.keywords))


def test_an_email_with_a_stored_hostile_name_reads_without_a_defect(capsys, tmp_path: Path) -> None:
    meeting_id = _stored(name=HOSTILE_NAME, email="sanna@example.com")
    eml = tmp_path / "agenda.eml"
    code, _, err = run(capsys, "email", "agenda", meeting_id, "-o", str(eml), "--anyway")
    assert code == 0, err
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message.defects == []
    for part in message.walk():
        assert part.defects == []
        for name, value in part.items():
            assert getattr(value, "defects", ()) == (), name
    assert message["To"].addresses[0].display_name == "Sanna [31mJärvinen"
    assert message["To"].addresses[0].addr_spec == "sanna@example.com"
    plain = message.get_body(("plain",)).get_content()
    assert "Sanna [31mJärvinen" in plain
    html = message.get_body(("html",)).get_content()
    # Line ends are the message's own (CRLF); nothing else of the kind is left.
    assert not UNSAFE_TEXT.search((plain + html).replace("\r\n", "\n"))
