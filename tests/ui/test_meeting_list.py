"""The meetings list: sorted by date, search as you type, status filter, follow-ups marked."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from meeting_planner.domain.model import Candidate, Meeting, Role, Status
from meeting_planner.store import MeetingSummary
from meeting_planner.ui.window.meeting_list import (
    FOLLOW_UP_FILTER,
    ID_ROLE,
    SUMMARY_ROLE,
    FollowUp,
    MeetingFilterProxy,
    MeetingListModel,
    MeetingListPanel,
    follow_up_state,
)

NOW = datetime(2026, 3, 10, 12, 0)


def _summary(name: str, role: str, start: datetime, status: Status = Status.PLANNED):
    meeting = Meeting(
        start=start,
        planned_minutes=60,
        status=status,
        candidate=Candidate(name=name),
        role=Role(title=role),
        title=role,
    )
    return MeetingSummary.of(meeting)


def _summaries() -> list[MeetingSummary]:
    return [
        _summary("Zoe Park", "Data engineer", NOW + timedelta(days=3)),
        _summary("Ali Khan", "Backend developer", NOW - timedelta(days=5), Status.HELD),
        _summary("Mia Berg", "Frontend developer", NOW - timedelta(hours=40), Status.DEBRIEFED),
        _summary("Ola Nord", "Backend developer", NOW - timedelta(days=9), Status.CLOSED),
    ]


def _panel(qtbot) -> MeetingListPanel:
    panel = MeetingListPanel()
    qtbot.addWidget(panel)
    panel.model.now = NOW
    panel.set_summaries(_summaries())
    panel.show()
    return panel


def _names(panel: MeetingListPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, 0).data().split(":")[0] for row in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester) -> None:
    model = MeetingListModel(_summaries())
    model.now = NOW
    qtmodeltester.check(model)
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_search("backend")
    model.upsert(_summary("New Person", "Backend developer", NOW))
    model.remove(model.data(model.index(0), ID_ROLE))
    qtmodeltester.check(proxy)


def test_meetings_are_listed_by_date(qtbot) -> None:
    panel = _panel(qtbot)
    assert _names(panel) == ["Ola Nord", "Ali Khan", "Mia Berg", "Zoe Park"]


def test_search_as_you_type_matches_candidate_and_role(qtbot) -> None:
    panel = _panel(qtbot)
    qtbot.keyClicks(panel.search, "backend")
    assert _names(panel) == ["Ola Nord", "Ali Khan"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "MIA")
    assert _names(panel) == ["Mia Berg"]
    qtbot.keyClicks(panel.search, "x")
    assert _names(panel) == []
    assert panel.empty_note.isVisible()
    assert "No meeting matches" in panel.empty_note.text()


def test_status_filter_and_follow_up_filter(qtbot) -> None:
    panel = _panel(qtbot)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(Status.HELD))
    assert _names(panel) == ["Ali Khan"]
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(FOLLOW_UP_FILTER))
    assert _names(panel) == ["Ali Khan", "Mia Berg"]
    panel.status_filter.setCurrentIndex(0)
    assert len(_names(panel)) == 4


def test_due_and_overdue_follow_ups_are_marked_in_text_and_colour(qtbot) -> None:
    panel = _panel(qtbot)
    rows = {panel.proxy.index(r, 0).data().split(":")[0]: r for r in range(4)}
    overdue = panel.proxy.index(rows["Ali Khan"], 0)
    due = panel.proxy.index(rows["Mia Berg"], 0)
    closed = panel.proxy.index(rows["Ola Nord"], 0)
    assert "overdue" in overdue.data()
    assert "due today" in due.data()
    assert "overdue" not in closed.data() and "due" not in closed.data().split("\n")[-1]
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert due.data(Qt.ItemDataRole.ForegroundRole) != overdue.data(Qt.ItemDataRole.ForegroundRole)
    assert closed.data(Qt.ItemDataRole.ForegroundRole) is None


def test_follow_up_state_rules() -> None:
    held = _summary("A", "B", NOW - timedelta(days=5), Status.HELD)  # Thursday: due Monday
    assert follow_up_state(held, NOW) is FollowUp.OVERDUE
    assert follow_up_state(replace(held, feedback_sent=True), NOW) is FollowUp.NONE
    future = _summary("A", "B", NOW + timedelta(hours=1))
    assert follow_up_state(future, NOW) is FollowUp.NONE


def test_selecting_a_hidden_meeting_clears_the_filters(qtbot) -> None:
    panel = _panel(qtbot)
    zoe = next(
        panel.model.index(r).data(SUMMARY_ROLE).id
        for r in range(4)
        if panel.model.index(r).data(SUMMARY_ROLE).candidate == "Zoe Park"
    )
    qtbot.keyClicks(panel.search, "mia")
    with qtbot.waitSignal(panel.meeting_selected) as signal:
        assert panel.select(zoe)
    assert signal.args == [zoe]
    assert panel.search.text() == ""
    assert panel.current_id() == zoe


def test_a_long_list_has_its_scroll_bar_and_a_short_one_none(qtbot) -> None:
    panel = MeetingListPanel()
    qtbot.addWidget(panel)
    panel.resize(260, 400)
    many = [
        _summary(f"Kim Ek {n}", "Backend developer", NOW + timedelta(days=n)) for n in range(60)
    ]
    panel.set_summaries([*many, *_summaries()])
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.view.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    assert bar.maximum() > 0
    qtbot.keyClicks(panel.search, "Zoe")
    assert _names(panel) == ["Zoe Park"]
    qtbot.waitUntil(lambda: not bar.isVisible())
    panel.search.clear()
    qtbot.waitUntil(bar.isVisible)
    # Rows taller than the list still scroll, whatever their number.
    panel.resize(260, 60)
    panel.set_summaries(_summaries()[:2])
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
