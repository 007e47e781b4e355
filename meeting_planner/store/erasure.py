"""Complete erasure: a meeting's data out of every backup, damaged copy and temporary file.

Deleting a meeting, or erasing its personal data, changes the live store files in
one commit; the earlier states of those files still sit in ``backups/``, in files
that ``restore`` put aside as damaged, and perhaps in temporary files a crash left
behind. A meeting only ever lives in its own shard, so only that shard's files can
hold it. Each readable copy is rewritten without the meeting (or with its erased
version), staying a valid store file so the other meetings in it can still be
restored; a damaged copy that does not read cannot be cleaned selectively and is
deleted, which the report says.

An erasure is recorded in the journal in the same commit that takes the meeting out
of the live files, and forgotten only once every copy is clean: one cut short (a
crash, a full disk) is completed the next time the store is opened or restored.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import field
from pathlib import Path
from typing import Any

from ..domain.phrases import Phrase, mark
from ..domain.plain import record
from ..fileio import os_reason
from .errors import StoreCorrupt, StoreError
from .files import FileSet, dump, parse, read_store_file, write_atomic
from .journal import DELETE, Erasure
from .paths import DAMAGED_MARK, MEETINGS_TABLE, SUMMARIES_TABLE, TEMP_MARK
from .traces import DELETED_TABLE

# What becomes of a stored document of the meeting: its replacement, or None to drop it.
Transform = Callable[[str, dict[str, Any]], dict[str, Any] | None]


@record
class ErasureReport:
    """What erasure did beyond the live store files, for the user to be told."""

    # Backups and damaged copies rewritten without the meeting's personal data.
    cleaned: list[Path] = field(default_factory=list)
    # Damaged copies that did not read back, deleted whole.
    removed: list[Path] = field(default_factory=list)
    # Temporary files left by an interrupted save, deleted.
    temporary: list[Path] = field(default_factory=list)

    def merge(self, other: ErasureReport) -> None:
        self.cleaned += [p for p in other.cleaned if p not in self.cleaned]
        self.removed += [p for p in other.removed if p not in self.removed]
        self.temporary += [p for p in other.temporary if p not in self.temporary]

    @property
    def notes(self) -> list[Phrase]:
        """Lines worth showing the user: what was deleted whole, and why (in English;
        each line's ``in_language`` tells it in another)."""
        return [
            Phrase(
                mark(
                    "Deleted {path}: it cannot be read, so the candidate's "
                    "data could not be taken out of it any other way."
                ),
                path=path,
            )
            for path in self.removed
        ]


def complete(files: FileSet, erasure: Erasure) -> ErasureReport:
    """Take the erasure's meetings out of every copy of its files, then forget it."""
    report = scrub_copies(files, list(erasure.names), set(erasure.meeting_ids), _transform(erasure))
    files.erasure_done(erasure)
    return report


def complete_pending(files: FileSet) -> list[Phrase]:
    """Complete every erasure the journal still records; what could not be done, as
    lines for the user (the erasure stays recorded and is tried again next time)."""
    problems = []
    for erasure in list(files.erasures):
        try:
            complete(files, erasure)
        except StoreError as error:
            problems.append(error.phrase)
    return problems


def _transform(erasure: Erasure) -> Transform:
    if erasure.kind == DELETE:
        return _drop
    from datetime import datetime

    # Rarely used: kept off start-up.
    from ..domain.retention import erase_personal_data
    from ..domain.serialize import meeting_from_dict, meeting_to_dict

    now = datetime.fromisoformat(erasure.at)

    def erase(table: str, doc: dict[str, Any]) -> dict[str, Any] | None:
        if table == DELETED_TABLE:
            return doc
        if table == SUMMARIES_TABLE:
            return erasure.rows.get(doc["id"])
        if table != MEETINGS_TABLE:
            return None
        try:
            # Each copy keeps its own state of the meeting, without the person.
            return meeting_to_dict(erase_personal_data(meeting_from_dict(doc), now))
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    return erase


def _drop(table: str, doc: dict[str, Any]) -> dict[str, Any] | None:
    # The deleted meeting's id and day (nothing personal) stay, as in the live file.
    return doc if table == DELETED_TABLE else None


def scrub_copies(
    files: FileSet, names: list[str], meeting_ids: set[str], transform: Transform
) -> ErasureReport:
    """Apply ``transform`` to the meetings' documents in every copy of the store files
    ``names`` (their backups and damaged copies), and remove every temporary file.

    ``transform(table, document)`` gets each stored document of one of the meetings
    (a meeting in a meetings file, a summary row in an index file).
    """
    report = ErasureReport()
    for path in _copies(files, names):
        if TEMP_MARK in path.name:
            continue
        _scrub_one(path, meeting_ids, transform, report)
    for folder in (files.root, files.backups):
        if folder.is_dir():
            for stray in sorted(folder.glob(f"*{TEMP_MARK}*")):
                _delete(stray)
                report.temporary.append(stray)
    return report


def _copies(files: FileSet, names: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in names:
        if files.backups.is_dir():
            found += sorted(files.backups.glob(f"{name}.*"))
        found += sorted(files.root.glob(f"{name}{DAMAGED_MARK}*"))
    return found


def _scrub_one(
    path: Path, meeting_ids: set[str], transform: Transform, report: ErasureReport
) -> None:
    try:
        content = parse(read_store_file(path), path)
    except FileNotFoundError:
        return
    except (OSError, StoreCorrupt):
        # Unreadable, so no one meeting can be taken out of it: the whole file goes.
        # A cut-off file may hold the candidate's texts without the id (stored
        # last), and restore has no use for a backup that does not read either.
        _delete(path)
        report.removed.append(path)
        return
    if not _clean(content, meeting_ids, transform):
        return
    stat = path.stat()
    try:
        write_atomic(path, dump(content), "erase")
        # Keep the date restore shows for a backup: the date its state was saved.
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    except OSError as error:
        raise StoreError(
            mark(
                "Could not remove the candidate's data from {path}: {reason}. "
                "Try again; the meeting itself is already gone from the store."
            ),
            path=path,
            reason=os_reason(error),
        ) from error
    report.cleaned.append(path)


def _clean(content: dict[str, Any], meeting_ids: set[str], transform: Transform) -> bool:
    """Transform the meetings' documents in place; True when anything changed."""
    changed = False
    for table_name, table in content.items():
        for doc_id, doc in list(table.items()):
            if not isinstance(doc, dict) or doc.get("id") not in meeting_ids:
                continue
            new = transform(table_name, doc)
            if new is None:
                del table[doc_id]
            elif new != doc:
                table[doc_id] = new
            else:
                continue
            changed = True
    return changed


def _delete(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise StoreError(
            mark("Could not delete {path}: {reason}."), path=path, reason=os_reason(error)
        ) from error
