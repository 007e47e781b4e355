"""The Comments tab: add, resolve and undo review comments; what they point at opens;
a file's comments appear when a plan comes back through the import preview."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from meeting_planner.domain.comments import add_comment, block_target
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import copy_meeting
from meeting_planner.exchange import write_meeting_file
from meeting_planner.store import Store
from meeting_planner.ui.comments import AUTHOR_SETTING, CommentsTab
from meeting_planner.ui.core.document import MeetingDocument
from meeting_planner.ui.plan_update import dialog
from meeting_planner.ui.window.main_window import MainWindow

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def tab(qtbot) -> CommentsTab:
    widget = CommentsTab(MeetingDocument(sample_meeting(NOW)), "Maja Manager")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _rows(tab: CommentsTab) -> list[tuple[str, list[str]]]:
    tree = tab.tree
    return [
        (
            tree.topLevelItem(i).text(0),
            [
                tree.topLevelItem(i).child(j).text(0)
                for j in range(tree.topLevelItem(i).childCount())
            ],
        )
        for i in range(tree.topLevelItemCount())
    ]


def test_a_comment_on_a_block_is_added_resolved_and_undone(qtbot, tab) -> None:
    doc = tab.doc
    block = doc.meeting.agenda[1]
    tab.target.setCurrentIndex(tab.target.findData(block_target(block.id)))
    tab.text.setPlainText("Let Jonas lead this")
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    ((group, comments),) = _rows(tab)
    assert group == f"Block “{block.title}”"
    assert comments[0].startswith("Maja Manager, ") and comments[0].endswith(
        ": Let Jonas lead this"
    )
    assert tab.text.toPlainText() == ""
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0).child(0))
    assert tab.resolve.text() == "&Resolve"
    qtbot.mouseClick(tab.resolve, Qt.MouseButton.LeftButton)
    assert doc.meeting.comments[0].resolved and _rows(tab)[0][1][0].endswith("(resolved)")
    assert tab.resolve.text() == "Re&open"
    doc.undo_stack.undo()
    assert not doc.meeting.comments[0].resolved
    doc.undo_stack.undo()
    assert doc.meeting.comments == [] and _rows(tab) == []


def test_an_empty_comment_is_not_added(qtbot, tab) -> None:
    tab.text.setPlainText("   ")
    assert not tab.add_comment()
    assert tab.doc.meeting.comments == []


def test_a_read_only_meeting_takes_no_comment(qtbot) -> None:
    meeting = sample_meeting(NOW)
    add_comment(meeting, "Looks good", "Rita", NOW)
    widget = CommentsTab(MeetingDocument(meeting, read_only=True))
    qtbot.addWidget(widget)
    assert not widget.add.isEnabled() and not widget.resolve.isEnabled()
    assert _rows(widget)[0][0] == "The whole plan"


def test_in_the_window_a_plan_coming_back_shows_its_comments_and_undoes(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    with Store(tmp_path / "store") as store:
        store.settings.set(AUTHOR_SETTING, "Maja Manager")
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        meeting = sample_meeting(NOW)
        assert win.add_meeting(meeting)
        editor = win.editors[meeting.id]
        tab = editor.find_page(CommentsTab)
        assert tab is not None and tab.author.text() == "Maja Manager"
        theirs = copy_meeting(meeting)
        theirs.revision += 1
        block = theirs.agenda[0]
        add_comment(theirs, "Shorter welcome", "Rita Recruiter", NOW, block_target(block.id))
        path = tmp_path / "back.meeting.json"
        write_meeting_file(theirs, path, plan_only=True)
        shown: list[list[str]] = []
        monkeypatch.setattr(
            dialog, "confirm_import", lambda p, lines, **k: (shown.append(lines), (True, False))[1]
        )
        assert win.import_files([path]) == [meeting.id]
        assert any("New comment by Rita Recruiter on block" in line for line in shown[0])
        assert _rows(tab)[0][1][0].startswith("Rita Recruiter")
        assert not win.current_doc.is_modified
        assert store.meetings.get(meeting.id).comments[0].author == "Rita Recruiter"
        win.current_doc.undo_stack.undo()
        assert _rows(tab) == []
        win.autosaver.flush()
        assert store.meetings.get(meeting.id).comments == []
        # Double-clicking a block's comment shows the block in the agenda.
        add_comment(win.current_doc.meeting, "Again", "R", NOW, block_target(block.id))
        tab.refresh()
        item = tab.tree.topLevelItem(0).child(0)
        tab.tree.itemDoubleClicked.emit(item, 0)
        assert editor.tabs.currentWidget() is editor.agenda_editor
        win.close()
