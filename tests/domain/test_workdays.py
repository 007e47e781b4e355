"""Working days: deadlines skip weekends and the public holidays of the employer's country,
the same rule wherever a date is shown or promised."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from meeting_planner.domain import rules, workdays
from meeting_planner.domain.library import builtin_template
from meeting_planner.domain.model import Candidate, Language, Meeting, Status
from meeting_planner.domain.sample import sample_meeting, sample_profile
from meeting_planner.domain.templates import meeting_from_template


def ended(end: datetime, country: str, *, language: Language = Language.EN) -> Meeting:
    return Meeting(
        title="Backend developer",
        start=end - timedelta(hours=1),
        planned_minutes=60,
        language=language,
        country=country,
        status=Status.HELD,
        candidate=Candidate(name="Alex Berg"),
        ended_at=end,
    )


def feedback_day(end: datetime, country: str) -> date:
    return ended(end, country).feedback_due.date()


def decision_day(end: datetime, country: str) -> date:
    return ended(end, country).decision_due.date()


# -- Sweden ---------------------------------------------------------------------------------


def test_a_swedish_meeting_on_23_december_is_not_due_at_christmas_or_on_epiphany() -> None:
    end = datetime(2026, 12, 23, 11, 0)  # Wednesday
    # 24 (Christmas Eve), 25, 26 and the weekend are off: Monday 28 and Tuesday 29 count.
    assert ended(end, "SE").feedback_due == datetime(2026, 12, 29, 11, 0)
    # New Year's Eve, New Year's Day and Epiphany (6 January) are off as well.
    assert decision_day(end, "SE") == date(2027, 1, 13)


@pytest.mark.parametrize(
    ("end", "due", "holiday"),
    [
        # Easter: Good Friday 3 April and Easter Monday 6 April 2026.
        (datetime(2026, 4, 2, 15, 0), date(2026, 4, 8), "Good Friday"),
        # Ascension Day, Thursday 14 May 2026.
        (datetime(2026, 5, 13, 15, 0), date(2026, 5, 18), "Ascension Day"),
        # Midsummer Eve, Friday 19 June 2026.
        (datetime(2026, 6, 18, 15, 0), date(2026, 6, 23), "Midsummer Eve"),
        # New Year's Eve and New Year's Day.
        (datetime(2026, 12, 30, 15, 0), date(2027, 1, 5), "New Year's Day"),
        # Epiphany, Wednesday 6 January 2027.
        (datetime(2027, 1, 4, 15, 0), date(2027, 1, 7), "Epiphany"),
        # National Day, Friday 6 June 2025.
        (datetime(2025, 6, 5, 15, 0), date(2025, 6, 10), "National Day"),
    ],
)
def test_swedish_holidays_are_skipped(end: datetime, due: date, holiday: str) -> None:
    assert feedback_day(end, "SE") == due
    skipped = [
        workdays.holiday_name(end.date() + timedelta(days=n), "SE")
        for n in range(1, (due - end.date()).days)
    ]
    assert holiday in skipped


def test_a_half_day_before_a_swedish_holiday_is_a_working_day() -> None:
    # Maundy Thursday is a half day in Sweden (but a holiday in Denmark).
    assert workdays.is_working_day(date(2026, 4, 2), "SE")
    assert not workdays.is_working_day(date(2026, 4, 2), "DK")


# -- Denmark --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("end", "due", "holiday"),
    [
        # Constitution Day, Friday 5 June 2026.
        (datetime(2026, 6, 4, 15, 0), date(2026, 6, 9), "Constitution Day"),
        # Maundy Thursday, Good Friday and Easter Monday 2026.
        (datetime(2026, 4, 1, 15, 0), date(2026, 4, 8), "Maundy Thursday"),
        # Whit Monday (Pentecost Monday), 25 May 2026 (a working day in Sweden).
        (datetime(2026, 5, 22, 15, 0), date(2026, 5, 27), "Pentecost Monday"),
        # Christmas Eve and Christmas Day.
        (datetime(2026, 12, 23, 15, 0), date(2026, 12, 29), "Christmas Eve"),
        # New Year's Eve and New Year's Day.
        (datetime(2026, 12, 30, 15, 0), date(2027, 1, 5), "New Year's Eve"),
    ],
)
def test_danish_holidays_are_skipped(end: datetime, due: date, holiday: str) -> None:
    assert feedback_day(end, "DK") == due
    names = " ".join(
        workdays.holiday_name(end.date() + timedelta(days=n), "DK")
        for n in range(1, (due - end.date()).days)
    )
    assert holiday.split()[0] in names


def test_the_country_decides_which_days_count() -> None:
    end = datetime(2026, 5, 22, 15, 0)  # Friday before Whitsun
    assert feedback_day(end, "SE") == date(2026, 5, 26)
    assert feedback_day(end, "DK") == date(2026, 5, 27)
    # No country: weekends only.
    assert feedback_day(end, "") == date(2026, 5, 26)
    # A code the holidays package does not know: weekends only, no error.
    assert feedback_day(end, "QQ") == date(2026, 5, 26)


# -- the rule itself ------------------------------------------------------------------------


def test_no_deadline_ever_falls_on_a_weekend_or_holiday_through_two_years() -> None:
    for country in ("SE", "DK"):
        day = datetime(2026, 1, 1, 16, 30)
        while day.year < 2028:
            m = ended(day, country)
            for due in (m.feedback_due, m.decision_due):
                assert workdays.is_working_day(due.date(), country), (country, day, due)
                assert due.time() == day.time()
            day += timedelta(days=1)


def test_the_promises_are_two_and_ten_working_days() -> None:
    assert rules.FEEDBACK_DUE_WORKING_DAYS == 2
    assert rules.DECISION_DUE_WORKING_DAYS == 10
    assert workdays.decision_working_days(rules.DECISION_DUE_DAYS) == 10
    assert workdays.decision_working_days(7) == 5
    assert workdays.decision_working_days(1) == 1
    assert workdays.decision_working_days(0) == 0


def test_hours_beyond_whole_days_are_added_and_a_day_off_moves_on() -> None:
    friday = datetime(2026, 5, 8, 15, 0)
    assert workdays.feedback_deadline(friday, 12, "") == datetime(2026, 5, 11, 3, 0)
    assert workdays.feedback_deadline(friday, 36, "") == datetime(2026, 5, 12, 3, 0)
    assert workdays.feedback_deadline(friday, 0, "") == friday
    saturday = datetime(2026, 5, 9, 15, 0)
    assert workdays.feedback_deadline(saturday, 0, "") == datetime(2026, 5, 11, 15, 0)
    assert workdays.feedback_deadline(saturday, 48, "") == datetime(2026, 5, 12, 15, 0)


def test_a_meeting_ending_on_a_holiday_counts_from_the_next_working_day() -> None:
    # Ends on Good Friday (rare, but a manager may log a meeting then).
    assert feedback_day(datetime(2026, 4, 3, 12, 0), "SE") == date(2026, 4, 8)


def test_holidays_are_read_once_per_country_and_year() -> None:
    workdays.days_off.cache_clear()
    for _ in range(3):
        workdays.is_working_day(date(2026, 12, 24), "SE")
        workdays.is_working_day(date(2027, 1, 6), "SE")
    info = workdays.days_off.cache_info()
    assert (info.misses, info.hits) == (2, 4)


def test_working_days_within_counts_how_long_an_answer_took() -> None:
    friday = datetime(2026, 5, 8, 15, 0)
    assert workdays.working_days_within(friday, datetime(2026, 5, 8, 16, 0)) == 1
    assert workdays.working_days_within(friday, datetime(2026, 5, 11, 14, 0)) == 1
    assert workdays.working_days_within(friday, datetime(2026, 5, 12, 15, 0)) == 2
    assert workdays.working_days_within(friday, datetime(2026, 5, 12, 15, 1)) == 3
    assert workdays.working_days_within(friday, friday) == 0


# -- where the country comes from -----------------------------------------------------------


def test_the_country_comes_from_the_profile_else_from_the_language() -> None:
    assert workdays.default_country("sv") == "SE"
    assert workdays.default_country("da") == "DK"
    assert workdays.default_country("en") == ""
    assert workdays.needs_country("en") and not workdays.needs_country("en", "GB")
    assert workdays.default_country("sv", "DK") == "DK"
    start = datetime(2026, 12, 4, 10, 0)
    for language, profile_country, expected in (
        (Language.SV, "", "SE"),
        (Language.DA, "", "DK"),
        (Language.EN, "", ""),
        (Language.EN, "SE", "SE"),
    ):
        template = builtin_template("candidate-meeting-60", language)
        assert template is not None
        profile = sample_profile()
        profile.country = profile_country
        made = meeting_from_template(
            template, candidate_name="Ana", role_title="Dev", start=start, profile=profile
        )
        assert made.country == expected


def test_the_sample_meeting_on_a_friday_is_answered_on_tuesday() -> None:
    meeting = sample_meeting(datetime(2026, 12, 3, 18, 0))  # a Thursday evening
    assert meeting.start == datetime(2026, 12, 4, 10, 0)  # Friday
    assert meeting.country == "SE"
    assert meeting.feedback_due == datetime(2026, 12, 8, 11, 30)  # Tuesday, not Sunday
    assert meeting.decision_due == datetime(2026, 12, 18, 11, 30)


def test_the_sample_meeting_is_never_planned_on_a_holiday() -> None:
    meeting = sample_meeting(datetime(2026, 12, 23, 18, 0))
    assert meeting.start == datetime(2026, 12, 28, 10, 0)


def test_a_country_set_by_hand_is_kept_as_a_code() -> None:
    meeting = Meeting()
    meeting.set_field("country", " dk ")
    assert meeting.country == "DK"
    meeting.set_field("country", "Denmark")
    assert meeting.country == ""
