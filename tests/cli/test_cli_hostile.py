"""The command line against hostile input and careless arguments: output files that
exist, are folders or links; an empty data folder name; text from other people's
files printed; a PDF bomb given to debrief-import."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from meeting_planner.cli import main
from meeting_planner.domain import rules
from meeting_planner.domain.model import Meeting
from meeting_planner.exchange import write_meeting_file

REPO = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_id(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    return out.split()[-1]


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


# Each command that writes a file, as the arguments before the output file.
WRITERS = {
    "export": lambda i: ["export", "brief", i],
    "export-meeting": lambda i: ["export-meeting", i],
    "access": lambda i: ["access", i],
    "survey-export": lambda i: ["survey-export", i],
    "insights": lambda i: ["insights"],
    "invite": lambda i: ["invite", i, "--anyway"],
    "email": lambda i: ["email", "agenda", i, "--anyway"],
    "due": lambda i: ["due", "--ics"],
}


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_an_existing_output_file_is_replaced_only_with_force(
    capsys, demo_id: str, tmp_path: Path, command: str, open_umask: None
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"keep me")
    target.chmod(0o644)
    code, out, err = run(capsys, *WRITERS[command](demo_id), "-o", str(target))
    assert code == 1 and out == ""
    # Some commands warn first (a deadline on a weekend): the refusal is the last line.
    refusal = f"meeting-planner: {target} already exists; add --force to replace it"
    assert err.splitlines()[-1] == refusal
    assert target.read_bytes() == b"keep me"
    code, _, err = run(capsys, *WRITERS[command](demo_id), "-o", str(target), "--force")
    assert code == 0, err
    assert target.read_bytes() != b"keep me" and target.stat().st_size > 100
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_a_new_output_file_is_readable_by_its_owner_only(
    capsys, demo_id: str, tmp_path: Path, open_umask: None
) -> None:
    for command, arguments in WRITERS.items():
        target = tmp_path / f"{command}.out"
        code, _, err = run(capsys, *arguments(demo_id), "-o", str(target))
        assert code == 0, err
        if os.name == "posix":
            assert stat.S_IMODE(target.stat().st_mode) == 0o600, command


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_output_onto_a_folder_a_link_or_into_a_missing_folder_is_refused(
    capsys, demo_id: str, tmp_path: Path, force: list[str]
) -> None:
    elsewhere = tmp_path / "elsewhere.pdf"
    elsewhere.write_bytes(b"not to be touched")
    link = tmp_path / "link.pdf"
    link.symlink_to(elsewhere)
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    missing = tmp_path / "no-such-folder" / "brief.pdf"
    cases = {
        folder: "it is a folder; name a file in it instead",
        link: "it is a link; name the file itself instead",
        missing: f"there is no folder {missing.parent}",
    }
    for target, reason in cases.items():
        code, _, err = run(capsys, "export", "brief", demo_id, "-o", str(target), *force)
        assert (code, err) == (1, f"meeting-planner: could not write {target}: {reason}\n")
    assert elsewhere.read_bytes() == b"not to be touched"
    assert link.is_symlink() and folder.is_dir() and not missing.parent.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere.pdf", "folder.pdf", "link.pdf"]


@pytest.mark.parametrize(
    "argv", [["--data-dir", "", "list"], ["--data-dir=", "list"], ["--data-dir", "  ", "demo"]]
)
def test_an_empty_data_folder_name_is_refused(capsys, argv: list[str], _isolated_data_dir) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert err == (
        "meeting-planner: --data-dir names no folder; give the folder the meetings are in.\n"
    )
    assert not (_isolated_data_dir / "xdg-data").exists()


def test_an_empty_data_folder_name_does_not_open_the_app(capsys) -> None:
    code, _, err = run(capsys, "--data-dir", "")
    assert code == 1 and "--data-dir names no folder" in err


def test_an_empty_data_folder_variable_is_refused(
    capsys, monkeypatch: pytest.MonkeyPatch, _isolated_data_dir
) -> None:
    monkeypatch.setenv("MEETING_PLANNER_DATA_DIR", "")
    code, _, err = run(capsys, "list")
    assert code == 1
    assert err == (
        "meeting-planner: MEETING_PLANNER_DATA_DIR names no folder; "
        "give the folder the meetings are in.\n"
    )
    assert not (_isolated_data_dir / "xdg-data").exists()


HOSTILE_NAME = "\x1b]0;owned\x07\x1b[31mAna\x1b[0m \u202eamiL\u202c \x9b2J"
SHOWN_NAME = "]0;owned[31mAna[0m amiL 2J"


def _kept_as_an_older_store_holds_it(meeting: Meeting) -> str:
    """The meeting saved as it is: a file brought in now loses such characters, but a
    store from before may hold them."""
    from meeting_planner.store import Store

    with Store(Path(os.environ["MEETING_PLANNER_DATA_DIR"])) as store:
        store.meetings.save(meeting)
    return meeting.id


def test_a_file_brings_in_none_of_them(capsys, tmp_path: Path) -> None:
    meeting = Meeting(title="Plan \x1b[2J for \u2066you")
    meeting.candidate.name = HOSTILE_NAME
    plan = tmp_path / "plan.meeting.json"
    write_meeting_file(meeting, plan)
    code, out, _ = run(capsys, "import", str(plan))
    assert code == 0
    code, out, _ = run(capsys, "show", "--json", out.split()[-1])
    shown = json.loads(out)
    assert shown["title"] == "Plan [2J for you"
    assert shown["candidate"]["name"] == SHOWN_NAME


def test_text_from_other_peoples_files_reaches_the_terminal_without_escape_codes(
    capsys, tmp_path: Path
) -> None:
    meeting = Meeting(title="Plan \x1b[2J for \u2066you")
    meeting.candidate.name = HOSTILE_NAME
    meeting_id = _kept_as_an_older_store_holds_it(meeting)
    for argv in (["list"], ["show", meeting_id], ["check", meeting_id], ["due", "--all"]):
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        assert not any(ch in out + err for ch in "\x1b\x07\x9b\u202e\u202c\u2066"), argv
    assert SHOWN_NAME in run(capsys, "list")[1]
    code, out, err = run(capsys, "delete", meeting_id)
    assert code == 1 and SHOWN_NAME in err and "\x1b" not in err


def test_json_output_keeps_every_character_as_an_escape(capsys, tmp_path: Path) -> None:
    meeting = Meeting(title="Plan")
    meeting.candidate.name = HOSTILE_NAME
    _kept_as_an_older_store_holds_it(meeting)
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    assert not any(ch in out for ch in "\x1b\x07\x9b\u202e\u202c")
    assert "\\u202e" in out and "\\u009b" in out
    assert json.loads(out)[0]["candidate"] == HOSTILE_NAME


def test_a_pdf_bomb_given_to_debrief_import_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    sys.path.insert(0, str(REPO / "tests" / "export"))
    try:
        from pdf_bombs import object_stream_bomb
    finally:
        sys.path.remove(str(REPO / "tests" / "export"))
    data_dir = tmp_path / "data"
    command = [sys.executable, "-m", "meeting_planner", "--data-dir", str(data_dir)]
    demo = subprocess.run([*command, "demo"], capture_output=True, text=True, timeout=60)
    meeting_id = demo.stdout.split()[-1]
    bomb = tmp_path / "filled.pdf"
    bomb.write_bytes(object_stream_bomb(meeting_id))
    started = time.monotonic()
    done = subprocess.run(
        [*command, "debrief-import", meeting_id, str(bomb)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert time.monotonic() - started < rules.FORM_READ_SECONDS
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (
        f"meeting-planner: {bomb}: cannot read the PDF: it holds far more than any form does\n"
    )
