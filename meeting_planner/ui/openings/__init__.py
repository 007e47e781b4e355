"""Openings in the app: View > Openings compares each role's candidates, and the Meeting
menu starts the next candidate's meeting from the plan on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ..window.frame import WindowFrame
    from .window import OpeningsWindow

__all__ = ["OpeningsWindow", "install", "reuse_current", "show_openings"]


def __getattr__(name: str) -> Any:
    # The Openings window and the plan reuse load when first asked for.
    if name == "OpeningsWindow":
        from .window import OpeningsWindow

        return OpeningsWindow
    if name == "reuse_current":
        from .reuse import reuse_current

        return reuse_current
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Openings", text)


def show_openings(window: WindowFrame) -> OpeningsWindow | None:
    from .window import OpeningsWindow

    if window.store is None:
        return None
    window.save_now()
    dialog = OpeningsWindow(window.store, window)
    current = window.current_doc
    if current is not None and current.meeting.opening_id:
        dialog.reload(select=current.meeting.opening_id)
    dialog.open_meeting.connect(window.select_meeting)
    if current is not None and not current.read_only:
        dialog.move_here.setVisible(True)
        dialog.move_requested.connect(lambda opening_id: _move(window, dialog, opening_id))
    dialog.setModal(False)
    dialog.show()
    return dialog


def _move(window: WindowFrame, dialog: OpeningsWindow, opening_id: str) -> None:
    """Put the meeting on screen in the chosen opening, as an edit Undo takes back."""
    from ..core.commands import SetFieldCommand

    doc = window.current_doc
    if doc is None or not opening_id or doc.meeting.opening_id == opening_id:
        return
    doc.push(SetFieldCommand(doc, "opening_id", opening_id, label=_tr("opening"), merge=False))
    window.save_now()
    dialog.reload(select=opening_id)


def install(window: WindowFrame) -> None:
    view = QAction(_tr("&Openings…"), window)
    view.setObjectName("showOpeningsAction")
    view.setStatusTip(_tr("Each role's candidates side by side"))
    view.triggered.connect(lambda: show_openings(window))
    window.menu("view").addAction(view)
    reuse = QAction(_tr("Plan for the &next candidate…"), window)
    reuse.setObjectName("reusePlanAction")
    reuse.setStatusTip(_tr("A new meeting with this plan for the opening's next candidate"))
    reuse.triggered.connect(lambda: __getattr__("reuse_current")(window))
    window.menu("meeting").addAction(reuse)
    window.actions.meeting_actions.append(reuse)
