"""Every date and time in a meeting file is checked for a real day: the walk that finds
them follows a map made once from the schema, and finds exactly what a walk beside
the schema finds, in the file's order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from exchange_samples import make_full_meeting

from meeting_planner.domain.model import Meeting, Scorecard
from meeting_planner.domain.team import Comment
from meeting_planner.domain.templates import template_from_meeting
from meeting_planner.exchange import (
    MeetingFileError,
    export_meeting,
    export_template,
    parse_meeting_file,
)
from meeting_planner.exchange.fileformat import schema
from meeting_planner.exchange.validation import _datetimes, _meeting_datetimes

DATETIME_REFS = ("#/$defs/datetime", "#/$defs/datetimeOrNull")


def _beside_the_schema(
    value: Any, sub: dict[str, Any], path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every date and time in ``value``, found by walking the schema beside it."""
    if sub.get("$ref") in DATETIME_REFS:
        if isinstance(value, str):
            yield path, value
        return
    while "$ref" in sub:
        sub = schema()["$defs"][sub["$ref"].removeprefix("#/$defs/")]
    if isinstance(value, dict):
        for key, item in value.items():
            child = sub.get("properties", {}).get(key, sub.get("additionalProperties"))
            if isinstance(child, dict):
                yield from _beside_the_schema(item, child, (*path, key))
    elif isinstance(value, list) and isinstance(sub.get("items"), dict):
        for i, item in enumerate(value):
            yield from _beside_the_schema(item, sub["items"], (*path, i))


def _meeting() -> Meeting:
    """A meeting with a date and time in every field that may hold one."""
    meeting = make_full_meeting()
    person = meeting.participants[0].id
    meeting.scorecards = [Scorecard(participant_id=person, received_at=datetime(2025, 3, 12, 8))]
    meeting.comments = [
        Comment(text="Shorter pitch?", at=datetime(2025, 3, 1, 9, 15)),
        Comment(text="Agreed", at=None),
    ]
    meeting.debrief.feedback_sent_at = datetime(2025, 3, 12, 16, 0, 5)
    meeting.erased_at = datetime(2025, 5, 1, 0, 0)
    return meeting


def _content() -> dict[str, Any]:
    return json.loads(export_meeting(_meeting()))["meeting"]


def test_the_map_finds_every_date_a_walk_beside_the_schema_finds() -> None:
    content = _content()
    found = list(_datetimes(content, _meeting_datetimes(), ()))
    assert found == list(_beside_the_schema(content, schema()["$defs"]["meeting"], ()))
    fields = {path[0] if len(path) == 1 else ".".join(map(str, path)) for path, _ in found}
    assert {"start", "ended_at", "closed_at", "erased_at"} <= fields
    assert {"run.markers.0.at", "scorecards.0.received_at", "comments.0.at"} <= fields


def test_a_templates_dates_are_found_alike() -> None:
    doc = json.loads(export_template(template_from_meeting(_meeting(), name="plan")))
    plan = doc["template"]["meeting"]
    found = list(_datetimes(plan, _meeting_datetimes(), ("meeting",)))
    assert found == list(_beside_the_schema(plan, schema()["$defs"]["plan"], ("meeting",)))
    assert found, "a template's plan has its start"


def _paths() -> list[tuple[str | int, ...]]:
    return [path for path, _ in _datetimes(_content(), _meeting_datetimes(), ())]


@pytest.mark.parametrize("path", _paths(), ids=lambda p: ".".join(map(str, p)))
def test_a_day_that_does_not_exist_is_refused_wherever_it_stands(
    path: tuple[str | int, ...],
) -> None:
    doc = json.loads(export_meeting(_meeting()))
    target = doc["meeting"]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "2025-02-29T10:00"
    with pytest.raises(MeetingFileError) as refused:
        parse_meeting_file(json.dumps(doc).encode(), "plan.meeting.json")
    shown = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    assert str(refused.value) == (
        f"plan.meeting.json: {shown}: 2025-02-29T10:00 is not a real date and time"
    )
