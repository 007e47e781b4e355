"""AcroForm fields drawn by hand: the font they type in, text fields, radio groups, check boxes.

reportlab's own text fields can only use the standard 14 fonts, which have no
Cyrillic or Greek and few accented Latin letters, so a panel member typing
"Дмитрий" would see nothing. The text fields here are written by hand instead:
their default appearance names DejaVu Sans, embedded whole (not subset, since
nobody knows yet what will be typed) in the form's default resources as a
Unicode (Identity-H) font with a ToUnicode map. Viewers and pypdf build field
appearances from that font, and NeedAppearances asks viewers to do so.

Every box, circle and square is also drawn in the page content, so a printed
blank form is a usable paper form whatever a viewer does with form fields.
"""

from __future__ import annotations

import weakref
import zlib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from reportlab.pdfbase.acroform import PDFFromString, ZDSyms
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

from ..assets import resource
from .styles import INK, colour

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# The resource name of the embedded font in the form's /DR and in every /DA.
FIELD_FONT = "MPSans"
FIELD_FONT_SIZE = 10
# The line and box colour: dark enough to guide a pen on a greyscale print.
BOX = "#7d8896"
BOX_WIDTH = 0.8
MARK_SIZE = 11
LABEL_SIZE = 9

_READ_ONLY = 1 << 0
_MULTILINE = 1 << 12
_PRINT = 1 << 2
_RADIO = 1 << 15
_NO_TOGGLE_TO_OFF = 1 << 14
_BUTTON_DA = "/ZaDb 0 Tf 0 g"
_HIDDEN = 1 << 1

# One set of font objects per document being built.
_installed: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class _FontParts:
    """The embedded font's PDF pieces that do not depend on the document."""

    file_deflated: bytes
    file_length: int
    to_unicode_deflated: bytes
    widths: str
    default_width: int
    descriptor: dict[str, Any]
    char_to_glyph: dict[int, int]


@cache
def _font_parts() -> _FontParts:
    from reportlab.pdfbase.ttfonts import TTFontFile

    path = resource("fonts", "DejaVuSans.ttf")
    raw = path.read_bytes()
    face = TTFontFile(str(path))
    scale = 1000 / face.unitsPerEm
    glyph_char: dict[int, int] = {}
    for code, gid in sorted(face.charToGlyph.items()):
        if gid:
            glyph_char.setdefault(gid, code)
    glyphs = sorted(glyph_char)
    widths = " ".join(f"{g} [{round(face.hmetrics[g][0] * scale)}]" for g in glyphs)
    entries = [
        f"<{g:04X}> <{chr(glyph_char[g]).encode('utf-16-be').hex().upper()}>" for g in glyphs
    ]
    # A bfchar block holds at most 100 entries.
    blocks = "\n".join(
        f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar"
        for chunk in (entries[i : i + 100] for i in range(0, len(entries), 100))
    )
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{blocks}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )
    descriptor = {
        "Flags": face.flags,
        "FontBBox": f"[{' '.join(str(round(v)) for v in face.bbox)}]",
        "ItalicAngle": round(face.italicAngle),
        "Ascent": round(face.ascent),
        "Descent": round(face.descent),
        "CapHeight": round(face.capHeight),
        "StemV": round(face.stemV),
    }
    return _FontParts(
        file_deflated=zlib.compress(raw, 6),
        file_length=len(raw),
        to_unicode_deflated=zlib.compress(cmap.encode("ascii"), 6),
        widths=f"[{widths}]",
        default_width=round(face.defaultWidth),
        descriptor=descriptor,
        char_to_glyph=dict(face.charToGlyph),
    )


def _deflated_stream(data: bytes, **entries: Any) -> PDFStream:
    # Precompressed once per process; "Filter" present means reportlab leaves it alone.
    return PDFStream(PDFDictionary({"Filter": PDFName("FlateDecode"), **entries}), data)


def install_form_font(canv: Canvas) -> Any:
    """Put the field font into ``canv``'s document once; returns its reference.

    Also sets the form's default resources and appearance and NeedAppearances.
    """
    if canv in _installed:
        return _installed[canv]
    parts = _font_parts()
    doc = canv._doc

    def ref(**entries: Any) -> Any:
        return doc.Reference(PDFDictionary(entries))

    font_file = doc.Reference(_deflated_stream(parts.file_deflated, Length1=parts.file_length))
    descriptor = ref(
        Type=PDFName("FontDescriptor"),
        FontName=PDFName("DejaVuSans"),
        FontFile2=font_file,
        **{k: PDFFromString(v) if isinstance(v, str) else v for k, v in parts.descriptor.items()},
    )
    cid_font = ref(
        Type=PDFName("Font"),
        Subtype=PDFName("CIDFontType2"),
        BaseFont=PDFName("DejaVuSans"),
        CIDSystemInfo=PDFFromString("<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"),
        FontDescriptor=descriptor,
        DW=parts.default_width,
        W=PDFFromString(parts.widths),
        CIDToGIDMap=PDFName("Identity"),
    )
    font = ref(
        Type=PDFName("Font"),
        Subtype=PDFName("Type0"),
        BaseFont=PDFName("DejaVuSans"),
        Encoding=PDFName("Identity-H"),
        DescendantFonts=PDFArray([cid_font]),
        ToUnicode=doc.Reference(_deflated_stream(parts.to_unicode_deflated)),
    )
    # Viewers regenerating check box and radio appearances look for ZapfDingbats here.
    dingbats = ref(
        Type=PDFName("Font"),
        Subtype=PDFName("Type1"),
        BaseFont=PDFName("ZapfDingbats"),
        Name=PDFName("ZaDb"),
    )
    form = canv.acroForm
    form.extras["DR"] = PDFDictionary({"Font": PDFDictionary({FIELD_FONT: font, "ZaDb": dingbats})})
    form.extras["DA"] = PDFString(f"/{FIELD_FONT} {FIELD_FONT_SIZE} Tf 0 g")
    form.extras["NeedAppearances"] = PDFFromString("true")
    _installed[canv] = font
    return font


def _glyph_hex(text: str) -> str:
    mapping = _font_parts().char_to_glyph
    return "".join(f"{mapping.get(ord(ch), 0):04X}" for ch in text)


def add_text_field(
    canv: Canvas,
    *,
    name: str,
    x: float,
    y: float,
    width: float,
    height: float,
    tooltip: str,
    multiline: bool = False,
    value: str = "",
    read_only: bool = False,
    hidden: bool = False,
) -> None:
    """A text field widget at (x, y) in the current drawing coordinates, with no length limit."""
    font = install_form_font(canv)
    left, bottom = canv.absolutePosition(x, y)
    flags = (_MULTILINE if multiline else 0) | (_READ_ONLY if read_only else 0)
    # Multiline fields size their text to fit (0); one-line fields keep a readable size.
    size = 0 if multiline else FIELD_FONT_SIZE
    entries: dict[str, Any] = {
        "Type": PDFName("Annot"),
        "Subtype": PDFName("Widget"),
        "FT": PDFName("Tx"),
        "T": PDFString(name),
        "TU": PDFString(tooltip),
        "V": PDFString(value),
        "DA": PDFString(f"/{FIELD_FONT} {size} Tf 0 g"),
        "Rect": PDFArray([left, bottom, left + width, bottom + height]),
        "F": _HIDDEN if hidden else _PRINT,
        "Ff": flags,
        "P": canv._doc.thisPageRef(),
    }
    if value:
        baseline = max(2.0, (height - FIELD_FONT_SIZE) / 2 + 2)
        content = (
            f"/Tx BMC q BT /{FIELD_FONT} {FIELD_FONT_SIZE} Tf 0 g 3 {baseline:.1f} Td "
            f"<{_glyph_hex(value)}> Tj ET Q EMC"
        )
        appearance = canv.acroForm.makeStream(
            width,
            height,
            content,
            Resources=PDFDictionary({"Font": PDFDictionary({FIELD_FONT: font})}),
        )
        entries["AP"] = PDFDictionary({"N": canv._doc.Reference(appearance)})
    widget = PDFDictionary(entries)
    canv._addAnnotation(widget)
    canv.acroForm.fields.append(canv.acroForm.getRef(widget))


def add_radio_group(canv: Canvas, *, name: str, tooltip: str) -> PDFDictionary:
    """The parent field of a radio group; its buttons are added with ``add_button``."""
    install_form_font(canv)
    group = PDFDictionary(
        {
            "FT": PDFName("Btn"),
            "Ff": _RADIO | _NO_TOGGLE_TO_OFF,
            "T": PDFString(name),
            "TU": PDFString(tooltip),
            "DA": PDFString(_BUTTON_DA),
            "Kids": PDFArray([]),
        }
    )
    canv.acroForm.fields.append(canv._doc.Reference(group))
    return group


def add_button(
    canv: Canvas,
    *,
    x: float,
    y: float,
    on_value: str,
    tooltip: str,
    parent: PDFDictionary | None = None,
    name: str = "",
) -> None:
    """A check box (``name``) or one button of a radio group (``parent``), unset.

    Written by hand rather than with reportlab's helpers so that each widget has
    a default appearance: viewers asked to regenerate appearances need one to
    draw the mark at all.
    """
    form = canv.acroForm
    install_form_font(canv)
    left, bottom = canv.absolutePosition(x, y)
    style = "circle" if parent is not None else "check"
    states: dict[str, Any] = {}
    for state in (on_value, "Off"):
        if parent is not None:
            # reportlab's radio dot sits off centre in small buttons; this one is centred.
            stream = form.makeStream(
                MARK_SIZE, MARK_SIZE, _dot(MARK_SIZE) if state != "Off" else ""
            )
        else:
            stream = form.checkboxAP(
                "N",
                "Yes" if state == on_value else "Off",
                buttonStyle=style,
                shape="square",
                textColor=colour(INK),
                size=MARK_SIZE,
            )
        states[state] = form._refMap.get(stream._af_refstr) or form.getRef(stream)
        form._refMap[stream._af_refstr] = states[state]
    widget = PDFDictionary(
        {
            "Type": PDFName("Annot"),
            "Subtype": PDFName("Widget"),
            "Rect": PDFArray([left, bottom, left + MARK_SIZE, bottom + MARK_SIZE]),
            "AP": PDFDictionary({"N": PDFDictionary(states)}),
            "AS": PDFName("Off"),
            "DA": PDFString(_BUTTON_DA),
            "MK": PDFDictionary({"CA": PDFString(ZDSyms[style])}),
            "F": _PRINT,
            "P": canv._doc.thisPageRef(),
        }
    )
    if parent is None:
        widget.dict.update(
            FT=PDFName("Btn"), T=PDFString(name), TU=PDFString(tooltip), V=PDFName("Off")
        )
    else:
        widget.dict["Parent"] = canv._doc.Reference(parent)
    canv._addAnnotation(widget)
    ref = canv._doc.Reference(widget)
    if parent is None:
        form.fields.append(ref)
    else:
        parent.dict["Kids"].sequence.append(ref)


def _dot(size: float) -> str:
    """A filled circle in the middle of a ``size`` square, as PDF drawing operators."""
    c, r = size / 2, size * 0.27
    k = 0.5523 * r
    ink = colour(INK)
    return (
        f"q {ink.red:.3f} {ink.green:.3f} {ink.blue:.3f} rg {c + r:.2f} {c:.2f} m "
        f"{c + r:.2f} {c + k:.2f} {c + k:.2f} {c + r:.2f} {c:.2f} {c + r:.2f} c "
        f"{c - k:.2f} {c + r:.2f} {c - r:.2f} {c + k:.2f} {c - r:.2f} {c:.2f} c "
        f"{c - r:.2f} {c - k:.2f} {c - k:.2f} {c - r:.2f} {c:.2f} {c - r:.2f} c "
        f"{c + k:.2f} {c - r:.2f} {c + r:.2f} {c - k:.2f} {c + r:.2f} {c:.2f} c f Q"
    )
