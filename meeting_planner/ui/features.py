"""Optional parts of the main window, each installed by its own module's install(window)."""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow

# Modules under meeting_planner.ui with an install(window) that adds menu actions,
# views or tabs through the window's public API (menu(key), toolbar, docs...).
FEATURE_MODULES: tuple[str, ...] = (
    "meeting_mode",
    "debrief",
    "followup",
    "outcome",
    "insights",
    "privacy",
    "language_dialog",
    "clash_notice",
    "reach",
    "comments",
    "openings",
    "team_folder",
    "scorecards",
)


def install_features(window: MainWindow) -> None:
    for name in FEATURE_MODULES:
        module = f"{__package__}.{name}"
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module).install(window)
