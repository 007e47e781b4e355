"""The PDF font: DejaVu Sans, registered with reportlab once, when the first export needs it."""

from __future__ import annotations

import threading
import unicodedata
from functools import cache

from ..assets import resource

REGULAR = "MeetingSans"
BOLD = "MeetingSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces (and their family, so ``<b>`` works).

    Safe to call any number of times; returns ``(REGULAR, BOLD)``.
    """
    global _registered
    if _registered:
        return REGULAR, BOLD
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics

            from .font_cache import load_font

            for name, filename in _FILES.items():
                pdfmetrics.registerFont(load_font(name, resource("fonts", filename)))
            # Italic faces are not shipped; the upright ones stand in for them.
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, REGULAR)
            addMapping(REGULAR, 1, 1, BOLD)
            _registered = True
    return REGULAR, BOLD


@cache
def _covered() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    # A character counts as shown only if both faces have it: headings use bold.
    return frozenset(regular.keys() & bold.keys())


def missing_glyphs(text: str) -> set[str]:
    """The characters of ``text`` that the PDF font cannot show.

    Whitespace and control or format characters are never reported: they print
    nothing anyway.
    """
    if not text or text.isascii():
        return set()
    covered = _covered()
    return {
        ch
        for ch in set(text)
        if ord(ch) not in covered
        and not ch.isspace()
        and unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
    }
