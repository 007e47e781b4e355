"""The store's check of a stored meeting, worked out once per hint, says of every
document what a walk that looks at the hints value by value says."""

from __future__ import annotations

import dataclasses
import json
import typing
from datetime import datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meeting_planner.domain.model import Meeting
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.store.checks import check_meeting, fits
from meeting_planner.store.errors import StoreCorrupt


def walked(hint: Any, value: Any) -> bool:
    """Whether ``value`` fits ``hint``, looking at the hint anew for every value."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, typing.get_origin(int | None)):
        args = typing.get_args(hint)
        if value is None:
            return type(None) in args
        return walked(next(a for a in args if a is not type(None)), value)
    if value is None:
        return False
    if origin is list:
        return isinstance(value, list) and all(walked(typing.get_args(hint)[0], v) for v in value)
    if origin is dict:
        item = typing.get_args(hint)[1]
        return isinstance(value, dict) and all(walked(item, v) for v in value.values())
    if not isinstance(hint, type):
        return True
    if dataclasses.is_dataclass(hint):
        hints = _field_hints(hint)
        return isinstance(value, dict) and all(
            walked(hints[name], v) for name, v in value.items() if name in hints
        )
    if issubclass(hint, Enum):
        return any(value == member.value for member in hint)
    if hint is datetime:
        try:
            datetime.fromisoformat(value)
        except (TypeError, ValueError):
            return False
        return isinstance(value, str)
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is str:
        return isinstance(value, str)
    return True


@cache
def _field_hints(cls: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in typing.get_type_hints(cls).items() if k in names}


def _stored() -> dict[str, Any]:
    meeting = sample_meeting(datetime(2026, 6, 1, 9))
    meeting.outcome.survey_answers = {"Useful?": "Yes"}
    meeting.coach_overrides = {"min_sell_share": 0.3}
    return json.loads(json.dumps(meeting_to_dict(meeting)))


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*path, i))
    return found


ODD_VALUES = [
    None,
    True,
    False,
    0,
    1,
    -1,
    1.5,
    "",
    "pitch",
    "2026-02-30T10:00",
    "2026-06-01T09:00",
    [],
    ["a"],
    [1],
    {},
    {"a": "b"},
    {"title": 2},
]


def test_every_value_changed_to_anything_fits_exactly_when_the_walk_says_so() -> None:
    doc = _stored()
    assert fits(Meeting, doc) and walked(Meeting, doc)
    for path in _paths(doc)[1:]:
        target = doc
        for key in path[:-1]:
            target = target[key]
        kept = target[path[-1]]
        for value in ODD_VALUES:
            target[path[-1]] = value
            assert fits(Meeting, doc) is walked(Meeting, doc), (path, value)
        target[path[-1]] = kept


@settings(max_examples=200)
@given(st.data())
def test_several_changes_and_removals_fit_exactly_when_the_walk_says_so(
    data: st.DataObject,
) -> None:
    doc = _stored()
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(doc)[1:]))
        target = doc
        for key in path[:-1]:
            target = target[key]
        if data.draw(st.booleans()) and isinstance(target, dict):
            target.pop(path[-1])
        else:
            target[path[-1]] = data.draw(st.sampled_from(ODD_VALUES))
    assert fits(Meeting, doc) is walked(Meeting, doc)


def test_a_stored_meeting_fits_and_a_damaged_one_is_named() -> None:
    doc = _stored()
    check_meeting(doc, Path("meetings-00.json"))
    doc["agenda"][2]["kind"] = "lecture"
    with pytest.raises(StoreCorrupt) as refused:
        check_meeting(doc, Path("meetings-00.json"))
    assert "does not read back" in str(refused.value)
