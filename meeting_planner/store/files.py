"""Store files on disk: parsed reads, atomic all-or-nothing writes, backups and recovery.

A commit writes every new file as a fsynced temporary file beside the old one, and
its backup copy as a temporary file in ``backups/``: a save whose backup cannot be
written fails before anything changes. A small journal naming the files is then
written atomically: that is the commit point, and an interrupted commit is finished
on the next open. Each file, once replaced, gets its copy as the newest backup.

The journal also keeps each erasure (a deleted meeting, erased personal data) until
every copy of the candidate's data is gone from backups, damaged copies and
temporary files, so an erasure cut short by a crash is completed on the next open.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

from ..domain import rules
from ..domain.phrases import Phrase, mark
from ..fileio import os_reason
from .errors import StoreCorrupt, StoreError, from_os_error
from .journal import Erasure, journal_bytes, journal_entries
from .paths import (
    BACKUP_DIR,
    JOURNAL_FILE,
    PRIVATE_DIR_MODE,
    PRIVATE_FILE_MODE,
    TEMP_MARK,
    make_private,
)


class FileSet:
    """The store files of one data folder."""

    def __init__(self, root: Path, *, writable: bool) -> None:
        self.root = root
        self.backups = root / BACKUP_DIR
        self.writable = writable
        # What a read-only view sees instead of the file on disk: the files of a
        # commit another process has not finished, or of an in-memory migration.
        self.overlay: dict[str, bytes] = {}
        # A commit passed its commit point but could not finish; finish it first.
        self.unfinished = False
        # Erasures recorded in the journal and not yet complete, oldest first.
        self.erasures: list[Erasure] = []
        # Inside a batch (see Store.transaction), the files of every commit, written
        # together when the batch ends.
        self._batch: dict[str, bytes] | None = None

    def path(self, name: str) -> Path:
        return self.root / name

    def exists(self, name: str) -> bool:
        return name in self.overlay or self.path(name).exists()

    def read_bytes(self, name: str) -> bytes | None:
        """The file's bytes, or None when it does not exist."""
        if name in self.overlay:
            return self.overlay[name]
        try:
            return read_store_file(self.path(name))
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StoreError(
                mark("Cannot read {path}: {reason}."), path=self.path(name), reason=os_reason(error)
            ) from error

    def read_json(self, name: str) -> dict[str, Any] | None:
        data = self.read_bytes(name)
        return None if data is None else parse(data, self.path(name))

    def make_private(self) -> None:
        """Make the folder, its backups and every file in them readable by their owner
        only (stores made before this, or copied in with wider permissions)."""
        for folder in (self.root, self.backups):
            if not folder.is_dir() or folder.is_symlink():
                continue
            make_private(folder, PRIVATE_DIR_MODE)
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                if entry.is_file(follow_symlinks=False):
                    make_private(Path(entry.path), PRIVATE_FILE_MODE)

    # -- writing -------------------------------------------------------------------
    def commit(self, files: dict[str, bytes], erasure: Erasure | None = None) -> None:
        """Replace ``files`` (name -> new bytes) all at once or not at all, each with
        its backup; with ``erasure``, also record it until erasure_done is called."""
        if self._batch is not None and erasure is None:
            self._batch.update(files)
            return
        if not files and erasure is None:
            return
        if self.unfinished:
            self.recover()
        tx = os.urandom(6).hex()
        pending = [*self.erasures, *([erasure] if erasure is not None else [])]
        written: list[Path] = []
        current = self.root
        try:
            for name, data in files.items():
                current = self.path(name)
                written.append(self._temp(name, tx))
                write_new_file(written[-1], data)
            if files:
                current = self.backups
                self._backups_folder()
            for name, data in files.items():
                current = self._backup_temp(name, tx)
                written.append(current)
                # Not synced: a backup lost to a power cut leaves the older ones.
                write_new_file(current, data, sync=False)
            current = self.root
            fsync_dir(self.root)
            current = self.path(JOURNAL_FILE)
            write_atomic(current, journal_bytes(tx, list(files), pending), tx)
        except OSError as error:
            for temp in written:
                _remove_quietly(temp)
            raise from_os_error(error, current) from error
        self.erasures = pending
        try:
            self._finish(tx, list(files))
        except OSError as error:
            self.unfinished = True
            raise StoreError(
                mark(
                    "The change was recorded, but {folder} could not be fully updated "
                    "({reason}); it will be completed when the meetings are next opened."
                ),
                folder=self.root,
                reason=os_reason(error),
            ) from error

    def erasure_done(self, erasure: Erasure) -> None:
        """Forget an erasure that has reached every copy."""
        if erasure in self.erasures:
            self.erasures.remove(erasure)
        try:
            if self.erasures:
                tx = os.urandom(6).hex()
                write_atomic(self.path(JOURNAL_FILE), journal_bytes(tx, [], self.erasures), tx)
            else:
                self.path(JOURNAL_FILE).unlink(missing_ok=True)
        except OSError as error:
            raise StoreError(
                mark(
                    "The erasure is complete, but {path} could not be updated ({reason}); "
                    "it is checked again when the meetings are next opened."
                ),
                path=self.path(JOURNAL_FILE),
                reason=os_reason(error),
            ) from error

    def begin_batch(self) -> None:
        """Hold back commits until :meth:`end_batch` writes them as one."""
        self._batch = {}

    def end_batch(self, *, write: bool) -> None:
        """Write the batch's files in one commit (``write``), or forget them."""
        files, self._batch = self._batch or {}, None
        if write:
            self.commit(files)

    def recover(self) -> None:
        """Finish a commit that passed its commit point, then remove stray temporary
        files; erasures still to do are left in ``erasures`` for the store to finish."""
        journal = self._read_journal()
        if journal is not None:
            tx, names, self.erasures = journal
            try:
                self._finish(tx, names)
            except OSError as error:
                raise StoreError(
                    mark(
                        "An interrupted save in {folder} cannot be completed ({reason}); "
                        "nothing more has been changed."
                    ),
                    folder=self.root,
                    reason=os_reason(error),
                ) from error
        for folder in (self.root, self.backups):
            if folder.is_dir():
                for stray in folder.glob(f"*{TEMP_MARK}*"):
                    _remove_quietly(stray)
        self.unfinished = False

    def pending_overlay(self) -> None:
        """For a read-only view: see a commit in progress as if it had finished."""
        journal = self._read_journal()
        if journal is None:
            return
        tx, names, _ = journal
        for name in names:
            try:
                self.overlay[name] = self._temp(name, tx).read_bytes()
            except FileNotFoundError:
                continue  # already in place
            except OSError as error:
                raise StoreError(
                    mark("Cannot read {path}: {reason}."),
                    path=self._temp(name, tx),
                    reason=os_reason(error),
                ) from error

    def _read_journal(self) -> tuple[str, list[str], list[Erasure]] | None:
        path = self.path(JOURNAL_FILE)
        data = self.read_bytes(JOURNAL_FILE)
        if data is None:
            return None
        return journal_entries(parse(data, path, tables=False), path)

    def _finish(self, tx: str, names: list[str]) -> None:
        for name in names:
            temp = self._temp(name, tx)
            if temp.exists():
                os.replace(temp, self.path(name))
        fsync_dir(self.root)
        for name in names:
            kept = self._backup_temp(name, tx)
            if kept.exists():
                self._rotate_in(name, kept)
        if self.erasures:
            return  # the journal stays until every erasure is done
        # Not synced: a journal that reappears after a power cut names temporary
        # files that are gone, so finishing it again changes nothing.
        self.path(JOURNAL_FILE).unlink(missing_ok=True)

    def _temp(self, name: str, tx: str) -> Path:
        return self.path(f"{name}{TEMP_MARK}{tx}")

    # -- backups ---------------------------------------------------------------------
    def backup_path(self, name: str, age: int) -> Path:
        return self.backups / f"{name}.{age}"

    def backups_of(self, name: str) -> list[Path]:
        """Existing backups of ``name``, newest first."""
        found = (self.backup_path(name, age) for age in range(1, rules.STORE_BACKUPS_KEPT + 1))
        return [path for path in found if path.exists()]

    def _backup_temp(self, name: str, tx: str) -> Path:
        return self.backups / f"{name}{TEMP_MARK}{tx}"

    def _backups_folder(self) -> None:
        """Make sure ``backups/`` is a folder of our own (never a link to elsewhere)."""
        if self.backups.is_symlink() or (self.backups.exists() and not self.backups.is_dir()):
            raise NotADirectoryError(
                errno.ENOTDIR,
                Phrase(mark("it is not a folder of its own, so no backup can be kept in it")),
            )
        self.backups.mkdir(exist_ok=True, mode=PRIVATE_DIR_MODE)
        make_private(self.backups, PRIVATE_DIR_MODE)

    def _rotate_in(self, name: str, kept: Path) -> None:
        """Make ``kept`` backup 1 of ``name``, shifting older ones down and dropping the oldest.

        Backups are copies written from the saved bytes, never links: damage done
        to the live file in place (an editor, a sync tool, a bad disk block) cannot
        reach them, so ``restore`` brings back the last saved state itself.
        """
        for age in range(rules.STORE_BACKUPS_KEPT - 1, 0, -1):
            older = self.backup_path(name, age)
            if older.exists():
                os.replace(older, self.backup_path(name, age + 1))
        os.replace(kept, self.backup_path(name, 1))


def read_store_file(path: Path) -> bytes:
    """The bytes of a store file (or a copy of one); StoreCorrupt if it is far larger
    than any store file, before it costs the memory."""
    with open(path, "rb") as handle:
        if os.fstat(handle.fileno()).st_size > rules.STORE_FILE_MAX_BYTES:
            raise StoreCorrupt(path, mark("it is far larger than any store file"))
        return handle.read(rules.STORE_FILE_MAX_BYTES + 1)


def parse(data: bytes, path: Path, *, tables: bool = True) -> dict[str, Any]:
    """A store file's content, or StoreCorrupt saying what is wrong with it.

    With ``tables``, the content must have TinyDB's shape: tables of documents,
    each document an object under a whole-number id.
    """
    if not data.strip():
        raise StoreCorrupt(path, mark("the file is empty"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise StoreCorrupt(path, mark("not UTF-8 text at byte {byte}"), byte=error.start) from error
    try:
        content = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        if isinstance(error, json.JSONDecodeError):
            raise StoreCorrupt(
                path,
                mark("not valid JSON at line {line}, column {column}"),
                line=error.lineno,
                column=error.colno,
            ) from error
        raise StoreCorrupt(path, mark("not valid JSON")) from error
    if not isinstance(content, dict) or (tables and not _has_tables(content)):
        raise StoreCorrupt(path, mark("not a Meeting Planner store file"))
    return content


def _has_tables(content: dict[str, Any]) -> bool:
    return all(
        isinstance(table, dict)
        and all(
            key.isascii() and key.isdigit() and isinstance(doc, dict) for key, doc in table.items()
        )
        for table in content.values()
    )


def dump(content: dict[str, Any]) -> bytes:
    return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_new_file(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write a file that must not exist yet, readable by its owner only; with ``sync``,
    make it durable before returning."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    # A umask only takes permissions away: the file is private whatever it is.
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        if sync:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        _remove_quietly(path)
        raise
    try:
        os.close(fd)
    except OSError:
        _remove_quietly(path)
        raise


def write_atomic(path: Path, data: bytes, tag: str) -> None:
    temp = path.with_name(f"{path.name}{TEMP_MARK}{tag}")
    write_new_file(temp, data)
    try:
        os.replace(temp, path)
    except BaseException:
        _remove_quietly(temp)
        raise
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    """Make renames in ``directory`` durable (POSIX only; elsewhere renames are journaled)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
