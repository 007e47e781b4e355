"""How meeting mode looks: calm colours for a meeting room, and type that scales with the window."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QScrollBar, QWidget

# Read from across a table: light text on a dark, quiet background. The overrun
# colour is a warm amber, a nudge rather than an alarm the candidate would notice.
BACKGROUND = "#1f252d"
PANEL = "#2a323c"
TEXT = "#f2f4f7"
MUTED = "#a9b3bf"
ACCENT = "#7cc4a4"
OVERRUN = "#f2b544"
PAUSED = "#8a94a0"

STYLESHEET = f"""
QWidget#MeetingMode, QWidget#MiniTimer {{ background: {BACKGROUND}; color: {TEXT}; }}
QWidget#MeetingMode QLabel, QWidget#MiniTimer QLabel {{ color: {TEXT}; background: transparent; }}
QWidget#MeetingMode QLabel[role="muted"], QWidget#MiniTimer QLabel[role="muted"] {{
    color: {MUTED};
}}
QWidget#MeetingMode QLabel[role="accent"] {{ color: {ACCENT}; }}
QWidget#MeetingMode QLabel[state="overrun"], QWidget#MiniTimer QLabel[state="overrun"] {{
    color: {OVERRUN};
}}
QWidget#MeetingMode QLabel[state="paused"], QWidget#MiniTimer QLabel[state="paused"] {{
    color: {PAUSED};
}}
QWidget#MeetingMode QLabel#OverrunWarning {{ color: {OVERRUN}; }}
QFrame#Panel {{ background: {PANEL}; border-radius: 10px; }}
QPlainTextEdit {{
    background: {BACKGROUND}; color: {TEXT}; border: 1px solid #465160;
    border-radius: 6px; padding: 6px; selection-background-color: #3d6b8c;
}}
QPlainTextEdit:focus {{ border: 1px solid {ACCENT}; }}
QPushButton {{
    background: {PANEL}; color: {TEXT}; border: 1px solid #465160; border-radius: 6px;
    padding: 8px 14px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:checked {{ background: #3a4756; border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #6b7480; }}
QPushButton#StartButton {{
    background: {ACCENT}; color: {BACKGROUND}; border-color: {ACCENT}; font-weight: bold;
}}
QScrollArea {{ background: transparent; border: none; }}
QWidget#TalkingPoints {{ background: transparent; }}
"""

# What the stylesheet leaves to the style (the scroll bars) is drawn from the palette:
# meeting mode's own, so a scroll bar is as dark as the panel it is on. Under a style
# sheet Qt hands children the app's palette, not their window's: see use_palette.
_PALETTE = {
    QPalette.ColorRole.Window: BACKGROUND,
    QPalette.ColorRole.Base: BACKGROUND,
    QPalette.ColorRole.AlternateBase: PANEL,
    QPalette.ColorRole.Button: PANEL,
    QPalette.ColorRole.Light: "#536071",
    QPalette.ColorRole.Midlight: "#465160",
    QPalette.ColorRole.Mid: "#3a4756",
    QPalette.ColorRole.Dark: "#161b21",
    QPalette.ColorRole.Shadow: "#0d1014",
    QPalette.ColorRole.WindowText: TEXT,
    QPalette.ColorRole.Text: TEXT,
    QPalette.ColorRole.ButtonText: TEXT,
    QPalette.ColorRole.BrightText: TEXT,
    QPalette.ColorRole.PlaceholderText: MUTED,
    QPalette.ColorRole.Highlight: "#3d6b8c",
    QPalette.ColorRole.HighlightedText: TEXT,
    QPalette.ColorRole.ToolTipBase: PANEL,
    QPalette.ColorRole.ToolTipText: TEXT,
}


def meeting_palette() -> QPalette:
    """Meeting mode's calm dark colours as a palette, for what the style draws itself."""
    palette = QPalette()
    for role, colour in _PALETTE.items():
        palette.setColor(role, QColor(colour))
    return palette


# Point sizes at the reference window size; meeting mode scales them with the window.
REFERENCE_SIZE = (1280, 800)
SIZES = {
    "clock": 84,
    "title": 30,
    "meeting_clock": 26,
    "points": 17,
    "body": 14,
    "small": 11,
}


def scale_for(width: int, height: int) -> float:
    """How much bigger than at the reference size the type should be (never tiny)."""
    ref_w, ref_h = REFERENCE_SIZE
    return max(0.6, min(width / ref_w, height / ref_h))


def apply_font(widget: QWidget, size: str, scale: float, *, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(max(8.0, SIZES[size] * scale))
    font.setBold(bold)
    widget.setFont(font)


def use_palette(window: QWidget) -> None:
    """Give meeting mode's palette to the window's scroll bars, which the style sheet
    leaves to the style: a style sheet keeps the app's light palette on them."""
    palette = meeting_palette()
    for bar in window.findChildren(QScrollBar):
        bar.setPalette(palette)


def set_state(widget: QWidget, state: str) -> None:
    """Switch a label's look (``""``, ``"overrun"`` or ``"paused"``) through the stylesheet."""
    if widget.property("state") != state:
        widget.setProperty("state", state)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
