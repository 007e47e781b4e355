"""The icons of the app's actions: the desktop's icon theme where it has one (Linux),
else the app's own drawing (resources/icons/actions). Not Qt's standard pixmaps:
asking QStyle for one builds QStyle's Python enums, a few milliseconds of every start."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ...assets import resource


def action_icon(theme_name: str, own: str) -> QIcon:
    """The theme's ``theme_name`` icon, else ours named ``own``; the file is read only
    when the icon is first drawn."""
    return QIcon.fromTheme(theme_name, QIcon(str(resource("icons", "actions", own + ".svg"))))
