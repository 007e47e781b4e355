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
