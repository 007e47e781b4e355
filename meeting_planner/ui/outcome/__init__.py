"""The Outcome tab of every meeting: the offer, the candidate's answer and a decline's reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .tab import OutcomeTab

if TYPE_CHECKING:
    from ..editor.meeting_editor import MeetingEditor
    from ..window.frame import WindowFrame


def install(window: WindowFrame) -> None:
    window.editor_created.connect(add_outcome_tab)


def add_outcome_tab(editor: MeetingEditor) -> OutcomeTab:
    tab = OutcomeTab(editor.doc)
    editor.add_tab(tab, QCoreApplication.translate("Outcome", "Outcome"))
    return tab


__all__ = ["OutcomeTab", "add_outcome_tab", "install"]
