"""The durable local store: meetings, templates, the employer profile and settings."""

from __future__ import annotations

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
from .paths import data_dir
from .repos import ProfileRepository, SettingsRepository, TemplateRepository
from .restore import restore
from .store import Store
from .summary import MeetingSummary

__all__ = [
    "AmbiguousId",
    "ErasureReport",
    "MeetingRepository",
    "MeetingSummary",
    "ProfileRepository",
    "SettingsRepository",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreFull",
    "StoreLocked",
    "StoreReadOnly",
    "TemplateRepository",
    "UnknownMeeting",
    "data_dir",
    "restore",
]
