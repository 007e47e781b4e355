"""The look of every PDF: paragraph styles, colours by group and kind, and their labels."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..domain.model import Group
from ..domain.phrases import mark
from .fonts import BOLD, REGULAR, register_fonts
from .text import Run, TextBlock

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Table

# Group colours differ in lightness as well as hue, so a greyscale print still
# tells them apart; every use of a colour also carries a text label.
GROUP_HEX: dict[Group, str] = {
    Group.PITCH: "#1f5f8b",
    Group.TEAM: "#4a90c2",
    Group.CASE: "#e0a030",
    Group.ASSESS: "#7b4f9e",
    Group.QUESTIONS: "#2a8c80",
    Group.FRAME: "#c5cbd3",
}
# Light tints of the same colours, behind dark text in tables, and for team time that
# does not count as selling.
GROUP_TINT_HEX: dict[Group, str] = {
    Group.PITCH: "#cfe0ee",
    Group.TEAM: "#dbe9f4",
    Group.CASE: "#f8e6c2",
    Group.ASSESS: "#e4d8ef",
    Group.QUESTIONS: "#d2ece8",
    Group.FRAME: "#eef0f3",
}
# Groups whose colour is dark carry white labels.
DARK_GROUPS = frozenset({Group.PITCH, Group.ASSESS, Group.QUESTIONS})
# In English; documents show them in the meeting's language through phrases.text.
GROUP_LABEL: dict[Group, str] = {
    Group.PITCH: mark("Pitch"),
    Group.TEAM: mark("Team"),
    Group.CASE: mark("Case"),
    Group.ASSESS: mark("Assess"),
    Group.QUESTIONS: mark("Questions"),
    Group.FRAME: mark("Frame"),
}

INK = "#1d2733"
MUTED = "#5b6675"
RULE = "#b9c1cc"
ACCENT = "#1f5f8b"
HEADER_FILL = "#2b3a4a"

FONT_SIZE = 9.5
LEADING = 12.5
# First in every table's style: reportlab's cells otherwise start in Helvetica,
# which then is named in the file without being embedded.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


def colour(hex_value: str) -> Color:
    from reportlab.lib.colors import HexColor

    return HexColor(hex_value)


@cache
def stylesheet() -> dict[str, ParagraphStyle]:
    """Named paragraph styles, built once per process."""
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        # Bullets default to Helvetica, which has no check box.
        bulletFontName=REGULAR,
        fontSize=FONT_SIZE,
        leading=LEADING,
        textColor=colour(INK),
        alignment=TA_LEFT,
        spaceAfter=3,
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    sheet = {
        "body": base,
        "title": derive("title", fontName=BOLD, fontSize=18, leading=22, spaceAfter=2),
        "subtitle": derive("subtitle", fontSize=11, leading=14, textColor=colour(MUTED)),
        "h1": derive(
            "h1",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=colour(ACCENT),
            spaceBefore=8,
            spaceAfter=4,
        ),
        "h2": derive(
            "h2",
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=5,
            spaceAfter=1,
        ),
        "muted": derive("muted", textColor=colour(MUTED)),
        "small": derive("small", fontSize=8, leading=10, textColor=colour(MUTED)),
        "label": derive("label", fontName=BOLD, fontSize=8.5, leading=11, textColor=colour(MUTED)),
        "cell": derive("cell", fontSize=9, leading=11.5, spaceAfter=0),
        "cell_bold": derive("cell_bold", fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_note": derive(
            "cell_note", fontSize=8, leading=10, textColor=colour(MUTED), spaceAfter=0
        ),
        "head": derive(
            "head",
            fontName=BOLD,
            fontSize=8.5,
            leading=11,
            textColor=colour("#ffffff"),
            spaceAfter=0,
        ),
        "bullet": derive("bullet", leftIndent=12, bulletIndent=2, spaceAfter=1),
        "why": derive(
            "why", fontSize=8, leading=10, leftIndent=12, textColor=colour(MUTED), spaceAfter=3
        ),
        "note": derive(
            "note",
            leftIndent=8,
            borderPadding=0,
            textColor=colour(INK),
            fontSize=9,
            leading=12,
        ),
    }
    # Room a heading needs below it (a few lines of what it heads), else it moves on.
    sheet["h1"].room_after = 2 * LEADING
    sheet["h2"].room_after = 2 * LEADING
    return sheet


def para(value: str, style: str = "body", bullet: str | None = None) -> TextBlock:
    """A block of text in one face: user text is drawn as it is, never parsed."""
    s = stylesheet()[style]
    return TextBlock([[(value, s.fontName, None)]], s, bullet)


def rich(runs: list[Run], style: str = "body", bullet: str | None = None) -> TextBlock:
    """A block of text mixing faces and colours, one run each."""
    return TextBlock([runs], stylesheet()[style], bullet)


def plain(text: str, colour: str | None = None) -> Run:
    return (text, REGULAR, colour)


def bold(text: str, colour: str | None = None) -> Run:
    return (text, BOLD, colour)


def bullets(items: list[str], style: str = "bullet", symbol: str = "•") -> list[Flowable]:
    """A bulleted list of the non-empty items of user text, as one flowable."""
    s = stylesheet()[style]
    entries = [[(item, s.fontName, None)] for item in items if item.strip()]
    return [TextBlock(entries, s, symbol)] if entries else []


def bullet_runs(items: list[list[Run]], style: str = "bullet", symbol: str = "•") -> list[Flowable]:
    """A bulleted list whose items mix faces and colours, as one flowable."""
    return [TextBlock(items, stylesheet()[style], symbol)] if items else []


def facts(rows: list[tuple[str, Flowable | str]], width: float) -> Table:
    """A two-column table of labels and short values (values as user text or flowables)."""
    from reportlab.platypus import Table, TableStyle

    label_width = min(95.0, width * 0.25)
    data = [
        [
            para(label, "label"),
            para(value, "cell") if isinstance(value, str) else value,
        ]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table
