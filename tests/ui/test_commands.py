"""Undo commands and the field binder: every edit undoes back to the exact earlier state."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from meeting_planner.domain.model import AgendaBlock, BlockKind, Criterion, Language, Participant
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.ui.core.binder import FieldBinder
from meeting_planner.ui.core.commands import (
    AddBlockCommand,
    AddCriterionCommand,
    AddParticipantCommand,
    MoveBlockCommand,
    RankCriteriaCommand,
    RemoveBlockCommand,
    RemoveCriterionCommand,
    RemoveParticipantCommand,
    SetFieldCommand,
    SetRatingCommand,
    UpdateBlockCommand,
    UpdateCriterionCommand,
    UpdateParticipantCommand,
)
from meeting_planner.ui.core.document import MeetingDocument


def _doc() -> MeetingDocument:
    return MeetingDocument(sample_meeting(datetime(2026, 11, 20, 9, 0)))


def test_every_command_undoes_to_the_exact_state_and_redoes(qtbot) -> None:
    doc = _doc()
    m = doc.meeting
    states = [meeting_to_dict(m)]
    first, second = m.agenda[0].id, m.agenda[1].id
    crit = m.criteria[0].id
    person = m.participants[0].id
    makers = [
        lambda: SetFieldCommand(doc, "candidate.name", "Дмитрий Иванов"),
        lambda: AddBlockCommand(
            doc, AgendaBlock(title="Coffee", kind=BlockKind.BREAK, minutes=5), 2
        ),
        lambda: MoveBlockCommand(doc, first, 3),
        lambda: UpdateBlockCommand(doc, second, minutes=25, title="Longer"),
        lambda: RemoveBlockCommand(doc, second),
        lambda: AddParticipantCommand(doc, Participant(name="Σοφία", part="colleague")),
        lambda: UpdateParticipantCommand(doc, person, title="Head of platform"),
        lambda: RemoveParticipantCommand(doc, person),
        lambda: AddCriterionCommand(doc, Criterion(name="Curiosity")),
        lambda: UpdateCriterionCommand(doc, crit, description="changed"),
        lambda: RankCriteriaCommand(doc, [c.id for c in reversed(m.criteria)]),
        lambda: SetRatingCommand(doc, crit, 3, "good questions"),
        lambda: RemoveCriterionCommand(doc, crit),
    ]
    commands = []
    for make in makers:
        commands.append(make())
        doc.push(commands[-1])
        states.append(meeting_to_dict(m))
    assert states[-1] != states[0]
    for i in range(len(commands), 0, -1):
        doc.undo_stack.undo()
        assert meeting_to_dict(m) == states[i - 1], commands[i - 1].text()
    for i in range(len(commands)):
        doc.undo_stack.redo()
        assert meeting_to_dict(m) == states[i + 1], commands[i].text()


def test_read_only_document_refuses_edits(qtbot) -> None:
    doc = _doc()
    doc.read_only = True
    before = meeting_to_dict(doc.meeting)
    assert doc.push(SetFieldCommand(doc, "title", "x")) is False
    assert meeting_to_dict(doc.meeting) == before


def test_typing_merges_into_one_command_and_the_widget_follows_undo(qtbot) -> None:
    doc = _doc()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    binder = FieldBinder(doc)
    binder.bind_line_edit(edit, "candidate.name")
    original = doc.meeting.candidate.name
    assert edit.text() == original
    edit.clear()
    qtbot.keyClicks(edit, "Ana Lima")
    assert doc.meeting.candidate.name == "Ana Lima"
    assert doc.undo_stack.count() == 1
    assert doc.is_modified
    doc.undo_stack.undo()
    assert doc.meeting.candidate.name == original and edit.text() == original
    assert not doc.is_modified


def test_binder_covers_lines_spin_and_combo(qtbot) -> None:
    doc = _doc()
    binder = FieldBinder(doc)
    lines, spin, combo = QPlainTextEdit(), QSpinBox(), QComboBox()
    for w in (lines, spin, combo):
        qtbot.addWidget(w)
    spin.setRange(0, 600)
    for lang in Language:
        combo.addItem(lang.value, lang)
    binder.bind_lines(lines, "role.tech_stack")
    binder.bind_spin(spin, "planned_minutes")
    binder.bind_combo(combo, "language")
    lines.setPlainText("Go\n\nCockroachDB\n")
    assert doc.meeting.role.tech_stack == ["Go", "CockroachDB"]
    spin.setValue(75)
    assert doc.meeting.planned_minutes == 75
    combo.setCurrentIndex(combo.findData(Language.SV))
    assert doc.meeting.language is Language.SV
    doc.undo_stack.undo()
    assert combo.currentData() == Language.EN
    doc.undo_stack.undo()
    assert spin.value() == doc.meeting.planned_minutes != 75
    doc.undo_stack.undo()
    assert "CockroachDB" not in lines.toPlainText()


def test_every_change_brings_a_fresh_review(qtbot) -> None:
    doc = _doc()
    seen = []
    doc.reviewed.connect(seen.append)
    dialogue = AgendaBlock(title="Grilling", kind=BlockKind.DIALOGUE, minutes=120)
    doc.push(AddBlockCommand(doc, dialogue, 1))
    assert seen and seen[-1].shares["assess"] > 0.35
    assert any(f.id == "assess-share-high" for f in seen[-1].findings)
