"""The debrief in the app and the feedback composer: a tab each in every meeting's editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from .composer import FeedbackComposer
from .debrief_form import DebriefTab

if TYPE_CHECKING:
    from ..editor.meeting_editor import MeetingEditor
    from ..window.frame import WindowFrame

__all__ = ["DebriefTab", "FeedbackComposer", "attach", "install", "show_tab"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Debrief", text)


def attach(editor: MeetingEditor) -> tuple[DebriefTab, FeedbackComposer]:
    """Add the Debrief and Feedback tabs to a meeting's editor."""
    debrief = DebriefTab(editor.doc)
    composer = FeedbackComposer(editor.doc)
    editor.add_tab(debrief, _tr("Debrief"))
    editor.add_tab(composer, _tr("Feedback"))
    debrief.compose_requested.connect(lambda: editor.tabs.setCurrentWidget(composer))
    composer.debrief_requested.connect(lambda: editor.tabs.setCurrentWidget(debrief))
    return debrief, composer


def show_tab(window: WindowFrame, kind: type[DebriefTab] | type[FeedbackComposer]) -> bool:
    """Switch the meeting on screen to its Debrief or Feedback tab; False without one."""
    doc = window.current_doc
    editor = window.editors.get(doc.meeting_id) if doc is not None else None
    tab = editor.findChild(kind) if editor is not None else None
    if tab is None:
        return False
    editor.tabs.setCurrentWidget(tab)
    tab.setFocus()
    return True


def install(window: WindowFrame) -> None:
    window.editor_created.connect(attach)
    menu = window.menu("meeting")
    menu.addSeparator()
    debrief = QAction(_tr("De&brief…"), window)
    debrief.setObjectName("showDebriefAction")
    debrief.setStatusTip(_tr("Rate the criteria, note concerns and record the decision"))
    debrief.triggered.connect(lambda: show_tab(window, DebriefTab))
    compose = QAction(_tr("Compose &feedback…"), window)
    compose.setObjectName("composeFeedbackAction")
    compose.setStatusTip(_tr("Write the reasoned answer to the candidate"))
    compose.triggered.connect(lambda: show_tab(window, FeedbackComposer))
    menu.addActions([debrief, compose])
    # Both need a meeting on screen; the window enables its meeting actions together.
    window.actions.meeting_actions += [debrief, compose]
