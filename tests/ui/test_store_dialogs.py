"""Store problems on start: a damaged store is left untouched unless restored; a locked one
can be opened read-only."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store, StoreCorrupt, StoreLocked
from meeting_planner.ui.shared import messages
from meeting_planner.ui.window.store_dialogs import (
    CorruptStoreDialog,
    LockedStoreDialog,
    open_store,
)


def _damaged_store(data: Path) -> tuple[Path, str]:
    """A store whose meetings file is broken, with a good backup of its last saved state."""
    meeting = sample_meeting(datetime(2026, 5, 4, 9, 0))
    with Store(data) as store:
        store.meetings.save(meeting)
        meeting.candidate.name = "Kept In The Backup"
        store.meetings.save(meeting)
    damaged = next(data.glob("meetings-*.json"))
    damaged.write_bytes(b'{"meetings": {"1": ')
    return damaged, meeting.id


def _corrupt_error(data: Path) -> StoreCorrupt:
    with pytest.raises(StoreCorrupt) as caught:
        Store(data)
    return caught.value


def _snapshot(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in data.rglob("*") if p.is_file()}


def test_corrupt_store_dialog_explains_and_quitting_touches_nothing(qtbot, tmp_path) -> None:
    data = tmp_path / "store"
    damaged, _ = _damaged_store(data)
    error = _corrupt_error(data)
    before = _snapshot(data)
    dialog = CorruptStoreDialog(error, data)
    qtbot.addWidget(dialog)
    dialog.show()
    assert damaged.name in dialog.body.text()
    assert "left exactly as it is" in dialog.body.text()
    assert dialog.quit_button.isDefault()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert _snapshot(data) == before


def test_corrupt_store_dialog_restores_the_newest_backup(qtbot, tmp_path) -> None:
    data = tmp_path / "store"
    damaged, meeting_id = _damaged_store(data)
    broken = damaged.read_bytes()
    dialog = CorruptStoreDialog(_corrupt_error(data), data)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.report
    with Store(data) as store:
        assert store.meetings.get(meeting_id).candidate.name == "Kept In The Backup"
    # The damaged file is kept aside, not deleted.
    assert any(p.read_bytes() == broken for p in data.glob(f"{damaged.name}.damaged-*"))


def test_open_store_quits_on_a_damaged_store_when_asked(monkeypatch, tmp_path) -> None:
    data = tmp_path / "store"
    _damaged_store(data)
    before = _snapshot(data)
    shown: list[QDialog] = []

    def refuse(dialog: QDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(messages, "run_modal", refuse)
    assert open_store(data) is None
    assert isinstance(shown[0], CorruptStoreDialog)
    assert _snapshot(data) == before


def test_open_store_restores_then_opens(monkeypatch, tmp_path) -> None:
    data = tmp_path / "store"
    _, meeting_id = _damaged_store(data)
    told: list[str] = []

    def restore(dialog: QDialog) -> int:
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(messages, "run_modal", restore)
    monkeypatch.setattr(messages, "show_info", lambda _p, title, _t: told.append(title))
    store = open_store(data)
    assert store is not None
    with store:
        assert store.meetings.exists(meeting_id)
    assert told == ["Backup restored"]


def test_locked_store_offers_read_only(qtbot, monkeypatch, tmp_path) -> None:
    data = tmp_path / "store"
    with Store(data) as holder:
        holder.meetings.save(sample_meeting(datetime(2026, 5, 4, 9, 0)))
        with pytest.raises(StoreLocked) as caught:
            Store(data)
        dialog = LockedStoreDialog(caught.value)
        qtbot.addWidget(dialog)
        dialog.show()
        assert "read-only" in dialog.body.text()
        assert str(data) in dialog.body.text()
        qtbot.mouseClick(dialog.read_only_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted

        monkeypatch.setattr(messages, "run_modal", lambda d: QDialog.DialogCode.Accepted)
        store = open_store(data)
        assert store is not None and store.read_only
        with store:
            assert len(store.meetings) == 1

        monkeypatch.setattr(messages, "run_modal", lambda d: QDialog.DialogCode.Rejected)
        assert open_store(data) is None
