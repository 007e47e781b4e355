"""Hostile meeting files: every one is refused with one line naming the field, never a
traceback; `check` and `import` read a file the same way; and the published schema says
what the app accepts, checked on a generated corpus."""

from __future__ import annotations

import json
from typing import Any

import pytest
from exchange_samples import make_full_meeting
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from meeting_planner.exchange import MeetingFileError, export_meeting, parse_meeting_file, schema

Doc = dict[str, Any]
ID_RULE = (
    "must be an id of 1 to 64 letters (a-z, A-Z), digits, - and _, starting with a letter or digit"
)


def _doc() -> Doc:
    return json.loads(export_meeting(make_full_meeting()))


def _with(path: str, value: Any) -> bytes:
    doc = _doc()
    *parents, last = path.split(".")
    target: Any = doc["meeting"]
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[int(last) if last.isdigit() else last] = value
    # ensure_ascii keeps lone surrogates as \ud800 escapes, as a hostile tool would write them.
    return json.dumps(doc, ensure_ascii=True).encode("ascii")


HOSTILE: list[tuple[str, bytes, str]] = [
    (
        "lone high surrogate",
        _with("candidate.name", "Ana \ud800"),
        "candidate.name: holds a broken character",
    ),
    (
        "lone low surrogate",
        _with("agenda.1.title", "\udc80"),
        "agenda[1].title: holds a broken character",
    ),
    (
        "surrogate in a key",
        _with("outcome.survey_answers", {"q\ud800": "x"}),
        "outcome.survey_answers.q?: its name holds a broken character",
    ),
    (
        "30 February in closed_at",
        _with("closed_at", "2026-02-30T10:00"),
        "closed_at: 2026-02-30T10:00 is not a real date and time",
    ),
    (
        "30 February in ended_at",
        _with("ended_at", "2026-02-30T10:00"),
        "ended_at: 2026-02-30T10:00 is not a real date and time",
    ),
    (
        "31 April in erased_at",
        _with("erased_at", "2026-04-31T10:00"),
        "erased_at: 2026-04-31T10:00 is not a real date and time",
    ),
    (
        "impossible run start",
        _with("run.started_at", "2026-02-29T10:00"),
        "run.started_at: 2026-02-29T10:00 is not a real date and time",
    ),
    (
        "impossible marker time",
        _with("run.markers.0.at", "2025-02-29T10:00"),
        "run.markers[0].at: 2025-02-29T10:00 is not a real date and time",
    ),
    (
        "year 0",
        _with("start", "0000-01-01T10:00"),
        "start: must be a date and time like 2024-05-14T09:30 in the years 1970 to 2200",
    ),
    (
        "year 9999",
        _with("start", "9999-12-31T23:59"),
        "start: must be a date and time like 2024-05-14T09:30 in the years 1970 to 2200",
    ),
    (
        "date with a newline",
        _with("ended_at", "2025-03-11T10:50\n"),
        "ended_at: must be a date and time like 2024-05-14T09:30 in the years 1970 to 2200"
        " or empty (null)",
    ),
    ("empty meeting id", _with("id", ""), "id: " + ID_RULE),
    ("NUL in an id", _with("id", "abc\u0000def"), "id: " + ID_RULE),
    ("id of 300 characters", _with("id", "a" * 300), "id: " + ID_RULE),
    ("id like a path", _with("id", "../../etc/passwd"), "id: " + ID_RULE),
    ("id of spaces", _with("id", "   "), "id: " + ID_RULE),
    (
        "participant id with a slash",
        _with("participants.0.id", "p/1"),
        "participants[0].id: " + ID_RULE,
    ),
    (
        "salary minimum above maximum",
        _with(
            "offer.salary", {"minimum": 7000, "maximum": 5000, "currency": "SEK", "period": "month"}
        ),
        "offer.salary.minimum: 7000 is above the maximum, 5000",
    ),
    (
        "answer due after 0 hours",
        _with("follow_up.feedback_hours", 0),
        "follow_up.feedback_hours: must be a whole number from 1 to 1440",
    ),
    (
        "decision after 0 days",
        _with("follow_up.decision_days", 0),
        "follow_up.decision_days: must be a whole number from 1 to 365",
    ),
]


@pytest.mark.parametrize(("data", "message"), [pytest.param(d, m, id=n) for n, d, m in HOSTILE])
def test_a_hostile_file_is_refused_with_one_line_naming_the_field(
    data: bytes, message: str
) -> None:
    with pytest.raises(MeetingFileError) as error:
        parse_meeting_file(data, "hostile.meeting.json")
    assert str(error.value) == f"hostile.meeting.json: {message}"
    assert "\n" not in str(error.value)


def test_a_whole_number_written_as_4_0_is_read_as_4() -> None:
    meeting = parse_meeting_file(_with("agenda.0.minutes", 4.0))
    assert meeting.agenda[0].minutes == 4 and type(meeting.agenda[0].minutes) is int


# -- the published schema and the app agree -----------------------------------------------

# What only the app checks, because JSON Schema cannot say it (the schema's description
# lists these): rules across fields, and that a date is a real day.
CROSS_FIELD = (
    "is already used by",
    "no criterion of this meeting has id",
    "is rated twice",
    "is above the maximum",
    "is not a real date and time",
)
PATHS = [
    "title",
    "start",
    "planned_minutes",
    "id",
    "ended_at",
    "closed_at",
    "candidate.name",
    "agenda.0.minutes",
    "agenda.1.id",
    "agenda.2.title",
    "participants.0.id",
    "criteria.0.id",
    "criteria.1.rank",
    "debrief.ratings.0.criterion_id",
    "debrief.ratings.0.rating",
    "offer.salary.minimum",
    "offer.salary.maximum",
    "follow_up.feedback_hours",
    "run.markers.0.at",
    "status",
]
VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "x" * 301,
            "\ud800",
            "2026-02-30T10:00",
            "2026-12-09T13:00",
            "2026-12-09T13:00\n",
            "9999-01-01T00:00",
            "../x",
            "abc",
            "a" * 64,
            "a" * 65,
            0,
            1,
            4.0,
            4.5,
            -1,
            10**12,
            True,
            None,
            [],
            {},
            "planned",
            "p1",
            "c1",
        ]
    ),
    st.integers(min_value=-5, max_value=100_000),
    st.text(max_size=8),
)


def _standard() -> Draft202012Validator:
    return Draft202012Validator(schema())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(st.tuples(st.sampled_from(PATHS), VALUES), min_size=1, max_size=3))
def test_what_the_app_accepts_the_published_schema_accepts(changes) -> None:
    doc = _doc()
    for path, value in changes:
        *parents, last = path.split(".")
        target: Any = doc["meeting"]
        try:
            for part in parents:
                target = target[int(part)] if part.isdigit() else target[part]
            target[int(last) if last.isdigit() else last] = value
        except (IndexError, KeyError, TypeError):
            continue
    data = json.dumps(doc, ensure_ascii=True).encode("ascii")
    schema_ok = _standard().is_valid(json.loads(data))
    try:
        parse_meeting_file(data)
    except MeetingFileError as error:
        if schema_ok:
            assert any(rule in str(error) for rule in CROSS_FIELD), str(error)
        return
    assert schema_ok, "the app took a file the published schema refuses"
