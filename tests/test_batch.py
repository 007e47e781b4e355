"""A batch pauses the cycle collector only while it works, and the commands that read
many files do their work inside one."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.batch import collector_paused
from meeting_planner.cli import main
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.exchange import export_meeting


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_paused_inside_and_back_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failing_batch_turns_the_collector_back_on() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a bad file")
    assert gc.isenabled()


def test_a_batch_inside_a_paused_block_leaves_it_paused() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled(), "the outer block's pause was ended from inside"


def test_importing_reads_the_files_with_the_collector_paused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meeting_planner.exchange import reader

    seen: list[bool] = []
    real = reader.read_incoming

    def watched(path: Path) -> reader.Incoming:
        seen.append(gc.isenabled())
        return real(path)

    monkeypatch.setattr(reader, "read_incoming", watched)
    monkeypatch.setattr("meeting_planner.exchange.read_incoming", watched)
    files = [tmp_path / "one.meeting.json", tmp_path / "two.meeting.json"]
    for path in files:
        path.write_bytes(export_meeting(sample_meeting(datetime(2026, 5, 4, 9)), plan_only=True))
    assert main(["--data-dir", str(tmp_path / "data"), "import", *map(str, files)]) == 0
    assert seen == [False, False]
    assert gc.isenabled()


def test_the_team_folder_inbox_is_read_and_applied_with_the_collector_paused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import meeting_planner.teamfolder as teamfolder

    seen: list[tuple[str, bool]] = []
    for name in ("read_inbox", "apply_inbox"):
        real = getattr(teamfolder, name)

        def watched(*args: object, _real=real, _name=name, **kwargs: object) -> object:
            seen.append((_name, gc.isenabled()))
            return _real(*args, **kwargs)

        monkeypatch.setattr(teamfolder, name, watched)
    folder = tmp_path / "team"
    folder.mkdir()
    plan = export_meeting(sample_meeting(datetime(2026, 5, 4, 9)), plan_only=True)
    (folder / "plan.meeting.json").write_bytes(plan)
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "inbox", "--folder", str(folder), "--apply"]) == 0
    assert seen == [("read_inbox", False), ("apply_inbox", False)]
    assert gc.isenabled()


def test_every_command_runs_with_the_collector_paused_and_turns_it_back_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meeting_planner.cli import meetings

    seen: list[bool] = []
    real = meetings._cmd_list

    def watched(args: object) -> int:
        seen.append(gc.isenabled())
        return real(args)

    monkeypatch.setattr(meetings, "_cmd_list", watched)
    assert main(["--data-dir", str(tmp_path / "data"), "list"]) == 0
    assert seen == [False]
    assert gc.isenabled()
    # A usage error and a failing command end the pause too.
    assert main(["--data-dir", str(tmp_path / "data"), "show"]) != 0
    assert gc.isenabled()
    assert main(["--data-dir", str(tmp_path / "data"), "show", "nosuchid"]) != 0
    assert gc.isenabled()


def test_a_process_runs_the_command_and_ends_with_its_code(tmp_path: Path) -> None:
    """`python -m meeting_planner` and the installed command go through process_main,
    which freezes the collector's objects only once the command has ended."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, MEETING_PLANNER_DATA_DIR=str(tmp_path / "data"))
    out = tmp_path / "brief.pdf"
    made = subprocess.run(
        [sys.executable, "-m", "meeting_planner", "demo"], env=env, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    meeting_id = made.stdout.split()[-1]
    done = subprocess.run(
        [sys.executable, "-m", "meeting_planner", "export", "brief", meeting_id, "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-") and out.read_bytes().rstrip().endswith(b"%%EOF")
    failed = subprocess.run(
        [sys.executable, "-m", "meeting_planner", "show", "nosuchid"], env=env, capture_output=True
    )
    assert failed.returncode == 1
