"""The font form fields type in: one byte a character, so that any PDF filler can use it.

Fillers (pdftk and the rest of the iText family, PyMuPDF, qpdf, poppler, pdf.js)
build a filled field's appearance themselves, from the font its default
appearance names. Most of them can only encode text in a simple font: one byte
a character through the font's encoding. So the fields name a simple TrueType
font, DejaVu Sans cut down to the 256 characters of ``FORM_ENCODING`` and
embedded whole (``resources/fonts/DejaVuSans-Form.ttf``, made by
``tests/tools/make_form_font.py``).

The encoding is Windows-1252 (WinAnsi: all of Western Europe and the Nordic
languages) with a /Differences array that puts the Latin letters of Polish,
Czech, Turkish, Hungarian, Romanian, Croatian and Northern Sámi into codes
WinAnsi leaves empty (and into a few rare symbols: ƒ ˆ ˜ † ‡ ‰ ¤ ¦ ¨ ¯).

qpdf understands only an encoding given by name, so each field's own
appearance carries the same font with plain /WinAnsiEncoding: qpdf fills in
that appearance, and shows the Western European and Nordic range; the others
read the form's default resources and show the extra letters too. pdf.js
prefers the appearance's font to the form's, so each text field also names the
form's font in a /DR of its own, which pdf.js reads first.

A character outside the range is kept exactly in the field's value (the
import reads it back), but a filler shows it as "?" or leaves it out.
"""

from __future__ import annotations

from functools import cache

from ..assets import resource
from ..domain.plain import record

FONT_FILE = "DejaVuSans-Form.ttf"
BASE_FONT = "DejaVuSans"

# Windows-1252 as PDF's WinAnsiEncoding: the printable ASCII and Latin-1 ranges, and
# the typographic characters in 0x80-0x9F (Annex D of ISO 32000-1).
_WINANSI_HIGH = {
    0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡",
    0x88: "ˆ", 0x89: "‰", 0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘",
    0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜",
    0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
}  # fmt: skip
WINANSI: dict[int, str] = {
    **{code: chr(code) for code in range(0x20, 0x7F)},
    **_WINANSI_HIGH,
    **{code: chr(code) for code in range(0xA0, 0x100)},
}

# The letters beyond WinAnsi that names from around the Nordics most often need, with
# their Adobe Glyph List names (every filler knows those): Polish, Turkish, Czech,
# Northern Sámi and Croatian, Hungarian, Romanian (in its cedilla forms, which the
# Glyph List names; the comma-below forms it does not).
EXTRA_LETTERS: dict[str, str] = {
    "Ą": "Aogonek", "ą": "aogonek", "Ć": "Cacute", "ć": "cacute", "Ę": "Eogonek",
    "ę": "eogonek", "Ł": "Lslash", "ł": "lslash", "Ń": "Nacute", "ń": "nacute",
    "Ś": "Sacute", "ś": "sacute", "Ź": "Zacute", "ź": "zacute", "Ż": "Zdotaccent",
    "ż": "zdotaccent", "Ğ": "Gbreve", "ğ": "gbreve", "İ": "Idotaccent", "ı": "dotlessi",
    "Ş": "Scedilla", "ş": "scedilla", "Č": "Ccaron", "č": "ccaron", "Đ": "Dcroat",
    "đ": "dcroat", "Ŋ": "Eng", "ŋ": "eng", "Ŧ": "Tbar", "ŧ": "tbar", "Ř": "Rcaron",
    "ř": "rcaron", "Ő": "Ohungarumlaut", "ő": "ohungarumlaut", "Ě": "Ecaron",
    "ě": "ecaron", "Ů": "Uring", "ů": "uring", "Ű": "Uhungarumlaut",
    "ű": "uhungarumlaut", "Ă": "Abreve", "ă": "abreve", "Ţ": "Tcommaaccent",
    "ţ": "tcommaaccent",
}  # fmt: skip
# Where they go: control codes no text uses (tab, line feed and carriage return stay
# free: fillers treat them as line breaks), the codes WinAnsi leaves empty, then a few
# symbols nobody types into a debrief.
_FREE_CODES = (
    *(code for code in range(0x01, 0x20) if code not in (0x09, 0x0A, 0x0D)),
    0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D,
    0x83, 0x88, 0x98, 0x86, 0x87, 0x89, 0xA4, 0xA6, 0xA8, 0xAF,
)  # fmt: skip
REPLACEMENT = "?"
# iText (pdftk) writes code 0 for a character the font cannot encode; it shows as "?",
# as in every other filler, rather than as the missing-glyph box.
_UNENCODABLE = 0x00
DIFFERENCES: dict[int, str] = {
    _UNENCODABLE: REPLACEMENT,
    **dict(zip(_FREE_CODES, EXTRA_LETTERS, strict=True)),
}
FORM_ENCODING: dict[int, str] = {**WINANSI, **DIFFERENCES}
GLYPH_NAMES: dict[str, str] = {REPLACEMENT: "question", **EXTRA_LETTERS}


@cache
def _codes() -> dict[str, int]:
    # "?" keeps its own code, 0x3F.
    codes = {char: code for code, char in DIFFERENCES.items()}
    return codes | {char: code for code, char in WINANSI.items()}


def encode(text: str) -> bytes:
    """``text`` in the form encoding, one byte a character; "?" for what it cannot show."""
    codes = _codes()
    fallback = codes[REPLACEMENT]
    return bytes(codes.get(char, fallback) for char in text)


@record(frozen=True)
class FontProgram:
    """The form font file and what a PDF font dictionary needs from it."""

    data: bytes
    # Advance widths in 1/1000 em, by character.
    width: dict[str, int]
    missing_width: int
    descriptor: dict[str, object]


@cache
def font_program() -> FontProgram:
    from reportlab.pdfbase.ttfonts import TTFontFile

    path = resource("fonts", FONT_FILE)
    face = TTFontFile(str(path))
    scale = 1000 / face.unitsPerEm
    width = {
        char: round(face.hmetrics[face.charToGlyph[ord(char)]][0] * scale)
        for char in {*FORM_ENCODING.values(), *WINANSI.values()}
    }
    descriptor: dict[str, object] = {
        # Non-symbolic (32): the encoding's glyph names and the font's Unicode cmap apply.
        "Flags": 32,
        "FontBBox": [round(v) for v in face.bbox],
        "ItalicAngle": round(face.italicAngle),
        "Ascent": round(face.ascent),
        "Descent": round(face.descent),
        "CapHeight": round(face.capHeight),
        "StemV": round(face.stemV),
    }
    return FontProgram(
        data=path.read_bytes(),
        width=width,
        missing_width=round(face.defaultWidth),
        descriptor=descriptor,
    )
