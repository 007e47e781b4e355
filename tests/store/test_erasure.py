"""Complete erasure: after delete (or retention's erase) a candidate's data is in no file of
the data folder, live, backed up, put aside as damaged or temporary; other meetings and
their backups stay usable."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from erasure_scene import (
    MARK,
    NOW,
    build_scene,
    files_with,
    files_with_beside_deleted_ids,
    marked,
    shard_of,
)
from store_helpers import full_meeting

from meeting_planner.domain import rules
from meeting_planner.domain.model import (
    AgendaBlock,
    BlockKind,
    Concern,
    ConcernCategory,
    DeclineReason,
    MarkerKind,
    Meeting,
    Status,
)
from meeting_planner.store import Store, StoreReadOnly, restore


@pytest.fixture
def scene(store_dir: Path) -> tuple[Meeting, Meeting, Meeting]:
    return build_scene(store_dir)


def put_damaged_copies_aside(store_dir: Path, meeting_id: str) -> list[Path]:
    """Damage the live meetings and index files and let restore put them aside
    (unreadable, yet holding every byte they held)."""
    shard = shard_of(meeting_id)
    for name in (f"meetings-{shard:02d}.json", f"index-{shard:02d}.json"):
        path = store_dir / name
        path.write_bytes(path.read_bytes() + b"\x00garbage{")
    restore(store_dir)
    aside = sorted(store_dir.glob("*.damaged-*"))
    assert len(aside) == 2
    return aside


def test_the_marker_is_everywhere_before_erasure(store_dir: Path, scene) -> None:
    target, _, _ = scene
    shard = shard_of(target.id)
    holding = files_with(store_dir, MARK)
    assert f"meetings-{shard:02d}.json" in holding
    assert f"index-{shard:02d}.json" in holding
    assert f"backups/meetings-{shard:02d}.json.5" in holding


def test_delete_leaves_the_candidate_in_no_file(store_dir: Path, scene) -> None:
    target, neighbour, elsewhere = scene
    with Store(store_dir) as store:
        report = store.meetings.delete(target.id)
        assert not store.meetings.exists(target.id)
    assert files_with(store_dir, MARK) == []
    # Only the id stays, with the day, among the deleted meetings of its index file.
    assert files_with_beside_deleted_ids(store_dir, target.id) == []
    assert f"index-{shard_of(target.id):02d}.json" in files_with(store_dir, target.id)
    assert report.cleaned and not report.removed
    with Store(store_dir) as store:
        assert store.meetings.get(neighbour.id) == neighbour
        assert store.meetings.get(elsewhere.id) == elsewhere
        assert [s.id for s in store.meetings.list()] == [neighbour.id, elsewhere.id]


def test_delete_also_clears_damaged_copies_and_temporary_files(store_dir: Path, scene) -> None:
    target, neighbour, _ = scene
    aside = put_damaged_copies_aside(store_dir, target.id)
    assert all(MARK.encode() in path.read_bytes() for path in aside)
    shard = shard_of(target.id)
    # A damaged copy that still reads: cleaned, not deleted.
    readable = store_dir / f"meetings-{shard:02d}.json.damaged-20260101T000000"
    shutil.copyfile(store_dir / "backups" / f"meetings-{shard:02d}.json.2", readable)
    with Store(store_dir) as store:
        # Left by a save that crashed while the store was open.
        crashed = store_dir / f"meetings-{shard:02d}.json.tmp-0123abcd"
        crashed.write_bytes((store_dir / f"meetings-{shard:02d}.json").read_bytes())
        (store_dir / "backups" / f"index-{shard:02d}.json.tmp-copy").write_bytes(MARK.encode())
        report = store.meetings.delete(target.id)
    assert files_with(store_dir, MARK) == []
    assert sorted(report.removed) == aside
    assert all(not path.exists() for path in aside)
    assert readable in report.cleaned
    assert crashed in report.temporary
    assert any("cannot be read" in note for note in report.notes)
    kept = json.loads(readable.read_text(encoding="utf-8"))
    assert [d["id"] for d in kept["meetings"].values()] == [neighbour.id]


def test_every_backup_still_restores_the_other_meetings(store_dir: Path, scene) -> None:
    target, neighbour, _ = scene
    with Store(store_dir) as store:
        store.meetings.delete(target.id)
    shard = shard_of(target.id)
    backups = sorted((store_dir / "backups").glob(f"meetings-{shard:02d}.json.*"))
    assert len(backups) == rules.STORE_BACKUPS_KEPT
    for backup in backups:
        trial = store_dir.parent / f"trial-{backup.name}"
        shutil.copytree(store_dir, trial)
        live = trial / f"meetings-{shard:02d}.json"
        live.write_bytes(b"{broken")
        # Restore takes the newest backup that reads: make this one the newest.
        for newer in (trial / "backups").glob(f"meetings-{shard:02d}.json.*"):
            if newer.name != backup.name:
                newer.unlink()
        restore(trial)
        with Store(trial) as store:
            assert store.meetings.get(neighbour.id).candidate.name == "Neighbour Nilsson"
            assert not store.meetings.exists(target.id)
        assert files_with(trial, MARK) == []


def test_erase_keeps_anonymous_figures_and_leaves_no_personal_data(store_dir: Path, scene) -> None:
    target, neighbour, elsewhere = scene
    put_damaged_copies_aside(store_dir, target.id)
    with Store(store_dir) as store:
        report = store.meetings.erase([target.id], NOW)
        erased = store.meetings.get(target.id)
    assert files_with(store_dir, MARK) == []
    assert report.removed
    assert erased.erased_at == NOW
    assert erased.status == Status.CLOSED and erased.closed_at == target.closed_at
    assert erased.debrief.concerns == [Concern(ConcernCategory.COMPENSATION, "")]
    assert erased.outcome.decline_reasons == [DeclineReason(ConcernCategory.FLEXIBILITY, "", True)]
    assert [m.kind for m in erased.run.markers] == [MarkerKind.CONCERN]
    assert erased.debrief.ratings == [] and erased.debrief.shared_reason == ""
    assert erased.debrief.later_role is False, "a judgement about the person goes too"
    with Store(store_dir) as store:
        (summary,) = [s for s in store.meetings.list() if s.id == target.id]
        assert summary.candidate == "" and MARK not in summary.title
        assert store.meetings.get(neighbour.id) == neighbour
        assert store.meetings.get(elsewhere.id) == elsewhere
    shard = shard_of(target.id)
    backups = sorted((store_dir / "backups").glob(f"meetings-{shard:02d}.json.*"))
    assert len(backups) == rules.STORE_BACKUPS_KEPT
    for backup in backups:
        docs = json.loads(backup.read_text(encoding="utf-8"))["meetings"].values()
        kept = {d["id"]: d for d in docs}
        assert neighbour.id in kept
        assert kept[target.id]["erased_at"] is not None


def test_a_failed_delete_changes_nothing(store_dir: Path, scene) -> None:
    target, _, _ = scene
    with Store(store_dir, read_only=True) as store:
        with pytest.raises(StoreReadOnly, match="read-only"):
            store.meetings.delete(target.id)
    assert f"meetings-{shard_of(target.id):02d}.json" in files_with(store_dir, MARK)


def test_erase_of_many_is_one_step_and_keeps_agenda_shape(store_dir: Path) -> None:
    meetings = [marked(full_meeting(n), tag=str(n)) for n in range(3)]
    for meeting in meetings:
        meeting.agenda.append(AgendaBlock("Extra", BlockKind.TEAM, 10))
    with Store(store_dir) as store:
        store.meetings.save_many(meetings)
        store.meetings.erase([m.id for m in meetings], NOW)
        for meeting in meetings:
            erased = store.meetings.get(meeting.id)
            assert [(b.kind, b.minutes) for b in erased.agenda] == [
                (b.kind, b.minutes) for b in meeting.agenda
            ]
    assert files_with(store_dir, MARK) == []


def test_a_backup_that_cannot_be_rewritten_is_a_clear_error(
    store_dir: Path, scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meeting_planner.store import StoreError, erasure

    target, _, _ = scene

    def refuse(path: Path, data: bytes, why: str) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(erasure, "write_atomic", refuse)
    told = "Could not remove the candidate's data from .*backups"
    with Store(store_dir) as store:
        with pytest.raises(StoreError, match=told):
            store.meetings.delete(target.id)
