"""The Insights window, opened from the View menu: patterns across the meetings of a period."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ..window.frame import WindowFrame
    from .window import InsightsWindow


def __getattr__(name: str) -> Any:
    # The window and its charts load when Insights is first opened, not at start-up.
    if name == "InsightsWindow":
        from .window import InsightsWindow

        return InsightsWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def install(window: WindowFrame) -> None:
    action = QAction(QCoreApplication.translate("Insights", "&Insights…"), window)
    action.setObjectName("showInsights")
    action.setStatusTip(
        QCoreApplication.translate(
            "Insights", "Why candidates decline, what worries them, how fast they hear back"
        )
    )
    action.triggered.connect(lambda: show_insights(window))
    window.menu("view").addAction(action)


def show_insights(window: WindowFrame) -> InsightsWindow:
    """Open the Insights window (one per main window), or bring it forward with fresh figures."""
    from .window import InsightsWindow

    # Figures count what is on screen: saving first keeps the store and the window agreeing.
    window.autosaver.flush()
    dialog = window.findChild(InsightsWindow)
    if dialog is None:
        dialog = InsightsWindow(window)
    else:
        dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


__all__ = ["InsightsWindow", "install", "show_insights"]
