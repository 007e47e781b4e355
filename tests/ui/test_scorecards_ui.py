"""Scorecards in the app: a form per person from the Documents menu; what comes back sits
side by side in the Debrief tab, folded until your own is in, disagreements marked."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from meeting_planner.domain.model import Decision, Rating, Scorecard
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.export.debrief_form import INTERVIEWER_ID, REASONS
from meeting_planner.store import Store
from meeting_planner.teamfolder.files import NAME_SETTING
from meeting_planner.ui.debrief import DebriefTab
from meeting_planner.ui.scorecards import FOLD_SETTING, ScorecardsPanel, save_form
from meeting_planner.ui.shared import messages
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


def _panel(window: MainWindow) -> ScorecardsPanel:
    editor = window.editors[window.current_doc.meeting_id]
    # The Debrief tab is made when first opened, the panel with it.
    debrief = editor.find_page(DebriefTab)
    panel = editor.findChild(ScorecardsPanel)
    assert panel is not None
    assert debrief is not None and debrief.isAncestorOf(panel)
    return panel


def _with_cards():
    meeting = sample_meeting(NOW)
    first, second = meeting.ranked_criteria[:2]
    people = meeting.participants
    for person, a, b, rec in (
        (people[0], 4, 3, Decision.ADVANCE),
        (people[1], 2, 3, Decision.HOLD),
    ):
        meeting.scorecards.append(
            Scorecard(
                participant_id=person.id,
                interviewer=person.name,
                ratings=[Rating(first.id, a), Rating(second.id, b)],
                recommendation=rec,
            )
        )
    return meeting


def _cells(panel: ScorecardsPanel) -> list[list[str]]:
    table = panel.table
    return [
        [table.verticalHeaderItem(r).text()]
        + [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_folded_until_mine_is_in_then_side_by_side(window) -> None:
    meeting = _with_cards()
    third = meeting.participants[2]
    window.store.settings.set(NAME_SETTING, third.name)
    assert window.add_meeting(meeting)
    panel = _panel(window)
    assert panel.folded and not panel.table.isVisibleTo(panel)
    assert panel.summary.text().startswith("2 scorecards are in.")
    # My own scorecard comes in: the others unfold.
    doc = window.current_doc
    from meeting_planner.domain.serialize import meeting_to_dict
    from meeting_planner.ui.core.commands import ReplaceMeetingCommand

    mine = meeting_to_dict(doc.meeting)
    mine["scorecards"].append({"participant_id": third.id, "interviewer": third.name})
    doc.push(ReplaceMeetingCommand(doc, mine, "import"))
    assert not panel.folded and panel.table.isVisibleTo(panel)
    rows = _cells(panel)
    first = meeting.ranked_criteria[0].name
    assert rows[0][:4] == [first, "4", "2", "–"]
    assert rows[0][4] == "2: talk about it"
    assert rows[-1][:3] == ["Recommends", "Next step", "Hold"]
    assert panel.summary.text() == (
        "1 criterion with ratings two or more apart: talk it through before you decide."
    )


def test_the_option_off_shows_them_at_once_and_is_remembered(window) -> None:
    assert window.add_meeting(_with_cards())
    panel = _panel(window)
    assert panel.folded
    panel.show_button.click()
    assert not panel.folded
    panel.fold.setChecked(False)
    assert window.store.settings.get(FOLD_SETTING) is False


def test_a_form_per_person_from_the_documents_menu_and_back_as_a_scorecard(
    window, tmp_path: Path, monkeypatch
) -> None:
    meeting = sample_meeting(NOW)
    assert window.add_meeting(meeting)
    menu = window.findChild(type(window.menu("documents")), "interviewerFormsMenu")
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [p.name for p in meeting.participants]
    person = meeting.participants[1]
    path = save_form(window, person.id, tmp_path / "aino.pdf")
    assert path is not None
    fields = PdfReader(str(path)).get_fields()
    assert fields[INTERVIEWER_ID]["/V"] == person.id
    writer = PdfWriter(clone_from=PdfReader(str(path)))
    writer.update_page_form_field_values(None, {REASONS: "Strong on design"}, auto_regenerate=False)
    filled = tmp_path / "aino-filled.pdf"
    out = io.BytesIO()
    writer.write(out)
    filled.write_bytes(out.getvalue())
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda p, t, text: shown.append(text))
    assert window.import_debrief(filled)
    card = window.current_doc.meeting.scorecards[0]
    assert card.participant_id == person.id and card.notes == "Strong on design"
    assert window.current_doc.meeting.debrief.reasons == ""
    assert f"Scorecard of {person.name}: added" in shown[0]
    window.current_doc.undo_stack.undo()
    assert window.current_doc.meeting.scorecards == []
