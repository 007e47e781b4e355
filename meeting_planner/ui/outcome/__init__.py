"""The Outcome tab of every meeting: the offer, the candidate's answer and a decline's reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ..editor.meeting_editor import MeetingEditor
    from ..window.frame import WindowFrame
    from .tab import OutcomeTab


def __getattr__(name: str) -> Any:
    # The tab's module loads when a meeting's Outcome tab is first built.
    if name == "OutcomeTab":
        from .tab import OutcomeTab

        return OutcomeTab
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def install(window: WindowFrame) -> None:
    window.editor_created.connect(add_outcome_tab)


def add_outcome_tab(editor: MeetingEditor) -> int:
    """Add the Outcome tab (built when first shown); returns its index."""

    def make() -> OutcomeTab:
        from .tab import OutcomeTab

        return OutcomeTab(editor.doc)

    return editor.add_tab(make, QCoreApplication.translate("Outcome", "Outcome"))


__all__ = ["OutcomeTab", "add_outcome_tab", "install"]
