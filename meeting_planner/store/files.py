"""Store files on disk: parsed reads, atomic all-or-nothing writes, backups and recovery.

A commit writes every new file as a fsynced temporary file beside the old one.
With more than one file, a small journal naming them is then written atomically:
that is the commit point, and an interrupted commit is finished on the next open.
Each file, once replaced, is copied into ``backups/`` as the newest of its backups.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from ..domain import rules
from .errors import StoreCorrupt, StoreError, from_os_error
from .paths import BACKUP_DIR, JOURNAL_FILE, TEMP_MARK


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

    def path(self, name: str) -> Path:
        return self.root / name

    def exists(self, name: str) -> bool:
        return name in self.overlay or self.path(name).exists()

    def read_bytes(self, name: str) -> bytes | None:
        """The file's bytes, or None when it does not exist."""
        if name in self.overlay:
            return self.overlay[name]
        try:
            return self.path(name).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StoreError(f"Cannot read {self.path(name)}: {error.strerror}.") from error

    def read_json(self, name: str) -> dict[str, Any] | None:
        data = self.read_bytes(name)
        return None if data is None else parse(data, self.path(name))

    # -- writing -------------------------------------------------------------------
    def commit(self, files: dict[str, bytes]) -> None:
        """Replace ``files`` (name -> new bytes) all at once or not at all."""
        if not files:
            return
        if self.unfinished:
            self.recover()
        tx = os.urandom(6).hex()
        temps: dict[str, Path] = {}
        current = self.root
        try:
            for name, data in files.items():
                current = self.path(name)
                temps[name] = self.path(f"{name}{TEMP_MARK}{tx}")
                write_new_file(temps[name], data)
            if len(files) > 1:
                current = self.root
                fsync_dir(self.root)
                current = self.path(JOURNAL_FILE)
                journal = json.dumps({"tx": tx, "files": list(files)}).encode()
                write_atomic(current, journal, tx)
        except OSError as error:
            for temp in temps.values():
                _remove_quietly(temp)
            raise from_os_error(error, current) from error
        if len(files) == 1:
            (name,) = files
            try:
                self._install(name, temps[name])
            except OSError as error:
                _remove_quietly(temps[name])
                raise from_os_error(error, self.path(name)) from error
            _fsync_dir_quietly(self.root)
            return
        try:
            self._finish(tx, list(files))
        except OSError as error:
            self.unfinished = True
            raise StoreError(
                f"The change was recorded, but {self.root} could not be fully updated "
                f"({error.strerror}); it will be completed when the meetings are next opened."
            ) from error

    def recover(self) -> None:
        """Finish a commit that passed its commit point, then remove stray temporary files."""
        journal = self._read_journal()
        if journal is not None:
            tx, names = journal
            self._finish(tx, names)
        for folder in (self.root, self.backups):
            for stray in folder.glob(f"*{TEMP_MARK}*"):
                _remove_quietly(stray)
        self.unfinished = False

    def pending_overlay(self) -> None:
        """For a read-only view: see a commit in progress as if it had finished."""
        journal = self._read_journal()
        if journal is None:
            return
        tx, names = journal
        for name in names:
            try:
                self.overlay[name] = self.path(f"{name}{TEMP_MARK}{tx}").read_bytes()
            except FileNotFoundError:
                continue  # already in place

    def _read_journal(self) -> tuple[str, list[str]] | None:
        path = self.path(JOURNAL_FILE)
        data = self.read_bytes(JOURNAL_FILE)
        if data is None:
            return None
        return _journal_entries(parse(data, path, tables=False), path)

    def _finish(self, tx: str, names: list[str]) -> None:
        for name in names:
            temp = self.path(f"{name}{TEMP_MARK}{tx}")
            if temp.exists():
                self._install(name, temp)
        fsync_dir(self.root)
        # Not synced: a journal that reappears after a power cut names temporary
        # files that are gone, so finishing it again changes nothing.
        self.path(JOURNAL_FILE).unlink(missing_ok=True)

    def _install(self, name: str, temp: Path) -> None:
        os.replace(temp, self.path(name))
        self._keep_copy(name)

    # -- backups ---------------------------------------------------------------------
    def backup_path(self, name: str, age: int) -> Path:
        return self.backups / f"{name}.{age}"

    def backups_of(self, name: str) -> list[Path]:
        """Existing backups of ``name``, newest first."""
        found = (self.backup_path(name, age) for age in range(1, rules.STORE_BACKUPS_KEPT + 1))
        return [path for path in found if path.exists()]

    def _keep_copy(self, name: str) -> None:
        """Copy the file just installed into backups/ as its newest backup.

        A copy, never a link: damage done to the live file in place (an editor,
        a sync tool, a bad disk block) cannot reach it, so ``restore`` brings
        back the last saved state itself. A backup that cannot be made must not
        fail a save that has already happened.
        """
        kept = self.backups / f"{name}{TEMP_MARK}copy"
        try:
            self.backups.mkdir(exist_ok=True)
            shutil.copyfile(self.path(name), kept)
        except OSError:
            _remove_quietly(kept)
            return
        self._rotate_in(name, kept)

    def _rotate_in(self, name: str, kept: Path) -> None:
        """Make ``kept`` backup 1 of ``name``, shifting older ones down and dropping the oldest."""
        try:
            for age in range(rules.STORE_BACKUPS_KEPT - 1, 0, -1):
                older = self.backup_path(name, age)
                if older.exists():
                    os.replace(older, self.backup_path(name, age + 1))
            os.replace(kept, self.backup_path(name, 1))
        except OSError:
            _remove_quietly(kept)


def parse(data: bytes, path: Path, *, tables: bool = True) -> dict[str, Any]:
    """A store file's content, or StoreCorrupt saying what is wrong with it."""
    if not data.strip():
        raise StoreCorrupt(path, "the file is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise StoreCorrupt(path, f"not UTF-8 text at byte {error.start}") from error
    try:
        content = json.loads(text)
    except json.JSONDecodeError as error:
        raise StoreCorrupt(
            path, f"not valid JSON at line {error.lineno}, column {error.colno}"
        ) from error
    if not isinstance(content, dict) or (
        tables and not all(isinstance(t, dict) for t in content.values())
    ):
        raise StoreCorrupt(path, "not a Meeting Planner store file")
    return content


def dump(content: dict[str, Any]) -> bytes:
    return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_new_file(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet, and make it durable before returning."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        _remove_quietly(path)
        raise
    os.close(fd)


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


def _fsync_dir_quietly(directory: Path) -> None:
    # The rename is already visible; a failed directory sync only weakens its
    # durability across a power cut, which no message could help the user with.
    try:
        fsync_dir(directory)
    except OSError:
        pass


def _journal_entries(journal: dict[str, Any], path: Path) -> tuple[str, list[str]]:
    tx, names = journal.get("tx"), journal.get("files")
    if (
        not isinstance(tx, str)
        or not isinstance(names, list)
        or not all(isinstance(n, str) and n and Path(n).name == n for n in names)
    ):
        raise StoreCorrupt(path, "not a Meeting Planner journal")
    return tx, names


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
