"""Talking points that name the Role's and the Offer's facts read out their current values."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain.coach import review
from meeting_planner.domain.facts import fact_names, fill_facts, salary_text
from meeting_planner.domain.model import Language, Meeting, SalaryPeriod, SalaryRange
from meeting_planner.domain.sample import sample_meeting


def test_every_fact_reads_from_the_meeting() -> None:
    m = sample_meeting(datetime(2026, 12, 7, 9, 0))
    said = fill_facts(" | ".join("{" + name + "}" for name in fact_names()), m)
    assert "{" not in said and "[" not in said
    assert "52,000–64,000 SEK a month" in said
    assert "Python 3.12 with FastAPI, PostgreSQL 16" in said


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "52,000–64,000 SEK a month"),
        ("sv", "52\u00a0000–64\u00a0000 SEK i månaden"),
        ("da", "52.000–64.000 SEK om måneden"),
    ],
)
def test_a_salary_reads_the_way_each_language_writes_it(language: str, expected: str) -> None:
    salary = SalaryRange(52_000, 64_000, "SEK", SalaryPeriod.MONTH)
    assert salary_text(salary, language) == expected
    assert salary_text(SalaryRange(), language) == ""


def test_an_open_ended_salary_and_each_period_read_in_words() -> None:
    assert salary_text(SalaryRange(52_000, None, "SEK", SalaryPeriod.YEAR)) == (
        "52,000–… SEK a year"
    )
    assert salary_text(SalaryRange(None, 64, "EUR", SalaryPeriod.HOUR)) == "…–64 EUR an hour"


def test_an_empty_fact_reads_as_a_placeholder_and_the_coach_quotes_what_was_written() -> None:
    m = Meeting(language=Language.SV)
    assert fill_facts("Lön: {salary}.", m) == "Lön: [lönespann]."
    m.agenda = sample_meeting(datetime(2026, 12, 7, 9, 0)).agenda
    m.agenda[1].talking_points = ["Lön: {salary}. Teknik: {stack}. [Ett exempel]"]
    # The coach quotes what the user can find in the text, in the reader's language,
    # and says where the value comes from; template text beside it is quoted as it is.
    (finding,) = [
        f for f in review(m, language="en").findings if f.id == "placeholder" and "{" in f.message
    ]
    assert "{salary}, {stack}" in finding.message and "[Ett exempel]" in finding.message
    assert "[salary range]" not in finding.message and "[lönespann]" not in finding.message
    assert "Role or Offer tab" in finding.message
    m.offer.salary = SalaryRange(50_000, 60_000, "SEK", SalaryPeriod.MONTH)
    m.role.tech_stack = ["Python"]
    m.agenda[1].talking_points = ["Lön: {salary}. Teknik: {stack}."]
    assert not [f for f in review(m).findings if f.id == "placeholder" and "{" in f.message]


def test_unknown_braces_and_a_closing_full_stop() -> None:
    m = sample_meeting(datetime(2026, 12, 7, 9, 0))
    assert fill_facts("Keep {this} and {} as they are", m) == "Keep {this} and {} as they are"
    m.offer.work_life_balance = "40-hour weeks."
    assert fill_facts("Balance: {balance}, and more", m) == "Balance: 40-hour weeks, and more"


def test_the_coach_reads_a_pitch_through_its_facts() -> None:
    m = sample_meeting(datetime(2026, 12, 7, 9, 0))
    stack = m.agenda[1]
    stack.talking_points = ["Our stack: {stack}"]
    assert "pitch-facts-unused" not in {f.id for f in review(m).findings}
