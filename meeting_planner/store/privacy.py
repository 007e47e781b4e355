"""The store's side of privacy: the retention setting, meetings past it, and a
candidate's meetings for an access request."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.access import meetings_about
from ..domain.model import Meeting, Status
from ..domain.retention import RETENTION_SETTING, RetentionItem, past_retention, retention_months

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
    """Closed meetings whose personal data is due for erasure, longest overdue first."""
    closed = [s.id for s in store.meetings.list() if s.status == Status.CLOSED]
    return past_retention(store.meetings.each(closed), stored_retention_months(store), now)


def candidate_meetings(store: Store, meeting_id: str) -> list[Meeting]:
    """The meeting and every other stored meeting with the same candidate, oldest first."""
    subject = store.meetings.get(meeting_id)
    return meetings_about(subject, store.meetings.each())
