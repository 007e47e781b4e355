"""The days off worked out before, kept in the user's cache folder between runs.

Counting working days needs a country's public holidays, and the ``holidays`` package
loads all of the countries it knows on its first use: about a tenth of a second, paid
by every command that writes a brief or a letter. The days off of a country and year
change only with the package, so they are kept in one small file named after the
installed package (its location, size and time): a new version of it starts a new
file. A file that is damaged, not the user's own or of another kind is ignored and
written again; a cache folder that cannot be written only costs the time.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from .caches import cache_dir, own_file

FORMAT = 1
PREFIX = "days-off-"
PRIVATE_FILE_MODE = 0o600
# A cache file is small (a dozen dates per country and year); anything bigger is not ours.
MAX_BYTES = 1_000_000


def package_stamp() -> str | None:
    """A short name for the installed ``holidays`` package, found without importing it."""
    import importlib.util
    import zlib

    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    try:
        info = (Path(spec.origin).parent / "version.py").stat()
    except OSError:
        return None
    text = f"{FORMAT}|{spec.origin}|{info.st_size}|{info.st_mtime_ns}"
    return f"{zlib.crc32(text.encode('utf-8')):08x}"


class DaysOffFile:
    """A :class:`~meeting_planner.domain.workdays.DaysOffKeeper` over one cache file.

    ``folder`` is the cache folder (found on first use when not given); the file is
    read once, on the first question."""

    def __init__(self, folder: Path | None = None, stamp: str | None = None):
        self._folder = folder
        self._stamp = stamp
        self._days: dict[str, list[str]] | None = None

    def path(self) -> Path | None:
        folder = self._folder if self._folder is not None else cache_dir()
        stamp = self._stamp if self._stamp is not None else package_stamp()
        if folder is None or stamp is None:
            return None
        return folder / f"{PREFIX}{stamp}.json"

    def get(self, key: str) -> frozenset[date] | None:
        days = self._loaded().get(key)
        if days is None:
            return None
        try:
            return frozenset(date.fromisoformat(day) for day in days)
        except (TypeError, ValueError):
            return None

    def put(self, key: str, days: frozenset[date]) -> None:
        known = self._loaded()
        known[key] = sorted(day.isoformat() for day in days)
        path = self.path()
        if path is None:
            return
        text = json.dumps({"format": FORMAT, "days": known}, sort_keys=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            descriptor = os.open(
                temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW, PRIVATE_FILE_MODE
            )
            with os.fdopen(descriptor, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()
            return
        _forget_older(path)

    def _loaded(self) -> dict[str, list[str]]:
        if self._days is None:
            path = self.path()
            self._days = _read(path) if path is not None else {}
        return self._days


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _read(path: Path) -> dict[str, list[str]]:
    """The days kept in ``path``; empty for a missing, foreign or damaged file."""
    try:
        descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW)
    except OSError:
        return {}
    try:
        with os.fdopen(descriptor, "rb") as file:
            if not own_file(os.fstat(file.fileno())):
                return {}
            raw = file.read(MAX_BYTES + 1)
            if len(raw) > MAX_BYTES:
                return {}
            data: Any = json.loads(raw or b"null")
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    days = data.get("days")
    if not isinstance(days, dict):
        return {}
    return {
        key: value
        for key, value in days.items()
        if isinstance(key, str)
        and isinstance(value, list)
        and all(isinstance(day, str) for day in value)
    }


def _forget_older(kept: Path) -> None:
    """Files for an earlier version of the package are of no more use."""
    with contextlib.suppress(OSError):
        for other in kept.parent.glob(f"{PREFIX}*.json"):
            if other != kept:
                other.unlink()


def install() -> None:
    """Keep the days off in the user's cache folder from now on (command line, app)."""
    from .domain.workdays import keep_days_off_in

    keep_days_off_in(DaysOffFile())
