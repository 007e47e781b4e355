"""The store's own exceptions: every failure a caller of the store can see, in plain words."""

from __future__ import annotations

import errno
from pathlib import Path

RESTORE_HINT = "run `meeting-planner restore` to bring back the newest good backup"

# errno values that mean "no room left": a full disk, a user quota or a file size limit.
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})


class StoreError(Exception):
    """Base class; ``str()`` is a message fit to show the user as it is."""


class StoreLocked(StoreError):
    """Another running Meeting Planner is writing to the same data folder."""

    def __init__(self, data_dir: Path, holder: str) -> None:
        self.data_dir = data_dir
        self.holder = holder
        super().__init__(
            f"The meetings in {data_dir} are open in another Meeting Planner ({holder}). "
            "Close that one first, or open the meetings read-only."
        )


class StoreCorrupt(StoreError):
    """A store file does not read back; it has not been touched."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"The store file {path} is damaged ({reason}). It has been left as it is; "
            f"{RESTORE_HINT}."
        )


class StoreReadOnly(StoreError):
    """A write was attempted on a store opened read-only."""

    def __init__(self) -> None:
        super().__init__("These meetings are open read-only, so changes cannot be saved.")


class StoreFull(StoreError):
    """The disk (or the allowed file size) ran out while saving; nothing was changed."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            f"Could not save: no room left to write {path} ({detail}). "
            "Nothing was changed; free some disk space and save again."
        )


class UnknownMeeting(StoreError, KeyError):
    """No meeting has the id (or id prefix) asked for."""

    def __init__(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        super().__init__(f"There is no meeting with id {meeting_id!r}.")

    def __str__(self) -> str:
        # KeyError would quote the message; show it as written.
        return str(self.args[0])


class AmbiguousId(StoreError):
    """An id prefix matches more than one meeting."""

    def __init__(self, prefix: str, matches: list[str]) -> None:
        self.prefix = prefix
        self.matches = matches
        shown = ", ".join(matches[:5]) + (", ..." if len(matches) > 5 else "")
        super().__init__(
            f"{prefix!r} matches {len(matches)} meetings ({shown}); type more of the id."
        )


def from_os_error(error: OSError, path: Path) -> StoreError:
    """Our exception for an operating-system error met while writing ``path``."""
    detail = error.strerror or str(error)
    if error.errno in _FULL_ERRNOS:
        return StoreFull(path, detail)
    return StoreError(f"Could not save to {path}: {detail}. Nothing was changed.")
