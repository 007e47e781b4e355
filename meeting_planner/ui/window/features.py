"""Optional parts of the main window, each installed by its own module's install(window)."""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .frame import WindowFrame

# Modules under meeting_planner.ui with an install(window) that adds menu actions,
# views or tabs through the window's public API (menu(key), toolbar, docs...).
FEATURE_MODULES: tuple[str, ...] = (
    "meeting_mode",
    "debrief",
    "followup",
    "outcome",
    "insights",
    "privacy",
    "dialogs.language_dialog",
    "editor.clash_notice",
    "reach",
    "comments",
    "openings",
    "team_folder",
    "scorecards",
)


# The package the names above are in.
_UI_PACKAGE = __package__.rpartition(".")[0]


def install_features(window: WindowFrame) -> None:
    for name in FEATURE_MODULES:
        module = f"{_UI_PACKAGE}.{name}"
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module).install(window)
