"""Which time zone a meeting's wall-clock times are in, for files that leave the app.

Meetings keep naive local wall-clock times (a manager thinks "Tuesday at ten").
Where a time must mean one instant for someone else's calendar, it is read in the
meeting's own zone (``Meeting.time_zone``, an IANA name such as
``Europe/Stockholm``); where that is empty, the zone of the employer's country when
the country has one (``rules.COUNTRY_ZONES``: the meeting is where the employer is,
whatever the clock of the computer it was planned on says), else the computer's
zone. The computer's
zone is found by its IANA name where the system tells it (the ``TZ`` variable, the
``/etc/localtime`` link, ``/etc/timezone``), so a calendar file can carry the zone's
rules; failing that, times are turned into UTC by the system's own conversion,
which still gets daylight saving right.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .model import Meeting
from .rules import COUNTRY_ZONES

# Where Linux and macOS say which zone the computer is in.
_LOCALTIME = Path("/etc/localtime")
_TIMEZONE_FILE = Path("/etc/timezone")
_ZONEINFO_MARK = "zoneinfo/"


def zone(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None for an empty or unknown name."""
    name = name.strip()
    if not name or name.startswith(("/", ".")) or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def is_known_zone(name: str) -> bool:
    return zone(name) is not None


def system_zone_name() -> str | None:
    """The computer's time zone by its IANA name, where the system tells it."""
    configured = os.environ.get("TZ", "").strip().removeprefix(":")
    if configured:
        return configured if is_known_zone(configured) else None
    try:
        target = str(_LOCALTIME.resolve(strict=True))
    except OSError:
        target = ""
    if _ZONEINFO_MARK in target:
        name = target.rsplit(_ZONEINFO_MARK, 1)[1].removeprefix("posix/").removeprefix("right/")
        if is_known_zone(name):
            return name
    try:
        name = _TIMEZONE_FILE.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return name if is_known_zone(name) else None


def meeting_zone(meeting: Meeting) -> ZoneInfo | None:
    """The zone the meeting's times are in: its own, else its country's, else the
    computer's; None when none is known by name (then times go out in UTC, see
    ``instant``)."""
    own = zone(meeting.time_zone)
    if own is not None:
        return own
    name = default_zone_name(meeting.country)
    return zone(name) if name else None


def default_zone_name(country: str) -> str | None:
    """The zone a meeting with no zone of its own is in: its country's where the
    country has one zone, else the computer's (None when not known by name)."""
    return COUNTRY_ZONES.get(country) or system_zone_name()


def instant(moment: datetime, where: tzinfo | None) -> datetime:
    """A wall-clock time as an aware moment: in ``where``, or where no zone is known,
    in UTC through the system's local time. An aware ``moment`` is only converted."""
    if moment.tzinfo is not None:
        return moment.astimezone(where or UTC)
    if where is not None:
        return moment.replace(tzinfo=where)
    return moment.astimezone().astimezone(UTC)
