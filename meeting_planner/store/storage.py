"""TinyDB over one store file: parsed once, kept in memory, written only when committed."""

from __future__ import annotations

from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from .files import FileSet, dump, parse


class CachedFile(Storage):
    """A TinyDB storage that never writes by itself.

    TinyDB rewrites the whole file on every change; here a change only updates
    the parsed content in memory and marks it dirty. The store then writes all
    dirty files of one operation in a single atomic commit, or, if the commit
    fails, forgets the changes so the next read sees the file as it is on disk.
    """

    def __init__(self, files: FileSet, name: str) -> None:
        self.files = files
        self.name = name
        self.dirty = False
        self._content: dict[str, Any] | None = None

    def read(self) -> dict[str, Any]:
        if self._content is None:
            self._content = self.files.read_json(self.name) or {}
        return self._content

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._content = data
        self.dirty = True

    def close(self) -> None:
        pass

    def load_bytes(self, data: bytes) -> None:
        """Use ``data`` (already read from disk) as the content."""
        self._content = parse(data, self.files.path(self.name))

    def dump(self) -> bytes:
        return dump(self.read())

    def committed(self) -> None:
        self.dirty = False

    def forget(self) -> None:
        self._content = None
        self.dirty = False

    @property
    def loaded(self) -> bool:
        return self._content is not None


def open_db(files: FileSet, name: str) -> TinyDB:
    return TinyDB(files, name, storage=CachedFile)


def storage_of(db: TinyDB) -> CachedFile:
    storage = db.storage
    assert isinstance(storage, CachedFile)
    return storage
