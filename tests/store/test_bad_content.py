"""Store files that parse but do not hold what the app wrote, files that cannot be read,
and journals damaged or planted: each ends in a clear StoreError, and restore acts on
what does not load."""

from __future__ import annotations

import json
import time
import zlib
from pathlib import Path

import pytest
from store_helpers import full_meeting, snapshot

from meeting_planner.domain.model import Meeting
from meeting_planner.domain.rules import COUNTRY_ZONES
from meeting_planner.store import Store, StoreCorrupt, StoreError, restore
from meeting_planner.store import files as store_files
from meeting_planner.store.shards import fingerprint

SHARDS = 64


def shard_name(meeting_id: str, kind: str = "meetings") -> str:
    return f"{kind}-{zlib.crc32(meeting_id.encode()) % SHARDS:02d}.json"


@pytest.fixture
def stored(store_dir: Path) -> list[Meeting]:
    """Two meetings in two files, each saved twice, so every file has a good backup."""
    meetings = [full_meeting(1), full_meeting(2)]
    # Ids are random: one time in 64 both would land in the same file.
    while shard_name(meetings[1].id) == shard_name(meetings[0].id):
        meetings[1] = full_meeting(2)
    with Store(store_dir) as store:
        store.settings.set("colour", "blue")
        store.meetings.save_many(meetings)
        store.meetings.save_many(meetings)
    return meetings


def edit_json(path: Path, change) -> None:
    content = json.loads(path.read_text(encoding="utf-8"))
    change(content)
    path.write_text(json.dumps(content), encoding="utf-8")


def refused(store_dir: Path, *fragments: str) -> str:
    """Opening is refused as damaged, for writing and for reading, touching nothing."""
    before = snapshot(store_dir)
    for read_only in (False, True):
        with pytest.raises(StoreCorrupt) as caught:
            Store(store_dir, read_only=read_only)
        message = str(caught.value)
        assert all(fragment in message for fragment in fragments), message
        assert "meeting-planner restore" in message
    assert snapshot(store_dir) == before
    return message


def restores(store_dir: Path, name: str, meetings: list[Meeting]) -> None:
    """restore sees the file as damaged and brings back its backup; all is there again."""
    lines = restore(store_dir)
    assert any(line.startswith(f"{name}: damaged; kept as") for line in lines), lines
    with Store(store_dir) as store:
        assert sorted(s.id for s in store.meetings.list()) == sorted(m.id for m in meetings)
        assert store.settings.get("colour") == "blue"


@pytest.mark.parametrize(
    "content", [b"[]", b"42", b'"text"', b'{"meetings": 5}', b'{"meetings": {"1": 5}}']
)
@pytest.mark.parametrize("target", ["meetings", "index", "meta"])
def test_valid_json_of_the_wrong_shape_is_damage(
    store_dir: Path, stored: list[Meeting], target: str, content: bytes
) -> None:
    name = "meta.json" if target == "meta" else shard_name(stored[0].id, target)
    (store_dir / name).write_bytes(content)
    refused(store_dir, name, "not a Meeting Planner store file")
    restores(store_dir, name, stored)


def test_document_ids_that_are_not_numbers_are_damage(
    store_dir: Path, stored: list[Meeting]
) -> None:
    name = shard_name(stored[0].id)
    edit_json(store_dir / name, lambda c: c.update(meetings={"first": c["meetings"]["1"]}))
    refused(store_dir, name)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda doc: doc.pop("id"), id="no id"),
        pytest.param(lambda doc: doc.update(id=7), id="id a number"),
        pytest.param(lambda doc: doc.update(candidate=None), id="candidate null"),
        pytest.param(lambda doc: doc.update(agenda={"a": 1}), id="agenda not a list"),
        pytest.param(lambda doc: doc.update(start="soon"), id="start not a time"),
        pytest.param(lambda doc: doc.update(status="lost"), id="unknown status"),
        pytest.param(lambda doc: doc["debrief"].update(interest="high"), id="interest text"),
    ],
)
def test_a_meeting_that_does_not_load_makes_its_file_damaged(
    store_dir: Path, stored: list[Meeting], damage
) -> None:
    name = shard_name(stored[0].id)
    edit_json(store_dir / name, lambda c: [damage(doc) for doc in c["meetings"].values()])
    refused(store_dir, name, "meeting")
    restores(store_dir, name, stored)


def test_a_bad_meeting_behind_an_index_that_vouches_for_it_is_still_refused(
    store_dir: Path, stored: list[Meeting]
) -> None:
    """Even with the index's fingerprint made to match, reading the meeting refuses it
    as damage instead of failing wherever its missing candidate is first needed."""
    name = shard_name(stored[0].id)
    edit_json(
        store_dir / name, lambda c: [d.update(candidate=None) for d in c["meetings"].values()]
    )
    data = (store_dir / name).read_bytes()
    edit_json(
        store_dir / name.replace("meetings", "index"),
        lambda c: c["shard"].update({"1": fingerprint(data)}),
    )
    with Store(store_dir, read_only=True) as viewer:
        with pytest.raises(StoreCorrupt, match="does not read back"):
            viewer.meetings.get(stored[0].id)
    restores(store_dir, name, stored)


def test_a_meeting_in_a_file_it_does_not_belong_in_is_damage(
    store_dir: Path, stored: list[Meeting]
) -> None:
    first, second = (shard_name(m.id) for m in stored)
    assert first != second
    moved = json.loads((store_dir / second).read_text())["meetings"]["1"]
    edit_json(store_dir / first, lambda c: c["meetings"].update({"9": moved}))
    refused(store_dir, first, "belongs in another file")


def test_an_index_entry_that_does_not_load_is_damage(
    store_dir: Path, stored: list[Meeting]
) -> None:
    name = shard_name(stored[0].id, "index")
    edit_json(store_dir / name, lambda c: c["summaries"]["1"].update(start=None))
    refused(store_dir, name, "an index entry does not read back")
    lines = restore(store_dir)
    assert any(line.startswith(f"{name}: damaged") for line in lines)


def test_a_count_of_meeting_files_far_too_large_is_refused_at_once(
    store_dir: Path, stored: list[Meeting]
) -> None:
    """1,000,000 once made `list` run 30 s and take 1.2 GB."""
    edit_json(store_dir / "meta.json", lambda c: c["schema"]["1"].update(shards=1_000_000))
    started = time.monotonic()
    refused(store_dir, "meta.json", "it names 1000000 meeting files")
    assert time.monotonic() - started < 2
    restores(store_dir, "meta.json", stored)


def test_a_count_of_meeting_files_that_leaves_some_out_is_refused(
    store_dir: Path, stored: list[Meeting]
) -> None:
    """1 once hid every meeting in the other files without a word."""
    edit_json(store_dir / "meta.json", lambda c: c["schema"]["1"].update(shards=1))
    refused(store_dir, "meta.json", "it names 1 meeting files, but", "is there too")
    restores(store_dir, "meta.json", stored)


@pytest.mark.parametrize("shards", [0, -3, True, "64", 64.0, None])
def test_a_count_of_meeting_files_that_is_no_count_is_refused(
    store_dir: Path, stored: list[Meeting], shards: object
) -> None:
    edit_json(store_dir / "meta.json", lambda c: c["schema"]["1"].update(shards=shards))
    refused(store_dir, "meta.json")


@pytest.mark.parametrize(
    "row",
    [
        pytest.param({"key": 5, "value": 1}, id="setting key a number"),
        pytest.param({"value": 1}, id="setting without key"),
    ],
)
def test_a_setting_that_does_not_load_makes_the_meta_file_damaged(
    store_dir: Path, stored: list[Meeting], row: dict[str, object]
) -> None:
    edit_json(store_dir / "meta.json", lambda c: c["settings"].update({"1": row}))
    refused(store_dir, "meta.json", "a setting does not read back")


def test_a_template_that_does_not_load_makes_the_meta_file_damaged(
    store_dir: Path, stored: list[Meeting]
) -> None:
    bad = {"name": "x", "language": "en", "template": {"meeting": None}}
    edit_json(store_dir / "meta.json", lambda c: c.setdefault("templates", {}).update({"1": bad}))
    refused(store_dir, "meta.json", "a saved template does not read back")


@pytest.mark.parametrize("kind", ["meetings", "index"])
def test_a_folder_in_place_of_a_store_file_is_a_clear_error(
    store_dir: Path, stored: list[Meeting], kind: str
) -> None:
    name = shard_name(stored[0].id, kind)
    (store_dir / name).unlink()
    (store_dir / name).mkdir()
    with pytest.raises(StoreError, match=rf"^Cannot read {store_dir / name}: Is a directory\.$"):
        Store(store_dir)


def test_a_store_file_that_may_not_be_read_is_a_clear_error(
    store_dir: Path, stored: list[Meeting], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied (faked: the tests may run with every permission)."""
    name = shard_name(stored[0].id)
    real = store_files.read_store_file

    def denied(path: Path) -> bytes:
        if path.name == name:
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(store_files, "read_store_file", denied)
    with pytest.raises(StoreError, match=rf"^Cannot read .*{name}: Permission denied\.$"):
        Store(store_dir)


def test_a_store_file_far_larger_than_any_is_refused_before_it_is_read(
    store_dir: Path, stored: list[Meeting], monkeypatch: pytest.MonkeyPatch
) -> None:
    from meeting_planner.domain import rules

    name = shard_name(stored[0].id)
    path = store_dir / name
    path.write_bytes(path.read_bytes() + b" " * 10_000)
    size = path.stat().st_size
    assert all(p.stat().st_size < size for p in store_dir.glob("*.json") if p.name != name)
    monkeypatch.setattr(rules, "STORE_FILE_MAX_BYTES", size - 1)
    refused(store_dir, name, "far larger than any store file")


OUTSIDE = b"outside the store"


@pytest.mark.parametrize(
    "journal",
    [
        pytest.param(b'{"tx": 5, "files": []}', id="tag a number"),
        pytest.param(b'{"tx": "../../x", "files": ["meta.json"]}', id="tag a path"),
        pytest.param(b'{"tx": "abc", "files": ["../victim"]}', id="file outside"),
        pytest.param(b'{"tx": "abc", "files": [".."]}', id="file the parent"),
        pytest.param(b'{"tx": "abc", "files": ["lock"]}', id="not a store file"),
        pytest.param(b'{"tx": "abc", "files": ["meta.json", "meta.json"]}', id="twice"),
        pytest.param(b'{"tx": "abc", "files": "meta.json"}', id="files not a list"),
        pytest.param(b'{"tx": "abc", "files": [], "erase": {}}', id="erasures not a list"),
        pytest.param(
            b'{"tx": "abc", "files": [], "erase": [{"kind": "shred", "ids": ["a"], '
            b'"files": ["meta.json"]}]}',
            id="erasure of an unknown kind",
        ),
        pytest.param(
            b'{"tx": "abc", "files": [], "erase": [{"kind": "delete", "ids": ["a"], '
            b'"files": ["../victim"]}]}',
            id="erasure outside",
        ),
        pytest.param(
            b'{"tx": "abc", "files": [], "erase": [{"kind": "erase", "ids": ["a"], '
            b'"files": ["meta.json"], "at": "later"}]}',
            id="erasure with no time",
        ),
        pytest.param(b"[]", id="a list"),
        pytest.param(b'{"tx": "abc", ', id="cut off"),
    ],
)
def test_a_damaged_or_planted_journal_is_refused_and_moves_nothing(
    store_dir: Path, stored: list[Meeting], journal: bytes
) -> None:
    victim = store_dir.parent / "victim"
    victim.write_bytes(OUTSIDE)
    for temp in ("../victim.tmp-abc", "...tmp-abc", "meta.json.tmp-abc", "lock.tmp-abc"):
        (store_dir / temp).write_bytes(b"{}")
    (store_dir / "journal.json").write_bytes(journal)
    refused(store_dir, "journal.json")
    assert victim.read_bytes() == OUTSIDE
    lines = restore(store_dir)
    assert lines[0].startswith("journal.json: damaged; kept as journal.json.damaged-")
    assert victim.read_bytes() == OUTSIDE
    with Store(store_dir) as store:
        assert len(store.meetings) == len(stored)


def test_a_journal_whose_files_cannot_be_put_in_place_is_a_clear_error(
    store_dir: Path, stored: list[Meeting]
) -> None:
    name = shard_name(stored[0].id)
    (store_dir / f"{name}.tmp-abc").write_bytes((store_dir / name).read_bytes())
    (store_dir / name).unlink()
    (store_dir / name).mkdir()
    (store_dir / name / "something").write_text("in the way")
    (store_dir / "journal.json").write_text(json.dumps({"tx": "abc", "files": [name]}))
    with pytest.raises(StoreError, match=r"^An interrupted save in .* cannot be completed \("):
        Store(store_dir)
    assert (store_dir / f"{name}.tmp-abc").exists()


def test_an_index_written_before_its_rows_held_a_zone_is_rebuilt_once(
    store_dir: Path, stored: list[Meeting]
) -> None:
    """An index from before the zone column: its fingerprint has no format, so the
    store rebuilds it from the meetings when it opens, and the rows name the zone."""
    for meeting in stored:
        name = shard_name(meeting.id).replace("meetings", "index")

        def old(content: dict) -> None:
            for row in content["summaries"].values():
                row.pop("zone", None)
            for mark in content["shard"].values():
                mark.pop("index", None)

        edit_json(store_dir / name, old)
    with Store(store_dir) as store:
        zones = {s.id: s.zone for s in store.meetings.list()}
    expected = {m.id: (m.time_zone or COUNTRY_ZONES.get(m.country, "")) for m in stored}
    assert zones == expected
    for meeting in stored:
        index = json.loads(
            (store_dir / shard_name(meeting.id).replace("meetings", "index")).read_text()
        )
        assert all("zone" in row for row in index["summaries"].values())
