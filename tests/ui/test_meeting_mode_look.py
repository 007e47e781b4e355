"""Meeting mode as it looks: its scroll bar as dark as the rest of it, and the main
window saying the meeting is under way while its clock runs with the window left."""

from __future__ import annotations

import statistics
from datetime import datetime

import pytest
from PySide6.QtGui import QColor, QPalette

from meeting_planner.domain.model import Status
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.store import Store
from meeting_planner.ui.core.document import MeetingDocument
from meeting_planner.ui.meeting_mode import MeetingModeController
from meeting_planner.ui.meeting_mode.style import BACKGROUND
from meeting_planner.ui.meeting_mode.window import MeetingModeWindow
from meeting_planner.ui.shared import i18n, messages
from meeting_planner.ui.window.main_window import MainWindow

DAY = datetime(2026, 9, 13, 9, 0)


def _lightness(widget) -> float:
    image = widget.grab().toImage()
    return statistics.mean(
        image.pixelColor(x, y).lightnessF()
        for x in range(image.width())
        for y in range(image.height())
    )


def test_the_talking_points_scroll_bar_is_dark_like_meeting_mode(qtbot) -> None:
    meeting = sample_meeting(DAY)
    meeting.agenda[0].talking_points = [f"Point {n}: what the team works on" for n in range(40)]
    mode = MeetingModeWindow(MeetingDocument(meeting))
    qtbot.addWidget(mode)
    mode.resize(1000, 640)
    mode.show()
    qtbot.waitExposed(mode)
    bar = mode.ui.points_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
    # Drawn from meeting mode's palette roles, not the app's light ones.
    assert bar.palette().color(QPalette.ColorRole.Window) == QColor(BACKGROUND)
    assert _lightness(bar) < 0.4
    # The points themselves stay on the dark panel.
    assert _lightness(mode.ui.points_scroll.viewport()) < 0.4


@pytest.fixture
def _english_afterwards(qapp):
    yield
    i18n.install(i18n.ENGLISH)


@pytest.mark.usefixtures("_english_afterwards")
@pytest.mark.parametrize(
    ("language", "planned", "running", "held"),
    [
        ("en", "Planned", "In progress", "Held"),
        ("sv", "Planerat", "Pågår", "Genomfört"),
        ("da", "Planlagt", "I gang", "Afholdt"),
    ],
)
def test_after_leave_the_header_says_the_meeting_is_in_progress(
    qtbot, tmp_path, monkeypatch, language, planned, running, held
) -> None:
    i18n.install(language)
    with Store(tmp_path / "store") as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        meeting = sample_meeting(DAY)
        assert window.add_meeting(meeting)
        header = window.editors[meeting.id].header.details_label
        assert header.text().endswith(planned)
        controller = window.findChild(MeetingModeController)
        mode = controller.start()
        qtbot.addWidget(mode)
        mode.start_rehearsal()
        mode.end_meeting()
        # A rehearsal is no meeting under way.
        assert header.text().endswith(planned)
        mode = controller.start()
        qtbot.addWidget(mode)
        mode.start_meeting()
        monkeypatch.setattr(messages, "ask_choice", lambda *a, **k: "leave")
        assert not mode.end_meeting()
        assert not mode.isVisible() and meeting.id in controller.sessions
        assert header.text().endswith(running)
        # Back in meeting mode and ended there: held.
        mode = controller.start()
        monkeypatch.setattr(messages, "ask_choice", lambda *a, **k: "end")
        assert mode.end_meeting()
        assert window.current_doc.meeting.status is Status.HELD
        assert header.text().endswith(held)
        window.autosaver.flush()
        window.close()
