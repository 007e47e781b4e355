"""The Insights window: opened from the View menu, figures for the chosen period, charts,
unsaved edits counted, and the PDF export."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from meeting_planner.domain.enums import ConcernCategory, OfferResult, Status
from meeting_planner.domain.model import DeclineReason, Meeting
from meeting_planner.store import Store
from meeting_planner.ui.core.commands import SetFieldCommand
from meeting_planner.ui.insights import InsightsWindow, show_insights
from meeting_planner.ui.shared import messages
from meeting_planner.ui.window import features
from meeting_planner.ui.window.main_window import MainWindow

NOW = datetime(2026, 11, 30, 12, 0)


def _held(days_ago: int, hours_to_feedback: float | None = None) -> Meeting:
    start = (NOW - timedelta(days=days_ago)).replace(hour=10)
    meeting = Meeting(title="Backend", start=start, status=Status.HELD)
    meeting.candidate.name = f"Candidate {days_ago}"
    meeting.ended_at = meeting.planned_end
    if hours_to_feedback is not None:
        meeting.status = Status.FEEDBACK_SENT
        meeting.debrief.feedback_sent_at = meeting.ended_at + timedelta(hours=hours_to_feedback)
        meeting.debrief.reasons = "Clear on design, less on operations"
    return meeting


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(features, "FEATURE_MODULES", ("insights",))
    declined = _held(10, 30)
    declined.outcome.offer_made = True
    declined.outcome.result = OfferResult.DECLINED
    declined.outcome.decline_reasons = [
        DeclineReason(ConcernCategory.COMPENSATION, "", True),
        DeclineReason(ConcernCategory.OTHER, "location", False),
    ]
    meetings = [declined, _held(20, 100), _held(60), _held(200, 10)]
    with Store(tmp_path / "store") as store:
        store.meetings.save_many(meetings)
        win = MainWindow(store)
        qtbot.addWidget(win)
        yield win
        win.autosaver.flush()


def _dialog(qtbot, window) -> InsightsWindow:
    dialog = InsightsWindow(window, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_view_menu_opens_one_insights_window(qtbot, window) -> None:
    action = next(a for a in window.menu("view").actions() if a.objectName() == "showInsights")
    action.trigger()
    first = window.findChild(InsightsWindow)
    assert first is not None and first.isVisible()
    assert show_insights(window) is first


def test_the_default_period_is_the_last_90_days(qtbot, window) -> None:
    dialog = _dialog(qtbot, window)
    assert dialog.preset.currentData() == 90
    assert dialog.period().first == date(2026, 9, 2)
    assert dialog.period().last == date(2026, 11, 30)
    figures = dialog.figures
    assert (figures.meetings, figures.held, figures.feedback_sent) == (3, 3, 2)
    assert "3 meetings, 3 held" in dialog.summary.text()
    assert "1 of the 2 reasons" in dialog.summary.text()
    assert dialog.figure_labels["within"].text().startswith("50 % (1 of 2")
    assert dialog.figure_labels["waiting"].text() == "1 candidate, 1 past the deadline"
    pay = next(b for b in dialog.declines_chart.bars if b.label == "Pay or the offer")
    assert pay.total == 1
    assert dialog.declines_chart.has_data
    assert "Pay or the offer: 1" in dialog.declines_chart.accessibleDescription()


def test_presets_and_chosen_dates_change_the_figures(qtbot, window) -> None:
    dialog = _dialog(qtbot, window)
    dialog.preset.setCurrentIndex(dialog.preset.findData(30))
    assert dialog.figures.meetings == 2
    dialog.preset.setCurrentIndex(dialog.preset.findData(365))
    assert dialog.figures.meetings == 4
    dialog.set_period(date(2026, 11, 1), date(2026, 11, 15))
    assert dialog.preset.currentData() is None
    assert dialog.figures.meetings == 1
    assert dialog.figures.median_feedback_hours == pytest.approx(100)
    dialog.set_period(date(2026, 1, 1), date(2026, 1, 31))
    assert dialog.figures.meetings == 0
    assert not dialog.declines_chart.has_data
    assert dialog.figure_labels["sell"].text() == "No data yet"
    dialog.set_period(date(2026, 11, 15), date(2026, 11, 1))
    assert "ends before it starts" in dialog.summary.text()


def test_unsaved_edits_of_an_open_meeting_count(qtbot, window) -> None:
    meeting_id = next(s.id for s in window.store.meetings.list() if s.candidate == "Candidate 60")
    window.select_meeting(meeting_id)
    doc = window.document(meeting_id)
    doc.push(SetFieldCommand(doc, "outcome.result", OfferResult.ACCEPTED))
    dialog = _dialog(qtbot, window)
    assert dialog.figures.accepted == 1


def test_export_writes_a_one_page_pdf_with_the_figures(qtbot, window, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, window)
    monkeypatch.setattr(messages, "ask_save_file", lambda *_: tmp_path / "insights")
    path = dialog.export_pdf()
    assert path == tmp_path / "insights.pdf"
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "2 Sep 2026 – 30 Nov 2026" in text
    assert "Feedback within 2 working days" in text
    assert "Candidate 10" not in text


def test_an_export_that_cannot_be_written_says_why(qtbot, window, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, window)
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: errors.append(text))
    assert dialog.export_pdf(Path(tmp_path / "no-such-folder" / "x.pdf")) is None
    assert errors and "could not be saved" in errors[0]


def test_export_asks_before_replacing_a_file_the_dialog_did_not_name(
    qtbot, window, tmp_path, monkeypatch
):
    dialog = _dialog(qtbot, window)
    existing = tmp_path / "insights.pdf"
    existing.write_bytes(b"keep")
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_save_file", lambda *_: tmp_path / "insights")
    monkeypatch.setattr(messages, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    assert dialog.export_pdf() is None
    assert asked == ["insights.pdf already exists. Replace it?"]
    assert existing.read_bytes() == b"keep"
