"""Meeting mode's clocks, kept so a running meeting's timer survives the app closing or
crashing: one small file beside the store, written atomically on each change.

It holds, per meeting id, what ``domain.meeting_run.RunTimer.to_record`` returns:
running seconds, pauses and block visits; no names or free text. Losing the file
only restarts a meeting's clock, so it has no backups; a damaged one reads as empty.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .errors import StoreError, from_os_error
from .files import FileSet, dump, write_atomic

RUN_CLOCKS_FILE = "meeting-clocks.json"


class RunClockRepository:
    """The clock of each meeting that is being run in meeting mode."""

    def __init__(self, files: FileSet, check_writable: Callable[[], None]) -> None:
        self._files = files
        self._check_writable = check_writable

    def get(self, meeting_id: str) -> Any:
        """The kept record of the meeting's clock, or None."""
        return self._read().get(meeting_id)

    def meeting_ids(self) -> list[str]:
        """The meetings whose clocks are kept: under way in meeting mode."""
        return list(self._read())

    def save(self, meeting_id: str, record: dict[str, Any]) -> None:
        self._check_writable()
        clocks = self._read()
        clocks[meeting_id] = record
        self._write(clocks)

    def delete(self, meeting_id: str) -> None:
        """Forget the meeting's clock (ended or deleted); nothing happens if there is none."""
        clocks = self._read()
        if meeting_id in clocks:
            self._check_writable()
            del clocks[meeting_id]
            self._write(clocks)

    def _read(self) -> dict[str, Any]:
        try:
            data = self._files.read_bytes(RUN_CLOCKS_FILE)
            clocks = json.loads(data) if data else {}
        except (StoreError, ValueError):
            return {}
        return clocks if isinstance(clocks, dict) else {}

    def _write(self, clocks: dict[str, Any]) -> None:
        path = self._files.path(RUN_CLOCKS_FILE)
        try:
            if clocks:
                write_atomic(path, dump(clocks), "clocks")
            else:
                path.unlink(missing_ok=True)
        except OSError as error:
            raise from_os_error(error, path) from error
