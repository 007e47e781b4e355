"""The balance bar and the coach panel follow every edit, and undo takes them back."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from meeting_planner.domain.coach import review
from meeting_planner.domain.model import AgendaBlock, BlockKind, Group, Meeting, Part, Participant
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.ui.agenda import AgendaEditor, BalanceBar, CoachPanel
from meeting_planner.ui.agenda.coach_panel import TARGET_ROLE
from meeting_planner.ui.agenda.labels import group_colour
from meeting_planner.ui.core.commands import UpdateBlockCommand
from meeting_planner.ui.core.document import MeetingDocument


def _finding_ids(panel: CoachPanel) -> list[str]:
    model = panel.model
    return [model.finding(row).id for row in range(model.rowCount())]


def test_findings_model_passes_the_model_tester(qtbot, qtmodeltester) -> None:
    panel = CoachPanel()
    qtbot.addWidget(panel)
    meeting = sample_meeting(datetime(2026, 11, 20, 9, 0))
    meeting.agenda[5].minutes = 120
    panel.set_review(review(meeting))
    assert panel.model.rowCount() > 0
    qtmodeltester.check(panel.model)
    panel.set_review(review(Meeting()))
    qtmodeltester.check(panel.model)


def test_a_huge_dialogue_shows_assess_high_and_undo_clears_it(qtbot) -> None:
    doc = MeetingDocument(sample_meeting(datetime(2026, 11, 20, 9, 0)))
    editor = AgendaEditor(doc)
    qtbot.addWidget(editor)
    dialogue = next(b for b in doc.meeting.agenda if b.kind is BlockKind.DIALOGUE)
    score_before = editor.coach.score_label.text()
    assert "assess-share-high" not in _finding_ids(editor.coach)
    assert "Assess: 12 min" in editor.balance.toolTip()

    editor.model.setData(editor.model.index(doc.meeting.block_index(dialogue.id), 1), 120)
    assert "assess-share-high" in _finding_ids(editor.coach)
    assert "Assess: 120 min" in editor.balance.toolTip()
    assert editor.coach.score_label.text() != score_before
    assert "Problems to fix" in editor.coach.verdict.text()

    doc.undo_stack.undo()
    assert "assess-share-high" not in _finding_ids(editor.coach)
    assert "Assess: 12 min" in editor.balance.toolTip()
    assert editor.coach.score_label.text() == score_before


def test_score_and_findings_show_as_the_user_sees_them(qtbot) -> None:
    panel = CoachPanel()
    qtbot.addWidget(panel)
    meeting = Meeting(agenda=[AgendaBlock(title="Grill", kind=BlockKind.DIALOGUE, minutes=60)])
    result = review(meeting)
    panel.set_review(result)
    assert panel.score_label.text() == f"{result.score} / 100"
    first = panel.model.index(0, 0)
    assert first.data() == result.findings[0].message
    tooltip = first.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"{result.findings[0].why}\n\n{result.findings[0].source}"
    assert result.findings[0].source.startswith("Research: ")
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Problem: ")
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    panel.list.setCurrentIndex(first)
    assert result.findings[0].why in panel.why.text()
    assert f"Source: {result.findings[0].source}" in panel.why.text()
    assert panel.score_label.toolTip() == "Not ready: fix the problems first"


def test_activating_a_finding_emits_its_target(qtbot) -> None:
    panel = CoachPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_review(review(Meeting(agenda=[AgendaBlock(title="x", minutes=30)])))
    index = panel.model.index(0, 0)
    panel.list.setCurrentIndex(index)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.finding_activated, timeout=1000) as signal:
        qtbot.keyClick(panel.list, Qt.Key.Key_Enter)
    assert signal.args == [index.data(TARGET_ROLE)]


def test_balance_bar_paints_each_group_in_its_colour_with_labels(qtbot) -> None:
    bar = BalanceBar()
    qtbot.addWidget(bar)
    bar.resize(600, bar.sizeHint().height())
    meeting = Meeting(
        planned_minutes=60,
        agenda=[
            AgendaBlock(title="Pitch", kind=BlockKind.PITCH, minutes=30),
            AgendaBlock(title="Case", kind=BlockKind.CASE, minutes=15),
            AgendaBlock(title="Talk", kind=BlockKind.DIALOGUE, minutes=15),
        ],
    )
    bar.set_review(review(meeting))
    image = bar.grab().toImage()
    y = 6 + 16 + 13  # the middle of the bar, below the target band
    width = 600 - 12
    # The pitch is the left half, the case the next quarter, assess the last.
    assert image.pixelColor(6 + int(width * 0.03), y) == group_colour(Group.PITCH)
    assert image.pixelColor(6 + int(width * 0.52), y) == group_colour(Group.CASE)
    assert image.pixelColor(6 + int(width * 0.97), y) == group_colour(Group.ASSESS)
    summary = bar.summary()
    assert "Pitch: 30 min (50 %)" in summary and "Frame: 0 min (0 %)" in summary
    assert "Questions: 0 min (0 %)" in summary
    assert "Selling (pitch, and team time a future colleague leads): 50 %" in summary
    assert "35–55 %" in summary
    assert bar.accessibleDescription() == summary


def test_team_time_nobody_counts_as_selling_is_drawn_washed_out_and_named(qtbot) -> None:
    bar = BalanceBar()
    qtbot.addWidget(bar)
    bar.resize(600, bar.sizeHint().height())
    meeting = Meeting(
        planned_minutes=60,
        participants=[Participant(name="Jo", part=Part.MANAGER)],
        agenda=[
            AgendaBlock(title="Pitch", kind=BlockKind.PITCH, minutes=30, owner="Jo"),
            AgendaBlock(title="Team", kind=BlockKind.TEAM, minutes=30, owner="Jo"),
        ],
    )
    bar.set_review(review(meeting))
    summary = bar.summary()
    assert "Team (not selling: no future colleague leads it): 30 min (50 %)" in summary
    assert "Selling (pitch, and team time a future colleague leads): 50 %" in summary
    image = bar.grab().toImage()
    y = 6 + 16 + 13
    inside = image.pixelColor(6 + int(588 * 0.9), y)
    assert inside != group_colour(Group.TEAM)


def test_an_empty_agenda_says_so(qtbot) -> None:
    bar = BalanceBar()
    qtbot.addWidget(bar)
    bar.set_review(review(Meeting()))
    assert "No blocks yet" in bar.toolTip()
    bar.grab()


def test_balance_follows_a_kind_change(qtbot) -> None:
    doc = MeetingDocument(sample_meeting(datetime(2026, 11, 20, 9, 0)))
    editor = AgendaEditor(doc)
    qtbot.addWidget(editor)
    case = next(b for b in doc.meeting.agenda if b.kind is BlockKind.CASE)
    doc.push(UpdateBlockCommand(doc, case.id, kind=BlockKind.DIALOGUE))
    assert "Case: 0 min (0 %)" in editor.balance.toolTip()
    assert "case-missing" in _finding_ids(editor.coach)
