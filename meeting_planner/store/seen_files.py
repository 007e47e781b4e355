"""What the team folder's inbox has already read: per file, its size, time and hash, and
what it was judged to be, so a folder of a thousand files is not read again each time.

One small file beside the store, written atomically. It is a cache: losing it only
means the files are read once more, so it has no backups, and a damaged one reads as
empty. Entries name the meeting a file belongs to, so deleting or erasing a meeting
forgets its entries (the file names may carry the candidate's name).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .errors import StoreError, from_os_error
from .files import FileSet, dump, write_atomic

SEEN_FILES = "team-folder-seen.json"


class SeenFileRepository:
    """Folder -> file name -> what was seen (a JSON-ready dict per file)."""

    def __init__(self, files: FileSet, check_writable: Callable[[], None]) -> None:
        self._files = files
        self._check_writable = check_writable

    def get(self, folder: str) -> dict[str, dict[str, Any]]:
        entries = self._read().get(folder, {})
        return entries if isinstance(entries, dict) else {}

    def save(self, folder: str, entries: dict[str, dict[str, Any]]) -> None:
        """Keep ``entries`` as all that was seen in ``folder``."""
        self._check_writable()
        seen = self._read()
        seen[folder] = entries
        self._write(seen)

    def forget_meeting(self, meeting_id: str) -> None:
        """Drop every entry about the meeting (deleted or erased)."""
        seen = self._read()
        changed = False
        for entries in seen.values():
            if not isinstance(entries, dict):
                continue
            for name in [n for n, e in entries.items() if e.get("meeting_id") == meeting_id]:
                del entries[name]
                changed = True
        if changed:
            self._check_writable()
            self._write(seen)

    def _read(self) -> dict[str, Any]:
        try:
            data = self._files.read_bytes(SEEN_FILES)
            seen = json.loads(data) if data else {}
        except (StoreError, ValueError):
            return {}
        return seen if isinstance(seen, dict) else {}

    def _write(self, seen: dict[str, Any]) -> None:
        path = self._files.path(SEEN_FILES)
        try:
            write_atomic(path, dump(seen), "seen")
        except OSError as error:
            raise from_os_error(error, path) from error
