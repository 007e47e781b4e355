"""The command line in hostile environments: an ASCII-only terminal, names too long for the
file system, dates near the calendar's end, and ID|FILE arguments that are never ambiguous."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.cli import main
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.exchange import write_meeting_file
from meeting_planner.store import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    with Store(folder) as store:
        store.meetings.save(sample_meeting(datetime(2026, 12, 7, 9, 0)))
    return folder


def _cli(data: Path, *argv: str, encoding: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "MEETING_PLANNER_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "meeting_planner", *argv],
        capture_output=True,
        text=True,
        encoding="ascii",
        errors="strict",
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("command", [("list",), ("show", "MEETING"), ("check", "MEETING")])
def test_an_ascii_terminal_gets_readable_names_not_a_crash(data: Path, command) -> None:
    with Store(data, read_only=True) as store:
        meeting_id = store.meetings.list()[0].id
    argv = [meeting_id if a == "MEETING" else a for a in command]
    done = _cli(data, *argv, encoding="ascii")
    assert done.returncode == 0, done.stderr
    assert "Sanna Jarvinen" in done.stdout and "Traceback" not in done.stderr


def test_delete_on_an_ascii_terminal_deletes_and_says_so(data: Path) -> None:
    with Store(data, read_only=True) as store:
        meeting_id = store.meetings.list()[0].id
    done = _cli(data, "delete", meeting_id, "--yes", encoding="ascii")
    assert done.returncode == 0, done.stderr
    assert "Deleted the meeting with Sanna Jarvinen" in done.stdout
    with Store(data, read_only=True) as store:
        assert store.meetings.list() == []


@pytest.mark.parametrize("command", ["check", "export-meeting", "import", "feedback"])
def test_a_name_too_long_for_the_file_system_is_a_one_line_error(
    capsys, data: Path, tmp_path: Path, command: str
) -> None:
    long = "a" * 300 + ".meeting.json"
    argv = {
        "check": ["check", long],
        "export-meeting": ["export-meeting", "x" * 300, "-o", str(tmp_path / long)],
        "import": ["import", long],
        "feedback": ["feedback", long],
    }[command]
    code, out, err = run(capsys, "--data-dir", str(data), *argv)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_start_near_the_calendars_end_is_refused(capsys, data: Path) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data),
        "new",
        "--template",
        "candidate-meeting-60",
        "--candidate",
        "X",
        "--role",
        "Y",
        "--start",
        "9999-12-20 10:00",
    )
    assert (code, err) == (1, "meeting-planner: --start: the year must be 1970 to 2200\n")


def test_an_id_and_a_file_of_the_same_name_are_told_apart(
    capsys, data: Path, tmp_path: Path, monkeypatch
) -> None:
    with Store(data, read_only=True) as store:
        meeting_id = store.meetings.list()[0].id
    other = sample_meeting(datetime(2026, 12, 7, 9, 0))
    other.candidate.name = "From the file"
    monkeypatch.chdir(tmp_path)
    # A file named like the id: the id wins, since it has no folder and no .json ending.
    write_meeting_file(other, tmp_path / meeting_id[:6])
    code, out, _ = run(capsys, "--data-dir", str(data), "show", meeting_id[:6], "--json")
    assert code == 0 and json.loads(out)["candidate"]["name"] == "Sanna Järvinen"
    # With a folder in it, it is the file.
    code, out, _ = run(capsys, "--data-dir", str(data), "check", f"./{meeting_id[:6]}", "--json")
    assert code == 0
    # A path that does not exist is never looked up as an id.
    code, _, err = run(capsys, "--data-dir", str(data), "check", "../../etc/nothing-here.json")
    assert code == 1 and "no such file" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_given_as_a_filled_form_is_refused_at_once(capsys, data: Path, tmp_path) -> None:
    with Store(data, read_only=True) as store:
        meeting_id = store.meetings.list()[0].id
    pipe = tmp_path / "form.pdf"
    os.mkfifo(pipe)
    code, _, err = run(capsys, "--data-dir", str(data), "debrief-import", meeting_id, str(pipe))
    assert code == 1 and err.endswith("not a file\n")
