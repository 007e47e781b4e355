"""The store's own exceptions: every failure a caller of the store can see, in plain words.

The store does not know its reader's language. Each error keeps the catalog text it
was made from and its values (a ``Phrase``): ``str()`` is the English, for logs and
tests, and ``in_language`` tells it in the language of whoever shows it (the command
line's, the app's).
"""

from __future__ import annotations

import errno
from pathlib import Path

from ..domain.phrases import Phrase, PhraseError, mark
from ..fileio import os_reason

# errno values that mean "no room left": a full disk, a user quota or a file size limit.
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})


class StoreError(PhraseError):
    """Base class: ``message`` is a catalog text (``{name}`` fields filled from
    ``values``); ``str()`` is it in English, ``in_language`` in another language."""


class StoreLocked(StoreError):
    """Another running Meeting Planner is writing to the same data folder."""

    def __init__(self, data_dir: Path, holder: str) -> None:
        self.data_dir = data_dir
        # Who holds it, as the lock names it ("process 123 on host"): told in the
        # reader's language too where it is a Phrase.
        self.holder = holder
        super().__init__(
            mark(
                "The meetings in {data_dir} are open in another Meeting Planner ({holder}). "
                "Close that one first, or open the meetings read-only."
            ),
            data_dir=data_dir,
            holder=holder,
        )


class StoreCorrupt(StoreError):
    """A store file does not read back; it has not been touched.

    ``reason`` says why, as a catalog text with ``values`` (a Phrase)."""

    def __init__(self, path: Path, reason: str, /, **values: object) -> None:
        self.path = path
        given = reason if isinstance(reason, Phrase) and not values else None
        self.reason = given or Phrase(reason, **values)
        super().__init__(
            mark(
                "The store file {path} is damaged ({reason}). It has been left as it is; "
                "run `meeting-planner restore` to bring back the newest good backup."
            ),
            path=path,
            reason=self.reason,
        )


class StoreReadOnly(StoreError):
    """A write was attempted on a store opened read-only."""

    def __init__(self) -> None:
        super().__init__(mark("These meetings are open read-only, so changes cannot be saved."))


class StoreFull(StoreError):
    """The disk (or the allowed file size) ran out while saving; nothing was changed."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            mark(
                "Could not save: no room left to write {path} ({detail}). "
                "Nothing was changed; free some disk space and save again."
            ),
            path=path,
            detail=detail,
        )


class UnknownMeeting(StoreError, KeyError):
    """No meeting has the id (or id prefix) asked for."""

    def __init__(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        super().__init__(mark("There is no meeting with id {meeting_id!r}."), meeting_id=meeting_id)


class AmbiguousId(StoreError):
    """An id prefix matches more than one meeting."""

    def __init__(self, prefix: str, matches: list[str]) -> None:
        self.prefix = prefix
        self.matches = matches
        shown = ", ".join(matches[:5]) + (", ..." if len(matches) > 5 else "")
        # Always two or more: the text needs no singular.
        super().__init__(
            mark("{prefix!r} matches {count} meetings ({shown}); type more of the id."),
            prefix=prefix,
            count=len(matches),
            shown=shown,
        )


def from_os_error(error: OSError, path: Path) -> StoreError:
    """Our exception for an operating-system error met while writing ``path``."""
    detail = os_reason(error)
    if error.errno in _FULL_ERRNOS:
        return StoreFull(path, detail)
    return StoreError(
        mark("Could not save to {path}: {detail}. Nothing was changed."), path=path, detail=detail
    )
