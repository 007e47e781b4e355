"""Openings in the app: the next candidate's meeting from the plan on screen, and the
window that lines an opening's candidates up."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QAction

from meeting_planner.domain.model import Decision
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.openings import OpeningsWindow, reuse, show_openings
from meeting_planner.ui.window.main_window import MainWindow

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def window(qtbot, tmp_path):
    with Store(tmp_path / "store") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        yield win
        win.autosaver.flush()


def _table(dialog: OpeningsWindow) -> list[list[str]]:
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    return [headers, *rows]


def test_the_next_candidate_from_the_plan_and_both_side_by_side(window, monkeypatch) -> None:
    meeting = sample_meeting(NOW)
    meeting.set_rating(meeting.ranked_criteria[0].id, 4)
    meeting.debrief.decision = Decision.ADVANCE
    assert window.add_meeting(meeting)
    monkeypatch.setattr(
        reuse,
        "ask_next_candidate",
        lambda parent, start: ("Ola Nordmann", datetime(2026, 12, 1, 10)),
    )
    action = window.findChild(QAction, "reusePlanAction")
    assert action.isEnabled()
    action.trigger()
    new = window.current_doc.meeting
    assert new.candidate.name == "Ola Nordmann" and new.id != meeting.id
    assert [b.title for b in new.agenda] == [
        b.title.replace("Sanna's", "Ola's") for b in meeting.agenda
    ]
    store = window.store
    assert store.meetings.get(meeting.id).opening_id == new.opening_id != ""

    dialog = show_openings(window)
    assert dialog is not None
    headers, sanna, ola = _table(dialog)
    assert headers[:4] == ["Candidate", "Status", "Decision", "Coach"]
    first = meeting.ranked_criteria[0].name
    assert sanna[0] == "Sanna Järvinen" and sanna[2] == "Next step"
    assert sanna[headers.index(first)] == "4" and ola[headers.index(first)] == "–"
    assert "(2)" in dialog.openings.currentItem().text()
    dialog.table.cellDoubleClicked.emit(0, 0)
    assert window.current_doc.meeting_id == meeting.id
    dialog.close()


def test_reuse_says_where_the_last_candidates_first_name_was_left(window, monkeypatch) -> None:
    meeting = sample_meeting(NOW)
    meeting.participants[1].name = "Sanna Björk"  # the colleague shares the first name
    assert window.add_meeting(meeting)
    monkeypatch.setattr(
        reuse, "ask_next_candidate", lambda parent, start: ("Ola Nordmann", datetime(2026, 12, 1))
    )
    told: list[str] = []
    monkeypatch.setattr(reuse.messages, "show_info", lambda parent, title, text: told.append(text))
    window.findChild(QAction, "reusePlanAction").trigger()
    assert window.current_doc.meeting.candidate.name == "Ola Nordmann"
    assert len(told) == 1 and told[0].startswith("The plan still names Sanna Järvinen in ")
    assert "“Sanna's questions”" in told[0] and told[0].endswith("reaches Ola Nordmann.")


def test_the_window_says_when_there_is_no_opening_yet(qtbot, tmp_path) -> None:
    with Store(tmp_path / "empty") as store:
        dialog = OpeningsWindow(store)
        qtbot.addWidget(dialog)
        assert "No openings yet" in dialog.title.text()
        assert dialog.table.rowCount() == 0


def test_a_meeting_is_put_in_another_opening_and_undo_takes_it_back(window) -> None:
    first = sample_meeting(NOW)
    other = sample_meeting(NOW)
    other.role.title = "Data engineer"
    assert window.add_meeting(first) and window.add_meeting(other)
    dialog = show_openings(window)
    titles = [dialog.openings.item(i).text().split(" (")[0] for i in range(dialog.openings.count())]
    assert titles == ["Backend developer", "Data engineer"]
    assert window.current_doc.meeting_id == other.id
    dialog.openings.setCurrentRow(0)
    backend = dialog.current_opening_id()
    dialog.move_here.click()
    assert window.current_doc.meeting.opening_id == backend
    assert window.store.meetings.get(other.id).opening_id == backend
    assert "(2)" in dialog.openings.item(0).text()
    window.current_doc.undo_stack.undo()
    assert window.current_doc.meeting.opening_id != backend
    dialog.close()
