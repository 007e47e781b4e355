"""The compiled schema is a shortcut only: whatever it lets through, the full validator
lets through too, and a bad file gets the same message with it as without it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from exchange_samples import make_full_meeting
from hypothesis import given, settings
from hypothesis import strategies as st
from test_exchange_bad_files import BAD_FILES

from meeting_planner.domain.templates import template_from_meeting
from meeting_planner.exchange import (
    MeetingFileError,
    export_meeting,
    export_template,
    parse_meeting_file,
)
from meeting_planner.exchange.fast_check import compile_now, passes_quickly
from meeting_planner.exchange.validation import _validator


@pytest.fixture(autouse=True)
def compiled() -> None:
    compile_now()


def _good() -> list[dict[str, Any]]:
    meeting = make_full_meeting()
    return [
        json.loads(export_meeting(meeting)),
        json.loads(export_meeting(meeting, plan_only=True)),
        json.loads(export_template(template_from_meeting(meeting, name="backend"))),
    ]


def test_good_files_take_the_shortcut() -> None:
    for doc in _good():
        assert passes_quickly(doc)


@pytest.mark.parametrize(
    ("data", "message"), [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES]
)
def test_bad_files_read_the_same_with_the_shortcut(data: bytes, message: str) -> None:
    with pytest.raises(MeetingFileError) as caught:
        parse_meeting_file(data)
    assert str(caught.value) == message


_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-10, max_value=10**10),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=5),
    st.just("\ud800"),
    st.just("2026-13-01T10:00"),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*path, i))
    return found


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_what_the_shortcut_accepts_the_full_validator_accepts(data: st.DataObject) -> None:
    doc = data.draw(st.sampled_from(_good()))
    paths = _paths(doc)[1:]
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        path = data.draw(st.sampled_from(paths))
        target = doc
        for key in path[:-1]:
            target = target[key]
        if data.draw(st.booleans()) and isinstance(target, dict):
            target.pop(path[-1], None)
        else:
            target[path[-1]] = data.draw(_VALUES)
        paths = _paths(doc)[1:]
        if not paths:
            break
    if passes_quickly(doc):
        assert list(_validator().iter_errors(doc)) == []
