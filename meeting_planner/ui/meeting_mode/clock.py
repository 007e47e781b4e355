"""Where meeting mode reads the time: a monotonic clock for timing, wall time for the record."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds that only ever go forward, for timing blocks and pauses."""
        ...

    def now(self) -> datetime:
        """The wall-clock time, for stamping markers and the meeting's end."""
        ...


class SystemClock:
    """The computer's clocks; tests use a fake clock they advance by hand."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now()


def wall_time(clock: Clock, like: datetime) -> datetime:
    """The clock's time to the second, with a time zone exactly when ``like`` has one."""
    moment = clock.now().replace(microsecond=0)
    if like.tzinfo is not None:
        return moment.astimezone(like.tzinfo)
    # A naive plan keeps local wall time.
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment
