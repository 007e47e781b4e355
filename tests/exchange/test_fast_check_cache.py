"""The compiled schema kept in the cache folder: a later run uses it from the first
file on, a copy that is damaged, foreign or made for another schema is never used,
and a cache that cannot be written only costs time."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from exchange_samples import make_full_meeting
from test_exchange_bad_files import BAD_FILES

from meeting_planner.exchange import (
    MeetingFileError,
    export_meeting,
    fast_check,
    parse_meeting_file,
)
from meeting_planner.exchange.fileformat import schema


@pytest.fixture(autouse=True)
def new_run() -> Iterator[None]:
    """Each test starts as a new run would: nothing compiled in memory."""
    fast_check.forget()
    yield
    fast_check.forget()


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the times the schema is compiled."""
    count: list[int] = []
    real = fast_check._compile

    def counted() -> Any:
        count.append(1)
        return real()

    monkeypatch.setattr(fast_check, "_compile", counted)
    return count


def _kept() -> list[Path]:
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "meeting-planner"
    return sorted(folder.glob("meeting-file-schema-*.bin"))


def _good() -> dict[str, Any]:
    return json.loads(export_meeting(make_full_meeting()))


def test_a_later_run_checks_its_first_file_with_the_kept_copy(compiles: list[int]) -> None:
    fast_check.compile_now()
    assert len(compiles) == 1 and len(_kept()) == 1
    fast_check.forget()
    assert fast_check.passes_quickly(_good()), "the first file waited for a compile"
    assert len(compiles) == 1, "the kept copy was compiled again"


def test_bad_files_read_the_same_with_the_kept_copy(compiles: list[int]) -> None:
    fast_check.compile_now()
    fast_check.forget()
    for name, data, message in BAD_FILES:
        with pytest.raises(MeetingFileError) as caught:
            parse_meeting_file(data)
        assert str(caught.value) == message, name
    assert fast_check.passes_quickly(_good()) and len(compiles) == 1, "the kept copy was not used"


def test_a_damaged_copy_is_compiled_again_and_replaced(compiles: list[int]) -> None:
    fast_check.compile_now()
    (kept,) = _kept()
    data = bytearray(kept.read_bytes())
    data[len(data) // 2] ^= 0xFF
    kept.write_bytes(bytes(data))
    fast_check.forget()
    fast_check.compile_now()
    assert len(compiles) == 2
    fast_check.forget()
    assert fast_check.passes_quickly(_good())
    assert len(compiles) == 2, "the replaced copy reads back"


def test_a_copy_cut_short_is_not_used(compiles: list[int]) -> None:
    fast_check.compile_now()
    (kept,) = _kept()
    kept.write_bytes(kept.read_bytes()[:1000])
    fast_check.forget()
    assert not fast_check.passes_quickly(_good()), "a cut copy was used"
    assert len(compiles) == 1


@pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX")
def test_a_copy_others_may_change_is_not_used(compiles: list[int]) -> None:
    fast_check.compile_now()
    (kept,) = _kept()
    kept.chmod(0o666)
    fast_check.forget()
    assert not fast_check.passes_quickly(_good()), "a copy anyone could change was run"


def test_another_schema_never_uses_this_schemas_copy(
    monkeypatch: pytest.MonkeyPatch, compiles: list[int]
) -> None:
    fast_check.compile_now()
    stricter = copy.deepcopy(schema())
    stricter["$defs"]["agendaBlock"]["properties"]["title"]["maxLength"] = 3
    monkeypatch.setattr(fast_check, "schema", lambda: stricter)
    fast_check.forget()
    assert not fast_check.passes_quickly(_good()), "the old schema's copy was used"
    check = fast_check.compile_now()
    assert len(compiles) == 2 and len(_kept()) == 1, "the old schema's copy is still kept"
    doc = _good()
    doc["meeting"]["agenda"] = [{"title": "Hi"}]
    assert fast_check.passes_quickly(doc) and check is fast_check.compile_now()
    doc["meeting"]["agenda"] = [{"title": "Welcome"}]
    assert not fast_check.passes_quickly(doc), "the new schema's copy is not the one in use"


def test_a_cache_that_cannot_be_written_only_costs_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, compiles: list[int]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert fast_check.passes_quickly(_good()) is False  # not compiled yet: the full check
    assert fast_check.compile_now() is not None
    assert fast_check.passes_quickly(_good())
    fast_check.forget()
    fast_check.compile_now()
    assert len(compiles) == 2, "nothing could be kept, so the next run compiles again"


def test_compiling_leaves_the_schema_as_it_was() -> None:
    before = copy.deepcopy(schema())
    fast_check.compile_now()
    assert schema() == before


def test_the_compiled_schema_holds_each_definition_where_it_is_referred_to() -> None:
    flat = fast_check._inlined(schema(), schema()["$defs"])
    flat.pop("$defs")
    assert "$ref" not in json.dumps(flat)
    block = schema()["$defs"]["agendaBlock"]
    expected = block | {"properties": block["properties"] | {"id": schema()["$defs"]["id"]}}
    assert flat["properties"]["meeting"]["properties"]["agenda"]["items"] == expected
    # Beside a reference stands only a description, which the inlined part keeps.
    closed_at = flat["properties"]["meeting"]["properties"]["closed_at"]
    assert closed_at == schema()["$defs"]["datetimeOrNull"] | {
        "description": schema()["$defs"]["meeting"]["properties"]["closed_at"]["description"]
    }


def test_a_reference_beside_other_checks_keeps_both() -> None:
    defs = {"short": {"type": "string", "maxLength": 3}}
    part = {"$ref": "#/$defs/short", "pattern": "^a", "description": "both apply"}
    assert fast_check._inlined(part, defs) == {
        "allOf": [
            {"type": "string", "maxLength": 3},
            {"pattern": "^a", "description": "both apply"},
        ]
    }


def test_a_definition_that_refers_to_itself_stays_a_reference() -> None:
    defs = {"node": {"type": "object", "properties": {"child": {"$ref": "#/$defs/node"}}}}
    flat = fast_check._inlined({"$ref": "#/$defs/node"}, defs)
    assert flat == {"type": "object", "properties": {"child": {"$ref": "#/$defs/node"}}}
