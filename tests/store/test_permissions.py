"""Candidate data is readable by its owner only: the data folder, backups and every file
in them, whatever the umask, and older stores are tightened when opened."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import full_meeting

from meeting_planner.store import Store, data_dir, restore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common umask that leaves new files readable by everyone."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def modes(folder: Path) -> dict[str, int]:
    """Each folder's and file's permission bits under ``folder``, by relative path."""
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for path in sorted(folder.rglob("*")):
        found[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def private(found: dict[str, int]) -> bool:
    return all(mode & 0o077 == 0 for mode in found.values())


def busy_store(folder: Path) -> None:
    """A store with saves, backups, an erasure, a meeting clock and a restore behind it."""
    with Store(folder) as store:
        meetings = [full_meeting(n) for n in range(3)]
        store.meetings.save_many(meetings)
        store.meetings.save(meetings[0])
        store.settings.set("colour", "blue")
        store.run_clocks.save(meetings[1].id, {"running": 10})
        store.meetings.delete(meetings[2].id)
    index = next(folder.glob("index-*.json"))
    index.write_bytes(b"{")
    restore(folder)


def test_a_new_store_is_private_whatever_the_umask(store_dir: Path, open_umask: None) -> None:
    busy_store(store_dir)
    found = modes(store_dir)
    assert found["."] == 0o700 and found["backups"] == 0o700
    assert {"lock", "meta.json", "meeting-clocks.json"} <= set(found)
    assert any(name.startswith("backups/") for name in found)
    assert any(".damaged-" in name for name in found)
    assert private(found), {name: oct(mode) for name, mode in found.items() if mode & 0o077}


def test_an_older_store_readable_by_everyone_is_made_private_when_opened(
    store_dir: Path, open_umask: None
) -> None:
    busy_store(store_dir)
    for path in [store_dir, *store_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert not private(modes(store_dir))
    with Store(store_dir, read_only=True) as viewer:
        assert len(viewer.meetings) == 2
    assert private(modes(store_dir))
    assert modes(store_dir)["meta.json"] == 0o600


def test_a_link_in_the_folder_is_not_followed_to_change_its_target(
    store_dir: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "shared.txt"
    outside.write_text("not ours")
    outside.chmod(0o644)
    with Store(store_dir):
        pass
    (store_dir / "notes-link").symlink_to(outside)
    with Store(store_dir):
        pass
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644


def test_the_data_folder_is_created_private(tmp_path: Path, open_umask: None) -> None:
    folder = data_dir(tmp_path / "new" / "meetings")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
