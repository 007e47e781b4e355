"""Dates and times as the app shows them, in the app's language (QLocale's default)."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from PySide6.QtCore import QDateTime, QLocale

# As QLocale writes it: weekday and month in the language's short form.
MOMENT_FORMAT = "ddd d MMM yyyy, HH:mm"


def format_moment(moment: datetime) -> str:
    """A date and time with the weekday, in the user's language: "Mon 23 Nov 2026, 10:00".

    The wall-clock time as written, whatever its time zone. Written here from the
    locale's own day and month names: making a QDateTime from a datetime takes
    about 25 µs, and the meetings list shows hundreds of these."""
    locale = QLocale()
    names = _short_names(locale.name())
    if names is None:
        return locale.toString(QDateTime(moment), MOMENT_FORMAT)
    days, months = names
    day, month = days[moment.weekday()], months[moment.month - 1]
    return f"{day} {moment.day} {month} {moment.year:04d}, {moment.hour:02d}:{moment.minute:02d}"


@cache
def _short_names(locale_name: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The short weekday names (Monday first) and month names of the locale, or None
    where it writes numbers with other digits than 0-9 (QLocale then writes it all)."""
    locale = QLocale(locale_name)
    if locale.zeroDigit() != "0":
        return None
    short = QLocale.FormatType.ShortFormat
    days = tuple(locale.dayName(day, short) for day in range(1, 8))
    months = tuple(locale.monthName(month, short) for month in range(1, 13))
    return days, months
