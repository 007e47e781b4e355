"""An erasure cut short (the app killed right after the meeting left the live files, a
backup that could not be rewritten) is completed the next time the store is opened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from erasure_scene import MARK, NOW, build_scene, files_with, shard_of
from store_helpers import full_meeting, run_python

from meeting_planner.domain.model import Meeting
from meeting_planner.store import Store, StoreError, erasure, restore

KILLED_AFTER_COMMIT = """
import os, sys
from datetime import datetime
from pathlib import Path
from meeting_planner.store import Store, erasure
# The process dies the moment the meeting has left the live files.
erasure.scrub_copies = lambda *args, **kwargs: os._exit(3)
with Store(Path(sys.argv[1])) as store:
    if sys.argv[3] == "delete":
        store.meetings.delete(sys.argv[2])
    else:
        store.meetings.erase([sys.argv[2]], datetime.fromisoformat(sys.argv[4]))
"""

Scene = tuple[Meeting, Meeting, Meeting]


@pytest.fixture
def scene(store_dir: Path) -> Scene:
    return build_scene(store_dir)


def killed_after_commit(store_dir: Path, meeting_id: str, kind: str) -> None:
    result = run_python(KILLED_AFTER_COMMIT, str(store_dir), meeting_id, kind, NOW.isoformat())
    assert result.returncode == 3, result.stderr
    # What this guards against: the live files are clean, the backups are not.
    holding = files_with(store_dir, MARK)
    assert holding and all(name.startswith("backups/") for name in holding)
    pending = json.loads((store_dir / "journal.json").read_text())["erase"]
    assert [entry["ids"] for entry in pending] == [[meeting_id]]


def test_a_delete_killed_after_its_commit_is_completed_on_next_open(
    store_dir: Path, scene: Scene
) -> None:
    target, neighbour, _ = scene
    killed_after_commit(store_dir, target.id, "delete")
    with Store(store_dir, read_only=True) as viewer:
        assert not viewer.meetings.exists(target.id)
    with Store(store_dir) as store:
        assert not store.meetings.exists(target.id)
        assert store.meetings.get(neighbour.id).candidate.name == neighbour.candidate.name
    assert files_with(store_dir, MARK) == []
    assert not (store_dir / "journal.json").exists()


def test_an_erase_killed_after_its_commit_is_completed_on_next_open(
    store_dir: Path, scene: Scene
) -> None:
    target, _, _ = scene
    killed_after_commit(store_dir, target.id, "erase")
    with Store(store_dir) as store:
        kept = store.meetings.get(target.id)
        assert kept.erased_at == NOW and kept.candidate.name == ""
    assert files_with(store_dir, MARK) == []


def test_restore_completes_the_erasure_before_it_picks_a_backup(
    store_dir: Path, scene: Scene
) -> None:
    """The live meetings file and its newest backup are damaged, so restore brings
    back an older backup: one that held the candidate until the erasure finished."""
    target, _, _ = scene
    killed_after_commit(store_dir, target.id, "delete")
    name = _shard_file(target.id)
    for damaged in (store_dir / name, store_dir / "backups" / f"{name}.1"):
        damaged.write_bytes(b"{")
    lines = restore(store_dir)
    assert any(f"backups/{name}.2" in line for line in lines), lines
    with Store(store_dir) as store:
        assert not store.meetings.exists(target.id)
    assert files_with(store_dir, MARK) == []


def test_an_erasure_that_failed_part_way_survives_later_saves_until_done(
    store_dir: Path, scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, neighbour, elsewhere = scene
    with Store(store_dir) as store:
        with monkeypatch.context() as patch:
            patch.setattr(erasure, "write_atomic", _no_room)
            with pytest.raises(StoreError, match="Could not remove the candidate's data"):
                store.meetings.delete(target.id)
        # Saves made meanwhile write new journals; each keeps the erasure to do.
        store.meetings.save(full_meeting(7))
        store.settings.set("colour", "green")
        assert files_with(store_dir, MARK)
    with Store(store_dir) as store:
        assert len(store.meetings) == 3
    assert files_with(store_dir, MARK) == []
    assert not (store_dir / "journal.json").exists()


def _no_room(*args: object) -> None:
    raise OSError(28, "No space left on device")


def _shard_file(meeting_id: str) -> str:
    return f"meetings-{shard_of(meeting_id):02d}.json"


def test_finishing_one_erasure_keeps_the_others_recorded(
    store_dir: Path, scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, neighbour, _ = scene
    with Store(store_dir) as store:
        with monkeypatch.context() as patch:
            patch.setattr(erasure, "write_atomic", _no_room)
            for meeting in (target, neighbour):
                with pytest.raises(StoreError, match="Could not remove"):
                    store.meetings.delete(meeting.id)
        files = store.meetings._files
        first, second = files.erasures
        erasure.complete(files, first)
        pending = json.loads((store_dir / "journal.json").read_text())["erase"]
        assert [entry["ids"] for entry in pending] == [[neighbour.id]]
        erasure.complete(files, second)
    assert not (store_dir / "journal.json").exists()
    assert files_with(store_dir, MARK) == []
