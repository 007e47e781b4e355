"""One writer per data folder; a dead holder's lock is taken over; read-only needs no lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import full_meeting, python_env, run_python

from meeting_planner.store import Store, StoreError, StoreLocked, StoreReadOnly
from meeting_planner.store.lock import _holder_text

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
    # The dialog that offers read-only names the holder too.
    assert locked.value.holder.startswith(f"process {holder.pid} on ")


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
        # Who holds it, for the message another writer shows: this process, here.
        assert (store_dir / "lock").read_text().split() == [str(os.getpid()), os.uname().nodename]


def test_a_lock_file_naming_a_dead_process_does_not_block(store_dir: Path) -> None:
    finished = run_python("import os; print(os.getpid())")
    store_dir.mkdir()
    (store_dir / "lock").write_text(f"{finished.stdout.strip()} somewhere\n")
    with Store(store_dir) as store:
        store.meetings.save(full_meeting())
        assert len(store.meetings) == 1


def test_a_lock_file_that_is_a_link_is_refused_and_its_target_left_alone(
    store_dir: Path, tmp_path: Path
) -> None:
    """`ln -s victim.txt DATA/lock` once made every writing command empty victim.txt."""
    store_dir.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    (store_dir / "lock").symlink_to(victim)
    with pytest.raises(StoreError, match=r"lock is a link, so it is left alone; remove it"):
        Store(store_dir)
    assert victim.read_text() == "precious\n"
    dangling = tmp_path / "not-there.txt"
    (store_dir / "lock").unlink()
    (store_dir / "lock").symlink_to(dangling)
    with pytest.raises(StoreError, match="is a link"):
        Store(store_dir)
    assert not dangling.exists()


def test_a_lock_file_with_another_name_elsewhere_is_refused(
    store_dir: Path, tmp_path: Path
) -> None:
    store_dir.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    os.link(victim, store_dir / "lock")
    with pytest.raises(StoreError, match="is another name of a file elsewhere"):
        Store(store_dir)
    assert victim.read_text() == "precious\n"


@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_a_lock_file_that_is_not_a_plain_file_is_refused(store_dir: Path, kind: str) -> None:
    store_dir.mkdir()
    if kind == "folder":
        (store_dir / "lock").mkdir()
    else:
        os.mkfifo(store_dir / "lock")
    with pytest.raises(StoreError, match="lock"):
        Store(store_dir)


def test_closing_leaves_the_lock_file_whole(store_dir: Path) -> None:
    """Releasing never shortens the lock file: whatever it is, closing does it no harm."""
    with Store(store_dir):
        held = (store_dir / "lock").read_text()
    assert (store_dir / "lock").read_text() == held
    assert held.split()[0] == str(os.getpid())


def test_a_holder_name_with_escape_codes_reaches_no_one_raw(store_dir: Path, holder) -> None:
    """The lock file's text is printed to whoever is refused: escape codes and
    direction overrides in it are dropped."""
    (store_dir / "lock").write_bytes(b"4242 \x1b]0;pwned\x07host\x1b[2J\xe2\x80\xae-evil\n")
    with pytest.raises(StoreLocked) as refused:
        Store(store_dir)
    assert refused.value.holder == "process 4242 on ]0;pwnedhost[2J-evil"
    assert not any(ch in str(refused.value) for ch in "\x1b\x07\u202e")


LOCK_ON_FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from meeting_planner.store import Store, StoreError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
try:
    Store(Path(sys.argv[1]))
except StoreError as error:
    print(type(error).__name__)
    print(error)
"""


def test_a_full_disk_when_taking_the_lock_gives_the_usual_message(store_dir: Path) -> None:
    with Store(store_dir) as store:
        store.meetings.save(full_meeting(1))
    result = run_python(LOCK_ON_FULL_DISK, str(store_dir))
    kind, message = result.stdout.strip().split("\n", 1)
    assert kind == "StoreFull", result.stderr
    assert "no room left" in message and "Traceback" not in result.stderr
    with Store(store_dir) as store:
        assert len(store.meetings) == 1


@pytest.mark.parametrize(
    ("written", "told"),
    [
        ("4242 build-server\n", "process 4242 on build-server"),
        ("4242\n", "process 4242 on this computer"),
        ("", "process unknown on this computer"),
    ],
)
def test_the_holder_is_named_from_what_it_wrote(written: str, told: str) -> None:
    assert _holder_text(written.encode()) == told
