"""Bringing a damaged store back from its backups, keeping the damaged files aside."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from .errors import StoreCorrupt, StoreError
from .files import FileSet, parse, write_atomic
from .lock import StoreLock
from .paths import DAMAGED_MARK, JOURNAL_FILE
from .store import STORE_FILE, Store

_BACKUP = re.compile(r"(?P<name>.+)\.\d+")
# An index is derived from its meetings file, so without a good backup it is rebuilt.
_REBUILDABLE = re.compile(r"index-\d+\.json")


def restore(data_dir: Path) -> list[str]:
    """Replace every store file that does not read back with its newest good backup.

    Damaged files are renamed ``<name>.damaged-<time>``, never deleted. Returns
    what was done, line by line; raises StoreError when a damaged file has no
    usable backup (then nothing is changed) and StoreLocked when the store is open.
    """
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise StoreError(f"There is no store at {data_dir}.")
    lines: list[str] = []
    lock = StoreLock(data_dir)
    try:
        files = FileSet(data_dir, writable=True)
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
        try:
            files.recover()
        except StoreCorrupt:
            aside = _put_aside(files.path(JOURNAL_FILE), stamp)
            lines.append(f"{JOURNAL_FILE}: damaged; kept as {aside.name}.")
            files.recover()
        plan, hopeless = _plan(files)
        if hopeless:
            raise StoreError(
                "No good backup of "
                + ", ".join(hopeless)
                + f" in {files.backups}; nothing has been changed."
            )
        for name, backup in plan:
            lines.append(_restore_one(files, name, backup, stamp))
    finally:
        lock.release()
    if not lines:
        return ["Every store file reads fine; nothing needed restoring."]
    with Store(data_dir) as store:
        lines.append(f"The store opens again with {len(store.meetings)} meetings.")
    return lines


def _plan(files: FileSet) -> tuple[list[tuple[str, Path | None]], list[str]]:
    """(damaged file, newest good backup or None to rebuild) pairs, and hopeless files."""
    names = {p.name for p in files.root.iterdir() if STORE_FILE.fullmatch(p.name)}
    if files.backups.is_dir():
        for backup in files.backups.iterdir():
            match = _BACKUP.fullmatch(backup.name)
            if match and STORE_FILE.fullmatch(match["name"]):
                names.add(match["name"])
    plan: list[tuple[str, Path | None]] = []
    hopeless = []
    for name in sorted(names):
        if _reads(files.path(name)):
            continue
        good = next((b for b in files.backups_of(name) if _reads(b)), None)
        if good is None and not _REBUILDABLE.fullmatch(name):
            hopeless.append(name)
        plan.append((name, good))
    return plan, hopeless


def _restore_one(files: FileSet, name: str, backup: Path | None, stamp: str) -> str:
    path = files.path(name)
    what = (
        f"{name}: damaged; kept as {_put_aside(path, stamp).name}"
        if path.exists()
        else (f"{name}: missing")
    )
    if backup is None:
        return f"{what}; it will be rebuilt from its meetings file."
    try:
        write_atomic(path, backup.read_bytes(), stamp)
    except OSError as error:
        raise StoreError(f"Could not write {path}: {error.strerror}.") from error
    saved = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return f"{what}; brought back the backup saved {saved} ({backup.parent.name}/{backup.name})."


def _put_aside(path: Path, stamp: str) -> Path:
    aside = path.with_name(f"{path.name}{DAMAGED_MARK}{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}{DAMAGED_MARK}{stamp}-{counter}")
    os.rename(path, aside)
    return aside


def _reads(path: Path) -> bool:
    try:
        parse(path.read_bytes(), path)
    except (OSError, StoreCorrupt):
        return False
    return True
