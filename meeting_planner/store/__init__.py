"""The durable local store: meetings, templates, the employer profile and settings.

The names below load their modules on first use, so ``meeting_planner.store.errors``
can be imported on its own (the command line and the app's window need only the
errors before the store is opened).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .erasure import ErasureReport
    from .errors import (
        AmbiguousId,
        StoreCorrupt,
        StoreError,
        StoreFull,
        StoreLocked,
        StoreReadOnly,
        UnknownMeeting,
    )
    from .meetings import MeetingRepository
    from .openings import OpeningRepository, UnknownOpening
    from .paths import data_dir
    from .recovery import restore
    from .repos import ProfileRepository, SettingsRepository, TemplateRepository
    from .run_clocks import RunClockRepository
    from .store import Store
    from .summary import MeetingSummary

# Each public name and the module (in this package) that defines it.
_HOMES = {
    "AmbiguousId": "errors",
    "ErasureReport": "erasure",
    "MeetingRepository": "meetings",
    "MeetingSummary": "summary",
    "OpeningRepository": "openings",
    "UnknownOpening": "openings",
    "ProfileRepository": "repos",
    "RunClockRepository": "run_clocks",
    "SettingsRepository": "repos",
    "Store": "store",
    "StoreCorrupt": "errors",
    "StoreError": "errors",
    "StoreFull": "errors",
    "StoreLocked": "errors",
    "StoreReadOnly": "errors",
    "TemplateRepository": "repos",
    "UnknownMeeting": "errors",
    "data_dir": "paths",
    "restore": "recovery",
}

__all__ = [
    "AmbiguousId",
    "ErasureReport",
    "MeetingRepository",
    "MeetingSummary",
    "OpeningRepository",
    "ProfileRepository",
    "RunClockRepository",
    "SettingsRepository",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreFull",
    "StoreLocked",
    "StoreReadOnly",
    "TemplateRepository",
    "UnknownMeeting",
    "UnknownOpening",
    "data_dir",
    "restore",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
