"""Which deadlines deserve a reminder now: an answer or decision due today or overdue,
each at most once a day, so a reminder is news and never noise."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime

from .followup import DueItem, DueState

# What is worth a reminder: what falls due today, and what is past due.
_REMINDED = (DueState.OVERDUE, DueState.DUE_TODAY)


def reminder_key(item: DueItem) -> str:
    """One key per thing owed: the meeting and what is owed (feedback or decision)."""
    return f"{item.id}:{item.what.value}"


def to_remind(items: Iterable[DueItem], now: datetime, shown: Mapping[str, date]) -> list[DueItem]:
    """The items to remind of now: due today or overdue, and not yet shown today
    (``shown`` maps a key to the day it was last shown), overdue first."""
    today = now.date()
    chosen = [
        item for item in items if item.state in _REMINDED and shown.get(reminder_key(item)) != today
    ]
    return sorted(chosen, key=DueItem.sort_key)


def remembered(
    shown: Mapping[str, date], items: Iterable[DueItem], now: datetime
) -> dict[str, date]:
    """``shown`` with ``items`` shown today, and days before today forgotten."""
    today = now.date()
    kept = {key: day for key, day in shown.items() if day == today}
    kept.update({reminder_key(item): today for item in items})
    return kept
