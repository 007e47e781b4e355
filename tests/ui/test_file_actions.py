"""Meeting files and filled debrief forms in and out of the app; a bad file changes nothing."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from meeting_planner.domain import rules
from meeting_planner.domain.model import Meeting
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.exchange import read_meeting_file, write_meeting_file
from meeting_planner.export.debrief_form import evidence_field, export_debrief_form
from meeting_planner.store import Store
from meeting_planner.ui.core.document import MeetingDocument
from meeting_planner.ui.plan_update import dialog
from meeting_planner.ui.shared import messages
from meeting_planner.ui.shared.file_actions import (
    export_meeting_file,
    import_debrief_form,
    import_meeting_files,
)

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def shown(monkeypatch) -> dict[str, list[str]]:
    """Every message the user would have seen, by kind; no dialog ever opens."""
    seen: dict[str, list[str]] = {"error": [], "info": []}
    monkeypatch.setattr(messages, "show_error", lambda p, t, text: seen["error"].append(text))
    monkeypatch.setattr(messages, "show_info", lambda p, t, text: seen["info"].append(text))
    return seen


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "store") as opened:
        yield opened


def _meeting(name: str) -> Meeting:
    meeting = sample_meeting(NOW)
    meeting.candidate.name = name
    return meeting


def test_new_files_come_in_and_a_stored_meetings_file_updates_it_once_seen(
    store, tmp_path, shown, monkeypatch
) -> None:
    existing = _meeting("Already here")
    store.meetings.save(existing)
    changed = _meeting("Already here, renamed")
    changed.id = existing.id
    changed.revision = existing.revision + 1
    fresh = _meeting("Łukasz Dvořák")
    paths = [tmp_path / "a.meeting.json", tmp_path / "b.meeting.json"]
    write_meeting_file(changed, paths[0], plan_only=True)
    write_meeting_file(fresh, paths[1])
    asked: list[list[str]] = []

    def confirm(parent, lines, *, older, title):
        asked.append(lines)
        return True, False

    monkeypatch.setattr(dialog, "confirm_import", confirm)
    new_ids = import_meeting_files(None, store, paths)
    assert shown["error"] == []
    assert sorted(new_ids) == sorted([existing.id, fresh.id])
    (lines,) = asked
    assert any("“Already here” → “Already here, renamed”" in line for line in lines)
    assert any("a new meeting with Łukasz Dvořák" in line for line in lines)
    names = {s.candidate for s in store.meetings.list()}
    assert names == {"Already here, renamed", "Łukasz Dvořák"}


def test_a_cancelled_preview_imports_nothing(store, tmp_path, shown, monkeypatch) -> None:
    existing = _meeting("Already here")
    store.meetings.save(existing)
    changed = _meeting("Renamed")
    changed.id = existing.id
    paths = [tmp_path / "a.meeting.json", tmp_path / "b.meeting.json"]
    write_meeting_file(changed, paths[0])
    write_meeting_file(_meeting("New person"), paths[1])
    monkeypatch.setattr(dialog, "confirm_import", lambda *a, **k: (False, False))
    assert import_meeting_files(None, store, paths) == []
    assert {s.candidate for s in store.meetings.list()} == {"Already here"}


def test_one_bad_file_shows_its_message_and_imports_nothing(store, tmp_path, shown) -> None:
    good = tmp_path / "good.meeting.json"
    write_meeting_file(_meeting("Ana Lima"), good)
    bad = tmp_path / "bad.meeting.json"
    document = json.loads(good.read_text(encoding="utf-8"))
    document["meeting"]["planned_minutes"] = "an hour"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert import_meeting_files(None, store, [good, bad]) == []
    assert len(shown["error"]) == 1
    assert "bad.meeting.json" in shown["error"][0]
    assert "planned_minutes" in shown["error"][0]
    assert store.meetings.list() == []


def test_a_file_that_is_not_json_is_refused(store, tmp_path, shown) -> None:
    junk = tmp_path / "notes.meeting.json"
    junk.write_bytes(b"\x00\x01 not a meeting")
    assert import_meeting_files(None, store, [junk]) == []
    assert "notes.meeting.json" in shown["error"][0]
    assert store.meetings.list() == []


def test_read_only_store_refuses_the_import_with_a_message(tmp_path, shown) -> None:
    folder = tmp_path / "store"
    with Store(folder):
        pass
    path = tmp_path / "a.meeting.json"
    write_meeting_file(_meeting("Ana"), path)
    with Store(folder, read_only=True) as read_only:
        assert import_meeting_files(None, read_only, [path]) == []
        assert "read-only" in shown["error"][0]
        assert read_only.meetings.list() == []


def test_export_plan_only_leaves_internal_notes_out(tmp_path, shown, monkeypatch) -> None:
    meeting = _meeting("Ana Lima")
    meeting.candidate.notes = "Zq internal note"
    asked = []

    def ask(parent, title, suggested, file_filter):
        asked.append(suggested)
        return tmp_path / "shared"

    monkeypatch.setattr(messages, "ask_save_file", ask)
    path = export_meeting_file(None, meeting, plan_only=True)
    assert path == tmp_path / "shared.meeting.json"
    assert asked == ["ana-lima-plan-2026-11-23.meeting.json"]
    assert "Zq internal note" not in path.read_text(encoding="utf-8")
    assert read_meeting_file(path).candidate.name == "Ana Lima"
    whole = export_meeting_file(None, meeting, plan_only=False, path=tmp_path / "all.meeting.json")
    assert "Zq internal note" in whole.read_text(encoding="utf-8")


def test_export_cancelled_or_failing(tmp_path, shown, monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: None)
    assert export_meeting_file(None, _meeting("Ana"), plan_only=False) is None
    target = tmp_path / "no-such-folder" / "x.meeting.json"
    assert export_meeting_file(None, _meeting("Ana"), plan_only=False, path=target) is None
    assert "no-such-folder" in shown["error"][0]


def _filled(form: bytes, values: dict[str, str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(form)))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_debrief_form_round_trip_is_one_undoable_edit(qtbot, tmp_path, shown) -> None:
    doc = MeetingDocument(_meeting("Sanna Järvinen"))
    before = meeting_to_dict(doc.meeting)
    first = doc.meeting.criteria[0]
    path = tmp_path / "filled.pdf"
    path.write_bytes(
        _filled(
            export_debrief_form(doc.meeting),
            {
                "resonated": "The platform work and the mentoring",
                evidence_field(first.id): "Found the slow query at once",
            },
        )
    )
    topics = []
    doc.changed.connect(topics.append)
    assert import_debrief_form(None, doc, path) is True
    assert shown["error"] == []
    debrief = doc.meeting.debrief
    assert debrief.resonated == "The platform work and the mentoring"
    assert debrief.rating_for(first.id).evidence == "Found the slow query at once"
    assert doc.undo_stack.count() == 1 and doc.is_modified
    assert "What resonated" in shown["info"][0]
    assert topics
    doc.undo_stack.undo()
    assert meeting_to_dict(doc.meeting) == before
    doc.undo_stack.redo()
    assert doc.meeting.debrief.resonated == "The platform work and the mentoring"


def test_a_form_from_another_meeting_changes_nothing(qtbot, tmp_path, shown) -> None:
    other = _meeting("Someone Else")
    path = tmp_path / "other.pdf"
    path.write_bytes(_filled(export_debrief_form(other), {"resonated": "Everything"}))
    doc = MeetingDocument(_meeting("Sanna Järvinen"))
    before = meeting_to_dict(doc.meeting)
    assert import_debrief_form(None, doc, path) is False
    assert "another meeting" in shown["error"][0]
    assert "Someone Else" in shown["error"][0]
    assert meeting_to_dict(doc.meeting) == before
    assert doc.undo_stack.count() == 0


def test_a_file_that_is_not_a_form_changes_nothing(qtbot, tmp_path, shown) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(b"%PDF-1.4 nothing here")
    doc = MeetingDocument(_meeting("Sanna"))
    assert import_debrief_form(None, doc, path) is False
    assert "letter.pdf" in shown["error"][0]
    assert import_debrief_form(None, doc, tmp_path / "missing.pdf") is False
    assert "missing.pdf" in shown["error"][1]
    assert doc.undo_stack.count() == 0


def test_an_empty_form_says_so_and_adds_no_undo_step(qtbot, tmp_path, shown) -> None:
    doc = MeetingDocument(_meeting("Sanna"))
    path = tmp_path / "blank.pdf"
    path.write_bytes(export_debrief_form(doc.meeting))
    assert import_debrief_form(None, doc, path) is False
    assert "nothing new" in shown["info"][0]
    assert doc.undo_stack.count() == 0


def test_a_read_only_meeting_takes_no_form(qtbot, tmp_path, shown) -> None:
    doc = MeetingDocument(_meeting("Sanna"), read_only=True)
    path = tmp_path / "form.pdf"
    path.write_bytes(_filled(export_debrief_form(doc.meeting), {"resonated": "x"}))
    assert import_debrief_form(None, doc, path) is False
    assert "read-only" in shown["error"][0]
    assert doc.meeting.debrief.resonated == ""


def test_huge_files_are_not_read_as_forms(qtbot, tmp_path, shown, monkeypatch) -> None:
    monkeypatch.setattr(rules, "DEBRIEF_FORM_MAX_BYTES", 10)
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF" + b"0" * 100)
    assert import_debrief_form(None, MeetingDocument(_meeting("Sanna")), path) is False
    assert "too large" in shown["error"][0]


def test_export_asks_before_replacing_a_file_the_dialog_did_not_name(
    tmp_path, shown, monkeypatch
) -> None:
    existing = tmp_path / "shared.meeting.json"
    existing.write_text("keep")
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: tmp_path / "shared.json")
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    assert export_meeting_file(None, _meeting("Ana"), plan_only=True) is None
    assert asked == ["shared.meeting.json already exists. Replace it?"]
    assert existing.read_text() == "keep"
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a: True)
    assert export_meeting_file(None, _meeting("Ana"), plan_only=True) == existing
    assert existing.read_text() != "keep"
