"""Failing writes, syncs, renames and a full disk leave the store as it was."""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from store_helpers import full_meeting, run_python, snapshot

from meeting_planner.domain.model import Meeting
from meeting_planner.store import Store, StoreError, StoreFull
from meeting_planner.store.files import FileSet


def _fail(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.EIO, "Input/output error")


def _state(store: Store) -> tuple[list[Any], dict[str, Meeting], Any]:
    meetings = {s.id: store.meetings.get(s.id) for s in store.meetings.list()}
    return store.meetings.list(), meetings, store.settings.get("colour")


@pytest.fixture
def saved(store_dir: Path) -> list[Meeting]:
    meetings = [full_meeting(n) for n in range(20)]
    with Store(store_dir) as store:
        store.meetings.save_many(meetings)
        store.settings.set("colour", "blue")
    return meetings


def _edits(store: Store, meetings: list[Meeting]) -> list[tuple[str, Any]]:
    edited = replace(store.meetings.get(meetings[0].id), title="edited")
    return [
        ("save", lambda: store.meetings.save(edited)),
        ("save_many", lambda: store.meetings.save_many([replace(m, title="x") for m in meetings])),
        ("save new", lambda: store.meetings.save(full_meeting(99))),
        ("delete", lambda: store.meetings.delete(meetings[1].id)),
        ("setting", lambda: store.settings.set("colour", "red")),
    ]


@pytest.mark.parametrize("call", ["write", "fsync", "replace"])
def test_a_failing_system_call_leaves_files_and_store_as_they_were(
    store_dir: Path, saved: list[Meeting], call: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(store_dir)
    with Store(store_dir) as store:
        state = _state(store)
        for what, edit in _edits(store, saved):
            with monkeypatch.context() as patch:
                patch.setattr(os, call, _fail)
                with pytest.raises(StoreError, match="Nothing was changed"):
                    edit()
            assert _state(store) == state, what
            assert snapshot(store_dir) == before, what
    with Store(store_dir) as store:
        assert _state(store) == state
    assert not list(store_dir.glob("*.tmp-*"))


def test_a_failure_after_the_commit_point_is_completed_on_next_open(
    store_dir: Path, saved: list[Meeting], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace

    def replace_but_not_meetings(src: Any, dst: Any) -> None:
        if Path(dst).name.startswith("meetings-"):
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    with Store(store_dir) as store:
        edited = replace(store.meetings.get(saved[0].id), title="edited")
        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", replace_but_not_meetings)
            with pytest.raises(StoreError, match="completed when the meetings are next opened"):
                store.meetings.save(edited)
        assert store.meetings.get(saved[0].id).title == "edited"
    before = snapshot(store_dir)
    with Store(store_dir, read_only=True) as viewer:
        assert viewer.meetings.get(saved[0].id) == edited
    assert snapshot(store_dir) == before
    with Store(store_dir) as store:
        assert store.meetings.get(saved[0].id) == edited
        assert "edited" in [s.title for s in store.meetings.list()]
    assert not (store_dir / "journal.json").exists()
    assert not list(store_dir.glob("*.tmp-*"))


def test_stray_temporary_files_are_removed_by_a_writer_only(
    store_dir: Path, saved: list[Meeting]
) -> None:
    stray = store_dir / "meetings-03.json.tmp-0123456789ab"
    stray.write_bytes(b'{"half": ')
    with Store(store_dir, read_only=True) as viewer:
        assert len(viewer.meetings) == len(saved)
    assert stray.exists()
    with Store(store_dir) as store:
        assert len(store.meetings) == len(saved)
    assert not stray.exists()


def test_save_many_writes_each_touched_file_once_in_one_commit(
    store_dir: Path, saved: list[Meeting], monkeypatch: pytest.MonkeyPatch
) -> None:
    commits: list[list[str]] = []
    real_commit = FileSet.commit

    def counting(self: FileSet, files: dict[str, bytes]) -> None:
        commits.append(sorted(files))
        real_commit(self, files)

    monkeypatch.setattr(FileSet, "commit", counting)
    with Store(store_dir) as store:
        store.meetings.save_many([full_meeting(n) for n in range(100, 400)])
        assert len(store.meetings) == len(saved) + 300
    (names,) = commits
    assert len(names) == len(set(names))
    meeting_files = [n for n in names if n.startswith("meetings-")]
    assert len(meeting_files) == len([n for n in names if n.startswith("index-")]) > 1


FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from meeting_planner.domain.model import Meeting
from meeting_planner.store import Store, StoreError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
store = Store(Path(sys.argv[1]))
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
try:
    store.meetings.save(Meeting(title="big", location="x" * 50_000))
except StoreError as error:
    print(type(error).__name__)
    print(error)
"""


def test_a_full_disk_gives_a_clear_error_and_keeps_the_files_whole(
    store_dir: Path, saved: list[Meeting]
) -> None:
    before = snapshot(store_dir)
    result = run_python(FULL_DISK, str(store_dir))
    kind, message = result.stdout.strip().split("\n", 1)
    assert kind == StoreFull.__name__, result.stderr
    assert "no room left" in message and "Nothing was changed" in message
    assert snapshot(store_dir) == before
    assert not list(store_dir.glob("*.tmp-*"))
    with Store(store_dir) as store:
        assert len(store.meetings) == len(saved)


def _meetings_in_two_files(store: Store, saved: list[Meeting]) -> tuple[Meeting, Meeting]:
    from meeting_planner.store.paths import meetings_file

    def file_of(meeting: Meeting) -> str:
        return meetings_file(store.meetings._shard_of(meeting.id).number)

    first = saved[0]
    second = next(m for m in saved if file_of(m) != file_of(first))
    return first, second


def test_a_save_after_one_that_failed_past_its_commit_point_keeps_both_edits(
    store_dir: Path, saved: list[Meeting], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first save is recorded but not in place; the next one, to another meeting
    file, must finish it first, or the first edit is lost when the store is reopened."""
    real_replace = os.replace

    def replace_but_not_meetings(src: Any, dst: Any) -> None:
        if Path(dst).name.startswith("meetings-"):
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    with Store(store_dir) as store:
        first, second = _meetings_in_two_files(store, saved)
        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", replace_but_not_meetings)
            with pytest.raises(StoreError, match="completed when the meetings are next opened"):
                store.meetings.save(replace(first, title="first edit"))
        store.meetings.save(replace(second, title="second edit"))
    with Store(store_dir) as store:
        assert store.meetings.get(first.id).title == "first edit"
        assert store.meetings.get(second.id).title == "second edit"


def test_a_save_whose_backup_cannot_be_written_fails_and_changes_nothing(
    store_dir: Path, saved: list[Meeting], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a nearly full disk the live file may fit where its backup does not: the save
    must not be confirmed, or a later restore would go back past it."""
    from meeting_planner.store import files

    real_write = files.write_new_file

    def no_room_in_backups(path: Path, data: bytes, **kwargs: Any) -> None:
        if path.parent.name == "backups":
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data, **kwargs)

    before = snapshot(store_dir)
    with Store(store_dir) as store:
        state = _state(store)
        for what, edit in _edits(store, saved):
            with monkeypatch.context() as patch:
                patch.setattr(files, "write_new_file", no_room_in_backups)
                with pytest.raises(StoreFull, match="no room left to write .*backups"):
                    edit()
            assert _state(store) == state, what
            assert snapshot(store_dir) == before, what


def test_a_save_with_no_folder_for_its_backups_fails_and_changes_nothing(
    store_dir: Path, saved: list[Meeting]
) -> None:
    backups = store_dir / "backups"
    for path in backups.iterdir():
        path.unlink()
    backups.rmdir()
    backups.write_text("not a folder")
    before = snapshot(store_dir)
    with Store(store_dir) as store:
        with pytest.raises(StoreError, match="it is not a folder of its own.*Nothing was changed"):
            store.meetings.save(replace(saved[0], title="edited"))
    assert snapshot(store_dir) == before


def test_every_save_leaves_its_state_as_the_newest_backup(
    store_dir: Path, saved: list[Meeting]
) -> None:
    with Store(store_dir) as store:
        store.meetings.save(replace(saved[0], title="edited"))
        store.settings.set("colour", "green")
    for live in store_dir.glob("*.json"):
        assert (store_dir / "backups" / f"{live.name}.1").read_bytes() == live.read_bytes()
