"""The employer's name on the meeting: filled from the profile, checked like the rest of the
plan, and a warning (never a stop) in the preflight when it is missing."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain import coach
from meeting_planner.domain.comments import field_target, target_label
from meeting_planner.domain.library import builtin_template
from meeting_planner.domain.model import Language
from meeting_planner.domain.plan_diff import describe_update
from meeting_planner.domain.preflight import blocking, check
from meeting_planner.domain.sample import sample_meeting, sample_profile
from meeting_planner.domain.serialize import copy_meeting
from meeting_planner.domain.templates import EmployerProfile, meeting_from_template

MONDAY = datetime(2026, 12, 7, 9, 0)


def _from_template(profile: EmployerProfile | None, language: Language = Language.EN):
    template = builtin_template("case-meeting-90", language)
    assert template is not None
    return meeting_from_template(
        template,
        candidate_name="Robin Dahl",
        role_title="Platform engineer",
        start=MONDAY,
        profile=profile,
    )


def test_a_new_meeting_takes_the_company_from_the_employer_profile() -> None:
    profile = sample_profile()
    profile.company = "  Nordvik Logistics "
    assert _from_template(profile).role.company == "Nordvik Logistics"
    assert _from_template(None).role.company == ""
    assert _from_template(EmployerProfile()).role.company == ""


def test_the_demo_meeting_names_its_company() -> None:
    assert sample_meeting(MONDAY).role.company == sample_profile().company == "Nordvik Logistics"


def test_no_company_is_a_warning_that_points_at_the_field() -> None:
    meeting = sample_meeting(MONDAY)
    assert check("agenda", meeting) == [] and check("invite", meeting) == []
    meeting.role.company = " "
    for document in ("agenda", "invite"):
        (issue,) = check(document, meeting)
        assert (issue.id, issue.target, issue.blocking) == ("no-company", "role.company", False)
        assert issue.message.startswith("The company's name is empty")
        assert blocking([issue]) == []
    # The letter is written by hand and signed in it; only the agenda and invite warn.
    letter = "Hello Sanna, thank you."
    assert check("letter", meeting, letter=letter, now=datetime(2026, 12, 8, 12)) == []


@pytest.mark.parametrize(
    ("language", "start"),
    [(Language.SV, "Företagets namn saknas"), (Language.DA, "Virksomhedens navn mangler")],
)
def test_the_warning_speaks_the_meetings_language(language: Language, start: str) -> None:
    meeting = sample_meeting(MONDAY)
    meeting.language = language
    meeting.role.company = ""
    (issue,) = check("agenda", meeting)
    assert issue.message.startswith(start)


def test_a_warning_does_not_hide_what_blocks() -> None:
    meeting = sample_meeting(MONDAY)
    meeting.role.company = ""
    meeting.location = "[Room]"
    issues = check("agenda", meeting)
    assert [i.id for i in issues] == ["placeholder", "no-company"]
    assert [i.id for i in blocking(issues)] == ["placeholder"]


def test_template_text_in_the_company_is_caught_by_the_coach_and_the_preflight() -> None:
    meeting = sample_meeting(MONDAY)
    meeting.role.company = "[Company name]"
    findings = [f for f in coach.review(meeting).findings if f.id == "placeholder"]
    assert [(f.target, f.message) for f in findings] == [
        (
            "role.company",
            "Template text is still in the company's name: [Company name]. "
            "Replace it with the real details.",
        )
    ]
    (issue,) = check("agenda", meeting)
    assert (issue.id, issue.target, issue.blocking) == ("placeholder", "role.company", True)
    assert issue.message == (
        "Template text would reach the candidate: [Company name] in the company's name."
    )


def test_a_changed_company_is_named_in_an_update_and_in_comments() -> None:
    before = sample_meeting(MONDAY)
    after = copy_meeting(before)
    after.role.company = "Nordvik Group"
    assert describe_update(before, after) == [
        "Role › Company: “Nordvik Logistics” → “Nordvik Group”"
    ]
    assert "Företag" in describe_update(before, after, "sv")[0]
    assert target_label(before, field_target("role.company")) == "field “Company”"
