"""The team folder on the command line: share, look, apply, look again."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from meeting_planner.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_share_look_apply_and_look_again(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    manager, recruiter = tmp_path / "manager", tmp_path / "recruiter"
    meeting_id = run(capsys, "--data-dir", str(manager), "demo")[1].split()[-1]
    assert run(capsys, "--data-dir", str(manager), "team-folder", str(folder))[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(manager), "share", meeting_id, "--as", "Maja")
    assert code == 0 and ".maja-" in out
    (folder / "minutes.txt").write_text("not ours", "utf-8")

    r = ("--data-dir", str(recruiter))
    code, out, _ = run(capsys, *r, "inbox", "--folder", str(folder))
    assert code == 0
    assert "new " in out and "a new meeting with Sanna Järvinen" in out
    assert "foreign   minutes.txt: not a Meeting Planner file; left alone" in out
    assert out.splitlines()[-1] == "1 new, 1 foreign"
    assert run(capsys, *r, "list", "--json")[1].strip() == "[]"
    code, out, _ = run(capsys, *r, "inbox", "--folder", str(folder), "--apply")
    assert code == 0 and "Applied: 1 file brought in." in out
    code, out, _ = run(capsys, *r, "inbox", "--folder", str(folder), "--apply", "--json")
    data = json.loads(out)
    assert data["counts"]["imported"] == 1 and data["counts"]["new"] == 0
    assert len(json.loads(run(capsys, *r, "list", "--json")[1])) == 1

    # The recruiter's reply is the recruiter's own file; the manager sees it as changed.
    run(capsys, *r, "comment", meeting_id, "Shorter welcome", "--author", "Rita")
    run(capsys, *r, "share", meeting_id, "--folder", str(folder), "--as", "Rita")
    code, out, _ = run(capsys, "--data-dir", str(manager), "inbox")
    assert "changed" in out and "New comment by Rita on the whole plan" in out
    assert "written by you" in out
    code, out, _ = run(capsys, "--data-dir", str(manager), "inbox", "--apply")
    shown = run(capsys, "--data-dir", str(manager), "show", meeting_id)[1]
    assert "Shorter welcome" in shown


def test_no_folder_and_a_folder_that_refuses_a_file_are_one_line(
    capsys, tmp_path: Path, monkeypatch
) -> None:
    meeting_id = run(capsys, "demo")[1].split()[-1]
    code, _, err = run(capsys, "inbox")
    assert code == 1 and "team-folder DIR" in err
    folder = tmp_path / "team"
    folder.mkdir()

    def refuse(path: Path, data: bytes) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("meeting_planner.teamfolder.files.write_atomically", refuse)
    code, _, err = run(capsys, "share", meeting_id, "--folder", str(folder))
    assert code == 1 and "Permission denied" in err and len(err.strip().splitlines()) == 1
