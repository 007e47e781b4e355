"""Bringing a damaged store back from its backups, keeping the damaged files aside."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from ..domain.phrases import Phrase, mark
from ..fileio import os_reason
from .checks import check_file, check_meta, check_shard_files
from .erasure import complete_pending
from .errors import StoreCorrupt, StoreError
from .files import FileSet, parse, read_store_file, write_atomic
from .lock import StoreLock
from .paths import DAMAGED_MARK, JOURNAL_FILE, META_FILE, STORE_FILE
from .store import Store, shard_files

_BACKUP = re.compile(r"(?P<name>.+)\.\d+")
# An index is derived from its meetings file, so without a good backup it is rebuilt.
_REBUILDABLE = re.compile(r"index-\d+\.json")


def restore(data_dir: Path) -> list[Phrase]:
    """Replace every store file that does not read back with its newest good backup.

    A file reads back when it parses and every record in it loads (a meeting with
    an id and all its parts, a meta file naming a sound count of meeting files).
    An erasure left unfinished is completed first, so no backup brought back
    holds a candidate who was deleted. Damaged files are renamed
    ``<name>.damaged-<time>``, never deleted. Returns what was done, line by line (in
    English; each line's ``in_language`` tells it in another);
    raises StoreError when a damaged file has no usable backup (then nothing is
    changed) and StoreLocked when the store is open.
    """
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise StoreError(mark("There is no store at {folder}."), folder=data_dir)
    lines: list[Phrase] = []
    lock = StoreLock(data_dir)
    try:
        files = FileSet(data_dir, writable=True)
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
        try:
            files.recover()
        except StoreCorrupt:
            aside = _put_aside(files.path(JOURNAL_FILE), stamp)
            lines.append(
                Phrase(
                    mark("{name}: damaged; kept as {aside}."), name=JOURNAL_FILE, aside=aside.name
                )
            )
            files.recover()
        for problem in complete_pending(files):
            lines.append(
                Phrase(mark("An erasure could not be completed: {problem}"), problem=problem)
            )
        plan, hopeless = _plan(files)
        if hopeless:
            raise StoreError(
                mark("No good backup of {names} in {folder}; nothing has been changed."),
                names=", ".join(hopeless),
                folder=files.backups,
            )
        for name, backup in plan:
            lines.append(_restore_one(files, name, backup, stamp))
    finally:
        lock.release()
    if not lines:
        return [Phrase(mark("Every store file reads fine; nothing needed restoring."))]
    with Store(data_dir) as store:
        lines.append(
            Phrase.counted(
                len(store.meetings),
                "The store opens again with {count} meeting.",
                "The store opens again with {count} meetings.",
            )
        )
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
    present = shard_files(files.root)
    shards = _shard_count(files, present)
    for name in sorted(names):
        if _reads(files.path(name), name, shards, present):
            continue
        good = next((b for b in files.backups_of(name) if _reads(b, name, shards, present)), None)
        if good is None and not _REBUILDABLE.fullmatch(name):
            hopeless.append(name)
        plan.append((name, good))
    return plan, hopeless


def _restore_one(files: FileSet, name: str, backup: Path | None, stamp: str) -> Phrase:
    path = files.path(name)
    what = (
        Phrase(
            mark("{name}: damaged; kept as {aside}"), name=name, aside=_put_aside(path, stamp).name
        )
        if path.exists()
        else Phrase(mark("{name}: missing"), name=name)
    )
    if backup is None:
        return Phrase(mark("{what}; it will be rebuilt from its meetings file."), what=what)
    try:
        write_atomic(path, backup.read_bytes(), stamp)
    except OSError as error:
        raise StoreError(
            mark("Could not write {path}: {reason}."), path=path, reason=os_reason(error)
        ) from error
    saved = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return Phrase(
        mark("{what}; brought back the backup saved {saved} ({backup})."),
        what=what,
        saved=saved,
        backup=f"{backup.parent.name}/{backup.name}",
    )


def _put_aside(path: Path, stamp: str) -> Path:
    aside = path.with_name(f"{path.name}{DAMAGED_MARK}{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}{DAMAGED_MARK}{stamp}-{counter}")
    os.rename(path, aside)
    return aside


def _shard_count(files: FileSet, present: set[str]) -> int | None:
    """The count of meeting files the live meta file, or else its newest good backup,
    names; None if none reads (then meetings are only checked in themselves)."""
    for path in [files.path(META_FILE), *files.backups_of(META_FILE)]:
        try:
            shards = check_meta(parse(read_store_file(path), path), path)
            check_shard_files(shards, path, present)
        except (OSError, StoreCorrupt):
            continue
        return shards
    return None


def _reads(path: Path, name: str, shards: int | None, present: set[str]) -> bool:
    """Whether ``path``, as the store file ``name``, parses and every record in it loads."""
    try:
        content = parse(read_store_file(path), path)
        check_file(name, content, path, shards=shards)
        if name == META_FILE:
            check_shard_files(check_meta(content, path), path, present)
    except (OSError, StoreCorrupt):
        return False
    return True
