"""The store's side of privacy: the retention setting, meetings past it, and a
candidate's meetings for an access request."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.access import meetings_about
from ..domain.model import Meeting
from ..domain.retention import (
    RETENTION_SETTING,
    RetentionItem,
    add_months,
    past_retention,
    retention_months,
)

if TYPE_CHECKING:
    from .store import Store


def stored_retention_months(store: Store) -> int:
    """The retention period the user chose, or the default."""
    return retention_months(store.settings.get(RETENTION_SETTING))


def set_retention_months(store: Store, months: int) -> int:
    """Save the retention period (kept within the allowed range); returns what was saved."""
    months = retention_months(months)
    store.settings.set(RETENTION_SETTING, months)
    return months


def meetings_past_retention(store: Store, now: datetime) -> list[RetentionItem]:
    """Meetings whose personal data is due for erasure, closed or never closed, longest
    overdue first. Only meetings that started before the period are read in full."""
    months = stored_retention_months(store)
    # A meeting starts before it can end; one that started within the period is not due.
    cutoff = add_months(now.replace(tzinfo=None), -months)
    old = [s.id for s in store.meetings.list() if s.start.replace(tzinfo=None) <= cutoff]
    return past_retention(store.meetings.each(old), months, now)


def candidate_meetings(store: Store, meeting_id: str) -> list[Meeting]:
    """The meeting and every other stored meeting with the same candidate, oldest first."""
    subject = store.meetings.get(meeting_id)
    return meetings_about(subject, store.meetings.each())
