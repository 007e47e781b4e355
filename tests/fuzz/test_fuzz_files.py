"""Fuzzing what arrives from outside: meeting files and filled forms. Whatever a file holds,
reading it either gives a meeting the rest of the app can use, or a one-line refusal: never
another exception. Marked slow; FUZZ_EXAMPLES raises the counts for a run by hand."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))

from exchange_samples import make_full_meeting  # noqa: E402
from form_filling import fill  # noqa: E402

from meeting_planner.domain.coach import review  # noqa: E402
from meeting_planner.domain.preflight import check  # noqa: E402
from meeting_planner.domain.sample import sample_meeting  # noqa: E402
from meeting_planner.exchange import MeetingFileError, export_meeting, parse_meeting_file
from meeting_planner.store.summary import MeetingSummary  # noqa: E402

pytestmark = pytest.mark.slow

# By hand: FUZZ_EXAMPLES=3000 python -m pytest tests/fuzz -p no:randomly
FILES = int(os.environ.get("FUZZ_EXAMPLES", "400"))
FORMS = max(20, FILES // 20)

NASTY = st.sampled_from(
    [
        "",
        " ",
        "\x1b[31mred\x1b[0m",
        "\u202eevil\u202c",
        "\ud800",
        "\udc80x",
        "\x00",
        "2026-02-30T10:00",
        "2026-12-09T13:00",
        "9999-12-31T23:59",
        "0000-01-01T00:00",
        "../../etc/passwd",
        "x" * 70,
        "x" * 20_001,
        "[placeholder]",
        "{salary}",
        "Łukasz Ę",
        "中文",
        "NaN",
        0,
        -1,
        1,
        2**63,
        4.0,
        1e308,
        True,
        False,
        None,
        [],
        {},
        [None],
        {"a": 1},
    ]
)
VALUES = st.recursive(
    st.one_of(NASTY, st.integers(), st.text(max_size=12), st.floats(allow_nan=False)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(value: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*path, i))
    return found


BASE = json.loads(export_meeting(make_full_meeting()))
PATHS = [p for p in _paths(BASE) if p]


def _apply(doc: Any, path: tuple, value: Any, action: str) -> None:
    target = doc
    for part in path[:-1]:
        target = target[part]
    last = path[-1]
    if action == "delete" and isinstance(target, dict):
        del target[last]
    elif action == "duplicate" and isinstance(target, list):
        target.append(json.loads(json.dumps(target[last])))
    else:
        target[last] = value


@settings(max_examples=FILES, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    edits=st.lists(
        st.tuples(
            st.sampled_from(PATHS), VALUES, st.sampled_from(["set", "set", "delete", "duplicate"])
        ),
        min_size=1,
        max_size=4,
    )
)
def test_a_meeting_file_is_used_or_refused_in_one_line(edits) -> None:
    doc = json.loads(json.dumps(BASE))
    for path, value, action in edits:
        try:
            _apply(doc, path, value, action)
        except (KeyError, IndexError, TypeError):
            continue
    try:
        data = json.dumps(doc, ensure_ascii=True).encode("ascii")
    except (TypeError, ValueError):
        return
    try:
        meeting = parse_meeting_file(data, "fuzz.meeting.json")
    except MeetingFileError as error:
        assert "\n" not in str(error) and str(error).startswith("fuzz.meeting.json: ")
        return
    # Accepted: everything the app does with a meeting works on it.
    if hasattr(meeting, "meeting"):
        meeting = meeting.meeting
    review(meeting)
    MeetingSummary.of(meeting)
    check("agenda", meeting)
    again = parse_meeting_file(export_meeting(meeting))
    assert export_meeting(again) == export_meeting(meeting)


@pytest.fixture(scope="module")
def form() -> bytes:
    from meeting_planner.export.debrief_form import export_debrief_form

    return export_debrief_form(sample_meeting(datetime(2026, 12, 7, 9, 0)))


def _field_names(pdf: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    return [n for n, f in fields.items() if f.get("/FT") == "/Tx"]


@settings(max_examples=FORMS, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_filled_form_is_imported_or_refused_in_one_line(form: bytes, data) -> None:
    from meeting_planner.export.debrief_import import DebriefFormError, apply_debrief_form

    names = _field_names(form)
    chosen = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=4, unique=True))
    text = {
        name: data.draw(
            st.one_of(
                st.text(max_size=40),
                st.sampled_from(["\x1b[2J", "\u202eabc", "9", "0", "-1", "four", "x" * 3000]),
            )
        )
        for name in chosen
    }
    try:
        filled = fill(form, text={k: v.replace("\x00", "") for k, v in text.items()})
    except Exception:  # noqa: BLE001 (the filler we borrow cannot write some texts)
        return
    meeting = sample_meeting(datetime(2026, 12, 7, 9, 0))
    try:
        changes = apply_debrief_form(meeting, filled)
    except DebriefFormError as error:
        assert "\n" not in str(error)
        return
    for line in changes:
        assert "\x1b" not in line and "\u202e" not in line
    review(meeting)
