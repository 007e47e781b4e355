"""A zone's rules as a VTIMEZONE with yearly RRULEs, the form every calendar reads.

icalendar can describe a zone as a list of every change (RDATE), which some calendar
programs ignore; the zones people meet in change on rules such as "the last Sunday
of March at 02:00", written here as such. A zone whose changes follow no such rule
in the years around the meeting is left to icalendar's own description.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ..domain.plain import record

if TYPE_CHECKING:
    from icalendar import Timezone

# The years around the event whose changes the rules must reproduce.
YEARS_CHECKED = 2
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@record(frozen=True)
class Change:
    """One change of offset: the local wall-clock time it happens at (before it)."""

    local: datetime
    before: timedelta
    after: timedelta
    name: str
    dst: bool


def changes_in(zone: ZoneInfo, year: int) -> list[Change]:
    """Every change of the zone's offset during ``year``, in order."""
    found: list[Change] = []
    moment = datetime(year, 1, 1, tzinfo=ZoneInfo("UTC"))
    end = datetime(year + 1, 1, 1, tzinfo=ZoneInfo("UTC"))
    # A day at a time, then to the minute: zones change at most a few times a year.
    step = timedelta(days=1)
    while moment < end:
        following = moment + step
        before, after = moment.astimezone(zone), following.astimezone(zone)
        if before.utcoffset() != after.utcoffset():
            # Find the minute: offsets change on the minute.
            low, high = moment, following
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == before.utcoffset():
                    low = middle
                else:
                    high = middle
            # The change lies within the minute before ``high``, and on a whole minute.
            high = high.replace(second=0, microsecond=0)
            at = high.astimezone(zone)
            offset_before = before.utcoffset() or timedelta(0)
            found.append(
                Change(
                    local=(high + offset_before).replace(tzinfo=None),
                    before=offset_before,
                    after=at.utcoffset() or timedelta(0),
                    name=at.tzname() or "",
                    dst=bool(at.dst()),
                )
            )
        moment = following
    return found


def _follows(change: Change, other: Change) -> bool:
    """Whether ``other`` (another year) is the same rule at the same time of day."""
    return (
        _rrule(change) == _rrule(other)
        and change.local.time() == other.local.time()
        and (change.before, change.after) == (other.before, other.after)
    )


def rule_timezone(zone: ZoneInfo, around: datetime) -> Timezone | None:
    """A VTIMEZONE for ``zone`` with yearly rules, valid for the years around
    ``around``; None when its changes there follow no yearly rule."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    year = around.year
    this_year = changes_in(zone, year)
    for other in range(year - YEARS_CHECKED, year + YEARS_CHECKED + 1):
        changes = changes_in(zone, other)
        if len(changes) != len(this_year) or not all(
            _follows(a, b) for a, b in zip(this_year, changes, strict=True)
        ):
            return None
    if len(this_year) not in (0, 2):
        return None
    timezone = Timezone()
    timezone.add("tzid", zone.key)
    if not this_year:
        moment = datetime(year, 1, 1, tzinfo=zone)
        standard = TimezoneStandard()
        standard.add("dtstart", datetime(1970, 1, 1))
        offset = moment.utcoffset() or timedelta(0)
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", moment.tzname() or zone.key)
        timezone.add_component(standard)
        return timezone
    for change in this_year:
        part = TimezoneDaylight() if change.dst else TimezoneStandard()
        # The rule's first year is 1970: a calendar applies it to every year since.
        part.add(
            "dtstart", change.local.replace(year=1970, month=1, day=1) + _offset_in_1970(change)
        )
        part.add("rrule", _rrule(change))
        part.add("tzoffsetfrom", change.before)
        part.add("tzoffsetto", change.after)
        part.add("tzname", change.name)
        timezone.add_component(part)
    return timezone


def _offset_in_1970(change: Change) -> timedelta:
    """From 1 January 1970 to the rule's day in 1970, so DTSTART itself obeys the rule."""
    month = change.local.month
    days = [datetime(1970, month, d) for d in range(1, 32) if _valid(1970, month, d)]
    weekday = change.local.weekday()
    matching = [d for d in days if d.weekday() == weekday]
    last = (change.local + timedelta(days=7)).month != change.local.month
    chosen = matching[-1] if last else matching[(change.local.day - 1) // 7]
    return chosen - datetime(1970, 1, 1)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime(year, month, day)
    except ValueError:
        return False
    return True


def _rrule(change: Change) -> dict[str, object]:
    """The yearly rule that puts a change on its weekday of the month."""
    last = (change.local + timedelta(days=7)).month != change.local.month
    nth = -1 if last else (change.local.day - 1) // 7 + 1
    return {
        "FREQ": "YEARLY",
        "BYMONTH": change.local.month,
        "BYDAY": f"{nth}{_WEEKDAYS[change.local.weekday()]}",
    }
