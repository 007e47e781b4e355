"""Privacy in the app: the start notice, the retention review and erasure, the period
setting, and exporting everything about a candidate."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from meeting_planner.domain.model import Meeting, Status
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.privacy import PrivacyFeature
from meeting_planner.ui.privacy.retention_dialog import COL_CANDIDATE, COL_CLOSED
from meeting_planner.ui.privacy.settings_dialog import RetentionSettingsDialog
from meeting_planner.ui.shared import messages
from meeting_planner.ui.window.main_window import MainWindow

NOW = datetime(2029, 3, 1, 9, 0)
MARK = "Pm3Secret"


def closed_meeting(name: str, closed: datetime) -> Meeting:
    meeting = sample_meeting(datetime(2026, 2, 1, 9, 0))
    meeting.candidate.name = f"{name} {MARK}"
    meeting.candidate.email = f"{name.split()[0].lower()}@example.org"
    meeting.candidate.notes = f"{MARK} notes about {name}"
    meeting.debrief.feedback = f"{MARK} feedback"
    meeting.status, meeting.closed_at = Status.CLOSED, closed
    return meeting


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "store") as opened:
        yield opened


@pytest.fixture
def meetings(store: Store) -> dict[str, Meeting]:
    found = {
        "old": closed_meeting("Alva Old", datetime(2026, 3, 1, 12, 0)),
        "older": closed_meeting("Bo Older", datetime(2026, 1, 5, 12, 0)),
        "recent": closed_meeting("Cid Recent", datetime(2028, 8, 1, 12, 0)),
    }
    store.meetings.save_many(list(found.values()))
    return found


@pytest.fixture
def window(qtbot, store, meetings, monkeypatch):
    # Every window gets the frozen clock from its first moment.
    original = PrivacyFeature.__init__

    def frozen(self, win, clock=None):
        original(self, win, lambda: NOW)

    monkeypatch.setattr(PrivacyFeature, "__init__", frozen)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.autosaver.flush()


def feature(win: MainWindow) -> PrivacyFeature:
    found = win.findChild(PrivacyFeature)
    assert found is not None
    return found


def data_files_with(store: Store, text: str) -> list[str]:
    root = store.data_dir
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and text.encode() in p.read_bytes()
    )


def test_the_menus_offer_review_period_and_export(window) -> None:
    view = [a.text() for a in window.menu("view").actions()]
    assert "&Retention review…" in view and "Retention &period…" in view
    files = [a.text() for a in window.menu("file").actions()]
    assert "Export everything about this &candidate…" in files


def test_a_notice_on_start_says_how_many_are_due_without_blocking(qtbot, window) -> None:
    window.start()
    qtbot.waitUntil(lambda: feature(window).notice.isVisible())
    text = feature(window).notice.text.text()
    assert "2 closed meetings" in text and "24 months" in text
    assert "Retention review" in window.statusBar().currentMessage()
    qtbot.mouseClick(feature(window).notice.review_button, Qt.MouseButton.LeftButton)
    assert feature(window).dialog is not None and feature(window).dialog.isVisible()
    assert not feature(window).notice.isVisible()


def test_review_lists_due_meetings_and_erases_the_chosen_ones(
    qtbot, qtmodeltester, window, store, meetings, monkeypatch
) -> None:
    window.select_meeting(meetings["old"].id)
    doc = window.current_doc
    assert doc is not None and MARK in doc.meeting.candidate.name
    dialog = feature(window).show_review()
    qtmodeltester.check(dialog.model)
    names = [dialog.model.index(r, COL_CANDIDATE).data() for r in range(dialog.model.rowCount())]
    assert names == [f"Bo Older {MARK}", f"Alva Old {MARK}"]
    assert not dialog.erase_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "ask_yes_no", lambda parent, title, text: asked.append(text) or False
    )
    dialog.table.selectRow(1)
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert asked and "personal data of one meeting?" in asked[0]
    assert store.meetings.get(meetings["old"].id).erased_at is None

    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, title, text: True)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    erased = store.meetings.get(meetings["old"].id)
    assert erased.erased_at == NOW and erased.candidate.name == ""
    assert data_files_with(store, "Alva Old") == []
    assert data_files_with(store, f"Bo Older {MARK}")
    assert [i.meeting.id for i in dialog.model.items()] == [meetings["older"].id]
    # The open document was the old one: it is gone, and the list shows the erased meeting.
    assert window.current_doc is not doc
    assert window.current_doc.meeting.candidate.name == ""
    listed = [
        window.list_panel.model.index(r, 0).data()
        for r in range(window.list_panel.model.rowCount())
    ]
    assert not any("Alva" in str(text) for text in listed)
    window.autosaver.flush()
    assert data_files_with(store, "Alva Old") == []


def test_a_meeting_never_closed_and_long_past_is_offered_too(qtbot, window, store) -> None:
    forgotten = sample_meeting(datetime(2026, 2, 1, 9, 0))
    forgotten.candidate.name = f"Dan Forgotten {MARK}"
    forgotten.status = Status.HELD
    store.meetings.save(forgotten)
    dialog = feature(window).show_review()
    rows = {
        dialog.model.index(r, COL_CANDIDATE).data(): dialog.model.index(r, COL_CLOSED).data()
        for r in range(dialog.model.rowCount())
    }
    assert rows[f"Dan Forgotten {MARK}"] == "02 Feb 2026, never closed"
    assert rows[f"Bo Older {MARK}"] == "05 Jan 2026"


def test_the_period_setting_is_saved_and_changes_the_review(
    qtbot, window, store, monkeypatch
) -> None:
    def choose_six(dialog: QDialog) -> int:
        assert isinstance(dialog, RetentionSettingsDialog)
        assert dialog.chosen_months() == 24
        dialog.months.setValue(6)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_modal", choose_six)
    dialog = feature(window).show_review()
    assert dialog.model.rowCount() == 2
    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)
    assert store.settings.get("retention_months") == 6
    assert dialog.model.rowCount() == 3
    assert "6 months" in dialog.intro.text()


def test_the_settings_dialog_explains_the_nordic_practice(qtbot) -> None:
    dialog = RetentionSettingsDialog(24)
    qtbot.addWidget(dialog)
    shown = dialog.explanation.text()
    assert "Danish" in shown and "3 years" in shown and "Swedish" in shown and "2 years" in shown
    dialog.months.setValue(99)
    assert dialog.chosen_months() == 36


@pytest.mark.parametrize("suffix", [".json", ".pdf"])
def test_export_everything_about_the_candidate(
    window, meetings, tmp_path, monkeypatch, suffix: str
) -> None:
    target = tmp_path / f"alva{suffix}"
    monkeypatch.setattr(messages, "ask_save_file", lambda *args: target)
    window.select_meeting(meetings["old"].id)
    assert feature(window).export_action.isEnabled()
    feature(window).export_action.trigger()
    assert target.is_file()
    if suffix == ".json":
        report = json.loads(target.read_text(encoding="utf-8"))
        (part,) = report["meetings"]
        assert part["id"] == meetings["old"].id
        assert part["sections"]["assessment"]["data"]["debrief"]["feedback"] == f"{MARK} feedback"
    else:
        text = "".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
        assert f"{MARK} notes about Alva Old" in text
    assert target.name in window.statusBar().currentMessage()


def test_export_asks_before_replacing_a_file_the_dialog_did_not_name(
    window, meetings, tmp_path, monkeypatch
) -> None:
    existing = tmp_path / "alva.pdf"
    existing.write_bytes(b"keep")
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_save_file", lambda *args: tmp_path / "alva")
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    window.select_meeting(meetings["old"].id)
    feature(window).export_action.trigger()
    assert asked == ["alva.pdf already exists. Replace it?"]
    assert existing.read_bytes() == b"keep"


def test_erasing_in_the_review_takes_your_shared_file_out_of_the_team_folder(
    qtbot, window, store, meetings, monkeypatch, tmp_path
) -> None:
    from meeting_planner.teamfolder import FOLDER_SETTING, share_meeting, writer_tag

    folder = tmp_path / "team"
    folder.mkdir()
    store.settings.set(FOLDER_SETTING, str(folder))
    shared = share_meeting(folder, meetings["old"], writer_tag(store, "Maja"))
    told: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda *_a: True)
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: told.append(text))
    assert feature(window).erase([meetings["old"].id])
    assert not shared.exists()
    assert told and "Removed your shared file from the team folder." in told[0]
    assert not any(MARK in p.read_text("utf-8") for p in folder.iterdir())
