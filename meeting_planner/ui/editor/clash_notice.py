"""A warning above the meeting's editor when the same person is booked in another meeting
at the same time, after a meeting is created, moved or given another participant."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QBoxLayout, QWidget

from ...domain import rules
from ...domain.clashes import Clash, clashes
from ...store.errors import StoreError
from ..core.document import concerns
from ..shared.formatting import format_moment
from ..shared.notice_bar import NoticeBar

if TYPE_CHECKING:
    from ...domain.model import Meeting
    from ..core.document import MeetingDocument
    from ..window.frame import WindowFrame
    from .meeting_editor import MeetingEditor

# The parts of a meeting whose change can make or end a clash.
_TOPICS = ("start", "planned_minutes", "participants", "status")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClashNotice", text)


class ClashNotice(NoticeBar):
    """Names the other meeting and the people booked in both, with a button to open it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            parent,
            object_name="ClashNotice",
            colours=("#fff3cd", "#4d3b00"),
            action_text=_tr("Open it"),
            action_name=_tr("Open the other meeting"),
            dismiss_text=_tr("Dismiss"),
        )
        self.clash: Clash | None = None

    def set_clashes(self, found: list[Clash]) -> None:
        self.clash = found[0] if found else None
        if self.clash is None:
            self.hide()
            return
        other = self.clash.other
        who = other.candidate.name or other.title or _tr("another candidate")
        if len(self.clash.people) > 1:
            sentence = _tr("This meeting overlaps {0}'s meeting at {1}, where {2} also take part.")
        else:
            sentence = _tr("This meeting overlaps {0}'s meeting at {1}, where {2} also takes part.")
        sentence = sentence.format(who, format_moment(other.start), ", ".join(self.clash.people))
        if len(found) > 1:
            sentence += " " + _tr("{0} more meetings overlap too.").format(len(found) - 1)
        self.text.setText(sentence)
        self.show()


class ClashWatcher(QObject):
    """Checks the meeting on screen against the store's planned meetings as it changes."""

    def __init__(self, window: WindowFrame):
        super().__init__(window)
        self.setObjectName("ClashWatcher")
        self.window = window
        self.notices: dict[str, ClashNotice] = {}
        window.editor_created.connect(self.attach)
        for editor in window.editors.values():
            self.attach(editor)

    def attach(self, editor: MeetingEditor) -> None:
        doc = editor.doc
        notice = ClashNotice(editor)
        layout = editor.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(1, notice)
        notice.action_requested.connect(
            lambda n=notice: n.clash is not None and self.window.select_meeting(n.clash.other.id)
        )
        self.notices[doc.meeting_id] = notice
        doc.changed.connect(lambda topic, d=doc: self._changed(d, topic))
        self.check(doc)

    def _changed(self, doc: MeetingDocument, topic: str) -> None:
        if any(concerns(topic, t) for t in _TOPICS):
            self.check(doc)

    def check(self, doc: MeetingDocument) -> list[Clash]:
        """Look for clashes of ``doc``'s meeting now, and show or hide its notice."""
        notice = self.notices.get(doc.meeting_id)
        found = clashes(doc.meeting, self._neighbours(doc.meeting))
        if notice is not None:
            notice.set_clashes(found)
        return found

    def _neighbours(self, meeting: Meeting) -> list[Meeting]:
        """The stored meetings that could overlap: those starting before this one ends and
        at most the longest meeting's length before it starts."""
        store = self.window.store
        if store is None:
            return []
        earliest = meeting.start - timedelta(minutes=rules.PLANNED_MINUTES_MAX)
        found = []
        for summary in store.meetings.list():
            start = summary.start.replace(tzinfo=None)
            if summary.id == meeting.id or not earliest < start < meeting.planned_end:
                continue
            open_doc = self.window.docs.get(summary.id)
            if open_doc is not None:
                found.append(open_doc.meeting)
                continue
            try:
                found.append(store.meetings.get(summary.id))
            except StoreError:
                continue  # a meeting that cannot be read clashes with none
        return found


def install(window: WindowFrame) -> ClashWatcher:
    return ClashWatcher(window)
