"""Dates and times as people type them, in English, Swedish and Danish, or as ISO.

``parse_when("Wed 9 Dec 2026, 13:00")``, ``parse_when("onsdag 9 december 2026 kl. 13.00",
"sv")``, ``parse_when("9. dec. 2026 kl. 13.00", "da")`` and ``parse_when("2026-12-09
13:00")`` all give 9 December 2026 at 13:00. Days come before months in numeric dates
(9/12/2026), as in all three languages. A weekday, if typed, must agree with the date.
Without a time, ``default_time`` is used; without one either, the text is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time

from . import rules
from .phrases import MONTHS, SHORT_MONTHS, WEEKDAYS, format_short_day, format_time, mark
from .phrases import text as phrase
from .plain import record

__all__ = ["WhenError", "format_when_field", "parse_when"]


class WhenError(ValueError):
    """Text that is not a date and time; ``str()`` says why."""

    def __init__(self, reason: str, **values: object) -> None:
        super().__init__(reason.format(**values) if values else reason)
        self.reason, self.values = reason, values


_LANGUAGES = ("en", "sv", "da")
# Words that join a date and a time: "at", "kl.", "klockan", "klokken", "den" (Danish).
_FILLERS = {"at", "kl", "klockan", "klokken", "den", "om", "the", "of", "on"}


@record(frozen=True)
class _Names:
    months: dict[str, int]
    weekdays: dict[str, int]


# The shortest beginning of a name read as the name: "to" is torsdag, "dec" December.
_SHORTEST_WEEKDAY, _SHORTEST_MONTH = 2, 3


def _names() -> _Names:
    """Every weekday and month in English, Swedish and Danish, written out or cut short
    anywhere after its first letters, as calendars and people abbreviate them: "tors",
    "tirs.", "Thurs", "Sept", "mars". A beginning two names share in different meanings
    is left out, and so are the words that join a date and a time ("on 9 Dec")."""
    months = _beginnings(
        (name, i + 1) for language in _LANGUAGES for i, name in enumerate(MONTHS[language])
    )
    months = {k: v for k, v in months.items() if len(k) >= _SHORTEST_MONTH}
    for language in _LANGUAGES:
        for i, name in enumerate(SHORT_MONTHS[language]):
            months.setdefault(name.lower().rstrip("."), i + 1)
    weekdays = _beginnings(
        (name, i) for language in _LANGUAGES for i, name in enumerate(WEEKDAYS[language])
    )
    weekdays = {k: v for k, v in weekdays.items() if len(k) >= _SHORTEST_WEEKDAY}
    shared = months.keys() & weekdays.keys()
    for names in (months, weekdays):
        for word in shared | _FILLERS:
            names.pop(word, None)
    return _Names(months, weekdays)


def _beginnings(names: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Each beginning of each name with the name's number, unless names of different
    numbers begin so."""
    found: dict[str, int] = {}
    ambiguous: set[str] = set()
    for name, number in names:
        word = name.lower()
        for end in range(1, len(word) + 1):
            start = word[:end]
            if found.get(start, number) != number:
                ambiguous.add(start)
            found[start] = number
    return {k: v for k, v in found.items() if k not in ambiguous}


_NAMES = _names()
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]+(\d{1,2})[:.](\d{2})(?::\d{2})?)?$")
_TIME = re.compile(r"(?<![\d/.-])(\d{1,2})[:.](\d{2})(?![\d/.])")
# The twelve-hour clock of English: "3 pm", "3pm", "3:30 p.m.", "11.15am".
_TWELVE_HOUR = re.compile(r"(?<![\d/.:-])(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?(?!\w)")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def parse_when(text: str, default_time: time | None = None, language: str = "en") -> datetime:
    """The moment ``text`` names; raises :class:`WhenError` saying what is wrong, in
    ``language``."""
    try:
        return _parse(text, default_time)
    except WhenError as error:
        raise WhenError(phrase(language, error.reason, **error.values)) from None


def _parse(text: str, default_time: time | None) -> datetime:
    raw = " ".join(text.strip().lower().split())
    if not raw:
        raise WhenError(mark("no date was typed"))
    found_time = None
    twelve = list(_TWELVE_HOUR.finditer(raw))
    if twelve:
        last = twelve[-1]
        found_time = time(*_twelve_hour(last.group(1), last.group(2) or "00", last.group(3)))
        raw = " ".join((raw[: last.start()] + " " + raw[last.end() :]).split())
    iso = _ISO.match(raw.replace("/", "-"))
    if iso:
        year, month, day = (int(g) for g in iso.group(1, 2, 3))
        if iso.group(4) is None:
            return _moment(year, month, day, found_time or default_time)
        if found_time is not None:  # two times: "2027-06-24 15:00 3 pm"
            raise WhenError(mark("not a date: type it like 9 Dec 2026 13:00 or 2026-12-09 13:00"))
        return _moment(year, month, day, time(*_clock(iso.group(4), iso.group(5))))
    times = list(_TIME.finditer(raw)) if found_time is None else []
    if times:
        last = times[-1]
        found_time = time(*_clock(last.group(1), last.group(2)))
        raw = raw[: last.start()] + " " + raw[last.end() :]
    weekday = None
    words: list[str] = []
    for token in re.split(r"[\s,]+", raw):
        token = token.strip(".")
        if not token:
            continue
        if _WORD.fullmatch(token):
            if token in _NAMES.months:
                words.append(str(_NAMES.months[token]))
                words.append("m")  # marks the number before as a month
                continue
            if token in _NAMES.weekdays:
                weekday = _NAMES.weekdays[token]
                continue
            if token in _FILLERS:
                continue
            raise WhenError(mark("“{word}” is not a month, a weekday or a time"), word=token)
        words.append(token)
    day_value = _date_of(words)
    moment = _moment(day_value.year, day_value.month, day_value.day, found_time or default_time)
    if weekday is not None and moment.weekday() != weekday:
        raise WhenError(mark("the weekday does not match the date"))
    return moment


def _date_of(words: list[str]) -> date:
    # "9 12 m 2026": a day, a month named in words, a year.
    if len(words) == 4 and words[2] == "m":
        day, month, year = words[0], words[1], words[3]
    elif len(words) == 4 and words[1] == "m":  # the month first: "December 9, 2026"
        month, day, year = words[0], words[2], words[3]
    elif len(words) == 1 and _NUMERIC_DATE.match(words[0]):
        day, month, year = _NUMERIC_DATE.match(words[0]).groups()  # type: ignore[union-attr]
    elif len(words) == 3 and all(w.isdigit() for w in words):
        day, month, year = words
    elif any(w == "m" for w in words) and not any(len(w) == 4 and w.isdigit() for w in words):
        raise WhenError(mark("a year is missing"))
    else:
        raise WhenError(mark("not a date: type it like 9 Dec 2026 13:00 or 2026-12-09 13:00"))
    if not (day.isdigit() and month.isdigit() and year.isdigit()):
        raise WhenError(mark("not a date: type it like 9 Dec 2026 13:00 or 2026-12-09 13:00"))
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise WhenError(mark("there is no such day")) from None


def _clock(hour: str, minute: str) -> tuple[int, int]:
    h, m = int(hour), int(minute)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise WhenError(mark("there is no such time of day"))
    return h, m


def _twelve_hour(hour: str, minute: str, half: str) -> tuple[int, int]:
    """ "3 pm" is 15:00, "12 am" midnight, "12 pm" noon; "13 pm" is no time of day."""
    h = int(hour)
    if not 1 <= h <= 12:
        raise WhenError(mark("there is no such time of day"))
    h = h % 12 + (12 if half == "p" else 0)
    return _clock(str(h), minute)


def _moment(year: int, month: int, day: int, at: time | None) -> datetime:
    if at is None:
        raise WhenError(mark("a time is missing, such as 13:00"))
    if not rules.YEAR_MIN <= year <= rules.YEAR_MAX:
        raise WhenError(
            mark("the year must be {first} to {last}"), first=rules.YEAR_MIN, last=rules.YEAR_MAX
        )
    try:
        return datetime(year, month, day, at.hour, at.minute)
    except ValueError:
        raise WhenError(mark("there is no such day")) from None


def format_when_field(moment: datetime, language: str = "en") -> str:
    """How a date field shows a moment, in a form ``parse_when`` reads back:
    "Wed 9 Dec 2026, 13:00", "ons 9 dec. 2026 kl. 13.00", "ons 9. dec. 2026 kl. 13.00"."""
    code = language if language in WEEKDAYS else "en"
    weekday = WEEKDAYS[code][moment.weekday()][:3]
    if code == "en":
        weekday = weekday.capitalize()
    joiner = ", " if code == "en" else " kl. "
    return f"{weekday} {format_short_day(moment, code)}{joiner}{format_time(moment, code)}"
