"""Working days: the one rule every follow-up deadline counts by.

A promise to a candidate ("you will hear from us by...") never falls on a weekend
or on a public holiday of the employer's country. Deadlines count working days
from the meeting's end and keep its time of day, as wall-clock time: an answer
due two working days after a meeting that ended on Friday at 15:00 is due on
Tuesday at 15:00, whatever daylight saving does in between.

The public holidays come from the ``holidays`` package (offline, pure Python),
imported when a first deadline is computed rather than at start-up, and kept per
country and year (between runs too, where the app gives a keeper: see
``keep_days_off_in``). A country it does not know, or none, means weekends only.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache
from typing import Protocol

from . import rules

# No country chosen: only weekends are days off.
NO_COUNTRY = ""
# The countries the app names in its lists, the Nordics first; a meeting file may carry
# any other two-letter code, which counts by that country's holidays where they are known.
COUNTRIES = ("SE", "DK", "NO", "FI", "IS", "DE", "NL", "GB", "IE", "US")

# The country a meeting's deadlines count by when the employer profile names none:
# the country of the meeting's language where that is clear. English is spoken in
# many countries, so the app asks instead (see ``needs_country``).
_LANGUAGE_COUNTRY = {"sv": "SE", "da": "DK"}
_SATURDAY = 5


def default_country(language: str, profile_country: str = "") -> str:
    """The country for a new meeting: the employer profile's, else its language's."""
    if profile_country:
        return profile_country
    return _LANGUAGE_COUNTRY.get(str(language), NO_COUNTRY)


def needs_country(language: str, profile_country: str = "") -> bool:
    """Whether the app should ask once which country's holidays count (English meetings
    of an employer whose profile does not say)."""
    return not default_country(language, profile_country)


def normal_country(code: object) -> str:
    """A two-letter country code in capitals, or NO_COUNTRY for anything else."""
    text = str(code or "").strip().upper()
    return text if len(text) == 2 and text.isascii() and text.isalpha() else NO_COUNTRY


def knows_country(code: str) -> bool:
    """Whether the public holidays of ``code`` (a normal_country code) are known: the
    named countries at once, any other by asking the ``holidays`` package (slow, once)."""
    if code in COUNTRIES:
        return True
    if not code:
        return False
    import holidays

    return code in holidays.list_supported_countries()


class DaysOffKeeper(Protocol):
    """Keeps the days off worked out before, between runs (the app's cache folder):
    the ``holidays`` package loads every country it knows on first use, a cost a
    command that writes one brief should not pay each time."""

    def get(self, key: str) -> frozenset[date] | None: ...

    def put(self, key: str, days: frozenset[date]) -> None: ...


_keeper: list[DaysOffKeeper | None] = [None]


def keep_days_off_in(keeper: DaysOffKeeper | None) -> None:
    """Let ``keeper`` remember the days off between runs (None: work them out each run)."""
    _keeper[0] = keeper
    days_off.cache_clear()


def days_off_key(country: str, year: int) -> str:
    """What the days off of ``country`` in ``year`` depend on, besides the package."""
    categories = rules.HOLIDAY_CATEGORIES.get(country, rules.HOLIDAY_CATEGORIES_DEFAULT)
    return f"{country}:{year}:{'+'.join(categories)}"


@cache
def days_off(country: str, year: int) -> frozenset[date]:
    """The public holidays (and days treated as such) of ``country`` in ``year``."""
    if not country:
        return frozenset()
    keeper, key = _keeper[0], days_off_key(country, year)
    if keeper is not None:
        kept = keeper.get(key)
        if kept is not None:
            return kept
    import holidays  # only when a deadline is first computed: start-up stays light

    categories = rules.HOLIDAY_CATEGORIES.get(country, rules.HOLIDAY_CATEGORIES_DEFAULT)
    try:
        found = frozenset(holidays.country_holidays(country, years=year, categories=categories))
    except (NotImplementedError, ValueError):
        # A country the package does not know: weekends only.
        found = frozenset()
    if keeper is not None:
        keeper.put(key, found)
    return found


@cache
def holiday_name(day: date, country: str, language: str = "en") -> str:
    """The name of the public holiday on ``day`` in ``country`` ("" on any other day), in
    ``language`` where the holidays package has the country's names in it, else in
    English. Loads the holidays package: asked only about a day already known to be off."""
    if not country or day not in days_off(country, day.year):
        return ""
    import holidays

    categories = rules.HOLIDAY_CATEGORIES.get(country, rules.HOLIDAY_CATEGORIES_DEFAULT)
    try:
        found = holidays.country_holidays(country, years=day.year, categories=categories)
    except (NotImplementedError, ValueError):
        return ""
    supported = getattr(found, "supported_languages", ()) or ()
    # Swedish names of Finland's holidays are "sv_FI"; English is the fallback.
    for choice in (language, f"{language}_{country}", "en_US"):
        if choice in supported:
            found = holidays.country_holidays(
                country, years=day.year, categories=categories, language=choice
            )
            break
    return str(found.get(day, ""))


def is_working_day(day: date, country: str = NO_COUNTRY) -> bool:
    """Not a Saturday, a Sunday or a day off in ``country``."""
    return day.weekday() < _SATURDAY and day not in days_off(country, day.year)


def next_working_day(day: date, country: str = NO_COUNTRY) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, country):
        day += timedelta(days=1)
    return day


def add_working_days(moment: datetime, days: int, country: str = NO_COUNTRY) -> datetime:
    """The same time of day ``days`` working days after ``moment``'s date.

    Zero days gives ``moment`` itself, moved on to the next working day if it falls on
    a day off. Time zone and wall-clock time are kept.
    """
    day = moment.date()
    if days <= 0:
        day = next_working_day(day, country)
    for _ in range(max(days, 0)):
        day = next_working_day(day + timedelta(days=1), country)
    return moment.replace(year=day.year, month=day.month, day=day.day)


def feedback_deadline(end: datetime, hours: int, country: str = NO_COUNTRY) -> datetime:
    """When an answer promised ``hours`` after a meeting that ended at ``end`` is due.

    Every full day of the promise is a working day (48 hours are two working days);
    hours left over are added after them, and a deadline that lands on a day off
    moves on to the next working day at the same time.
    """
    days, rest = divmod(max(hours, 0), rules.HOURS_PER_DAY)
    due = add_working_days(end, days, country)
    if rest:
        due = add_working_days(due + timedelta(hours=rest), 0, country)
    return due


def decision_working_days(calendar_days: int) -> int:
    """A promise of ``calendar_days`` days as working days: 14 days are ten working days."""
    if calendar_days <= 0:
        return 0
    return max(1, round(calendar_days * rules.WORKING_DAYS_PER_WEEK / rules.DAYS_PER_WEEK))


def decision_deadline(end: datetime, calendar_days: int, country: str = NO_COUNTRY) -> datetime:
    """When a decision promised ``calendar_days`` days after the meeting's end is due."""
    return add_working_days(end, decision_working_days(calendar_days), country)


def working_days_within(start: datetime, end: datetime, country: str = NO_COUNTRY) -> int:
    """The fewest working days after ``start`` by which ``end`` had come (0 when ``end``
    was within the same day's deadline); counts up to a limit, past which it says so."""
    for days in range(rules.WORKING_DAYS_COUNTED_MAX + 1):
        if end <= add_working_days(start, days, country):
            return days
    return rules.WORKING_DAYS_COUNTED_MAX + 1
