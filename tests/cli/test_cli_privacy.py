"""Privacy on the command line: retention review and erasure, access export, complete delete."""

from __future__ import annotations

import io
import json
import os
import sys
from datetime import datetime
from pathlib import Path

import pypdf
import pytest

from meeting_planner.cli import main, privacy
from meeting_planner.domain.model import Concern, ConcernCategory, Meeting, Status
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store

NOW = datetime(2029, 1, 10, 9, 0)
MARK = "Kv9Private"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def meeting(name: str, closed: datetime | None, status: Status = Status.CLOSED) -> Meeting:
    m = sample_meeting(datetime(2026, 3, 1, 9, 0))
    m.start = datetime(2026, 3, 2, 10, 0)
    m.candidate.name = f"{name} {MARK}"
    m.candidate.email = f"{name.lower()}.{MARK}@example.org"
    m.candidate.notes = f"{MARK} notes"
    m.debrief.feedback = f"{MARK} feedback"
    m.debrief.concerns = [Concern(ConcernCategory.COMPENSATION, f"{MARK} pension")]
    m.status, m.closed_at = status, closed
    return m


@pytest.fixture
def data(_isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Meeting]:
    monkeypatch.setattr(privacy, "now", lambda: NOW)
    meetings = {
        "old": meeting("Old", datetime(2026, 4, 1, 12, 0)),
        "undated": meeting("Undated", None),
        "recent": meeting("Recent", datetime(2028, 6, 1, 12, 0)),
        "open": meeting("Open", None, Status.FEEDBACK_SENT),
    }
    with Store(_isolated_data_dir) as store:
        store.meetings.save_many(list(meetings.values()))
    return meetings


def privacy_dir() -> Path:
    return Path(os.environ["MEETING_PLANNER_DATA_DIR"])


def files_with(folder: Path, text: str) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and text.encode() in p.read_bytes()
    )


def test_retention_lists_meetings_past_the_period_closed_or_not(capsys, data) -> None:
    code, out, _ = run(capsys, "retention")
    assert code == 0
    assert "3 meetings are past the retention period (24 months" in out
    assert data["old"].id in out and data["undated"].id in out
    assert data["recent"].id not in out
    assert "closed 2026-03-02" in out  # the undated one counts from its start
    # Never closed, long past: offered for erasure like the closed ones.
    assert f"{data['open'].id}  never closed, ended 2026-03-02" in out
    code, out, _ = run(capsys, "retention", "--json")
    listed = json.loads(out)
    assert listed["retention_months"] == 24 and listed["erased"] is False
    assert [m["id"] for m in listed["meetings"]] == [
        data["undated"].id,
        data["open"].id,
        data["old"].id,
    ]
    assert [m["never_closed"] for m in listed["meetings"]] == [False, True, False]


def test_a_shorter_period_is_saved_and_used(capsys, data, _isolated_data_dir) -> None:
    code, out, _ = run(capsys, "retention", "--set-months", "6", "--json")
    assert code == 0
    assert len(json.loads(out)["meetings"]) == 4
    code, out, _ = run(capsys, "retention", "--json")
    assert json.loads(out)["retention_months"] == 6
    code, _, err = run(capsys, "retention", "--set-months", "99")
    assert code == 1 and "1 to 36 months" in err


def test_apply_refuses_without_a_terminal_or_yes(capsys, data, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(capsys, "retention", "--apply")
    assert code == 1 and "--yes" in err
    with Store(privacy_dir(), read_only=True) as store:
        assert store.meetings.get(data["old"].id).erased_at is None


def test_apply_asks_on_a_terminal_and_no_keeps_everything(capsys, data, monkeypatch) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    code, _, err = run(capsys, "retention", "--apply")
    assert code == 1 and "nothing erased" in err
    assert files_with(privacy_dir(), f"Old {MARK}")


def test_apply_erases_personal_data_everywhere(capsys, data) -> None:
    folder = privacy_dir()
    code, out, _ = run(capsys, "retention", "--apply", "--yes")
    assert code == 0 and "Erased the personal data of 3 meetings" in out
    for name in ("Old", "Undated", "Open"):
        assert files_with(folder, f"{name} {MARK}") == []
        assert files_with(folder, f"{name.lower()}.{MARK}") == []
    with Store(folder, read_only=True) as store:
        old = store.meetings.get(data["old"].id)
        assert old.erased_at == NOW and old.candidate.name == ""
        assert old.debrief.concerns == [Concern(ConcernCategory.COMPENSATION, "")]
        assert store.meetings.get(data["recent"].id).candidate.name == f"Recent {MARK}"
    code, out, _ = run(capsys, "retention")
    assert "No meeting is older" in out


def test_delete_removes_the_candidate_from_every_file(capsys, data) -> None:
    folder = privacy_dir()
    assert files_with(folder, f"Recent {MARK}")
    code, _, _ = run(capsys, "delete", data["recent"].id, "--yes")
    assert code == 0
    assert files_with(folder, f"Recent {MARK}") == []
    # The id alone stays, with the day, among the deleted meetings of an index file.
    for name in files_with(folder, data["recent"].id):
        content = json.loads((folder / name).read_text(encoding="utf-8"))
        kept = list(content.pop("deleted").values())
        assert kept == [{"id": data["recent"].id, "on": kept[0]["on"]}]
        assert data["recent"].id not in json.dumps(content)
    with Store(folder, read_only=True) as store:
        assert store.meetings.get(data["open"].id).candidate.name == f"Open {MARK}"


def test_access_writes_json_and_pdf(capsys, data, tmp_path) -> None:
    second = meeting("Old", None, Status.HELD)
    second.candidate.email = data["old"].candidate.email
    second.candidate.name = "Old Other Spelling"
    with Store(privacy_dir()) as store:
        store.meetings.save(second)
    target = tmp_path / "old.json"
    code, out, _ = run(capsys, "access", data["old"].id[:8], "-o", str(target))
    assert code == 0 and "2 meetings" in out
    report = json.loads(target.read_text(encoding="utf-8"))
    assert sorted(m["id"] for m in report["meetings"]) == sorted([data["old"].id, second.id])
    first = report["meetings"][0]["sections"]
    assert first["candidate"]["data"]["candidate"]["notes"] == f"{MARK} notes"
    assert f"Recent {MARK}" not in target.read_text(encoding="utf-8")
    pdf = tmp_path / "old.pdf"
    code, _, _ = run(capsys, "access", data["old"].id, "-o", str(pdf))
    assert code == 0
    text = "".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert f"{MARK} feedback" in text and "What we store about you" in text
    code, _, err = run(capsys, "access", "ffffffffffff", "-o", str(pdf))
    assert code == 1 and "no meeting" in err
