"""The converters written out for each class read and write exactly what a plain walk
over the fields, value by value, reads and writes: on whole meetings, on dicts that
leave fields out or hold odd values, and on values of an unexpected type."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import datetime
from enum import Enum
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meeting_planner.domain.dataclass_dicts import (
    coerce,
    from_dict,
    reader_source,
    to_dict,
    writer_source,
)
from meeting_planner.domain.model import (
    AgendaBlock,
    BlockKind,
    DomainError,
    Meeting,
    Outcome,
    PitchTopic,
)
from meeting_planner.domain.openings import Opening
from meeting_planner.domain.sample import sample_meeting

# -- the plain walk the written-out converters must agree with --------------------------


def plain_to_dict(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain_to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, datetime):
        return obj.isoformat(timespec="minutes" if obj.second == 0 else "seconds")
    if isinstance(obj, list):
        return [plain_to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: plain_to_dict(v) for k, v in obj.items()}
    return obj


def plain_from_dict(cls: type, data: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    given = {}
    for field in dataclasses.fields(cls):
        if field.name in data:
            given[field.name] = plain_value(hints[field.name], data[field.name])
    return cls(**given)


def plain_value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        (hint,) = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return [plain_value(item, v) for v in value]
    if origin is dict:
        _, item = typing.get_args(hint)
        return {str(k): plain_value(item, v) for k, v in value.items()}
    if dataclasses.is_dataclass(hint):
        return value if isinstance(value, hint) else plain_from_dict(hint, value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if hint is datetime:
        return value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if hint is float:
        return float(value)
    if hint is int and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# -- whole meetings ---------------------------------------------------------------------


def _full() -> Meeting:
    meeting = sample_meeting(datetime(2026, 3, 2, 9))
    meeting.debrief.feedback_sent_at = datetime(2026, 3, 3, 10, 15, 7)
    meeting.outcome.survey_answers = {"Was it useful?": "Yes"}
    meeting.coach_overrides = {"min_sell_share": 0.3}
    return meeting


def test_a_meeting_is_written_as_the_plain_walk_writes_it() -> None:
    meeting = _full()
    written = to_dict(meeting)
    assert written == plain_to_dict(meeting)
    assert written["debrief"]["feedback_sent_at"] == "2026-03-03T10:15:07"
    assert json.loads(json.dumps(written)) == written, "not plain JSON"


def test_a_meeting_is_read_as_the_plain_walk_reads_it() -> None:
    meeting = _full()
    data = json.loads(json.dumps(to_dict(meeting)))
    assert from_dict(Meeting, data) == plain_from_dict(Meeting, data) == meeting


# A block's dict as files and older stores hold them: fields left out, whole numbers
# written as 4.0, null where a field may be empty, keys no version ever wrote.
_BLOCK_VALUES: dict[str, Any] = {
    "title": st.text(max_size=5),
    "kind": st.sampled_from([k.value for k in BlockKind]),
    "minutes": st.one_of(st.integers(1, 240), st.integers(1, 240).map(float)),
    "owner": st.text(max_size=5),
    "talking_points": st.lists(st.text(max_size=5), max_size=3),
    "topic": st.one_of(st.none(), st.sampled_from([t.value for t in PitchTopic])),
    "internal_notes": st.text(max_size=5),
    "id": st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True),
    "not_a_field": st.integers(),
}


@settings(max_examples=200)
@given(st.fixed_dictionaries({}, optional=_BLOCK_VALUES))
def test_a_partial_or_odd_block_is_read_as_the_plain_walk_reads_it(data: dict[str, Any]) -> None:
    read = from_dict(AgendaBlock, data)
    expected = plain_from_dict(AgendaBlock, data)
    if "id" not in data:
        expected.id = read.id  # a new id each time
    assert read == expected
    assert type(read.minutes) is int


@settings(max_examples=200)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "offer_made": st.booleans(),
            "result": st.sampled_from(["pending", "accepted", "declined"]),
            "decline_reasons": st.lists(
                st.fixed_dictionaries(
                    {"category": st.sampled_from(["compensation", "other"])},
                    optional={"text": st.text(max_size=5), "controllable": st.none()},
                ),
                max_size=2,
            ),
            "survey_answers": st.dictionaries(st.text(max_size=3), st.text(max_size=3)),
        },
    )
)
def test_nested_lists_and_maps_read_as_the_plain_walk_reads_them(data: dict[str, Any]) -> None:
    assert from_dict(Outcome, data) == plain_from_dict(Outcome, data)


# -- values of an unexpected type, and values no enum has --------------------------------


def test_a_value_of_another_type_than_its_field_is_written_by_its_own_type() -> None:
    block = AgendaBlock(title="Pitch", minutes=10)
    block.kind = "pitch"  # type: ignore[assignment]  (as an edit before coerce)
    block.talking_points = ["a", BlockKind.CASE]  # type: ignore[list-item]
    opening = Opening(title="Backend", created_at=datetime(2026, 1, 2, 3, 4, 5))
    for obj in (block, opening):
        assert to_dict(obj) == plain_to_dict(obj)
    assert to_dict(block)["talking_points"] == ["a", "case"]


@pytest.mark.parametrize("value", ["nope", ["pitch"], 3])
def test_a_value_no_enum_member_has_is_refused_as_the_enum_refuses_it(value: Any) -> None:
    with pytest.raises(Exception) as by_enum:
        BlockKind(value)
    with pytest.raises(type(by_enum.value)) as by_coerce:
        coerce(AgendaBlock, "kind", value)
    assert str(by_coerce.value) == str(by_enum.value)
    meeting = Meeting(agenda=[AgendaBlock(id="b1")])
    with pytest.raises(DomainError) as by_edit:
        meeting.set_field("agenda", [{"id": "b2", "kind": value}])
    assert str(by_edit.value) == f"agenda: {by_enum.value}"


def test_each_class_has_its_converters_written_out_field_by_field() -> None:
    writer, reader = writer_source(AgendaBlock), reader_source(AgendaBlock)
    for field in dataclasses.fields(AgendaBlock):
        assert f"o.{field.name}" in writer
        assert f"d[{field.name!r}]" in reader
    # Text fields are copied as they stand; the others are converted.
    assert "given['title'] = d['title']" in reader
    assert "given['kind'] = convert_kind(d['kind'])" in reader
