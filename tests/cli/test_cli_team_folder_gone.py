"""The team folder after a meeting is deleted or erased, and after a form is imported:
nothing the store let go comes back, and an old form never undoes a later change."""

from __future__ import annotations

import io
import json
import os
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from meeting_planner.cli import main
from meeting_planner.domain.model import Status
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.export.debrief_form import DECISION, FEEDBACK, export_debrief_form
from meeting_planner.store import Store

NAME = "Łukasz Żółć"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def files_with(folder: Path, text: str) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and text.encode() in p.read_bytes()
    )


@pytest.fixture
def team(capsys, tmp_path: Path) -> tuple[Path, tuple[str, ...], tuple[str, ...], str]:
    """Two stores sharing one meeting with Łukasz through a team folder: each wrote its
    own file of it."""
    folder = tmp_path / "team"
    folder.mkdir()
    me, colleague = ("--data-dir", str(tmp_path / "me")), ("--data-dir", str(tmp_path / "them"))
    meeting = sample_meeting(datetime(2026, 11, 20, 9, 0))
    meeting.candidate.name = NAME
    with Store(tmp_path / "me") as store:
        store.meetings.save(meeting)
    assert run(capsys, *me, "team-folder", str(folder))[0] == 0
    assert run(capsys, *me, "share", meeting.id, "--as", "Maja")[0] == 0
    assert run(capsys, *colleague, "team-folder", str(folder))[0] == 0
    assert "Applied: 1 file" in run(capsys, *colleague, "inbox", "--apply")[1]
    assert run(capsys, *colleague, "share", meeting.id, "--as", "Rita")[0] == 0
    assert len(list(folder.glob(f"*{meeting.id}*"))) == 2
    return folder, me, colleague, meeting.id


def test_a_deleted_meeting_stays_deleted_and_its_own_file_leaves_the_folder(
    capsys, team, tmp_path: Path
) -> None:
    folder, me, _colleague, meeting_id = team
    code, out, _ = run(capsys, *me, "delete", meeting_id, "--yes", "--no-cancellation")
    assert code == 0
    assert "Removed your shared file from the team folder." in out
    (theirs,) = folder.glob(f"*{meeting_id}*")
    assert ".rita-" in theirs.name
    assert f"{theirs.name} in the team folder is someone else's copy" in out

    for _ in range(2):
        code, out, _ = run(capsys, *me, "inbox", "--apply")
        assert code == 0
        assert f"deleted   {theirs.name}: belongs to a meeting you deleted; left alone" in out
        assert "Applied" not in out and "new" not in out
        assert out.splitlines()[-1] == "1 left alone (deleted meeting)"
    assert json.loads(run(capsys, *me, "list", "--json")[1]) == []
    # Nothing about the candidate is kept to do this: only the id, in no file with a name.
    assert files_with(tmp_path / "me", "Żółć") == []
    assert files_with(tmp_path / "me", "lukasz") == []

    # A file of the deleted meeting is said to be one in Swedish and Danish too.
    out = run(capsys, *me, "--language", "sv", "inbox")[1]
    assert "tillhör ett möte som du har raderat; lämnas orörd" in out
    out = run(capsys, *me, "--language", "da", "inbox")[1]
    assert "hører til et møde, som du har slettet; røres ikke" in out


def test_a_meeting_deleted_while_the_folder_is_away_leaves_it_on_the_next_look(
    capsys, team, tmp_path: Path
) -> None:
    folder, me, _colleague, meeting_id = team
    (mine,) = folder.glob(f"*{meeting_id}.maja-*")
    away = tmp_path / "away"
    folder.rename(away)
    code, out, _ = run(capsys, *me, "delete", meeting_id, "--yes", "--no-cancellation")
    assert code == 0
    assert f"The team folder {folder} cannot be reached" in out
    assert f"your shared file may still be in it: {mine.name}" in out
    away.rename(folder)
    code, out, _ = run(capsys, *me, "inbox")
    assert f"removed   {mine.name}: your file of a meeting deleted or erased" in out
    assert not mine.exists()
    assert [p.name for p in folder.glob(f"*{meeting_id}*")] != []  # the colleague's stays


def test_retention_erasure_takes_the_own_file_out_of_the_folder(
    capsys, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    old = sample_meeting(datetime(2020, 3, 2, 9, 0))
    old.candidate.name = "Old Aerased"
    old.status, old.closed_at = Status.CLOSED, datetime(2020, 4, 1, 9, 0)
    with Store(Path(os.environ["MEETING_PLANNER_DATA_DIR"])) as store:
        store.meetings.save(old)
    run(capsys, "team-folder", str(folder))
    run(capsys, "share", old.id, "--as", "me")
    (shared,) = folder.glob(f"old-aerased-{old.id}.me-*.meeting.json")
    code, out, _ = run(capsys, "retention", "--apply", "--yes")
    assert code == 0 and "Erased the personal data of 1 meeting" in out
    assert "Removed your shared file from the team folder." in out
    assert not shared.exists() and files_with(folder, "Aerased") == []
    # What another store still shares of it is refused as erased, as before.
    (folder / "copy.meeting.json").write_bytes(shared_bytes(old))
    out = run(capsys, "inbox", "--apply")[1]
    assert "erased    copy.meeting.json" in out and "Applied" not in out


def shared_bytes(meeting) -> bytes:
    from meeting_planner.exchange import export_meeting

    return export_meeting(meeting, plan_only=True)


def _filled(meeting_pdf: bytes, decision: str, feedback: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(meeting_pdf)))
    writer.update_page_form_field_values(None, {FEEDBACK: feedback}, auto_regenerate=False)
    for page in writer.pages:
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            parent = annot.get("/Parent")
            if parent is None or parent.get_object()["/T"] != DECISION:
                continue
            parent.get_object()[NameObject("/V")] = NameObject("/" + decision)
            mine = [k for k in annot["/AP"]["/N"] if k != "/Off"][0]
            annot[NameObject("/AS")] = NameObject(mine if mine == "/" + decision else "/Off")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_imported_form_in_the_folder_never_undoes_a_later_change(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    meeting = sample_meeting(datetime(2026, 11, 20, 9, 0))
    meeting.candidate.name = NAME
    with Store(Path(os.environ["MEETING_PLANNER_DATA_DIR"])) as store:
        store.meetings.save(meeting)
    run(capsys, "team-folder", str(folder))
    blank = export_debrief_form(meeting)
    form = folder / "filled-fitz.pdf"
    form.write_bytes(_filled(blank, "reject", "Old letter"))
    code, out, err = run(capsys, "debrief-import", meeting.id, str(form))
    assert code == 0, err
    assert "Decision: reject" in out

    # The decision and the letter change afterwards, through an edited meeting file.
    edited = tmp_path / "edited.meeting.json"
    run(capsys, "export-meeting", meeting.id, "-o", str(edited))
    data = json.loads(edited.read_text(encoding="utf-8"))
    data["meeting"]["debrief"].update(decision="hold", feedback="New letter")
    edited.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "import", str(edited), "--yes")
    assert code == 0, err

    for _ in range(2):
        code, out, _ = run(capsys, "inbox", "--apply")
        assert "filled-fitz.pdf" in out and "already imported" in out
        assert "changed" not in out and "Applied" not in out
        shown = json.loads(run(capsys, "show", meeting.id, "--json")[1])["debrief"]
        assert (shown["decision"], shown["feedback"]) == ("hold", "New letter")

    # A form that is truly newer is still offered and applied.
    newer = folder / "filled-again.pdf"
    newer.write_bytes(_filled(blank, "offer", "Newest letter"))
    later = form.stat().st_mtime_ns + 3_600 * 10**9 + os.stat(edited).st_mtime_ns
    os.utime(newer, ns=(later, later))
    code, out, _ = run(capsys, "inbox", "--apply")
    assert "changed   filled-again.pdf" in out and "Applied: 1 file brought in." in out
    shown = json.loads(run(capsys, "show", meeting.id, "--json")[1])["debrief"]
    assert (shown["decision"], shown["feedback"]) == ("offer", "Newest letter")

    # One written before the debrief's last change is stale: said, and left alone.
    older = folder / "filled-before.pdf"
    older.write_bytes(_filled(blank, "reject", "An early draft"))
    os.utime(older, ns=(10**18, 10**18))  # 2001: long before any change here
    code, out, _ = run(capsys, "inbox", "--apply")
    assert "stale     filled-before.pdf" in out
    assert "written before your last change to the debrief" in out and "Applied" not in out
    shown = json.loads(run(capsys, "show", meeting.id, "--json")[1])["debrief"]
    assert shown["feedback"] == "Newest letter"
