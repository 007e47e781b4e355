"""The Due view, the overdue notice at start, and the Mark as held / Close recruitment actions."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from meeting_planner.domain.followup import DueState, What, due_items
from meeting_planner.domain.model import Candidate, Decision, Meeting, Role, Status
from meeting_planner.store import Store
from meeting_planner.ui.core.commands import SetFieldCommand
from meeting_planner.ui.followup import DUE_SHORTCUT, DueFeature
from meeting_planner.ui.followup.model import (
    COL_CANDIDATE,
    COL_DUE,
    COL_STATE,
    COL_STATUS,
    COL_WHAT,
    DueFilterProxy,
    DueTableModel,
)
from meeting_planner.ui.shared import messages
from meeting_planner.ui.window import features
from meeting_planner.ui.window.main_window import MainWindow

NOW = datetime(2026, 5, 6, 15, 0)


def make(name: str, ended_ago: timedelta, status: Status = Status.HELD) -> Meeting:
    end = NOW - ended_ago
    return Meeting(
        title=f"Meeting with {name}",
        start=end - timedelta(minutes=60),
        planned_minutes=60,
        status=status,
        candidate=Candidate(name=name),
        role=Role(title="Backend developer"),
    )


def sample_meetings() -> dict[str, Meeting]:
    late = make("Alex Berg", timedelta(hours=53))  # answer 5 h late
    fresh = make("Kim Ek", timedelta(hours=42))  # answer due today at 9 pm
    answered = make("Sam Lind", timedelta(days=3), Status.FEEDBACK_SENT)
    answered.debrief.decision = Decision.REJECT
    answered.debrief.feedback_sent_at = answered.end + timedelta(hours=20)
    coming = make("Noor Aziz", -timedelta(days=2), Status.PLANNED)
    return {m.candidate.name: m for m in (late, fresh, answered, coming)}


@pytest.fixture
def only_followup(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window with this feature alone, so other features' state cannot interfere."""
    monkeypatch.setattr(features, "FEATURE_MODULES", ("followup",))


@pytest.fixture
def meetings() -> dict[str, Meeting]:
    return sample_meetings()


@pytest.fixture
def window(qtbot, tmp_path, only_followup, meetings):
    with Store(tmp_path / "store") as store:
        store.meetings.save_many(list(meetings.values()))
        win = MainWindow(store)
        qtbot.addWidget(win)
        feature(win).clock = lambda: NOW
        win.show()
        yield win
        win.autosaver.flush()


def feature(win: MainWindow) -> DueFeature:
    found = win.findChild(DueFeature)
    assert found is not None
    return found


def rows(win: MainWindow) -> list[tuple[str, str, str]]:
    view = feature(win).view
    proxy = view.proxy
    return [
        (
            proxy.index(r, COL_STATE).data(),
            proxy.index(r, COL_WHAT).data(),
            proxy.index(r, COL_CANDIDATE).data(),
        )
        for r in range(proxy.rowCount())
    ]


def test_the_model_passes_the_model_tester(qtmodeltester, meetings) -> None:
    model = DueTableModel()
    model.set_items(due_items(meetings.values(), NOW), NOW)
    assert model.rowCount() == 6
    qtmodeltester.check(model)
    proxy = DueFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter("action")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2


def test_the_due_view_opens_from_the_view_menu_overdue_first(qtbot, window) -> None:
    actions = {a.text().replace("&", ""): a for a in window.menu("view").actions()}
    assert "Due follow-ups" in actions
    assert actions["Due follow-ups"] in window.toolbar.actions()
    dock = feature(window).dock
    assert not dock.isVisible()
    actions["Due follow-ups"].trigger()
    assert dock.isVisible()
    shown = rows(window)
    assert shown[0] == ("Overdue by 5 h", "Feedback", "Alex Berg")
    assert shown[1] == ("Due today, in 6 h", "Feedback", "Kim Ek")
    assert [r[2] for r in shown[2:4]] == ["Alex Berg", "Kim Ek"], "then the decisions"
    assert shown[4:] == [("Done", "Feedback", "Sam Lind"), ("Done", "Decision", "Sam Lind")]
    assert "Noor Aziz" not in {r[2] for r in shown}, "a meeting still to come owes nothing"
    assert "1 overdue" in feature(window).view.summary.text()
    proxy = feature(window).view.proxy
    assert proxy.index(0, COL_DUE).data() == "Wed 6 May 10:00"
    assert proxy.index(0, COL_STATUS).data() == "Held"


def test_the_shortcut_opens_the_view_and_the_filter_narrows_it(qtbot, window) -> None:
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence(DUE_SHORTCUT))
    assert feature(window).dock.isVisible()
    feature(window).view.set_filter("done")
    assert {r[0] for r in rows(window)} == {"Done"}
    feature(window).view.set_filter("action")
    assert [r[2] for r in rows(window)] == ["Alex Berg", "Kim Ek"]


def test_double_click_opens_the_meeting(qtbot, window, meetings) -> None:
    feature(window).show_due()
    table = feature(window).view.table
    proxy = feature(window).view.proxy
    row = next(
        r for r in range(proxy.rowCount()) if proxy.index(r, COL_CANDIDATE).data() == "Kim Ek"
    )
    rect = table.visualRect(proxy.index(row, COL_CANDIDATE))
    # A double-click is a press and a release followed by a second press, as a mouse does.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.list_panel.current_id() == meetings["Kim Ek"].id
    assert window.current_doc is not None and window.current_doc.meeting.candidate.name == "Kim Ek"


def test_on_start_a_notice_names_what_is_overdue_and_shows_it(qtbot, window) -> None:
    notice = feature(window).notice
    assert not notice.isVisible()
    with qtbot.waitSignal(window.settled):
        window.start()
    assert notice.isVisible()
    assert notice.text.text() == "Overdue: Alex Berg, answer 5 h late."
    assert "overdue" in window.statusBar().currentMessage()
    qtbot.mouseClick(notice.show_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert feature(window).dock.isVisible()
    assert rows(window) == [("Overdue by 5 h", "Feedback", "Alex Berg")]


def test_no_notice_when_nothing_is_overdue(qtbot, tmp_path, only_followup) -> None:
    with Store(tmp_path / "calm") as store:
        store.meetings.save(make("Kim Ek", timedelta(hours=30)))
        win = MainWindow(store)
        qtbot.addWidget(win)
        feature(win).clock = lambda: NOW
        win.show()
        with qtbot.waitSignal(win.settled):
            win.start()
        assert not feature(win).notice.isVisible()
        assert "overdue" not in win.statusBar().currentMessage()
        win.autosaver.flush()


def test_sending_feedback_moves_the_row_to_done(qtbot, window, meetings) -> None:
    feature(window).show_due()
    late = meetings["Alex Berg"]
    window.select_meeting(late.id)
    doc = window.current_doc
    assert doc is not None
    doc.push(SetFieldCommand(doc, "debrief.feedback_sent_at", NOW, merge=False))
    assert window.save_now()
    qtbot.waitUntil(lambda: rows(window)[0][2] == "Kim Ek")
    assert ("Done", "Feedback", "Alex Berg") in rows(window)


def test_mark_as_held_is_undoable_and_counts_from_the_planned_end(qtbot, window, meetings) -> None:
    actions = feature(window).status_actions
    coming = meetings["Noor Aziz"]
    window.select_meeting(meetings["Alex Berg"].id)
    assert not actions.mark_held.isEnabled(), "already held"
    window.select_meeting(coming.id)
    assert actions.mark_held.isEnabled()
    assert actions.mark_held in window.menu("meeting").actions()
    actions.mark_held.trigger()
    doc = window.current_doc
    assert doc is not None and doc.meeting.status is Status.HELD
    assert doc.meeting.ended_at is None
    assert not actions.mark_held.isEnabled()
    assert window.save_now()
    assert window.store.meetings.get(coming.id).status is Status.HELD
    [feedback] = [
        i for i in feature(window).items() if i.id == coming.id and i.what is What.FEEDBACK
    ]
    # Friday's meeting: the answer is due on Tuesday, two working days on, not on Sunday.
    assert coming.planned_end == datetime(2026, 5, 8, 15, 0)
    assert feedback.due == datetime(2026, 5, 12, 15, 0)
    assert feedback.state is DueState.UPCOMING
    doc.undo_stack.undo()
    assert doc.meeting.status is Status.PLANNED
    assert actions.mark_held.isEnabled()


def test_close_recruitment_asks_first_then_closes_and_undoes(
    qtbot, window, meetings, monkeypatch
) -> None:
    actions = feature(window).status_actions
    late = meetings["Alex Berg"]
    window.select_meeting(late.id)
    asked: list[str] = []

    def answer(reply: bool):
        def ask(_parent, _title, text):
            asked.append(text)
            return reply

        return ask

    monkeypatch.setattr(messages, "ask_yes_no", answer(False))
    actions.close_recruitment.trigger()
    doc = window.current_doc
    assert doc is not None and doc.meeting.status is Status.HELD
    assert "Alex Berg" in asked[0] and "No feedback has been sent" in asked[0]
    monkeypatch.setattr(messages, "ask_yes_no", answer(True))
    actions.close_recruitment.trigger()
    assert (doc.meeting.status, doc.meeting.closed_at) == (Status.CLOSED, NOW)
    assert not actions.close_recruitment.isEnabled()
    assert window.save_now()
    saved = window.store.meetings.get(late.id)
    assert (saved.status, saved.closed_at) == (Status.CLOSED, NOW)
    assert not any(i.id == late.id for i in feature(window).items()), "nothing owed any more"
    doc.undo_stack.undo()
    assert (doc.meeting.status, doc.meeting.closed_at) == (Status.HELD, None)


def test_the_due_dock_comes_back_where_it_was_left_but_only_when_asked(
    qtbot, tmp_path, only_followup, meetings
):
    right = Qt.DockWidgetArea.RightDockWidgetArea
    with Store(tmp_path / "store") as store:
        store.meetings.save_many(list(meetings.values()))
        first = MainWindow(store)
        qtbot.addWidget(first)
        feature(first).clock = lambda: NOW
        first.show()
        feature(first).show_due()
        first.addDockWidget(right, feature(first).dock)
        assert feature(first).dock.isVisible()
        first.close()

        # The features (and their docks) arrive after the window's layout is restored.
        again = MainWindow(store, defer_features=True)
        qtbot.addWidget(again)
        again.show()
        again.install_features()
        feature(again).clock = lambda: NOW
        dock = feature(again).dock
        assert not dock.isVisible(), "never over the editor on its own"
        feature(again).show_due()
        assert dock.isVisible() and again.dockWidgetArea(dock) == right
        again.close()
