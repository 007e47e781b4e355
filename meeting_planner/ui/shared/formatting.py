"""Dates and times as the app shows them, in the app's language (QLocale's default)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def format_moment(moment: datetime) -> str:
    """A date and time with the weekday, in the user's language: "Mon 23 Nov 2026, 10:00"."""
    return QLocale().toString(QDateTime(moment), "ddd d MMM yyyy, HH:mm")
