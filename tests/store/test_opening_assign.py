"""A batch of meetings finds its openings as the meetings one by one would: the one a
meeting names, else the one of its role, else a new one that the next meeting of the
same role joins."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from meeting_planner.domain.model import Meeting, Role
from meeting_planner.domain.openings import Opening
from meeting_planner.store import Store

NOW = datetime(2026, 4, 1, 9, 0)


def _batch() -> list[Meeting]:
    return [
        Meeting(id="named", role=Role(title="Data engineer"), opening_id="op-data"),
        Meeting(id="same-role", role=Role(title="  backend   ENGINEER", team="payments")),
        Meeting(id="unknown-id", role=Role(title="Designer"), opening_id="op-from-file"),
        Meeting(id="new-role-1", role=Role(title="SRE", team="Platform")),
        Meeting(id="new-role-2", role=Role(title="sre", team="platform")),
        Meeting(id="designer", role=Role(title="Designer")),
    ]


def _store(folder: Path) -> Store:
    store = Store(folder)
    for opening_id, title, team in [
        ("op-data", "Data engineer", ""),
        ("op-b", "Backend engineer", "Payments"),
        ("op-a", "Backend Engineer", "Payments"),  # the same role; listed first
    ]:
        store.openings.save(Opening(title=title, team=team, created_at=NOW, id=opening_id))
    return store


def test_a_batch_finds_the_openings_the_meetings_would_find_one_by_one(tmp_path: Path) -> None:
    with _store(tmp_path / "batch") as store:
        batch = _batch()
        store.openings.assign_all(batch, NOW)
        by_batch = {m.id: m.opening_id for m in batch}
        kept = sorted((o.id, o.title, o.team) for o in store.openings.list())
    with _store(tmp_path / "one-by-one") as store:
        single = _batch()
        for meeting in single:
            store.openings.assign(meeting, NOW)
        one_by_one = {m.id: m.opening_id for m in single}

    assert by_batch["named"] == "op-data"
    assert by_batch["same-role"] == "op-a", "the first listed opening of the role"
    assert by_batch["unknown-id"] == by_batch["designer"] == "op-from-file"
    assert by_batch["new-role-1"] == by_batch["new-role-2"] not in {"op-a", "op-b", "op-data"}
    # New openings get new ids: the two runs agree on everything else.
    new = by_batch["new-role-1"]
    assert {k: v for k, v in by_batch.items() if v != new} == {
        k: v for k, v in one_by_one.items() if v != one_by_one["new-role-1"]
    }
    assert one_by_one["new-role-1"] == one_by_one["new-role-2"]
    assert kept == sorted(
        [
            ("op-a", "Backend Engineer", "Payments"),
            ("op-b", "Backend engineer", "Payments"),
            ("op-data", "Data engineer", ""),
            ("op-from-file", "Designer", ""),
            (new, "SRE", "Platform"),
        ]
    )


def test_the_openings_a_batch_made_are_there_after_reopening(tmp_path: Path) -> None:
    with _store(tmp_path / "data") as store, store.transaction():
        store.openings.assign_all(_batch(), NOW)
    with Store(tmp_path / "data") as store:
        assert {o.id for o in store.openings.list()} >= {"op-a", "op-b", "op-data", "op-from-file"}
        assert len(store.openings.list()) == 5
