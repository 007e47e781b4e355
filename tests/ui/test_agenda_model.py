"""The agenda table model: what each column shows, edits as undo commands, drag and drop."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon

from meeting_planner.domain.model import BlockKind, PitchTopic
from meeting_planner.domain.sample import sample_meeting
from meeting_planner.domain.serialize import meeting_to_dict
from meeting_planner.ui.agenda.model import (
    BLOCK_ID_ROLE,
    BLOCK_IDS_MIME,
    BLOCK_ROLE,
    COL_KIND,
    COL_MINUTES,
    COL_OWNER,
    COL_TIME,
    COL_TITLE,
    COL_TOPIC,
    AgendaTableModel,
)
from meeting_planner.ui.core.document import MeetingDocument

MOVE = Qt.DropAction.MoveAction


def _doc() -> MeetingDocument:
    return MeetingDocument(sample_meeting(datetime(2026, 11, 20, 9, 0)))


def _ids(doc: MeetingDocument) -> list[str]:
    return [b.id for b in doc.meeting.agenda]


def test_model_passes_the_model_tester(qtmodeltester) -> None:
    doc = _doc()
    model = AgendaTableModel(doc)
    qtmodeltester.check(model)
    # The tester keeps watching: an edit (dataChanged) and a move (reset) follow.
    model.setData(model.index(2, COL_MINUTES), 9)
    model.dropMimeData(model.mimeData([model.index(0, 0)]), MOVE, 5, 0, QModelIndex())
    doc.undo_stack.undo()
    qtmodeltester.check(model)


def test_columns_show_clock_times_kind_names_and_the_block(qtbot) -> None:
    doc = _doc()
    model = AgendaTableModel(doc)
    first, second = doc.meeting.agenda[0], doc.meeting.agenda[1]
    assert model.rowCount() == len(doc.meeting.agenda) == 10
    assert model.index(0, COL_TIME).data() == "10:00–10:04"
    assert model.index(1, COL_TIME).data() == "10:04–10:12"
    assert model.index(0, COL_TITLE).data() == first.title
    assert model.index(0, COL_KIND).data() == "Welcome"
    assert isinstance(model.index(0, COL_KIND).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.index(1, COL_TOPIC).data() == "Tech stack"
    assert model.index(0, COL_TOPIC).data() == ""
    assert model.index(0, COL_TITLE).data(BLOCK_ID_ROLE) == first.id
    assert model.index(1, COL_OWNER).data(BLOCK_ROLE) is second
    assert model.headerData(COL_TIME, Qt.Orientation.Horizontal) == "Time"


def test_editing_minutes_retimes_later_blocks_and_undoes(qtbot) -> None:
    doc = _doc()
    model = AgendaTableModel(doc)
    before = meeting_to_dict(doc.meeting)
    resets = []
    changed = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda *a: changed.append(a))
    assert model.setData(model.index(0, COL_MINUTES), 10)
    assert doc.meeting.agenda[0].minutes == 10
    assert model.index(1, COL_TIME).data() == "10:10–10:18"
    assert changed and not resets
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert meeting_to_dict(doc.meeting) == before
    assert model.index(1, COL_TIME).data() == "10:04–10:12"


def test_invalid_edits_are_refused_without_a_command(qtbot) -> None:
    doc = _doc()
    model = AgendaTableModel(doc)
    assert not model.setData(model.index(0, COL_MINUTES), 0)
    assert not model.setData(model.index(0, COL_MINUTES), 241)
    assert not model.setData(model.index(0, COL_MINUTES), "soon")
    assert not model.setData(model.index(0, COL_TITLE), "   ")
    assert not model.setData(model.index(0, COL_KIND), "lecture")
    assert not model.setData(model.index(0, COL_TIME), "09:00")
    assert doc.undo_stack.count() == 0


def test_title_typing_merges_and_kind_change_drops_the_pitch_topic(qtbot) -> None:
    doc = _doc()
    model = AgendaTableModel(doc)
    pitch = doc.meeting.agenda[1]
    assert pitch.kind is BlockKind.PITCH and pitch.topic is PitchTopic.STACK
    assert model.setData(model.index(1, COL_TITLE), "Our stack")
    assert model.setData(model.index(1, COL_TITLE), "Our stack, honestly")
    assert doc.undo_stack.count() == 1
    assert model.setData(model.index(1, COL_TOPIC), PitchTopic.CULTURE)
    assert pitch.topic is PitchTopic.CULTURE
    assert model.setData(model.index(1, COL_KIND), BlockKind.DIALOGUE)
    assert pitch.kind is BlockKind.DIALOGUE and pitch.topic is None
    assert not model.flags(model.index(1, COL_TOPIC)) & Qt.ItemFlag.ItemIsEditable
    assert model.index(1, COL_KIND).data() == "Dialogue"
    doc.undo_stack.undo()
    assert pitch.kind is BlockKind.PITCH and pitch.topic is PitchTopic.CULTURE
    assert model.setData(model.index(1, COL_OWNER), "Maja Ström")
    assert pitch.owner == "Maja Ström"


def test_drop_moves_blocks_as_undo_commands_and_returns_false(qtbot) -> None:
    doc = _doc()
    model = AgendaTableModel(doc)
    ids = _ids(doc)
    data = model.mimeData([model.index(0, COL_TITLE), model.index(0, COL_KIND)])
    assert data.hasFormat(BLOCK_IDS_MIME)
    assert model.canDropMimeData(data, MOVE, 4, 0, QModelIndex())
    # Dropping the first block between rows 3 and 4 puts it fourth.
    assert model.dropMimeData(data, MOVE, 4, 0, QModelIndex()) is False
    assert _ids(doc) == ids[1:4] + [ids[0]] + ids[4:]
    assert model.index(3, COL_TITLE).data(BLOCK_ID_ROLE) == ids[0]
    assert model.index(0, COL_TIME).data() == "10:00–10:08"
    doc.undo_stack.undo()
    assert _ids(doc) == ids


def test_dropping_several_blocks_is_one_undo_step(qtbot) -> None:
    doc = _doc()
    model = AgendaTableModel(doc)
    ids = _ids(doc)
    data = model.mimeData([model.index(1, 0), model.index(3, 0)])
    model.dropMimeData(data, MOVE, -1, -1, QModelIndex())
    assert _ids(doc) == [ids[0], ids[2]] + ids[4:] + [ids[1], ids[3]]
    doc.undo_stack.undo()
    assert _ids(doc) == ids
    # Dropped at the end, onto the root: the block goes last.
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, MOVE, len(ids), 0, QModelIndex())
    assert _ids(doc)[-1] == ids[0]


def test_foreign_or_stale_drops_change_nothing(qtbot) -> None:
    doc = _doc()
    model = AgendaTableModel(doc)
    before = _ids(doc)
    data = model.mimeData([model.index(0, 0)])
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, 2, 0, QModelIndex())
    data.setData(BLOCK_IDS_MIME, b'["no-such-block"]')
    model.dropMimeData(data, MOVE, 2, 0, QModelIndex())
    data.setData(BLOCK_IDS_MIME, b"not json")
    model.dropMimeData(data, MOVE, 2, 0, QModelIndex())
    assert _ids(doc) == before and doc.undo_stack.count() == 0


def test_read_only_document_offers_no_editing_or_dragging(qtbot) -> None:
    doc = MeetingDocument(sample_meeting(datetime(2026, 11, 20, 9, 0)), read_only=True)
    model = AgendaTableModel(doc)
    flags = model.flags(model.index(0, COL_TITLE))
    assert not flags & Qt.ItemFlag.ItemIsEditable and not flags & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.setData(model.index(0, COL_TITLE), "New")
    data = model.mimeData([model.index(0, 0)])
    assert not model.canDropMimeData(data, MOVE, 3, 0, QModelIndex())


def test_reordering_resets_and_start_change_retimes(qtbot) -> None:
    from meeting_planner.ui.core.commands import MoveBlockCommand, SetFieldCommand

    doc = _doc()
    model = AgendaTableModel(doc)
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        doc.push(MoveBlockCommand(doc, doc.meeting.agenda[0].id, 2))
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        start = doc.meeting.start.replace(hour=14)
        doc.push(SetFieldCommand(doc, "start", start))
    assert model.index(0, COL_TIME).data().startswith("14:00")
