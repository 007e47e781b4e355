"""The schema in resources is the file format's contract; it must agree with the domain."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import datetime
from enum import Enum
from typing import Any

import pytest
from exchange_samples import make_full_meeting
from jsonschema import Draft202012Validator

from meeting_planner.domain import model, rules
from meeting_planner.domain.templates import Template, template_from_meeting
from meeting_planner.exchange import (
    FORMAT_MEETING,
    FORMAT_TEMPLATE,
    FORMAT_VERSION,
    export_meeting,
    export_template,
    schema,
)

# The schema's definition for each dataclass a file holds.
DEFINITIONS: dict[type, str] = {
    model.Meeting: "meeting",
    model.Candidate: "candidate",
    model.Role: "role",
    model.SalaryRange: "salaryRange",
    model.Offer: "offer",
    model.Participant: "participant",
    model.AgendaBlock: "agendaBlock",
    model.CaseTask: "caseTask",
    model.Criterion: "criterion",
    model.Rating: "rating",
    model.Concern: "concern",
    model.Debrief: "debrief",
    model.DeclineReason: "declineReason",
    model.Outcome: "outcome",
    model.FollowUp: "followUp",
    model.BlockNote: "blockNote",
    model.Marker: "marker",
    model.MeetingRun: "meetingRun",
    model.InviteRecord: "inviteRecord",
    model.Comment: "comment",
    model.Scorecard: "scorecard",
}

# Whole-number fields and the rules' bounds they must carry.
RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("meeting", "planned_minutes"): (rules.PLANNED_MINUTES_MIN, rules.PLANNED_MINUTES_MAX),
    ("agendaBlock", "minutes"): (rules.BLOCK_MINUTES_MIN, rules.BLOCK_MINUTES_MAX),
    ("caseTask", "minutes"): (rules.CASE_MINUTES_MIN, rules.CASE_MINUTES_MAX),
    ("rating", "rating"): (rules.RATING_MIN, rules.RATING_MAX),
    ("debrief", "interest"): (rules.INTEREST_MIN, rules.INTEREST_MAX),
    ("scorecard", "interest"): (rules.INTEREST_MIN, rules.INTEREST_MAX),
    ("criterion", "rank"): (1, rules.CRITERIA_MAX),
    ("salaryRange", "minimum"): (0, rules.SALARY_MAX),
    ("salaryRange", "maximum"): (0, rules.SALARY_MAX),
    ("offer", "remote_days_per_week"): (0, rules.REMOTE_DAYS_MAX),
    ("followUp", "feedback_hours"): (1, rules.FOLLOW_UP_HOURS_MAX),
    ("followUp", "decision_days"): (1, rules.FOLLOW_UP_DAYS_MAX),
    ("marker", "elapsed_seconds"): (0, rules.MEETING_SECONDS_MAX),
    ("meeting", "revision"): (0, rules.REVISION_MAX),
}

# Free text that may run to paragraphs; every other text field is short.
LONG_TEXT = {
    ("candidate", "notes"),
    ("role", "ways_of_working"),
    ("offer", "flexibility"),
    ("offer", "work_life_balance"),
    ("agendaBlock", "internal_notes"),
    ("caseTask", "brief"),
    ("caseTask", "prepare"),
    ("caseTask", "real_work"),
    ("criterion", "description"),
    ("criterion", "good_evidence"),
    ("rating", "evidence"),
    ("rating", "shared"),
    ("debrief", "shared_reason"),
    ("concern", "text"),
    ("debrief", "resonated"),
    ("debrief", "competing_offers"),
    ("debrief", "reasons"),
    ("debrief", "feedback"),
    ("declineReason", "text"),
    ("blockNote", "text"),
    ("comment", "text"),
    ("scorecard", "resonated"),
    ("scorecard", "notes"),
}

LIST_LIMITS = {
    ("meeting", "agenda"): rules.AGENDA_MAX,
    ("meeting", "criteria"): rules.CRITERIA_MAX,
    ("debrief", "ratings"): rules.CRITERIA_MAX,
    ("meetingRun", "markers"): rules.MARKERS_MAX,
    ("meeting", "comments"): rules.COMMENTS_MAX,
    ("scorecard", "ratings"): rules.CRITERIA_MAX,
}


def _resolve(sub: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in sub:
        sub = schema()["$defs"][sub["$ref"].rsplit("/", 1)[-1]]
    return sub


def _fields() -> list[tuple[str, str, Any]]:
    found = []
    for cls, name in DEFINITIONS.items():
        hints = typing.get_type_hints(cls)
        found += [(name, f.name, hints[f.name]) for f in dataclasses.fields(cls)]
    return found


def _field_params() -> list[Any]:
    return [pytest.param(d, n, h, id=f"{d}.{n}") for d, n, h in _fields()]


def _split_optional(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0], len(args) < len(typing.get_args(hint))
    return hint, False


def _types(sub: dict[str, Any]) -> set[str]:
    kinds = sub.get("type", [])
    return {kinds} if isinstance(kinds, str) else set(kinds)


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_object_in_the_schema_refuses_unknown_fields() -> None:
    objects = [schema(), *(d for d in schema()["$defs"].values() if "properties" in d)]
    assert all(o["additionalProperties"] is False for o in objects)


# Fields the schema still accepts under an earlier name, read as their name now.
EARLIER_NAMES = {"criterion": {"evidence": "good_evidence"}}


@pytest.mark.parametrize("cls", list(DEFINITIONS), ids=lambda c: c.__name__)
def test_schema_has_exactly_the_fields_of_each_dataclass(cls: type) -> None:
    properties = schema()["$defs"][DEFINITIONS[cls]]["properties"]
    earlier = EARLIER_NAMES.get(DEFINITIONS[cls], {})
    assert set(properties) - set(earlier) == {f.name for f in dataclasses.fields(cls)}
    assert all(
        properties[old] == {**properties[new], "description": properties[old]["description"]}
        for old, new in earlier.items()
    )


def test_template_definition_has_the_shareable_template_fields() -> None:
    properties = set(schema()["$defs"]["template"]["properties"])
    assert properties == {f.name for f in dataclasses.fields(Template)} - {"builtin"}
    assert schema()["$defs"]["plan"]["properties"] == schema()["$defs"]["meeting"]["properties"]


@pytest.mark.parametrize(("definition", "name", "hint"), _field_params())
def test_field_type_agrees_with_the_dataclass(definition: str, name: str, hint: Any) -> None:
    sub = _resolve(schema()["$defs"][definition]["properties"][name])
    inner, optional = _split_optional(hint)
    assert ("null" in _types(sub)) == optional
    origin = typing.get_origin(inner)
    if dataclasses.is_dataclass(inner):
        assert sub is schema()["$defs"][DEFINITIONS[inner]]
    elif isinstance(inner, type) and issubclass(inner, Enum):
        assert [v for v in sub["enum"] if v is not None] == [m.value for m in inner]
    elif inner is datetime:
        assert "pattern" in sub and "string" in _types(sub)
    elif inner is bool:
        assert _types(sub) - {"null"} == {"boolean"}
    elif inner is int:
        assert "integer" in _types(sub)
        assert (sub["minimum"], sub["maximum"]) == RANGES[(definition, name)]
    elif inner is str and sub is schema()["$defs"]["id"]:
        assert sub["maxLength"] == rules.ID_MAX and sub["minLength"] == 1
        assert sub["pattern"] == f"^{rules.ID_PATTERN}$"
    elif inner is str:
        limit = rules.LONG_TEXT_MAX if (definition, name) in LONG_TEXT else rules.SHORT_TEXT_MAX
        assert _types(sub) == {"string"} and sub["maxLength"] == limit
    elif origin is list:
        assert _types(sub) == {"array"}
        assert sub["maxItems"] == LIST_LIMITS.get((definition, name), rules.LIST_MAX)
        (item,) = typing.get_args(inner)
        if item is str:
            assert _resolve(sub["items"])["maxLength"] == rules.SHORT_TEXT_MAX
        else:
            assert _resolve(sub["items"]) is schema()["$defs"][DEFINITIONS[item]]
    elif origin is dict:
        assert _types(sub) == {"object"}
    else:
        pytest.fail(f"no check for the type {inner!r}")


def test_every_whole_number_range_is_checked() -> None:
    ints = {(d, n) for d, n, h in _fields() if _split_optional(h)[0] is int}
    assert ints == set(RANGES)
    assert LONG_TEXT <= {(d, n) for d, n, h in _fields() if h is str}


def test_coach_overrides_are_exactly_the_coach_thresholds() -> None:
    overrides = schema()["$defs"]["coachOverrides"]["properties"]
    assert tuple(overrides) == rules.CoachThresholds.names()
    hints = typing.get_type_hints(rules.CoachThresholds)
    for name, sub in overrides.items():
        default = getattr(rules.DEFAULT_THRESHOLDS, name)
        assert sub["minimum"] <= default <= sub["maximum"]
        if hints[name] is float:
            assert sub["maximum"] == 1


def test_header_agrees_with_the_readers_constants() -> None:
    properties = schema()["properties"]
    assert properties["format"]["enum"] == [FORMAT_MEETING, FORMAT_TEMPLATE]
    assert properties["version"]["const"] == FORMAT_VERSION


def test_exported_files_are_valid_for_any_json_schema_validator() -> None:
    validator = Draft202012Validator(schema())
    template = template_from_meeting(make_full_meeting(), name="backend")
    for data in (
        export_meeting(make_full_meeting()),
        export_meeting(make_full_meeting(), plan_only=True),
        export_template(template),
    ):
        assert list(validator.iter_errors(json.loads(data))) == []
