"""The debrief in the app and the feedback composer: a tab each in every meeting's editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ..editor.meeting_editor import MeetingEditor
    from ..window.frame import WindowFrame
    from .composer import FeedbackComposer
    from .debrief_form import DebriefTab

__all__ = ["DebriefTab", "FeedbackComposer", "attach", "install", "show_tab"]


def __getattr__(name: str) -> Any:
    # The tabs' modules load when a meeting's Debrief or Feedback tab is first built.
    if name == "DebriefTab":
        from .debrief_form import DebriefTab

        return DebriefTab
    if name == "FeedbackComposer":
        from .composer import FeedbackComposer

        return FeedbackComposer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Debrief", text)


def attach(editor: MeetingEditor) -> tuple[int, int]:
    """Add the Debrief and Feedback tabs to a meeting's editor (each built when first
    shown); returns their indexes."""

    def make_debrief() -> DebriefTab:
        from .debrief_form import DebriefTab

        debrief = DebriefTab(editor.doc)
        debrief.compose_requested.connect(lambda: editor.tabs.setCurrentIndex(composer))
        return debrief

    def make_composer() -> FeedbackComposer:
        from .composer import FeedbackComposer

        made = FeedbackComposer(editor.doc)
        made.debrief_requested.connect(lambda: editor.tabs.setCurrentIndex(debrief))
        return made

    debrief = editor.add_tab(make_debrief, _tr("Debrief"))
    composer = editor.add_tab(make_composer, _tr("Feedback"))
    return debrief, composer


def show_tab(window: WindowFrame, kind: type[DebriefTab] | type[FeedbackComposer]) -> bool:
    """Switch the meeting on screen to its Debrief or Feedback tab; False without one."""
    doc = window.current_doc
    editor = window.editors.get(doc.meeting_id) if doc is not None else None
    tab = editor.find_page(kind) if editor is not None else None
    if tab is None:
        return False
    editor.tabs.setCurrentWidget(tab)
    tab.setFocus()
    return True


def _show(window: WindowFrame, name: str) -> bool:
    kind = __getattr__(name)
    return show_tab(window, kind)


def install(window: WindowFrame) -> None:
    window.editor_created.connect(attach)
    menu = window.menu("meeting")
    menu.addSeparator()
    debrief = QAction(_tr("De&brief…"), window)
    debrief.setObjectName("showDebriefAction")
    debrief.setStatusTip(_tr("Rate the criteria, note concerns and record the decision"))
    debrief.triggered.connect(lambda: _show(window, "DebriefTab"))
    compose = QAction(_tr("Compose &feedback…"), window)
    compose.setObjectName("composeFeedbackAction")
    compose.setStatusTip(_tr("Write the reasoned answer to the candidate"))
    compose.triggered.connect(lambda: _show(window, "FeedbackComposer"))
    menu.addActions([debrief, compose])
    # Both need a meeting on screen; the window enables its meeting actions together.
    window.actions.meeting_actions += [debrief, compose]
