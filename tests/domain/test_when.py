"""Dates typed the way people write them, in three languages and ISO, or a clear reason."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from meeting_planner.domain.when import WhenError, format_when_field, parse_when

NINTH = datetime(2026, 12, 9, 13, 0)


@pytest.mark.parametrize(
    "typed",
    [
        "9 Dec 2026 13:00",
        "Wed 9 Dec 2026, 13:00",
        "Wednesday 9 December 2026 at 13:00",
        "December 9, 2026 13:00",
        "13:00 9 Dec 2026",
        "2026-12-09 13:00",
        "2026-12-09T13:00",
        "2026-12-09 13.00",
        "9/12/2026 13:00",
        "9.12.2026 13.00",
        "onsdag 9 december 2026 kl. 13.00",
        "ons 9 dec. 2026 kl. 13.00",
        "onsdag den 9. december 2026 kl. 13.00",
        "9. dec. 2026 kl. 13.00",
        "  9   DEC   2026   13:00  ",
        "9 Dec 2026 1 pm",
        "Wed 9 Dec 2026, 1pm",
        "December 9, 2026 at 1:00 p.m.",
        "2026-12-09 1 pm",
    ],
)
def test_every_usual_way_of_writing_a_moment_is_read(typed: str) -> None:
    assert parse_when(typed) == NINTH


def test_the_twelve_hour_clock_has_its_midnight_and_noon() -> None:
    assert parse_when("9 Dec 2026 12 am") == datetime(2026, 12, 9, 0, 0)
    assert parse_when("9 Dec 2026 12:30 pm") == datetime(2026, 12, 9, 12, 30)
    assert parse_when("9 Dec 2026 11.45am") == datetime(2026, 12, 9, 11, 45)


def test_a_date_alone_keeps_the_time_it_had() -> None:
    assert parse_when("9 Dec 2026", time(10, 30)) == datetime(2026, 12, 9, 10, 30)
    with pytest.raises(WhenError, match="a time is missing"):
        parse_when("9 Dec 2026")


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "no date was typed"),
        ("banana 2026", "“banana” is not a month, a weekday or a time"),
        ("Thu 9 Dec 2026 13:00", "the weekday does not match the date"),
        ("31 Feb 2026 10:00", "there is no such day"),
        ("9 Dec 2026 25:00", "there is no such time of day"),
        ("9 Dec 2026 13 pm", "there is no such time of day"),
        ("9 Dec 2026 0 am", "there is no such time of day"),
        ("9 Dec 13:00", "a year is missing"),
        ("9999-12-20 10:00", "the year must be 1970 to 2200"),
        ("0001-01-01 10:00", "the year must be 1970 to 2200"),
    ],
)
def test_anything_else_says_why(typed: str, reason: str) -> None:
    with pytest.raises(WhenError) as error:
        parse_when(typed)
    assert str(error.value).startswith(reason)


def test_the_reason_comes_in_the_users_language() -> None:
    with pytest.raises(WhenError, match="^veckodagen stämmer inte med datumet$"):
        parse_when("tor 9 dec. 2026 kl. 13.00", language="sv")
    with pytest.raises(WhenError, match="^den dag findes ikke$"):
        parse_when("31. feb. 2026 kl. 10.00", language="da")


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "Wed 9 Dec 2026, 13:00"),
        ("sv", "ons 9 dec. 2026 kl. 13.00"),
        ("da", "ons 9. dec. 2026 kl. 13.00"),
    ],
)
def test_what_the_field_shows_is_read_back_exactly(language: str, shown: str) -> None:
    assert format_when_field(NINTH, language) == shown
    assert parse_when(shown) == NINTH
