"""The editor fits a laptop: at 1366x768 the sample's agenda shows at least 8 rows and at
1024x700 at least 5, with every column readable, also while a block's review comments are
listed above its talking points; on the small window the palette and the coach fold to
strips and come back with a click."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain.comments import block_target
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.team import Comment
from meeting_planner.store import Store
from meeting_planner.ui.agenda.model import COL_KIND, COL_OWNER, COL_TIME, COL_TITLE, COL_TOPIC
from meeting_planner.ui.comments.commands import AddCommentCommand
from meeting_planner.ui.shared import i18n
from meeting_planner.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    with Store(tmp_path / "store") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.install_features()
        meeting = sample_meeting(datetime(2026, 12, 7, 9, 0))
        assert win.add_meeting(meeting)
        win.show()
        yield win
        win.autosaver.flush()


def _agenda(qtbot, window, width: int, height: int):
    window.resize(width, height)
    editor = window.editors[window.current_doc.meeting_id]
    editor.tabs.setCurrentWidget(editor.agenda_editor)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    agenda = editor.agenda_editor
    qtbot.wait(50)  # the layout settles on the next event-loop turns
    return agenda


def _visible_rows(table) -> int:
    model, bottom = table.model(), table.viewport().height()
    return sum(
        1 for r in range(model.rowCount()) if table.visualRect(model.index(r, 0)).bottom() <= bottom
    )


def _readable(table) -> None:
    """No column is cut: each is at least as wide as its widest text, the block title at
    least twenty characters, and nothing scrolls sideways."""
    assert not table.horizontalScrollBar().isVisible()
    for column in (COL_TIME, COL_KIND, COL_OWNER, COL_TOPIC):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column) - 2, column
    assert table.columnWidth(COL_TITLE) >= table.fontMetrics().averageCharWidth() * 20


@pytest.mark.parametrize(("width", "height", "rows"), [(1366, 768, 8), (1024, 700, 5)])
def test_the_agenda_fits_a_laptop_screen(qtbot, window, width, height, rows) -> None:
    agenda = _agenda(qtbot, window, width, height)
    assert _visible_rows(agenda.table) >= rows
    _readable(agenda.table)
    names = " ".join(agenda.balance.legend_entries())
    for group in ("Pitch", "Team", "Case", "Assess", "Questions", "Frame"):
        assert group in names, "the legend names every part of the bar"


def test_a_small_window_folds_the_palette_and_coach_and_a_click_brings_them_back(
    qtbot, window
) -> None:
    agenda = _agenda(qtbot, window, 1024, 700)
    palette, coach = agenda.palette_side, agenda.coach_side
    assert palette.folded and coach.folded
    assert coach.strip.text() == "Coach  100"
    coach.strip.click()
    qtbot.waitUntil(lambda: agenda.coach.isVisible())
    assert not coach.folded and agenda.coach.width() > 150
    agenda = _agenda(qtbot, window, 1366, 768)
    assert not palette.folded and not coach.folded
    assert agenda.palette.isVisible() and agenda.coach.isVisible()


def test_the_due_view_never_opens_over_the_editor_at_start(qtbot, window) -> None:
    from PySide6.QtWidgets import QDockWidget

    docks = [d for d in window.findChildren(QDockWidget) if d.objectName() == "DueDock"]
    assert docks and not docks[0].isVisible()


@pytest.mark.parametrize(("width", "height", "rows"), [(1366, 768, 8), (1024, 700, 5)])
def test_a_blocks_open_comments_leave_the_agenda_its_rows(qtbot, window, width, height, rows):
    agenda = _agenda(qtbot, window, width, height)
    doc = window.current_doc
    block = doc.meeting.agenda[1]
    long_text = "Let Jonas lead this part; he built the platform and can answer " * 4
    for text in (long_text, "Keep it under ten minutes", "Show the pipeline", "Name the rota"):
        comment = Comment(block_target(block.id), text, "Rita Recruiter", datetime(2026, 12, 1))
        doc.push(AddCommentCommand(doc, comment))
    agenda.select_block(block.id)
    qtbot.wait(50)
    strip = agenda.details.comments
    assert strip.isVisible() and "and 2 more in the Comments tab" in strip.text()
    # One line per comment, cut to the panel: the strip is never wider than the table.
    assert strip.width() <= agenda.table.width()
    assert strip.height() <= strip.fontMetrics().lineSpacing() * 4 + 16
    assert _visible_rows(agenda.table) >= rows
    _readable(agenda.table)


@pytest.fixture
def _english_afterwards(qapp):
    yield
    i18n.install(i18n.ENGLISH)


@pytest.mark.usefixtures("_english_afterwards")
@pytest.mark.parametrize("language", ["sv", "da"])
@pytest.mark.parametrize(("width", "height", "rows"), [(1366, 768, 8), (1024, 700, 5)])
def test_the_agenda_fits_a_laptop_screen_in_swedish_and_danish(
    qtbot, tmp_path, language, width, height, rows
) -> None:
    """Longer words must not hold the window wider than the screen: the side panels fold
    once it is narrow, so their unfolded content cannot set the window's minimum."""
    i18n.install(language)
    with Store(tmp_path / "store") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.install_features()
        meeting = sample_meeting(datetime(2026, 12, 7, 9, 0))
        meeting.language = language
        assert win.add_meeting(meeting)
        win.show()
        agenda = _agenda(qtbot, win, width, height)
        assert _visible_rows(agenda.table) >= rows
        _readable(agenda.table)
        win.autosaver.flush()
