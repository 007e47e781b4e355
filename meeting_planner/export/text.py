"""User text on its way into a PDF: always text, never markup.

Either escaped for a reportlab Paragraph (para_text) or drawn as it is by TextBlock,
which never parses anything; plus the dates and times the documents print.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterator
from datetime import datetime
from enum import Enum
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from ..domain.model import Meeting
from ..domain.phrases import format_day, format_moment, format_short_day, format_time, format_when
from ..printable import printable
from .fonts import missing_glyphs


def para_text(value: str) -> str:
    """``value`` made safe for a reportlab Paragraph: every ``<``, ``&`` and quote
    escaped, line breaks kept, control characters taken out. The only way user text
    reaches a Paragraph."""
    # Control and bidirectional formatting characters go: a PDF would carry them as
    # text, and a reader copying it out would get them too.
    escaped = html.escape(printable(value), quote=True)
    return escaped.replace("\n", "<br/>")


def collect_missing(meeting: Meeting) -> set[str]:
    """Every character in any of the meeting's texts that the PDF font cannot show."""
    missing: set[str] = set()
    for text in _texts(meeting):
        missing |= missing_glyphs(text)
    return missing


def _texts(obj: Any) -> Iterator[str]:
    """Every string in a dataclass tree (enum values excluded: they are ours, not the user's)."""
    if isinstance(obj, Enum):
        return
    if isinstance(obj, str):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _texts(getattr(obj, f.name))
    elif isinstance(obj, list | tuple):
        for item in obj:
            yield from _texts(item)
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from _texts(key)
            yield from _texts(item)


# The date helpers of every document: thin names over domain.phrases, which writes
# dates as each language does (English by default).
def clock(moment: datetime, language: str = "en") -> str:
    """A time of day, 24-hour: ``14:05`` (``14.05`` in Swedish and Danish)."""
    return format_time(moment, language)


def day(moment: datetime, language: str = "en") -> str:
    """A date in words, the same whatever the system's locale: ``Tuesday 24 November 2026``."""
    return format_day(moment, language)


def short_day(moment: datetime, language: str = "en") -> str:
    """A compact date for footers: ``24 Nov 2026``."""
    return format_short_day(moment, language)


def when(start: datetime, end: datetime, language: str = "en") -> str:
    """A date with a time span: ``Tuesday 24 November 2026, 14:00–15:00``."""
    return format_when(start, end, language)


def moment_text(moment: datetime, language: str = "en") -> str:
    """A date and a time: ``Thursday 26 November 2026 at 15:00``."""
    return format_moment(moment, language)


# A run of text in one face and colour: (text, font name, colour as "#rrggbb" or None).
Run = tuple[str, str, str | None]
# A wrapped line: its runs, and whether it starts an item (and so carries the bullet).
Line = tuple[list[Run], bool]


class TextBlock(Flowable):
    """Plain text wrapped to the frame: user text is drawn as it is, never parsed.

    A lighter stand-in for reportlab's Paragraph where no markup is wanted: it
    wraps at spaces and after hyphens (and inside a word only where it is longer
    than a line: tables size their columns so none is, see columns.py), keeps line breaks,
    mixes faces and colours by runs, and splits across pages between lines. With
    a bullet, each item is one bulleted entry, so a whole list is one flowable.
    """

    def __init__(
        self,
        items: list[list[Run]],
        style: ParagraphStyle,
        bullet: str | None = None,
        lines: list[Line] | None = None,
    ) -> None:
        super().__init__()
        self.items = items
        self.style = style
        self.bullet = bullet
        # Headings need room for a few lines below them, or they move to the next
        # page; cheaper than keepWithNext, which lays out the next flowable twice.
        self.style_room_after = float(getattr(style, "room_after", 0))
        self.room_after = self.style_room_after
        # What follows a heading, when it is text (see keep_headings_together).
        self.next_block: TextBlock | None = None
        self._lines = lines
        # Parts made by split() keep their lines: the next frame has the same width.
        self._wrapped_for: float | None = None if lines is None else -1.0
        # Where drawOn puts the block; draw() called on its own draws at the origin.
        self._origin = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_for not in (availWidth, -1.0):
            width = availWidth - self.style.leftIndent
            self._lines = [
                (runs, n == 0)
                for item in self.items
                for n, runs in enumerate(_break_lines(item, self.style.fontSize, width))
            ]
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = max(1, len(self._lines or [])) * self.style.leading
        if self.style_room_after:
            self.room_after = self.room_for_next(availWidth)
        if self.room_after and availHeight < self.height + self.room_after:
            return availWidth, self.height + self.room_after
        return availWidth, self.height

    def room_for_next(self, width: float) -> float:
        """The room a heading asks below itself: the least of what follows that may
        start a page (a heading with what it needs in turn, an item of up to three
        lines whole, else its first two: the rule split() keeps), or the style's."""
        after = self.next_block
        if after is None:
            return self.style_room_after
        after.wrap(width, _NO_LIMIT)
        first_item = 0
        for n, (_runs, starts) in enumerate(after._lines or []):
            if starts and n:
                break
            first_item += 1
        if after.style_room_after:
            start = after.height + after.room_after
        else:
            start = (first_item if first_item <= 3 else 2) * after.style.leading
        return self.style.spaceAfter + after.style.spaceBefore + start

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        lines = self._lines or []
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or self.room_after:
            return []
        if fit >= len(lines):
            return [self]
        fit = _page_break(lines, fit)
        if fit <= 0:
            return []
        return [
            TextBlock(self.items, self.style, self.bullet, lines[:fit]),
            TextBlock(self.items, _continued(self.style), self.bullet, lines[fit:]),
        ]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        """As Flowable.drawOn, less the translation: the block draws at absolute
        positions, which spares a transformation matrix per block."""
        canvas.saveState()
        self.canv = canvas
        self._origin = (self._hAlignAdjust(x, _sW), y)
        try:
            self.draw()
        finally:
            self._origin = (0.0, 0.0)
            del self.canv
            canvas.restoreState()

    def draw(self) -> None:
        lines = self._lines or []
        style = self.style
        size, leading, ink = style.fontSize, style.leading, style.textColor
        x0, y0 = self._origin
        indent = x0 + style.leftIndent
        bullet_x = x0 + style.bulletIndent
        # The first baseline one font size below the top, as reportlab's Paragraph.
        y = y0 + self.height - size
        bulleted = bool(self.bullet)
        starts_with_bullet = bulleted and bool(lines) and lines[0][1]
        # One text object for the whole block: far fewer PDF operators, and far
        # less time, than a drawString per run. Lines move down by the leading
        # (T*), so only a bullet needs its own position.
        text = self.canv.beginText(bullet_x if starts_with_bullet else indent, y)
        if not starts_with_bullet and not (lines and lines[0][0] and lines[0][0][0][0]):
            # Otherwise the first setFont below sets the leading T* moves by.
            text.setLeading(leading)
        text.setFillColor(ink)
        font_now, colour_now = "", None
        for n, (runs, first) in enumerate(lines):
            if first and bulleted:
                if n:
                    text.setTextOrigin(bullet_x, y)
                if colour_now is not None:
                    text.setFillColor(ink)
                    colour_now = None
                text.setFont(style.bulletFontName, size, leading)
                text._textOut(self.bullet)
                font_now = style.bulletFontName
                text.setTextOrigin(indent, y)
            # The last line needs no move down after it.
            last = len(runs) - 1 if n < len(lines) - 1 else -2
            for i, (piece, font, hex_colour) in enumerate(runs):
                if font != font_now:
                    text.setFont(font, size, leading)
                    font_now = font
                if hex_colour != colour_now:
                    text.setFillColor(_hex(hex_colour) if hex_colour else ink)
                    colour_now = hex_colour
                # _textOut: the cursor need not follow (each line starts afresh),
                # which spares a string width per run; T* ends the line.
                text._textOut(piece, i == last)
            if last == -1:
                text._textOut("", 1)
            y -= leading
        self.canv.drawText(text)


_NO_LIMIT = 1e9


def keep_headings_together(story: list[Flowable]) -> list[Flowable]:
    """Each heading learns what follows it, so that it asks for room for the start of
    that (see TextBlock.room_for_next): never a heading alone at a page's foot, whether
    another heading, a short item or a long one comes next. Returns ``story``."""
    for flowable, after in zip(story, story[1:], strict=False):
        if isinstance(flowable, TextBlock) and flowable.style_room_after:
            flowable.next_block = after if isinstance(after, TextBlock) else None
    return story


@lru_cache(maxsize=256)
def _hex(value: str) -> Color:
    return HexColor(value)


def _page_break(lines: list[Line], fit: int) -> int:
    """Where to break ``lines`` given that ``fit`` of them fit: never leave one line of
    an item alone at the foot of a page or the top of the next (it moves on whole,
    or takes a second line with it)."""
    start = fit
    while start > 0 and not lines[start][1]:
        start -= 1
    if start == fit:
        return fit  # between items
    end = fit
    while end < len(lines) and not lines[end][1]:
        end += 1
    if fit - start < 2:
        return start
    if end - fit < 2:
        return fit - 1 if fit - 1 - start >= 2 else start
    return fit


def _continued(style: ParagraphStyle) -> ParagraphStyle:
    """The style of a block's rest on the next page: no space above it."""
    return ParagraphStyle(style.name + "-cont", parent=style, spaceBefore=0)


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    # reportlab's own measure (in C where its accelerator is built), as its
    # paragraphs use: a thousandth of the size times the glyphs' widths.
    return pdfmetrics.getFont(font).stringWidth(text, size)


def text_width(text: str, font: str, size: float) -> float:
    """How wide ``text`` is drawn in ``font`` at ``size``, in points."""
    return _width(text, font, size)


# A line may break after a hyphen between two letters ("Åkesson-|Ländström").
_AFTER_HYPHEN = re.compile(r"(?<=[^\W\d_][-\u2010])(?=[^\W\d_])")


def unbreakable_pieces(text: str) -> list[str]:
    """The parts of ``text`` a line never breaks inside: words, and the parts of a
    hyphenated word with the hyphen kept on the first. An email address or a web
    address stays whole: broken at its hyphen it is copied wrong."""
    return [
        piece
        for word in text.split()
        for piece in ([word] if _ADDRESS.search(word) else _AFTER_HYPHEN.split(word))
    ]


_ADDRESS = re.compile(r"@|://|^www\.")


def _break_lines(runs: list[Run], size: float, width: float) -> list[list[Run]]:
    """Greedy line breaking at spaces; hard breaks at newlines; over-long words cut."""
    lines: list[list[Run]] = [[]]
    used = 0.0
    for text, font, hex_colour in runs:
        text = printable(text).replace("\t", " ")
        for n, part in enumerate(text.split("\n")):
            if n:
                lines.append([])
                used = 0.0
            if not part:
                continue
            whole = _width(part, font, size)
            # Most texts fit on the line they start on: then breaking them word by
            # word would give the same line, at many times the cost.
            if used + whole <= width + 0.01 and (used > 0 or not part.startswith(" ")):
                _append(lines[-1], part, font, hex_colour)
                used += whole
                continue
            for piece in _pieces(part, font, size, width):
                piece_width = _width(piece, font, size)
                if piece != " " and used + piece_width > width + 0.01 and used > 0:
                    lines.append([])
                    used = 0.0
                if piece == " " and used == 0:
                    continue
                _append(lines[-1], piece, font, hex_colour)
                used += piece_width
    return [_trim(line) for line in lines]


def _append(line: list[Run], text: str, font: str, hex_colour: str | None) -> None:
    """Add ``text`` to the line, into its last run if that has the same face and colour."""
    if line and line[-1][1] == font and line[-1][2] == hex_colour:
        line[-1] = (line[-1][0] + text, font, hex_colour)
    else:
        line.append((text, font, hex_colour))


def _pieces(text: str, font: str, size: float, width: float) -> Iterator[str]:
    """Words and single spaces, hyphenated words in parts that may end a line; only a
    part wider than the whole line is cut, in line-wide chunks."""
    for n, word in enumerate(text.split(" ")):
        if n:
            yield " "
        if not word:
            continue
        for part in [word] if _ADDRESS.search(word) else _AFTER_HYPHEN.split(word):
            if _width(part, font, size) <= width:
                yield part
                continue
            chunk = ""
            for ch in part:
                if chunk and _width(chunk + ch, font, size) > width:
                    yield chunk
                    chunk = ""
                chunk += ch
            if chunk:
                yield chunk


def _trim(line: list[Run]) -> list[Run]:
    if line and line[-1][0].endswith(" "):
        text, font, hex_colour = line[-1]
        line[-1] = (text.rstrip(" "), font, hex_colour)
    return line
