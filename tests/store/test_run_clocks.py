"""Meeting mode's clocks beside the store: kept per meeting, atomic, forgiving when damaged,
refused when read-only, and forgotten with the meeting."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store, StoreReadOnly
from meeting_planner.store.run_clocks import RUN_CLOCKS_FILE

RECORD = {"version": 1, "elapsed": 12.5, "paused": False, "visits": [["b1", 0.0]]}


def test_a_clock_is_kept_per_meeting_until_forgotten(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store(data) as store:
        assert store.run_clocks.get("m1") is None
        store.run_clocks.save("m1", RECORD)
        store.run_clocks.save("m2", {**RECORD, "elapsed": 3.0})
    with Store(data) as store:
        assert store.run_clocks.get("m1") == RECORD
        store.run_clocks.delete("m1")
        store.run_clocks.delete("never-kept")
        assert store.run_clocks.get("m1") is None
        assert store.run_clocks.get("m2")["elapsed"] == 3.0
        store.run_clocks.delete("m2")
    # With no clock left, no file is left either.
    assert not (data / RUN_CLOCKS_FILE).exists()
    assert not list(data.glob(f"{RUN_CLOCKS_FILE}*"))


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe"])
def test_a_damaged_clocks_file_reads_as_empty_and_is_replaced(tmp_path: Path, content) -> None:
    data = tmp_path / "data"
    Store(data).close()
    (data / RUN_CLOCKS_FILE).write_bytes(content)
    with Store(data) as store:
        assert store.run_clocks.get("m1") is None
        store.run_clocks.save("m1", RECORD)
        assert store.run_clocks.get("m1") == RECORD


def test_a_read_only_store_keeps_no_clock(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store(data) as writer:
        writer.run_clocks.save("m1", RECORD)
        with Store(data, read_only=True) as reader:
            assert reader.run_clocks.get("m1") == RECORD
            with pytest.raises(StoreReadOnly):
                reader.run_clocks.save("m2", RECORD)
            with pytest.raises(StoreReadOnly):
                reader.run_clocks.delete("m1")


def test_deleting_a_meeting_forgets_its_clock(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting = sample_meeting(datetime(2026, 11, 23, 10))
    with Store(data) as store:
        store.meetings.save(meeting)
        store.run_clocks.save(meeting.id, RECORD)
        store.run_clocks.save("another", RECORD)
        store.meetings.delete(meeting.id)
        assert store.run_clocks.get(meeting.id) is None
        assert store.run_clocks.get("another") == RECORD
    assert meeting.id not in (data / RUN_CLOCKS_FILE).read_text(encoding="utf-8")
