"""One writer per data folder; a dead holder's lock is taken over; read-only needs no lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import full_meeting, python_env, run_python

from meeting_planner.store import Store, StoreLocked, StoreReadOnly

HOLDER = """
import sys
from pathlib import Path
from meeting_planner.store import Store
store = Store(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def holder(store_dir: Path):
    """Another process holding the store open for writing."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_dir)],
        env=python_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    yield child
    child.kill()
    child.wait()


def test_a_second_writer_is_told_which_process_holds_the_store(
    store_dir: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(StoreLocked) as locked:
        Store(store_dir)
    assert f"process {holder.pid}" in str(locked.value)
    assert "read-only" in str(locked.value)


def test_two_writers_in_one_process_also_exclude_each_other(store_dir: Path) -> None:
    with Store(store_dir):
        with pytest.raises(StoreLocked, match=f"process {os.getpid()}"):
            Store(store_dir)
    with Store(store_dir) as again:
        assert not again.read_only


def test_read_only_opens_while_locked_and_refuses_changes(store_dir: Path) -> None:
    meeting = full_meeting()
    with Store(store_dir) as store:
        store.meetings.save(meeting)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_dir)],
        env=python_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        with Store(store_dir, read_only=True) as viewer:
            assert viewer.meetings.get(meeting.id) == meeting
            with pytest.raises(StoreReadOnly):
                viewer.meetings.save(meeting)
            with pytest.raises(StoreReadOnly):
                viewer.meetings.delete(meeting.id)
            with pytest.raises(StoreReadOnly):
                viewer.settings.set("x", 1)
            with pytest.raises(StoreReadOnly):
                viewer.profile.save(viewer.profile.get())
    finally:
        child.kill()
        child.wait()


def test_the_lock_of_a_killed_holder_is_taken_over(
    store_dir: Path, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with Store(store_dir) as store:
        store.meetings.save(full_meeting())
        assert (store_dir / "lock").read_text().split()[0] == str(os.getpid())


def test_a_lock_file_naming_a_dead_process_does_not_block(store_dir: Path) -> None:
    finished = run_python("import os; print(os.getpid())")
    store_dir.mkdir()
    (store_dir / "lock").write_text(f"{finished.stdout.strip()} somewhere\n")
    with Store(store_dir) as store:
        store.meetings.save(full_meeting())
        assert len(store.meetings) == 1
