"""The team folder's inbox as a team meets it: files half-synced, conflict copies, other
people's files, a read-only folder, and a second look that imports nothing."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.domain.comments import add_comment
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.exchange import export_meeting
from meeting_planner.store import Store
from meeting_planner.teamfolder import State, apply_inbox, read_inbox, remember, share_meeting

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "store") as opened:
        yield opened


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "team"
    path.mkdir()
    return path


def _states(inbox) -> dict[str, State]:
    return {f.name: f.state for f in inbox.files}


def _everything(store: Store) -> dict[str, dict]:
    return {s.id: meeting_to_dict(store.meetings.get(s.id)) for s in store.meetings.list()}


def test_new_files_come_in_once_and_a_second_look_imports_nothing(store, folder) -> None:
    first, second = sample_meeting(NOW), sample_meeting(NOW)
    second.candidate.name = "Ola Nordmann"
    share_meeting(folder, first, "rita-1a2b3c")
    share_meeting(folder, second, "rita-1a2b3c")
    inbox = read_inbox(store, folder)
    assert sorted(_states(inbox).values()) == [State.NEW, State.NEW]
    assert {f.who for f in inbox.pending} == {"Sanna Järvinen", "Ola Nordmann"}
    saved = apply_inbox(store, inbox)
    assert len(saved) == 2 and len(store.meetings) == 2
    again = read_inbox(store, folder)
    assert set(_states(again).values()) == {State.IMPORTED}
    assert again.pending == []


def test_a_changed_plan_updates_the_meeting_and_an_older_copy_is_left_alone(store, folder) -> None:
    mine = sample_meeting(NOW)
    mine.role.team = "Platform"
    store.meetings.save(mine)
    old = folder / "old.meeting.json"
    old.write_bytes(export_meeting(mine, plan_only=True))
    theirs = store.meetings.get(mine.id)
    theirs.revision += 1
    theirs.role.team = "Payments"
    add_comment(theirs, "Shorter welcome", "Rita", NOW)
    share_meeting(folder, theirs, "rita-1a2b3c")
    inbox = read_inbox(store, folder)
    changed = next(f for f in inbox.files if f.state is State.CHANGED)
    assert changed.lines == [
        "Role › Team: “Platform” → “Payments”",
        "New comment by Rita on the whole plan: “Shorter welcome”",
    ]
    assert _states(inbox)["old.meeting.json"] is State.IMPORTED
    apply_inbox(store, inbox)
    assert [c.text for c in store.meetings.get(mine.id).comments] == ["Shorter welcome"]
    after = read_inbox(store, folder)
    assert _states(after)["old.meeting.json"] is State.OLDER
    assert after.pending == []


def test_partial_damaged_and_foreign_files_are_reported_and_change_nothing(store, folder) -> None:
    meeting = sample_meeting(NOW)
    store.meetings.save(meeting)
    whole = export_meeting(meeting)
    (folder / "cut.meeting.json").write_bytes(whole[: len(whole) // 2])
    (folder / "form.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    (folder / "notes.json").write_text('{"shopping": ["milk"]}', "utf-8")
    (folder / "agenda.docx").write_bytes(b"PK\x03\x04 not ours")
    (folder / ".syncthing.plan.meeting.json.tmp").write_bytes(whole[:10])
    (folder / "~$agenda.docx").write_bytes(b"lock")
    before = _everything(store)
    inbox = read_inbox(store, folder)
    assert _states(inbox) == {
        ".syncthing.plan.meeting.json.tmp": State.SYNCING,
        "agenda.docx": State.FOREIGN,
        "cut.meeting.json": State.DAMAGED,
        "form.pdf": State.DAMAGED,
        "notes.json": State.FOREIGN,
        "~$agenda.docx": State.SYNCING,
    }
    assert "not valid JSON" in next(f.detail for f in inbox.files if f.name == "cut.meeting.json")
    assert apply_inbox(store, inbox) == []
    assert _everything(store) == before
    # Once the engine has written the whole file, it is read again and comes in.
    theirs = store.meetings.get(meeting.id)
    theirs.revision += 1
    theirs.role.team = "Payments"
    (folder / "cut.meeting.json").write_bytes(export_meeting(theirs, plan_only=True))
    inbox = read_inbox(store, folder)
    assert _states(inbox)["cut.meeting.json"] is State.CHANGED
    apply_inbox(store, inbox)
    assert store.meetings.get(meeting.id).role.team == "Payments"


def test_a_conflict_copy_is_matched_by_its_content(store, folder) -> None:
    meeting = sample_meeting(NOW)
    path = share_meeting(folder, meeting, "rita-1a2b3c")
    same = folder / f"{path.stem.removesuffix('.meeting')} (1).meeting.json"
    shutil.copyfile(path, same)
    newer = store_copy = sample_meeting(NOW)
    newer.id = meeting.id
    newer.revision = 3
    newer.role.team = "Payments"
    other = folder / "plan (conflicted copy 2026-11-20).meeting.json"
    other.write_bytes(export_meeting(newer, plan_only=True))
    inbox = read_inbox(store, folder)
    assert sorted(f.state for f in inbox.files) == [State.NEW] * 3
    apply_inbox(store, inbox)
    assert len(store.meetings) == 1
    # Of two versions, the newer one is what the store keeps.
    assert store.meetings.get(meeting.id).role.team == "Payments"
    after = read_inbox(store, folder)
    assert _states(after)[other.name] is State.IMPORTED
    assert _states(after)[same.name] is State.OLDER
    assert store_copy.id == meeting.id


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX, not root")
def test_a_read_only_folder_is_read_and_refuses_a_share_with_a_message(store, folder) -> None:
    share_meeting(folder, sample_meeting(NOW), "rita-1a2b3c")
    folder.chmod(0o555)
    try:
        inbox = read_inbox(store, folder)
        assert [f.state for f in inbox.files] == [State.NEW]
        apply_inbox(store, inbox)
        assert len(store.meetings) == 1
        with pytest.raises(PermissionError):
            share_meeting(folder, sample_meeting(NOW), "maja-4d5e6f")
    finally:
        folder.chmod(0o755)


def test_a_read_only_folder_as_root_still_reads(store, folder) -> None:
    share_meeting(folder, sample_meeting(NOW), "rita-1a2b3c")
    folder.chmod(0o555)
    try:
        inbox = read_inbox(store, folder)
        assert [f.state for f in inbox.files] == [State.NEW]
        apply_inbox(store, inbox)
        assert len(store.meetings) == 1
    finally:
        folder.chmod(0o755)


def test_what_was_seen_is_not_read_again(store, folder, monkeypatch) -> None:
    for n in range(5):
        meeting = sample_meeting(NOW)
        meeting.candidate.name = f"Candidate {n}"
        share_meeting(folder, meeting, "rita-1a2b3c")
    apply_inbox(store, read_inbox(store, folder))
    from meeting_planner.teamfolder import inbox as inbox_module

    read: list[str] = []
    real = inbox_module.read_bounded
    monkeypatch.setattr(
        inbox_module,
        "read_bounded",
        lambda path, limit: (read.append(path.name), real(path, limit))[1],
    )
    again = read_inbox(store, folder)
    assert set(_states(again).values()) == {State.IMPORTED} and read == []
    # A meeting that changed since is judged again; its file alone is read.
    changed = store.meetings.get(again.files[0].meeting_id)
    changed.debrief.resonated = "The on-call rota"
    store.meetings.save(changed)
    remember(store, again)
    third = read_inbox(store, folder)
    assert set(_states(third).values()) == {State.IMPORTED}
    assert again.files[0].name in read


def test_deleting_a_meeting_forgets_what_the_inbox_saw_of_it(store, folder) -> None:
    meeting = sample_meeting(NOW)
    share_meeting(folder, meeting, "rita-1a2b3c")
    apply_inbox(store, read_inbox(store, folder))
    key = str(folder.resolve())
    assert any(e["meeting_id"] == meeting.id for e in store.seen_files.get(key).values())
    store.meetings.delete(meeting.id)
    assert store.seen_files.get(key) == {}


def _filled_form(meeting, person, notes: str) -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    from meeting_planner.export.debrief_form import REASONS, export_debrief_form

    writer = PdfWriter(
        clone_from=PdfReader(io.BytesIO(export_debrief_form(meeting, interviewer=person)))
    )
    writer.update_page_form_field_values(None, {REASONS: notes}, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_interviewers_forms_come_in_as_their_scorecards(store, folder) -> None:
    meeting = sample_meeting(NOW)
    store.meetings.save(meeting)
    aino, erik, maja = meeting.participants[:3]
    (folder / "aino.pdf").write_bytes(_filled_form(meeting, aino, "Strong on design"))
    shutil.copyfile(folder / "aino.pdf", folder / "aino (1).pdf")
    (folder / "erik.pdf").write_bytes(_filled_form(meeting, erik, "Wants more on testing"))
    gone = store.meetings.get(meeting.id)
    gone.remove_participant(maja.id)
    store.meetings.save(gone)
    (folder / "maja.pdf").write_bytes(_filled_form(meeting, maja, "Lovely"))
    inbox = read_inbox(store, folder)
    states = _states(inbox)
    assert states["aino.pdf"] is State.CHANGED and states["erik.pdf"] is State.CHANGED
    assert states["maja.pdf"] is State.FOREIGN
    assert "not on this meeting's panel" in next(
        f.detail for f in inbox.files if f.name == "maja.pdf"
    )
    apply_inbox(store, inbox)
    cards = {c.participant_id: c.notes for c in store.meetings.get(meeting.id).scorecards}
    assert cards == {aino.id: "Strong on design", erik.id: "Wants more on testing"}
    assert store.meetings.get(meeting.id).debrief.reasons == ""
    again = read_inbox(store, folder)
    assert {n: s for n, s in _states(again).items() if n != "maja.pdf"} == {
        "aino (1).pdf": State.IMPORTED,
        "aino.pdf": State.IMPORTED,
        "erik.pdf": State.IMPORTED,
    }


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_shared_file_may_be_read_by_whoever_may_read_the_folder(folder) -> None:
    folder.chmod(0o750)
    path = share_meeting(folder, sample_meeting(NOW), "rita-1a2b3c")
    assert path.stat().st_mode & 0o777 == 0o640
    folder.chmod(0o700)
    path = share_meeting(folder, sample_meeting(NOW), "rita-1a2b3c")
    assert path.stat().st_mode & 0o777 == 0o600
