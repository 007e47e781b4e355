"""Damaged store files are refused untouched, and restore brings back the newest good backup."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from store_helpers import full_meeting, snapshot

from meeting_planner.domain.model import Meeting
from meeting_planner.store import Store, StoreCorrupt, StoreError, restore

SHARDS = 64

DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda data: b"",
    "truncated": lambda data: data[: len(data) // 2],
    "garbage appended": lambda data: data + b"\x00garbage{",
    "nul bytes": lambda data: b"\x00" * len(data),
    "not utf-8": lambda data: data[:10] + b"\xff\xfe" + data[12:],
}


def _shard_of(meeting_id: str) -> str:
    return f"meetings-{zlib.crc32(meeting_id.encode()) % SHARDS:02d}.json"


def _two_versions(store_dir: Path) -> tuple[Meeting, Meeting]:
    """A store where one meeting was saved twice and another sits in a file of its own:
    the newest backup holds the second (last saved) version, the one before it the first."""
    first = full_meeting(1)
    other = full_meeting(2)
    # Ids are random: one time in 64 both would land in the same file.
    while _shard_of(other.id) == _shard_of(first.id):
        other = full_meeting(2)
    with Store(store_dir) as store:
        store.meetings.save_many([first, other])
        second = store.meetings.get(first.id)
        second.title = "second version"
        store.meetings.save(second)
    return first, second


@pytest.mark.parametrize("kind", sorted(DAMAGE))
@pytest.mark.parametrize("target", ["meetings", "index", "meta"])
def test_a_damaged_file_is_refused_and_left_exactly_as_it_was(
    store_dir: Path, kind: str, target: str
) -> None:
    first, _ = _two_versions(store_dir)
    shard = _shard_of(first.id)
    name = {"meetings": shard, "index": shard.replace("meetings", "index"), "meta": "meta.json"}
    path = store_dir / name[target]
    path.write_bytes(DAMAGE[kind](path.read_bytes()))
    before = snapshot(store_dir)
    with pytest.raises(StoreCorrupt) as refused:
        Store(store_dir)
    message = str(refused.value)
    assert str(path) in message and "meeting-planner restore" in message
    assert snapshot(store_dir) == before
    with pytest.raises(StoreCorrupt):
        Store(store_dir, read_only=True)
    assert snapshot(store_dir) == before


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_restore_brings_back_the_last_saved_meetings_file(store_dir: Path, kind: str) -> None:
    first, second = _two_versions(store_dir)
    path = store_dir / _shard_of(first.id)
    damaged = DAMAGE[kind](path.read_bytes())
    path.write_bytes(damaged)
    lines = restore(store_dir)
    report = "\n".join(lines)
    assert path.name in report and "backups/" in report
    (aside,) = store_dir.glob(f"{path.name}.damaged-*")
    assert aside.read_bytes() == damaged
    with Store(store_dir) as store:
        assert store.meetings.get(first.id) == second
        assert second.title in [s.title for s in store.meetings.list()]
        assert len(store.meetings) == 2


def test_a_restored_index_is_brought_up_to_date_from_the_meetings(store_dir: Path) -> None:
    first, second = _two_versions(store_dir)
    index = store_dir / _shard_of(first.id).replace("meetings", "index")
    index.write_bytes(b"\x00" * 100)
    restore(store_dir)
    with Store(store_dir) as store:
        assert store.meetings.get(first.id) == second
        assert "second version" in [s.title for s in store.meetings.list()]


def test_an_index_entry_that_does_not_read_back_is_refused_untouched(store_dir: Path) -> None:
    first, _ = _two_versions(store_dir)
    path = store_dir / _shard_of(first.id).replace("meetings", "index")
    index = json.loads(path.read_text(encoding="utf-8"))
    (row,) = index["summaries"].values()
    row["start"] = "soon"  # valid JSON, and still a row: only its start is wrong
    path.write_text(json.dumps(index), encoding="utf-8")
    before = snapshot(store_dir)
    with pytest.raises(StoreCorrupt, match="an index entry does not read back") as refused:
        Store(store_dir)
    assert str(path) in str(refused.value)
    assert snapshot(store_dir) == before


def test_json_that_is_not_a_store_file_is_refused(store_dir: Path) -> None:
    _two_versions(store_dir)
    (store_dir / "meta.json").write_text("[1, 2, 3]", encoding="utf-8")
    with pytest.raises(StoreCorrupt, match="not a Meeting Planner store file"):
        Store(store_dir)


def test_a_meetings_file_gone_from_under_its_index_is_refused(store_dir: Path) -> None:
    first, _ = _two_versions(store_dir)
    path = store_dir / _shard_of(first.id)
    path.unlink()
    with pytest.raises(StoreCorrupt, match="the file is missing") as refused:
        Store(store_dir)
    assert str(path) in str(refused.value)


def test_an_index_without_any_good_backup_is_rebuilt(store_dir: Path) -> None:
    first, second = _two_versions(store_dir)
    name = _shard_of(first.id).replace("meetings", "index")
    (store_dir / name).write_bytes(b"{")
    backups = sorted((store_dir / "backups").glob(f"{name}.*"))
    assert [b.name for b in backups] == [f"{name}.1", f"{name}.2"]  # one per save
    for backup in backups:
        backup.write_bytes(b"")
    lines = restore(store_dir)
    assert any("rebuilt" in line for line in lines)
    with Store(store_dir) as store:
        assert [s.title for s in store.meetings.find_by_candidate("lindqvist 1")] == [
            "second version"
        ]


def test_restore_skips_a_damaged_backup_for_an_older_good_one(store_dir: Path) -> None:
    first, second = _two_versions(store_dir)
    shard = _shard_of(first.id)
    with Store(store_dir) as store:
        third = store.meetings.get(first.id)
        third.title = "third version"
        store.meetings.save(third)
    (store_dir / shard).write_bytes(b"")
    (store_dir / "backups" / f"{shard}.1").write_bytes(b"{not json")
    lines = restore(store_dir)
    assert f"backups/{shard}.2" in "\n".join(lines)
    with Store(store_dir) as store:
        assert store.meetings.get(first.id) == second


def test_restore_without_a_usable_backup_changes_nothing(store_dir: Path) -> None:
    first, _ = _two_versions(store_dir)
    shard = _shard_of(first.id)
    (store_dir / shard).write_bytes(b"")
    backups = sorted((store_dir / "backups").glob(f"{shard}.*"))
    assert [b.name for b in backups] == [f"{shard}.1", f"{shard}.2"]  # one per save
    for backup in backups:
        backup.write_bytes(b"")
    before = snapshot(store_dir)
    with pytest.raises(StoreError, match=f"No good backup of {shard}"):
        restore(store_dir)
    assert snapshot(store_dir) == before


def test_restore_of_a_healthy_store_says_so(store_dir: Path) -> None:
    _two_versions(store_dir)
    before = snapshot(store_dir)
    assert restore(store_dir) == ["Every store file reads fine; nothing needed restoring."]
    assert snapshot(store_dir) == before


def test_backups_keep_the_last_five_states(store_dir: Path) -> None:
    meeting = full_meeting()
    with Store(store_dir) as store:
        for version in range(8):
            meeting.title = f"version {version}"
            store.meetings.save(meeting)
    backups = sorted((store_dir / "backups").glob(f"{_shard_of(meeting.id)}.*"))
    assert [b.name.rsplit(".", 1)[1] for b in backups] == ["1", "2", "3", "4", "5"]
    # The newest backup is a copy of the last saved state, then the four before it.
    newest = backups[0].read_text()
    assert "version 7" in newest and "version 6" not in newest
    assert "version 3" in backups[4].read_text()
    assert backups[0].stat().st_ino != (store_dir / _shard_of(meeting.id)).stat().st_ino
