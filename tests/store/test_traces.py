"""What the store keeps beside its meetings: the ids of deleted meetings (for the
retention period, nothing personal) and the filled forms applied to each meeting."""

from __future__ import annotations

import json
import zlib
from datetime import date, datetime
from pathlib import Path

from meeting_planner.domain import rules
from meeting_planner.domain.model import Decision
from meeting_planner.domain.retention import RETENTION_SETTING
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store

NOW = datetime(2026, 11, 20, 9, 0)


def index_of(folder: Path, meeting_id: str) -> Path:
    number = zlib.crc32(meeting_id.encode("utf-8")) % rules.STORE_SHARDS
    return folder / f"index-{number:02d}.json"


def test_a_deleted_meeting_is_remembered_by_its_id_and_day_alone(tmp_path: Path) -> None:
    meeting = sample_meeting(NOW)
    with Store(tmp_path) as store:
        store.meetings.save(meeting)
        assert store.meetings.deleted_on(meeting.id) is None
        store.meetings.delete(meeting.id)
        assert store.meetings.deleted_on(meeting.id) == date.today()
    with Store(tmp_path, read_only=True) as store:
        assert store.meetings.deleted_on(meeting.id) == date.today()
    rows = json.loads(index_of(tmp_path, meeting.id).read_text("utf-8"))["deleted"]
    assert list(rows.values()) == [{"id": meeting.id, "on": date.today().isoformat()}]
    # Stored again (imported on purpose): no longer deleted.
    with Store(tmp_path) as store:
        store.meetings.save(meeting)
        assert store.meetings.deleted_on(meeting.id) is None
    assert json.loads(index_of(tmp_path, meeting.id).read_text("utf-8"))["deleted"] == {}


def test_a_deletion_is_forgotten_once_the_retention_period_has_passed(tmp_path: Path) -> None:
    gone, other = sample_meeting(NOW), sample_meeting(NOW)
    with Store(tmp_path) as store:
        store.settings.set(RETENTION_SETTING, 6)
        store.meetings.save_many([gone, other])
        store.meetings.delete(gone.id)
    index = index_of(tmp_path, gone.id)
    content = json.loads(index.read_text("utf-8"))
    for row in content["deleted"].values():
        row["on"] = "2020-01-01"  # deleted long before the six months
    index.write_text(json.dumps(content), "utf-8")
    with Store(tmp_path) as store:
        assert store.meetings.deleted_on(gone.id) is None
        other.title = "Saved again"
        store.meetings.save(other)  # any save drops what is past the period
    assert gone.id not in index.read_text("utf-8")


def test_forms_applied_and_the_debriefs_last_change_are_kept_per_meeting(
    tmp_path: Path,
) -> None:
    meeting = sample_meeting(NOW)
    with Store(tmp_path) as store:
        store.meetings.save(meeting)
        assert store.meetings.form_trace(meeting.id).applied == ()
        assert store.meetings.form_trace(meeting.id).debrief_changed_ns == 0
        meeting.debrief.decision = Decision.REJECT
        store.meetings.save_many([meeting], forms={meeting.id: ["a" * 64]})
        trace = store.meetings.form_trace(meeting.id)
        assert trace.applied == ("a" * 64,) and trace.debrief_changed_ns > 0
        # A change to the plan alone is not a change to the debrief.
        meeting.title = "Renamed"
        store.meetings.save(meeting)
        assert store.meetings.form_trace(meeting.id).debrief_changed_ns == (
            trace.debrief_changed_ns
        )
        store.meetings.note_forms(meeting.id, ["b" * 64])
    with Store(tmp_path) as store:
        assert store.meetings.form_trace(meeting.id).applied == ("a" * 64, "b" * 64)
        store.meetings.erase([meeting.id], NOW)
        assert store.meetings.form_trace(meeting.id).applied == ()
    every = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert b"a" * 64 not in every and b"b" * 64 not in every


def test_deleting_takes_the_forms_record_out_of_every_copy(tmp_path: Path) -> None:
    meeting = sample_meeting(NOW)
    with Store(tmp_path) as store:
        meeting.debrief.decision = Decision.HOLD
        store.meetings.save_many([meeting], forms={meeting.id: ["c" * 64]})
        store.meetings.delete(meeting.id)
        assert store.meetings.form_trace(meeting.id).applied == ()
    every = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert b"c" * 64 not in every
