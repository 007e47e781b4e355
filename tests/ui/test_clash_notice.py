"""Two meetings at the same time with the same people raise a warning above the editor."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.core.commands import SetFieldCommand
from meeting_planner.ui.editor.clash_notice import ClashNotice
from meeting_planner.ui.window.main_window import MainWindow

MONDAY = datetime(2026, 12, 7, 9, 0)


@pytest.fixture
def window(qtbot, tmp_path):
    with Store(tmp_path / "store") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.install_features()
        win.show()
        yield win
        win.autosaver.flush()


def test_a_new_meeting_at_the_same_time_is_flagged_and_moving_it_clears_it(qtbot, window) -> None:
    first = sample_meeting(MONDAY)
    second = sample_meeting(MONDAY)
    second.candidate.name = "Ana Lima"
    second.start = first.start + timedelta(minutes=30)
    assert window.add_meeting(first) and window.add_meeting(second)
    editor = window.editors[second.id]
    notice = editor.findChild(ClashNotice)
    assert notice.isVisible()
    assert notice.text.text().startswith("This meeting overlaps Sanna Järvinen's meeting at ")
    assert notice.text.text().endswith(
        "where Erik Lundgren, Aino Björk, Maja Ström also take part."
    )
    doc = window.current_doc
    doc.push(SetFieldCommand(doc, "start", first.start + timedelta(days=1), label="Start"))
    assert not notice.isVisible()
    doc.undo_stack.undo()
    assert notice.isVisible()
    notice.action_button.click()
    assert window.current_doc.meeting_id == first.id
